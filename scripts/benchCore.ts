// What `npm run bench` measures in process, bundled by it the way the server is bundled.
export { DumpSession } from "../server/src/analysis/index.js";
export { lazyNerModel } from "../server/src/node/modelFile.js";
