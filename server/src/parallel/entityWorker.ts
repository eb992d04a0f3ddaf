// A worker thread of the entity stage (see entityWorkers.ts): takes batches of articles from the
// shared counter, tags them with its own copy of the model, and posts the spans back.

import { parentPort, workerData } from "node:worker_threads";
import { recognizeEntities } from "../analysis/entities/index.js";
import { lazyNerModel } from "../modelFile.js";
import { encodeSpans, sharedText, takeBatch, type WorkerInput } from "./entityWorkers.js";

const input = workerData as WorkerInput;
const count = input.starts.length - 1;
const model = lazyNerModel()();
if (model) {
  for (let batch = takeBatch(input.counter, count); batch; batch = takeBatch(input.counter, count)) {
    const spans: Int32Array[] = [];
    for (let i = batch[0]; i < batch[1]; i++) spans.push(encodeSpans(recognizeEntities(sharedText(input, i), model)));
    parentPort!.postMessage({ from: batch[0], spans });
  }
}
