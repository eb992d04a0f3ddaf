// The per-article stages of a big dump on every core. Worker threads (and, in the CLI, the calling
// thread) take batches of articles from shared counters (whoever is free takes the next); their
// results fill the articles' caches, so the analysis that follows finds the work done. Phases: the
// duplicate fingerprints, the entities (the model), then the dates, which in the CLI run on the
// workers while the calling thread resolves the names across the dump. The core stays single-threaded and pure; this is how
// the CLI uses the machine's cores, and how the server tags a big dump without holding up requests.

import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ArticleFingerprint, ArticleWork, DateJob, DateSpan, DumpSession, EntitySpan, NerModel } from "../../analysis/index.js";
import { ENTITY_TYPE_IDS } from "../../vocabulary/entityTypes.js";

export interface WorkerInput {
  /**
   * The articles' recognition texts, one after another as UTF-16 code units in shared memory:
   * every worker reads the same copy (a 50 MB dump is not copied once per worker).
   */
  units: Uint16Array;
  /** Article i is units[starts[i] .. starts[i + 1]). */
  starts: Int32Array;
  /** Per article: its headline and where its body starts, for its duplicate fingerprint. */
  headlines: string[];
  bodyStarts: Int32Array;
  /** Int32Arrays over SharedArrayBuffers: [0] = the next article nobody has taken, per phase. */
  fingerprintCounter: Int32Array;
  entityCounter: Int32Array;
  dateCounter: Int32Array;
}

/** Messages: worker -> caller. */
export type FromWorker =
  | { kind: "fingerprints"; from: number; fingerprints: ArticleFingerprint[] }
  | { kind: "entities"; from: number; spans: Int32Array[] }
  | { kind: "tagged" }
  | { kind: "dates"; from: number; dates: DateSpan[][] };
/** Messages: caller -> worker: the articles to tag; once it is "tagged", resolve dates (jobs without their anchors), or stop. */
export type ToWorker =
  | { kind: "tag"; input: WorkerInput }
  | { kind: "dates"; anchors: [string, number][]; jobs: Pick<DateJob, "reference" | "fallbackYear">[] }
  | { kind: "stop" };

const BATCH = 8;
/** Below this much text, starting a worker (and loading its model) costs more than it saves. */
const MIN_PARALLEL_CHARS = 2_000_000;

/** How many threads to use by default: the machine's cores, at most 4 (each holds a model). */
export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

/** Takes batches [from, to) of `count` articles from `counter` until none is left, doing each with `work`. */
export function takeBatches(counter: Int32Array, count: number, work: (from: number, to: number) => void): void {
  for (let from = Atomics.add(counter, 0, BATCH); from < count; from = Atomics.add(counter, 0, BATCH)) work(from, Math.min(count, from + BATCH));
}

/** Spans as (start, end, type) triples, the type by its place in the vocabulary: cheap to post between threads. */
export function encodeSpans(spans: readonly EntitySpan[]): Int32Array {
  const out = new Int32Array(spans.length * 3);
  spans.forEach((s, i) => {
    out.set([s.start, s.end, ENTITY_TYPE_IDS.indexOf(s.type)], i * 3);
  });
  return out;
}

function decodeSpans(text: string, triples: Int32Array): EntitySpan[] {
  const spans: EntitySpan[] = [];
  for (let i = 0; i < triples.length; i += 3) {
    const [start, end, kind] = [triples[i]!, triples[i + 1]!, triples[i + 2]!];
    spans.push({ start, end, type: ENTITY_TYPE_IDS[kind] as EntitySpan["type"], text: text.slice(start, end) });
  }
  return spans;
}

/** The texts as a WorkerInput's shared code units. */
function shareTexts(texts: readonly string[]): Pick<WorkerInput, "units" | "starts"> {
  const starts = new Int32Array(texts.length + 1);
  texts.forEach((text, i) => {
    starts[i + 1] = starts[i]! + text.length;
  });
  const units = new Uint16Array(new SharedArrayBuffer(2 * starts[texts.length]!));
  texts.forEach((text, i) => {
    const at = starts[i]!;
    for (let k = 0; k < text.length; k++) units[at + k] = text.charCodeAt(k); // faster than Buffer.write here
  });
  return { units, starts };
}

/** Article i's text back from shared code units (exactly: lone surrogates stay as they are). */
export function sharedText({ units, starts }: Pick<WorkerInput, "units" | "starts">, i: number): string {
  return Buffer.from(units.buffer, 2 * starts[i]!, 2 * (starts[i + 1]! - starts[i]!)).toString("utf16le");
}

/** Whether a dump of `chars` code units is worth tagging on worker threads. */
export function worthWorkers(chars: number): boolean {
  return chars >= MIN_PARALLEL_CHARS;
}

/** Which articles the parallel analysis works on: the dump's work (maybe wrapped, as the analysis cache does) and those still needed. */
export interface ArticleSelection {
  work: readonly ArticleWork[];
  needed: (article: ArticleWork) => boolean;
}

/**
 * The CLI's way: fingerprints, entities and dates of every article of `doc` on the `team`'s
 * workers and this thread. The workers get the articles first and make the duplicate fingerprints
 * while this thread loads its model (`loadModel`); then all tag. Once all are tagged, the workers
 * resolve the dates while this thread resolves the names across the dump, runs `whileDates` (the
 * CLI writes the entities then), and helps with what is left. Without a team (one thread, a small
 * dump), nothing is done ahead: the analysis does it all.
 */
