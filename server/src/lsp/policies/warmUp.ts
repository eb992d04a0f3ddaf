// The first full analysis of a big dump, done ahead of the requests that need it. Recognising the
// entities of a 10 MB dump takes about ten seconds; inside the first request that needs them, it
// would hold up every other request (the Outline, edits) until done. Here the articles are
// recognised on worker threads (or, failing them, in batches from an async loop that gives the
// event loop back between batches), under a progress the user can cancel; requests that need
// entities or dates wait for it, the others are answered meanwhile. When the client gave the server
// a cache folder, the results of an earlier analysis of the same text come from there, only the
// articles it lacks are analysed, and what was analysed is written back once the warm-up is over.

import type { CancellationToken } from "vscode-languageserver/node";
import type { ArticleWork, DateJob, NerModel, StageName } from "../../analysis/index.js";
import type { DumpResults } from "../../node/analysisCache.js";
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
  /** The model on this thread, loaded on first call: only for the articles the worker threads leave. */
  model(): NerModel | undefined;
  /** Whether the model's file is there for the worker threads to load. */
  modelFound(): boolean;
  /** Runs the server's memoised analysis with these stages, so that the first request finds them done. */
  analyse(dump: OpenDump, stages: readonly StageName[]): void;
  /** The results the disk cache holds for the dump as it is; none without a cache. */
  cachedResults?(dump: OpenDump): Promise<DumpResults | undefined>;
  /** Writes the dump's results to the disk cache, in the background. */
  saveResults?(dump: OpenDump, results: DumpResults): void;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/**
 * A short idle time before a long step: a message goes out over several turns of the event loop
 * (and waits behind the one before it), which one setImmediate does not give.
 */
const flushMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

/** Resolves an article's dates against its job, the jobs being those of the dump's articles as they are now. */
function datesAsNow(dump: OpenDump): (article: ArticleWork, index: number) => void {
  let held: { work: readonly ArticleWork[]; jobs: readonly DateJob[] } | undefined;
  return (article, index) => {
    const work = dump.session.articleWork();
    if (held?.work !== work) held = { work, jobs: dump.session.dateJobs() };
    article.dates(held.jobs[index]!);
  };
}

