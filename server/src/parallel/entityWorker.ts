// A worker thread of the entity stage (see entityWorkers.ts): takes batches of articles from the
// shared counter, tags them with its own copy of the model, and posts the spans back.

import { parentPort, workerData } from "node:worker_threads";
import { recognizeEntities } from "../analysis/entities/index.js";
import { lazyNerModel } from "../modelFile.js";
import { encodeSpans, takeBatch, type WorkerInput } from "./entityWorkers.js";

const { texts, counter } = workerData as WorkerInput;
const model = lazyNerModel()();
if (model) {
  for (let batch = takeBatch(counter, texts.length); batch; batch = takeBatch(counter, texts.length)) {
    const [from, to] = batch;
    parentPort!.postMessage({ from, spans: texts.slice(from, to).map((text) => encodeSpans(recognizeEntities(text, model))) });
  }
}
