// A worker thread of the per-article stages (see workers.ts): loads its own copy of the model as
// soon as it starts; when handed the articles, makes the duplicate fingerprints of batches of them
// taken from a shared counter, then tags batches the same way, posting the results back; then,
// when told, resolves the dates of batches of articles the same way.

import { parentPort } from "node:worker_threads";
import { datesOf } from "../analysis/datePass.js";
import { fingerprintOf } from "../analysis/duplicatePass.js";
import { recognizeEntities } from "../analysis/entities/index.js";
import { lazyNerModel } from "../modelFile.js";
import { encodeSpans, sharedText, takeBatches, type FromWorker, type ToWorker, type WorkerInput } from "./workers.js";

const post = (message: FromWorker) => parentPort!.postMessage(message);
const model = lazyNerModel()();
let input: WorkerInput | undefined;

parentPort!.on("message", (message: ToWorker) => {
  if (message.kind === "tag") {
    input = message.input;
    const shared = input;
    const count = shared.starts.length - 1;
    takeBatches(shared.fingerprintCounter, count, (from, to) => {
      const fingerprints = [];
      for (let i = from; i < to; i++) fingerprints.push(fingerprintOf(shared.headlines[i]!, sharedText(shared, i), shared.bodyStarts[i]!));
      post({ kind: "fingerprints", from, fingerprints });
    });
    if (model) {
      takeBatches(shared.entityCounter, count, (from, to) => {
        const spans: Int32Array[] = [];
        for (let i = from; i < to; i++) spans.push(encodeSpans(recognizeEntities(sharedText(shared, i), model)));
        post({ kind: "entities", from, spans });
      });
    }
    post({ kind: "tagged" });
    return;
  }
  if (message.kind === "dates" && input) {
    const shared = input;
    const anchors = new Map(message.anchors);
    takeBatches(shared.dateCounter, shared.starts.length - 1, (from, to) => {
      const dates = [];
      for (let i = from; i < to; i++) dates.push(datesOf(sharedText(shared, i), { ...message.jobs[i]!, anchors }));
      post({ kind: "dates", from, dates });
    });
  }
  parentPort!.close();
});
