// Long work done in slices: a generator that yields between its steps is run a few milliseconds at
// a time, giving the event loop back in between (so that other requests and edits are served
// meanwhile), and stopped when its request is cancelled.

import { type CancellationToken, LSPErrorCodes, ResponseError } from "vscode-languageserver/node";

/** Work between two yields to the event loop: a request waiting behind one slice is answered soon. */
const SLICE_MS = 10;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `steps` to its end, SLICE_MS at a time; rejects with RequestCancelled once `token` is cancelled. */
export async function runInSlices<T>(steps: Generator<void, T>, token: CancellationToken, sliceMs = SLICE_MS): Promise<T> {
  for (;;) {
    const until = performance.now() + sliceMs;
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      if (performance.now() >= until) break;
    }
    await yieldToEventLoop();
    if (token.isCancellationRequested) {
      steps.return(undefined as T);
      throw new ResponseError(LSPErrorCodes.RequestCancelled, "cancelled");
    }
  }
}
