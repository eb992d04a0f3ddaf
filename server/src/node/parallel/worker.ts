// A worker thread of the per-article stages (see workers.ts): loads its own copy of the model as
// soon as it starts; when handed the articles, makes the duplicate fingerprints of batches of them
// taken from a shared counter, then tags batches the same way, posting the results back; then,
// when told, resolves the dates of batches of articles the same way.

import { parentPort } from "node:worker_threads";
import { datesOf, fingerprintOf, recognizeEntities } from "../../analysis/index.js";
import { lazyNerModel } from "../modelFile.js";
import { encodeSpans, type FromWorker, sharedText, type ToWorker, takeBatches, type WorkerInput } from "./workers.js";

const post = (message: FromWorker) => parentPort!.postMessage(message);
const model = lazyNerModel()();
let shared: WorkerInput | undefined;

parentPort!.on("message", (message: ToWorker) => {
  if (message.kind === "tag") {
    const input = (shared = message.input);
    const count = input.starts.length - 1;
    takeBatches(input.fingerprintCounter, count, (from, to) => {
      const fingerprints = [];
      for (let i = from; i < to; i++) fingerprints.push(fingerprintOf(input.headlines[i]!, sharedText(input, i), input.bodyStarts[i]!));
      post({ kind: "fingerprints", from, fingerprints });
    });
    if (model) {
      takeBatches(input.entityCounter, count, (from, to) => {
        const spans: Int32Array[] = [];
        for (let i = from; i < to; i++) spans.push(encodeSpans(recognizeEntities(sharedText(input, i), model)));
        post({ kind: "entities", from, spans });
      });
    }
    post({ kind: "tagged" });
    return;
  }
  if (message.kind === "dates" && shared) {
    const input = shared;
    const anchors = new Map(message.anchors);
    takeBatches(input.dateCounter, input.starts.length - 1, (from, to) => {
      const dates = [];
      for (let i = from; i < to; i++) dates.push(datesOf(sharedText(input, i), { ...message.jobs[i]!, anchors }));
      post({ kind: "dates", from, dates });
    });
  }
  parentPort!.close();
});
