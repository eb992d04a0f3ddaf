// A disk cache of what a dump's first analysis costs: each article's entities (the model's spans),
// its dates (per the date job they were resolved under) and its duplicate fingerprint. A dump opened
// again with the same text, model, analysing code and layout setting gets them back and is ready
// after the dump-wide passes alone, without tagging a single article.
//
// One file per dump, named by a hash of its key (the whole text's hash, the model file's, the code's,
// the layout setting), holding a header line (format version, the key in full, the payload's size
// and hash) and the per-article results keyed by a hash of each article's text. A file whose
// format, key, size or hash does not match is a miss, never trusted; so is an article whose hash
// matches none, or whose spans fall outside its text. Files are written after the analysis, in
// pieces between which the event loop runs, to a temporary file renamed into place (a reader never
// sees half a file); the folder is kept under a size bound by deleting the least recently used.

import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  type ArticleFingerprint,
  type ArticleWork,
  type DateJob,
  type DateSpan,
  datesOf,
  type EntitySpan,
  fingerprintOf,
  type NerModel,
  recognizeEntities,
} from "../analysis/index.js";
import { ENTITY_TYPE_IDS } from "../vocabulary/entityTypes.js";
import type { LayoutName } from "../vocabulary/settings.js";
import { nerModelCandidates } from "./modelFile.js";
import { encodeSpans } from "./parallel/workers.js";

/** The version of the file format: a file of another version is a miss. */
export const CACHE_FORMAT = 1;
const SUFFIX = ".nlcache";
/** The folder's default bound: a 50 MB dump's file takes about 40 MB. */
export const DEFAULT_CACHE_BYTES = 512 * 1024 * 1024;
/** A temporary file this old was left by a writer that died. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;
/** Articles serialised between two turns of the event loop when a file is written. */
const WRITE_BATCH = 200;

/** What a dump's results depend on besides each article's text. */
export interface CacheKey {
  format: number;
  /** Hash of the whole text (UTF-16 code units). */
  text: string;
  /** Hash of the entity model's file ("none" without one). */
  model: string;
  /** Hash of the code that made the results (the running bundle). */
  code: string;
  /** The layout setting: it decides the articles, their headlines and so their fingerprints. */
  layout: LayoutName;
}

interface Header {
  format: number;
  key: CacheKey;
  /** Length and hash of the payload after the header line. */
  bytes: number;
  sha256: string;
}

/** One article's results as the file keeps them: spans as flat numbers, their text read back from the article. */
interface StoredArticle {
  /** (start, end, entity type id) triples. */
  entities?: number[];
  /** The variant of the date job they were resolved under (see variantOf) and (start, end, value) triples. */
  dates?: { variant: string; spans: (number | string)[] };
  fingerprint?: ArticleFingerprint;
  /** Whether the spans and fingerprint read from the file were handed to the article already. */
  provided?: boolean;
}

/** A payload record: [article text hash, entities, date variant, dates, fingerprint]. */
type PayloadRecord = [string, number[], string, (number | string)[], ArticleFingerprint];

const sha256 = (text: string) => createHash("sha256").update(text, "utf16le").digest("hex");
const hashBytes = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

let modelDigest: string | undefined;
/** The model file's hash, read once per process. */
function modelHash(): string {
  if (modelDigest === undefined) {
    const file = nerModelCandidates().find((candidate) => existsSync(candidate));
    modelDigest = file ? hashBytes(readFileSync(file)) : "none";
  }
  return modelDigest;
}

let codeDigest: string | undefined;
/**
 * The hash of the code that runs: the bundle (dist/server.js, dist/cli.js) that holds the whole
 * analysis, so that results of another build are never taken for this one's.
 */
function codeHash(): string {
  codeDigest ??= hashBytes(readFileSync(__filename));
  return codeDigest;
}

export interface AnalysisCacheOptions {
  /** The bound of the folder's total size. */
  maxBytes?: number;
  /** The model's hash (by default, of the model file the server loads). */
  model?: string;
  /** The code's hash (by default, of the running bundle). */
  code?: string;
}

