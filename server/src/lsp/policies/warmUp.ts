// The first full analysis of a big dump, done ahead of the requests that need it. Recognising the
// entities of a 10 MB dump takes about ten seconds; inside the first request that needs them, it
// would hold up every other request (the Outline, edits) until done. Here the articles are
// recognised on worker threads (or, failing them, in batches from an async loop that gives the
// event loop back between batches), under a progress the user can cancel; requests that need
// entities or dates wait for it, the others are answered meanwhile.

import type { CancellationToken } from "vscode-languageserver/node";
import type { NerModel, StageName } from "../../analysis/index.js";
import { defaultThreads, tagOnWorkers } from "../../node/parallel/workers.js";
import type { OpenDump } from "../documents.js";
import type { Progress } from "../progress.js";

/** Below this the first analysis takes a second or two and runs inside the first request, as before. */
export const WARM_UP_MIN_CHARS = 2 * 1024 * 1024;
/**
 * Work between two yields to the event loop. A request's answer takes a few turns of the loop
 * (read, handle, write), each behind one batch, so batches are short.
 */
const BATCH_MS = 10;

export interface WarmUpHooks {
  progress(title: string): Promise<Progress>;
  model(): NerModel | undefined;
  /** Runs the server's memoised analysis with these stages, so that the first request finds them done. */
  analyse(dump: OpenDump, stages: readonly StageName[]): void;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/**
 * A short idle time before a long step: a message goes out over several turns of the event loop
 * (and waits behind the one before it), which one setImmediate does not give.
 */
const flushMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

/**
 * The first analysis of a big dump leaves hundreds of megabytes of garbage. Collected right away,
 * while the user reads, it does not stop the first keystrokes instead (a collection of the whole
 * heap in the middle of typing made the slowest edits on 10 MB take 50-75 ms instead of 30-40).
 * Only where the runtime offers it: the VS Code client starts the server with --expose-gc.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

interface Run {
  done: Promise<void>;
  stop: { requested: boolean };
}

export class WarmUps {
  private readonly running = new Map<OpenDump, Run>();
  private readonly cancelled = new WeakSet<OpenDump>();

  constructor(private readonly hooks: WarmUpHooks) {}

  /** Warms `dump` up if it is big enough; resolves when done, stopped or cancelled. */
  start(dump: OpenDump, name: string): Promise<void> | undefined {
    if (dump.session.notText || dump.size() < WARM_UP_MIN_CHARS || this.running.has(dump) || this.cancelled.has(dump)) return undefined;
    const stop = { requested: false };
    const done = this.run(dump, name, stop).finally(() => this.running.delete(dump));
    this.running.set(dump, { done, stop });
    return done;
  }

  /** Stops the warm-up of a dump that was closed or gets only its Outline now. */
  stop(dump: OpenDump): void {
    const run = this.running.get(dump);
    if (run) run.stop.requested = true;
  }

  /** Whether the user cancelled this dump's warm-up: it then keeps only its Outline. */
  cancelledByUser(dump: OpenDump): boolean {
    return this.cancelled.has(dump);
  }

  /** Resolves once `dump` is not being warmed up, or as soon as `token` is cancelled. */
  settled(dump: OpenDump, token: CancellationToken): Promise<void> {
    const run = this.running.get(dump);
    if (!run) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = token.onCancellationRequested(() => resolve());
      void run.done.then(() => {
        listener.dispose();
        resolve();
      });
    });
  }

  private async run(dump: OpenDump, name: string, stopper: Run["stop"]): Promise<void> {
    const progress = await this.hooks.progress(`News Lens: analysing ${name}`);
    const stop = () => progress.token.isCancellationRequested || stopper.requested;
    try {
      // The entities of each article, about 70% of the work; the article cache keeps them. Worker
      // threads tag them while this thread serves requests; whatever they leave (none could
      // start, or an edit re-segmented the dump meanwhile) is tagged here, in short batches.
      const model = this.hooks.model();
      const work = dump.session.articleWork();
      if (model) {
        await tagOnWorkers(work, defaultThreads(), (tagged) => progress.report((70 * tagged) / work.length, `${tagged} of ${work.length} articles`), stop);
      }
      for (let next = 0; model && !stop(); ) {
        // Read afresh for each batch: an edit in between may have re-segmented the dump.
        const articles = dump.session.articleWork();
        if (next >= articles.length) break;
        const until = performance.now() + BATCH_MS;
        while (next < articles.length && performance.now() < until) articles[next++]!.entities(model);
        progress.report((70 * next) / articles.length, `${next} of ${articles.length} articles`);
        await yieldToEventLoop();
      }
      // The dump-wide passes, each in one piece: names resolved across articles, then the dates.
      for (const [stage, percentage, message] of [
        ["entities", 75, "names across articles"],
        ["dates", 90, "dates"],
      ] as const) {
        if (stop()) return;
        progress.report(percentage, message);
        await flushMessages();
        this.hooks.analyse(dump, [stage]);
      }
      collectGarbage();
    } finally {
      if (progress.cancelledByUser()) this.cancelled.add(dump);
      progress.done();
    }
  }
}
