// A worker thread of the per-article stages (see workers.ts): tags batches of articles taken from
// the shared counter with its own copy of the model and posts the spans back; then, when told,
// resolves the dates of batches of articles the same way.

import { parentPort, workerData } from "node:worker_threads";
import { findDates } from "../analysis/dates.js";
import { recognizeEntities } from "../analysis/entities/index.js";
import { lazyNerModel } from "../modelFile.js";
import { encodeSpans, sharedText, takeBatch, type FromWorker, type ToWorker, type WorkerInput } from "./workers.js";

const input = workerData as WorkerInput;
const count = input.starts.length - 1;
const post = (message: FromWorker) => parentPort!.postMessage(message);

const model = lazyNerModel()();
if (model) {
  for (let batch = takeBatch(input.entityCounter, count); batch; batch = takeBatch(input.entityCounter, count)) {
    const spans: Int32Array[] = [];
    for (let i = batch[0]; i < batch[1]; i++) spans.push(encodeSpans(recognizeEntities(sharedText(input, i), model)));
    post({ kind: "entities", from: batch[0], spans });
  }
}
post({ kind: "tagged" });

parentPort!.once("message", (message: ToWorker) => {
  if (message.kind === "dates") {
    const yearAnchors = new Map(message.anchors);
    for (let batch = takeBatch(input.dateCounter, count); batch; batch = takeBatch(input.dateCounter, count)) {
      const dates = [];
      for (let i = batch[0]; i < batch[1]; i++) {
        const { reference, fallbackYear } = message.jobs[i]!;
        dates.push(findDates(sharedText(input, i), reference, { yearAnchors, fallbackYear }));
      }
      post({ kind: "dates", from: batch[0], dates });
    }
  }
  parentPort!.close();
});