export async function analyzeInParallel(
  session: DumpSession,
  loadModel: () => NerModel | undefined,
  team: Team | undefined,
  whileDates: () => void,
  articles: ArticleSelection = { work: session.articleWork(), needed: () => true },
): Promise<void> {
  const chosen = articles.work.flatMap((article, i) => (articles.needed(article) ? [i] : []));
  const work = chosen.map((i) => articles.work[i]!);
  const input = work.length ? team?.begin(work) : undefined;
  const model = loadModel();
  if (!team || !input || !model) {
    team?.terminate();
    return;
  }
  takeBatches(input.fingerprintCounter, work.length, (from, to) => {
    for (let i = from; i < to; i++) work[i]!.fingerprint();
  });
  // the dates' dump-wide part now, so that the workers need not wait for it when they are done tagging
  const allJobs = session.dateJobs();
  const jobs = chosen.map((i) => allJobs[i]!);
  takeBatches(input.entityCounter, work.length, (from, to) => {
    for (let i = from; i < to; i++) work[i]!.entities(() => model);
  });
  await team.tagged;
  team.resolveDates(jobs);
  session.stage("entities");
  whileDates();
  takeBatches(input.dateCounter, work.length, (from, to) => {
    for (let i = from; i < to; i++) work[i]!.dates(jobs[i]!);
  });
  await team.finished;
}

/**
 * The server's way: tags the articles on `workers` worker threads while this thread stays free to
 * answer requests; `progress` hears how many articles are done. Resolves when all are tagged, or
 * when `stop()` says so (the workers are then stopped). False when no worker could start.
 */
export async function tagOnWorkers(work: readonly ArticleWork[], workers: number, progress: (tagged: number) => void, stop: () => boolean): Promise<boolean> {
  let tagged = 0;
  const team = startWorkers(workers, (count) => progress((tagged += count)));
  if (!team) return false;
  team.begin(work);
  const watch = setInterval(() => {
    if (stop()) team.terminate();
  }, 50);
  try {
    await team.tagged;
    team.stop();
    await team.finished;
  } finally {
    clearInterval(watch);
  }
  return true;
}

export type Team = NonNullable<ReturnType<typeof startWorkers>>;

/**
 * `count` workers, started now so that they load their model while this thread reads and segments
 * the dump; `begin` hands them the articles to tag. Then they resolve dates or stop, as told.
 */
export function startWorkers(count: number, onTagged: (count: number) => void = () => undefined) {
  const script = path.join(__dirname, "worker.js");
  if (count < 1 || !existsSync(script)) return undefined;
  const workers = Array.from({ length: count }, () => new Worker(script));
  let work: readonly ArticleWork[] = [];
  let texts: readonly string[] = [];
  let jobs: readonly DateJob[] = [];
  const phases = workers.map((worker) => {
    let markTagged: () => void;
    const tagged = new Promise<void>((resolve) => (markTagged = resolve));
    const finished = new Promise<void>((resolve) => {
      // A worker that fails leaves its articles to this thread (the analysis does them as it goes).
      worker.on("error", () => resolve());
      worker.on("exit", () => resolve());
    });
    void finished.then(() => markTagged());
    worker.on("message", (message: FromWorker) => {
      if (message.kind === "tagged") markTagged();
      else if (message.kind === "fingerprints") {
        message.fingerprints.forEach((fp, i) => {
          work[message.from + i]!.provideFingerprint(fp);
        });
      } else if (message.kind === "entities") {
        message.spans.forEach((triples, i) => {
          work[message.from + i]!.provideEntities(decodeSpans(texts[message.from + i]!, triples));
        });
        onTagged(message.spans.length);
      } else {
        message.dates.forEach((spans, i) => {
          work[message.from + i]!.provideDates(jobs[message.from + i]!, spans);
        });
      }
    });
    return { tagged, finished };
  });
  const post = (message: ToWorker) => {
    for (const w of workers) w.postMessage(message);
  };
  return {
    /** Hands the workers `articles` to tag (once); returns the input they share with this thread. */
    begin(articles: readonly ArticleWork[]): WorkerInput {
      work = articles;
      texts = articles.map((article) => article.text);
      const counter = () => new Int32Array(new SharedArrayBuffer(4));
      const input: WorkerInput = {
        ...shareTexts(texts),
        headlines: articles.map((article) => article.headline),
        bodyStarts: Int32Array.from(articles, (article) => article.bodyOffset),
        fingerprintCounter: counter(),
        entityCounter: counter(),
        dateCounter: counter(),
      };
      post({ kind: "tag", input });
      return input;
    },
    tagged: Promise.all(phases.map((p) => p.tagged)).then(() => undefined),
    finished: Promise.all(phases.map((p) => p.finished)).then(() => undefined),
    resolveDates(all: readonly DateJob[]) {
      jobs = all;
      post({ kind: "dates", anchors: [...(all[0]?.anchors ?? [])], jobs: all.map(({ reference, fallbackYear }) => ({ reference, fallbackYear })) });
    },
    stop: () => post({ kind: "stop" }),
    terminate: () => workers.forEach((w) => void w.terminate()),
  };
}