/**
 * The first analysis of a big dump leaves hundreds of megabytes of garbage. Collected right after
 * the requests that waited for the analysis are answered (not before them: on reopening a dump from
 * the disk cache, that would hold up its features), while the user reads, it does not stop the
 * first keystrokes instead (a collection of the whole
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
  /** Dumps whose adoption of restored decisions is under way (see adopt), with how to stop it. */
  private readonly adopting = new Map<OpenDump, Run["stop"]>();

  constructor(private readonly hooks: WarmUpHooks) {}

  /** Warms `dump` up if it is big enough; resolves when done (and its garbage collected), stopped or cancelled. */
  start(dump: OpenDump, name: string): Promise<void> | undefined {
    if (dump.session.notText || dump.size() < WARM_UP_MIN_CHARS || this.running.has(dump) || this.cancelled.has(dump)) {
      // what the cache held is for a warm-up only: not kept for one that may never come
      dump.takeCachedResults();
      return undefined;
    }
    const stop = { requested: false };
    const done = this.run(dump, name, stop).finally(() => this.running.delete(dump));
    this.running.set(dump, { done, stop });
    // once the features are there, what the first edit needs of decisions the cache handed over
    this.adopting.set(dump, stop);
    // (first the garbage of a finished one: once the requests that waited for it are answered, before the user types)
    const collected = done.then(async () => {
      await flushMessages();
      if (!stop.requested && !this.cancelled.has(dump)) collectGarbage();
    });
    void collected.then(() => this.adopt(dump, stop));
    return collected;
  }

  /** Stops the warm-up of a dump that was closed or gets only its Outline now. */
  stop(dump: OpenDump): void {
    const run = this.running.get(dump);
    if (run) run.stop.requested = true;
    const adopting = this.adopting.get(dump);
    if (adopting) adopting.requested = true;
  }

  /**
   * Makes the state that later edits need from the dump-wide decisions the disk cache handed over
   * (see DumpSession.dumpWideAdoption), in batches between which requests are served; the last
   * step in one piece. Without it the first edit would decide across the whole dump again (seconds
   * on 50 MB); an edit before the end is answered as without it.
   */
  private async adopt(dump: OpenDump, stop: Run["stop"]): Promise<void> {
    const adoption = this.cancelled.has(dump) ? undefined : dump.session.dumpWideAdoption();
    try {
      if (!adoption) return;
      for (let next = 0; next < adoption.articles; ) {
        await yieldToEventLoop();
        if (stop.requested) return;
        const until = performance.now() + BATCH_MS;
        while (next < adoption.articles && performance.now() < until) adoption.prepare(next++);
      }
      await flushMessages();
      if (!stop.requested) adoption.finish();
    } finally {
      if (this.adopting.get(dump) === stop) this.adopting.delete(dump);
    }
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
      // The articles of the text the cache is read for: the file's results are theirs (an edit
      // while it is read leaves the file's results to the articles that kept their text).
      // (read when the dump was opened, if it was not edited since; else now)
      const read = dump.session.articleWork();
      const results = dump.takeCachedResults() ?? (await this.hooks.cachedResults?.(dump));
      if (results) {
        results.track(read);
        // The dump-wide decisions of the earlier analysis too, unless an edit came meanwhile:
        // then the names across the dump, the date anchors and the duplicates come as below.
        const dumpWide = dump.session.articleWork() === read ? results.dumpWideFor(read) : undefined;
        if (dumpWide) dump.session.restoreDumpWide(dumpWide);
      }
      // Read afresh for each batch: an edit in between may have re-segmented the dump. Through the
      // cache, the articles it holds get their results at once, and the others' are recorded.
      const current = (): readonly ArticleWork[] => results?.track(dump.session.articleWork()) ?? dump.session.articleWork();
      // The entities of each article, about 70% of the work; the article cache keeps them. Worker
      // threads tag them while this thread serves requests; whatever they leave (none could
      // start, or an edit re-segmented the dump meanwhile) is tagged here, in short batches.
      // (this thread loads the model only for what they leave: a dump they tagged whole costs it none of its memory)
      const untagged = results ? results.track(dump.session.articleWork()).filter((article) => !article.tagged) : dump.session.articleWork();
      if (untagged.length && this.hooks.modelFound()) {
        const report = (tagged: number) => progress.report((70 * tagged) / untagged.length, `${tagged} of ${untagged.length} articles`);
        await tagOnWorkers(untagged, defaultThreads(), report, stop);
      }
      const model = () => this.hooks.model();
      const report = (done: number, all: number) => progress.report((70 * done) / all, `${done} of ${all} articles`);
      await this.inBatches(current, stop, (article) => article.entities(model), report);
      // The dump-wide passes, each in one piece: names resolved across articles, then the dates
      // (through the cache, each article's first, in batches, so that they are recorded).
      for (const [stage, percentage, message] of [
        ["entities", 75, "names across articles"],
        ["dates", 90, "dates"],
      ] as const) {
        if (stop()) return;
        progress.report(percentage, message);
        await flushMessages();
        if (stage === "dates" && results) await this.inBatches(current, stop, datesAsNow(dump));
        if (stop()) return;
        this.hooks.analyse(dump, [stage]);
      }
      if (results) {
        progress.report(95, "duplicates");
        await this.inBatches(current, stop, (article) => article.fingerprint());
        // the matching, kept in the file so that a reopened dump's diagnostics need none (the
        // diagnostics have mostly asked for it already: then it is there)
        if (stop()) return;
        await flushMessages();
        this.hooks.analyse(dump, ["diagnostics"]);
      }
      if (results && !stop()) {
        results.keepDumpWide(dump.session.articleWork(), dump.session.dumpWideState());
        results.keepDocument(dump.session.articleWork(), dump.session.documentState());
        // (a dump that came wholly from its file is not written again: its text is not even gathered)
        if (!results.complete) this.hooks.saveResults?.(dump, results);
      }
    } finally {
      if (progress.cancelledByUser()) this.cancelled.add(dump);
      progress.done();
    }
  }

  /**
   * Does `each` to every article, in batches of BATCH_MS between which requests are served, with
   * the articles read afresh for each batch; `report` hears how many are done.
   */
  private async inBatches(
    articles: () => readonly ArticleWork[],
    stop: () => boolean,
    each: (article: ArticleWork, index: number) => void,
    report: (done: number, all: number) => void = () => undefined,
  ): Promise<void> {
    for (let next = 0; !stop(); ) {
      const all = articles();
      if (next >= all.length) break;
      const until = performance.now() + BATCH_MS;
      while (next < all.length && performance.now() < until) {
        each(all[next]!, next);
        next++;
      }
      report(next, all.length);
      await yieldToEventLoop();
    }
  }
}
