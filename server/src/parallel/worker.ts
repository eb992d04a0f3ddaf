// A worker thread of the per-article stages (see workers.ts): tags batches of articles taken from
// the shared counter with its own copy of the model and posts the spans back; then, when told,
// resolves the dates of batches of articles the same way.

import { parentPort, workerData } from "node:worker_threads";
import { datesOf } from "../analysis/datePass.js";
import { recognizeEntities } from "../analysis/entities/index.js";
import { lazyNerModel } from "../modelFile.js";
import { encodeSpans, sharedText, takeBatches, type FromWorker, type ToWorker, type WorkerInput } from "./workers.js";

const input = workerData as WorkerInput;
const count = input.starts.length - 1;
const post = (message: FromWorker) => parentPort!.postMessage(message);

const model = lazyNerModel()();
if (model) {
  takeBatches(input.entityCounter, count, (from, to) => {
    const spans: Int32Array[] = [];
    for (let i = from; i < to; i++) spans.push(encodeSpans(recognizeEntities(sharedText(input, i), model)));
    post({ kind: "entities", from, spans });
  });
}
post({ kind: "tagged" });

parentPort!.once("message", (message: ToWorker) => {
  if (message.kind === "dates") {
    const anchors = new Map(message.anchors);
    takeBatches(input.dateCounter, count, (from, to) => {
      const dates = [];
      for (let i = from; i < to; i++) dates.push(datesOf(sharedText(input, i), { ...message.jobs[i]!, anchors }));
      post({ kind: "dates", from, dates });
    });
  }
  parentPort!.close();
});