/** The cache folder: reads a dump's results, writes them back, keeps the folder under its bound. */
export class AnalysisCache {
  private readonly maxBytes: number;

  constructor(
    readonly folder: string,
    private readonly options: AnalysisCacheOptions = {},
  ) {
    this.maxBytes = options.maxBytes ?? DEFAULT_CACHE_BYTES;
  }

  key(text: string, layout: LayoutName): CacheKey {
    return { format: CACHE_FORMAT, text: sha256(text), model: this.options.model ?? modelHash(), code: this.options.code ?? codeHash(), layout };
  }

  /** The file of a key. */
  fileOf(key: CacheKey): string {
    return path.join(this.folder, `${createHash("sha256").update(JSON.stringify(key)).digest("hex").slice(0, 40)}${SUFFIX}`);
  }

  /**
   * The results kept for a dump with this text and layout, to hand to its articles; empty (a miss)
   * when there is no file for it or the file is not one this cache wrote for this key, whole.
   */
  async read(text: string, layout: LayoutName): Promise<DumpResults> {
    const key = this.key(text, layout);
    const file = this.fileOf(key);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      return new DumpResults(key, new Map());
    }
    const stored = parseFile(bytes, key);
    if (!stored) {
      // corrupt, truncated or stale: it is written again after this analysis
      await rm(file, { force: true }).catch(() => undefined);
      return new DumpResults(key, new Map());
    }
    // read: the most recently used
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
    return new DumpResults(key, stored);
  }

  /**
   * Writes the results of the articles `work` (the dump's articles now) under the key of `text`,
   * unless every article came from the file (it holds them all). Serialised in pieces between which
   * the event loop runs; the file appears whole or not at all. Then the folder is brought under its bound.
   */
  async write(results: DumpResults, work: readonly ArticleWork[], text: string, layout: LayoutName): Promise<boolean> {
    if (results.complete) return false;
    const records = await results.records(work);
    if (!records) return false;
    const key = this.key(text, layout);
    const pieces: string[] = [];
    for (let i = 0; i < records.length; i += WRITE_BATCH) {
      pieces.push(
        records
          .slice(i, i + WRITE_BATCH)
          .map((r) => JSON.stringify(r))
          .join(","),
      );
      await yieldToEventLoop();
    }
    const payload = Buffer.from(`[${pieces.filter((p) => p).join(",")}]`);
    const header: Header = { format: CACHE_FORMAT, key, bytes: payload.length, sha256: hashBytes(payload) };
    const head = Buffer.from(`${JSON.stringify(header)}\n`);
    if (head.length + payload.length > this.maxBytes) return false;
    await mkdir(this.folder, { recursive: true });
    const file = this.fileOf(key);
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      await writeFile(temporary, Buffer.concat([head, payload]));
      await rename(temporary, file);
    } catch (e) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw e;
    }
    await this.evict(file);
    return true;
  }

  /** Deletes the least recently used files until the folder is within its bound (never `keep`), and dead writers' temporary files. */
  private async evict(keep: string): Promise<void> {
    const files: { file: string; bytes: number; used: number }[] = [];
    for (const name of await readdir(this.folder)) {
      const file = path.join(this.folder, name);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) continue;
      if (name.endsWith(".tmp") && Date.now() - info.mtimeMs > STALE_TEMPORARY_MS) await rm(file, { force: true });
      else if (name.endsWith(SUFFIX)) files.push({ file, bytes: info.size, used: info.mtimeMs });
    }
    let total = files.reduce((n, f) => n + f.bytes, 0);
    for (const f of files.sort((a, b) => a.used - b.used)) {
      if (total <= this.maxBytes) break;
      if (f.file === keep) continue;
      await rm(f.file, { force: true });
      total -= f.bytes;
    }
  }
}

