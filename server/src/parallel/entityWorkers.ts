// The entity stage of a big dump on every core: worker threads (and, in the CLI, the calling
// thread) take batches of articles from one shared counter (whoever is free takes the next), and
// the workers' results fill the articles' caches, so the analysis that follows finds every article
// tagged. The core stays single-threaded and pure; this is how the CLI uses the machine's other
// cores, and how the server tags a big dump without holding up requests.

import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ArticleCore, DumpDocument } from "../analysis/dump.js";
import { articleEntities } from "../analysis/entityPass.js";
import type { EntityKind, EntitySpan, NerModel } from "../analysis/entities/index.js";

export interface WorkerInput {
  /**
   * The articles' recognition texts, one after another as UTF-16 code units in shared memory:
   * every worker reads the same copy (a 50 MB dump is not copied once per worker).
   */
  units: Uint16Array;
  /** Article i is units[starts[i] .. starts[i + 1]). */
  starts: Int32Array;
  /** Int32Array over a SharedArrayBuffer: [0] = the next article nobody has taken. */
  counter: Int32Array;
}

/** The texts as a WorkerInput's shared code units. */
function shareTexts(texts: readonly string[]): Pick<WorkerInput, "units" | "starts"> {
  const starts = new Int32Array(texts.length + 1);
  texts.forEach((text, i) => (starts[i + 1] = starts[i]! + text.length));
  const units = new Uint16Array(new SharedArrayBuffer(2 * starts[texts.length]!));
  texts.forEach((text, i) => {
    const at = starts[i]!;
    for (let k = 0; k < text.length; k++) units[at + k] = text.charCodeAt(k);
  });
  return { units, starts };
}

/** Article i's text back from shared code units (exactly: lone surrogates stay as they are). */
export function sharedText({ units, starts }: Pick<WorkerInput, "units" | "starts">, i: number): string {
  const parts: string[] = [];
  for (let at = starts[i]!; at < starts[i + 1]!; at += 8192) {
    parts.push(String.fromCharCode(...units.subarray(at, Math.min(at + 8192, starts[i + 1]!))));
  }
  return parts.join("");
}

const BATCH = 8;
const KINDS: EntityKind[] = ["person", "organization", "location"];
/** Below this much text, starting a worker (and loading its model) costs more than it saves. */
const MIN_PARALLEL_CHARS = 2_000_000;

/** How many threads to use by default: the machine's cores, at most 4 (each holds a model). */
export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

/** The next batch [from, to) of `count` articles, or undefined when all are taken. */
export function takeBatch(counter: Int32Array, count: number): [number, number] | undefined {
  const from = Atomics.add(counter, 0, BATCH);
  return from < count ? [from, Math.min(count, from + BATCH)] : undefined;
}

/** Spans as (start, end, kind) triples: cheap to post between threads. */
export function encodeSpans(spans: EntitySpan[]): Int32Array {
  const out = new Int32Array(spans.length * 3);
  spans.forEach((s, i) => out.set([s.start, s.end, KINDS.indexOf(s.type)], i * 3));
  return out;
}

function decodeSpans(text: string, triples: Int32Array): EntitySpan[] {
  const spans: EntitySpan[] = [];
  for (let i = 0; i < triples.length; i += 3) {
    const [start, end, kind] = [triples[i]!, triples[i + 1]!, triples[i + 2]!];
    spans.push({ start, end, type: KINDS[kind]!, text: text.slice(start, end) });
  }
  return spans;
}

/**
 * Tags every article of `doc` (filling the caches articleEntities reads) on `threads` threads
 * (this one and workers) when the dump is big. `meanwhile` runs on this thread first (other work of
 * the analysis: the workers start on the entities in the meantime), then this thread tags articles
 * too. Without workers, nothing is done ahead: the analysis tags as it goes.
 */
export async function tagInParallel(doc: DumpDocument, model: NerModel, threads: number, meanwhile: () => void): Promise<void> {
  const cores = doc.slots.map((slot) => slot.core);
  const chars = cores.reduce((sum, core) => sum + core.recognitionText.length, 0);
  if (threads < 2 || chars < MIN_PARALLEL_CHARS) return meanwhile();
  const team = startWorkers(cores, model, threads - 1, () => undefined);
  if (!team) return meanwhile();
  meanwhile();
  for (let batch = takeBatch(team.counter, cores.length); batch; batch = takeBatch(team.counter, cores.length)) {
    for (let i = batch[0]; i < batch[1]; i++) articleEntities(cores[i]!, model);
  }
  await team.finished;
}

/**
 * Tags the articles on `workers` worker threads while this thread stays free to answer requests;
 * `progress` hears how many articles are done. Resolves when all are tagged, or when `stop()` says
 * so (the workers are then stopped). False when no worker could start.
 */
export async function tagOnWorkers(cores: readonly ArticleCore[], model: NerModel, workers: number,
                                   progress: (tagged: number) => void, stop: () => boolean): Promise<boolean> {
  let tagged = 0;
  const team = startWorkers(cores, model, workers, (count) => progress((tagged += count)));
  if (!team) return false;
  const watch = setInterval(() => {
    if (stop()) team.terminate();
  }, 50);
  try {
    await team.finished;
  } finally {
    clearInterval(watch);
  }
  return true;
}

/** Workers that take batches of `cores` from a shared counter and fill their entity caches. */
function startWorkers(cores: readonly ArticleCore[], model: NerModel, count: number, tagged: (count: number) => void) {
  const script = path.join(__dirname, "entityWorker.js");
  if (count < 1 || !existsSync(script)) return undefined;
  const texts = cores.map((core) => core.recognitionText);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { ...shareTexts(texts), counter };
  const workers = Array.from({ length: count }, () => new Worker(script, { workerData: input }));
  const finished = Promise.all(workers.map((worker) => {
    worker.on("message", ({ from, spans }: { from: number; spans: Int32Array[] }) => {
      spans.forEach((triples, i) => articleEntities(cores[from + i]!, model, decodeSpans(texts[from + i]!, triples)));
      tagged(spans.length);
    });
    // A worker that fails leaves its articles untagged; the analysis tags them on this thread.
    return new Promise<void>((resolve) => {
      worker.on("error", () => resolve());
      worker.on("exit", () => resolve());
    });
  })).then(() => undefined);
  return { counter, finished, terminate: () => workers.forEach((w) => void w.terminate()) };
}
