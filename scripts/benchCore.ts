// What `npm run bench` measures in process, bundled by it the way the server is bundled.
export { DumpDocument } from "../server/src/analysis/dump.js";
export { analyzeDocument } from "../server/src/analysis/index.js";
export { lazyNerModel } from "../server/src/modelFile.js";