/** The file's per-article results, when its header matches `key` and its payload its size and hash. */
function parseFile(bytes: Buffer, key: CacheKey): Map<string, StoredArticle> | undefined {
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(bytes.subarray(0, newline).toString()) as Header;
    const payload = bytes.subarray(newline + 1);
    if (header.format !== CACHE_FORMAT || !sameKey(header.key, key) || header.bytes !== payload.length || header.sha256 !== hashBytes(payload))
      return undefined;
    const records = JSON.parse(payload.toString()) as PayloadRecord[];
    if (!Array.isArray(records)) return undefined;
    const articles = new Map<string, StoredArticle>();
    for (const r of records) {
      if (!Array.isArray(r) || typeof r[0] !== "string" || !Array.isArray(r[1]) || typeof r[2] !== "string" || !Array.isArray(r[3]) || !r[4]) return undefined;
      articles.set(r[0], { entities: r[1], dates: { variant: r[2], spans: r[3] }, fingerprint: r[4] });
    }
    return articles;
  } catch {
    return undefined;
  }
}

function sameKey(a: CacheKey | undefined, b: CacheKey): boolean {
  return a?.format === b.format && a.text === b.text && a.model === b.model && a.code === b.code && a.layout === b.layout;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One dump's per-article results: those read from its cache file, and those computed since,
 * recorded as they are handed to the articles. `track` wraps a dump's article work so that both
 * happen on the way: an article found in the file gets its results at once, an article computed
 * (on this thread or a worker's) has them recorded for the file.
 */
export class DumpResults {
  private readonly byText = new Map<string, StoredArticle>();
  private readonly tracked = new WeakMap<readonly ArticleWork[], TrackedArticle[]>();
  private readonly variants = new WeakMap<ReadonlyMap<string, number>, string>();
  /** Whether every article tracked so far had all its results in the file. */
  private allFromFile = true;

  constructor(
    readonly key: CacheKey,
    private readonly stored: Map<string, StoredArticle>,
  ) {}

  /** How many articles the file held. */
  get storedArticles(): number {
    return this.stored.size;
  }

  /** Whether the file held every article tracked (nothing to write back). */
  get complete(): boolean {
    return this.stored.size > 0 && this.allFromFile;
  }

  /** The articles of `work`, wrapped (the same wrappers for the same array). */
  track(work: readonly ArticleWork[]): readonly TrackedArticle[] {
    let wrapped = this.tracked.get(work);
    if (!wrapped) {
      wrapped = work.map((article) => new TrackedArticle(article, this.entryOf(article.text), this));
      this.tracked.set(work, wrapped);
    }
    return wrapped;
  }

  /** The results of the article with this text: from the file (checked against the text) or a new record. */
  private entryOf(text: string): StoredArticle {
    let entry = this.byText.get(text);
    if (entry) return entry;
    const found = this.stored.size ? this.stored.get(sha256(text)) : undefined;
    entry = found && fitsText(found, text) ? found : {};
    if (!entry.entities || !entry.dates || !entry.fingerprint) this.allFromFile = false;
    this.byText.set(text, entry);
    return entry;
  }

  /** The name of a date job's variant that holds across sessions: its day, fallback year and anchors. */
  variantOf(job: DateJob): string {
    let anchors = this.variants.get(job.anchors);
    if (anchors === undefined) {
      anchors = createHash("sha256")
        .update(JSON.stringify([...job.anchors]))
        .digest("hex")
        .slice(0, 16);
      this.variants.set(job.anchors, anchors);
    }
    return `${job.reference ?? ""}@${job.fallbackYear ?? ""}@${anchors}`;
  }

  /**
   * The payload records of the articles of `work` (hashed in pieces between which the event loop
   * runs), or undefined when one lacks a result (the analysis stopped before it).
   */
  async records(work: readonly ArticleWork[]): Promise<PayloadRecord[] | undefined> {
    const records: PayloadRecord[] = [];
    for (let i = 0; i < work.length; i++) {
      const text = work[i]!.text;
      const entry = this.byText.get(text);
      if (!entry?.entities || !entry.dates || !entry.fingerprint) return undefined;
      records.push([sha256(text), entry.entities, entry.dates.variant, entry.dates.spans, entry.fingerprint]);
      if (i % WRITE_BATCH === WRITE_BATCH - 1) await yieldToEventLoop();
    }
    return records;
  }
}

/** Whether the spans stored for an article lie within its text (a hash match makes this certain; a bad file does not). */
function fitsText(entry: StoredArticle, text: string): boolean {
  const inside = (spans: readonly (number | string)[], stride: number) => {
    for (let i = 0; i < spans.length; i += stride) {
      const [start, end] = [spans[i], spans[i + 1]];
      if (typeof start !== "number" || typeof end !== "number" || !(start >= 0 && start < end && end <= text.length)) return false;
    }
    return spans.length % stride === 0;
  };
  return inside(entry.entities ?? [], 3) && inside(entry.dates?.spans ?? [], 3);
}

/** An article's work through the cache: results from the file handed over, results computed recorded. */
export class TrackedArticle implements ArticleWork {
  constructor(
    private readonly article: ArticleWork,
    private readonly entry: StoredArticle,
    private readonly results: DumpResults,
  ) {
    if (!entry.provided && entry.entities && entry.fingerprint) {
      article.provideEntities(decodeEntities(article.text, entry.entities));
      article.provideFingerprint(entry.fingerprint);
    }
    entry.provided = true;
  }

  get text(): string {
    return this.article.text;
  }
  get headline(): string {
    return this.article.headline;
  }
  get bodyOffset(): number {
    return this.article.bodyOffset;
  }

  /** Whether the article's entities are known (from the file, or computed since). */
  get tagged(): boolean {
    return this.entry.entities !== undefined;
  }

  fingerprint(): void {
    if (!this.entry.fingerprint) this.provideFingerprint(fingerprintOf(this.headline, this.text, this.bodyOffset));
  }

  entities(model: NerModel): void {
    if (!this.entry.entities) this.provideEntities(recognizeEntities(this.text, model));
  }

  dates(job: DateJob): void {
    const stored = this.entry.dates;
    if (stored?.variant === this.results.variantOf(job)) this.article.provideDates(job, decodeDates(this.text, stored.spans));
    else this.provideDates(job, datesOf(this.text, job));
  }

  provideFingerprint(fingerprint: ArticleFingerprint): void {
    this.article.provideFingerprint(fingerprint);
    this.entry.fingerprint = fingerprint;
  }

  provideEntities(spans: readonly EntitySpan[]): void {
    this.article.provideEntities(spans);
    this.entry.entities = Array.from(encodeSpans(spans));
  }

  provideDates(job: DateJob, spans: readonly DateSpan[]): void {
    this.article.provideDates(job, spans);
    this.entry.dates = { variant: this.results.variantOf(job), spans: spans.flatMap((s) => [s.start, s.end, s.value]) };
  }
}

function decodeEntities(text: string, triples: readonly number[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  for (let i = 0; i < triples.length; i += 3) {
    const [start, end] = [triples[i]!, triples[i + 1]!];
    spans.push({ start, end, type: ENTITY_TYPE_IDS[triples[i + 2]!]!, text: text.slice(start, end) });
  }
  return spans;
}

function decodeDates(text: string, triples: readonly (number | string)[]): DateSpan[] {
  const spans: DateSpan[] = [];
  for (let i = 0; i < triples.length; i += 3) {
    const [start, end] = [triples[i] as number, triples[i + 1] as number];
    spans.push({ start, end, text: text.slice(start, end), value: String(triples[i + 2]) });
  }
  return spans;
}

/**
 * Gives each article its entities (with a model), dates and fingerprint, on this thread: from the
 * cache where it had them, else computed (and recorded).
 */
export function completeHere(work: readonly TrackedArticle[], jobs: readonly DateJob[], model: NerModel | undefined): void {
  work.forEach((article, i) => {
    if (model) article.entities(model);
    article.dates(jobs[i]!);
    article.fingerprint();
  });
}
