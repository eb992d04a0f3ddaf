// A disk cache of what a dump's first analysis costs: each article's entities (the model's spans),
// its dates (per the date job they were resolved under) and its duplicate fingerprint, and the
// dump-wide decisions made over them (the entity resolver's result, the date stage's anchors and
// each article's day, the duplicate matching), and the segmentation of the text (its articles, their structure, the layout
// profile). A dump opened again with the same text, model, analysing code and layout setting gets
// them back: without segmenting it, without tagging a single article, and without deciding
// anything across the dump again until an edit changes an article.
//
// One file per dump, named by a hash of its key (the whole text's hash, the model file's, the code's,
// the layout setting), holding a header line (format version, the key in full, the payload's size
// and hash) and the payload in the binary form of snapshotCodec.ts. A file whose format, key, size
// or hash does not match, or whose payload does not decode whole, is a miss, never trusted, and is
// deleted; so is a file whose articles are not the text's (their number, each one's length). Files
// are written after the analysis, gathered in pieces between which the event loop runs, to a
// temporary file renamed into place (a reader never sees half a file); the folder is kept under a
// size bound by deleting the least recently used.

import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, utimesSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  type ArticleFingerprint,
  type ArticleWork,
  type DateJob,
  type DateSpan,
  type DocumentState,
  type DumpWideState,
  datesOf,
  type EntitySpan,
  fingerprintOf,
  type ModelSource,
  type NerModel,
  recognizeEntities,
} from "../analysis/index.js";
import { ENTITY_TYPE_IDS } from "../vocabulary/entityTypes.js";
import type { LayoutName } from "../vocabulary/settings.js";
import { nerModelCandidates } from "./modelFile.js";
import { encodeSpans } from "./parallel/workers.js";
import { decodeSnapshot, encodeSnapshot, type Snapshot, type SnapshotArticle, type SnapshotDumpWide } from "./snapshotCodec.js";

/** The version of the file format: a file of another version is a miss. */
export const CACHE_FORMAT = 5;
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

/** One article's results as the file keeps them: spans as flat numbers beside their texts. */
interface StoredArticle {
  /** (start, end, entity type id) triples, and each span's text. */
  entities?: { triples: ArrayLike<number>; texts: readonly string[] };
  /** The variant of the date job they were resolved under (see variantOf), (start, end) pairs, their values and texts. */
  dates?: { variant: string; bounds: ArrayLike<number>; values: readonly string[]; texts: readonly string[] };
  fingerprint?: ArticleFingerprint;
  /** Whether the spans and fingerprint read from the file were handed to the article already. */
  provided?: boolean;
  /** The entity spans handed to the article (the resolved spans that equal one are the same object). */
  spans?: readonly EntitySpan[];
}

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
      return new DumpResults(key, undefined);
    }
    const snapshot = parseFile(bytes, key);
    if (!snapshot) {
      // corrupt, truncated or stale: it is written again after this analysis
      await rm(file, { force: true }).catch(() => undefined);
      return new DumpResults(key, undefined);
    }
    // read: the most recently used
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
    return new DumpResults(key, snapshot);
  }

  /**
   * `read` in one piece, for a dump about to be built: its segmentation (DumpResults.document)
   * spares segmenting it, which costs more than reading the file.
   */
  readSync(text: string, layout: LayoutName): DumpResults {
    const key = this.key(text, layout);
    const file = this.fileOf(key);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return new DumpResults(key, undefined);
    }
    const snapshot = parseFile(bytes, key);
    try {
      if (!snapshot) rmSync(file, { force: true });
      else utimesSync(file, new Date(), new Date());
    } catch {
      // a file that cannot be deleted or touched is read again next time, and checked again
    }
    return new DumpResults(key, snapshot);
  }

  /**
   * The miss that results read from a file become when what they hold does not fit the text after
   * all (a segmentation the document refused): the file is deleted, to be written again after
   * the analysis.
   */
  discard(results: DumpResults): DumpResults {
    // at once (one unlink): a removal still pending when the results are written again would delete the new file
    try {
      rmSync(this.fileOf(results.key), { force: true });
    } catch {
      // a file that cannot be removed is checked again, and refused, when it is next read
    }
    return new DumpResults(results.key, undefined);
  }

  /**
   * Writes the results of the articles `work` (the dump's articles now), with the dump-wide
   * decisions kept for them (see DumpResults.keepDumpWide), under the key of `text`, unless the
   * file held them all. Gathered in pieces between which the event loop runs; the file appears whole
   * or not at all. Then the folder is brought under its bound.
   */
  async write(results: DumpResults, work: readonly ArticleWork[], text: string, layout: LayoutName): Promise<boolean> {
    if (results.complete) return false;
    const snapshot = await results.snapshot(work);
    if (!snapshot) return false;
    const key = this.key(text, layout);
    const payload = encodeSnapshot(snapshot);
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

/** The file's snapshot, when its header matches `key` and its payload its size and hash, and decodes whole. */
function parseFile(bytes: Buffer, key: CacheKey): Snapshot | undefined {
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(bytes.subarray(0, newline).toString()) as Header;
    const payload = bytes.subarray(newline + 1);
    if (header.format !== CACHE_FORMAT || !sameKey(header.key, key) || header.bytes !== payload.length || header.sha256 !== hashBytes(payload))
      return undefined;
    return decodeSnapshot(payload);
  } catch {
    return undefined;
  }
}

function sameKey(a: CacheKey | undefined, b: CacheKey): boolean {
  return a?.format === b.format && a.text === b.text && a.model === b.model && a.code === b.code && a.layout === b.layout;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One dump's results: those read from its cache file, and those computed since, recorded as they
 * are handed to the articles. `track` wraps a dump's article work so that both happen on the way:
 * an article found in the file gets its results at once, an article computed (on this thread or a
 * worker's) has them recorded for the file. The file was written for the whole text its key
 * names: the articles of that text (the first array tracked, when it has the file's number of
 * articles, each of the file's length) are its articles, in order; the dump-wide decisions it holds
 * are for them (dumpWideFor).
 */
export class DumpResults {
  private readonly byText = new Map<string, StoredArticle>();
  private readonly tracked = new WeakMap<readonly ArticleWork[], TrackedArticle[]>();
  private readonly variants = new WeakMap<ReadonlyMap<string, number>, string>();
  /** The article work the file's articles are, index for index (undefined: none tracked yet, or none is). */
  private fileWork: readonly ArticleWork[] | undefined;
  private firstTracked = false;
  /** Whether every article tracked so far had all its results in the file. */
  private allFromFile = true;
  /** The dump-wide decisions made for an array of article work, to write with them. */
  private kept: { work: readonly ArticleWork[]; state: DumpWideState } | undefined;
  /** The segmentation that gave an array of article work, to write with it. */
  private keptDocument: { work: readonly ArticleWork[]; state: DocumentState } | undefined;

  constructor(
    readonly key: CacheKey,
    private readonly file: Snapshot | undefined,
  ) {}

  /** How many articles the file held. */
  get storedArticles(): number {
    return this.file?.articles.length ?? 0;
  }

  /** The segmentation of the text the file holds, for building its document (DumpSession's constructor). */
  get document(): DocumentState | undefined {
    return this.file?.document;
  }

  /**
   * Whether the file holds everything there is to write: every article tracked had its results
   * there, and each dump-wide decision kept since was there too.
   */
  get complete(): boolean {
    if (!this.file || !this.fileWork || !this.allFromFile) return false;
    const kept = this.kept?.state;
    const { resolved, dates, duplicates } = this.file.dumpWide;
    return (
      !(kept?.entities && !resolved) &&
      !(kept?.dates && !dates) &&
      !(kept?.duplicates && kept.duplicates.bodyThreshold !== duplicates?.bodyThreshold) &&
      !(this.keptDocument && !this.file.document)
    );
  }

  /** The articles of `work`, wrapped (the same wrappers for the same array). */
  track(work: readonly ArticleWork[]): readonly TrackedArticle[] {
    let wrapped = this.tracked.get(work);
    if (!wrapped) {
      if (!this.firstTracked) {
        this.firstTracked = true;
        const articles = this.file?.articles;
        if (articles && articles.length === work.length && work.every((article, i) => article.text.length === articles[i]!.length)) this.fileWork = work;
      }
      const fromFile = work === this.fileWork ? this.file?.articles : undefined;
      wrapped = work.map((article, i) => new TrackedArticle(article, this.entryOf(article.text, fromFile?.[i]), this));
      this.tracked.set(work, wrapped);
    }
    return wrapped;
  }

  /** The results of the article with this text: the file's for it (the article at its place in the file's text), or a new record. */
  private entryOf(text: string, fromFile: SnapshotArticle | undefined): StoredArticle {
    let entry = this.byText.get(text);
    if (entry) return entry;
    entry = fromFile ? { entities: { triples: fromFile.entities, texts: fromFile.entityTexts }, dates: fromFile.dates, fingerprint: fromFile.fingerprint } : {};
    if (!entry.entities || !entry.dates || !entry.fingerprint) this.allFromFile = false;
    this.byText.set(text, entry);
    return entry;
  }

  /**
   * The dump-wide decisions the file holds, for `work` (tracked first, so that its articles have
   * their own results) when it is the file's articles; undefined when it is not, or the file holds none.
   */
  dumpWideFor(work: readonly ArticleWork[]): DumpWideState | undefined {
    if (!this.file || work !== this.fileWork) return undefined;
    const { resolved, dates, duplicates } = this.file.dumpWide;
    if (!resolved && !dates && !duplicates) return undefined;
    const wrapped = this.track(work);
    const state: DumpWideState = {};
    if (resolved) {
      // canonical names by type and text (what they depend on), kept where they differ from the text
      const canonicalNames = ENTITY_TYPE_IDS.map(() => new Map<string, string>());
      const spans = resolved.map((article, i) => {
        const text = work[i]!.text;
        const modelSpans = wrapped[i]!.providedSpans;
        const list: EntitySpan[] = [];
        // the resolved spans are in text order, as are the model's: most are one of them
        for (let s = 0, m = 0; s < article.canonical.length; s++) {
          const [start, end, typeId] = [article.spans[3 * s]!, article.spans[3 * s + 1]!, article.spans[3 * s + 2]!];
          const type = ENTITY_TYPE_IDS[typeId]!;
          while (m < modelSpans.length && modelSpans[m]!.start < start) m++;
          const same = modelSpans[m];
          const span = same && same.start === start && same.end === end && same.type === type ? same : { start, end, type, text: text.slice(start, end) };
          const canonical = article.canonical[s]!;
          if (canonical !== span.text) canonicalNames[typeId]!.set(span.text, canonical);
          list.push(span);
        }
        return list;
      });
      const byType = new Map(ENTITY_TYPE_IDS.map((type, id) => [type, canonicalNames[id]!]));
      state.entities = { spans, canonical: (span) => byType.get(span.type)?.get(span.text) ?? span.text };
    }
    if (dates) {
      state.dates = {
        anchors: new Map(dates.anchors),
        jobs: dates.references.map((reference, i) => ({ reference, fallbackYear: dates.fallbackYears[i] })),
      };
    }
    if (duplicates) state.duplicates = duplicates;
    return state;
  }

  /** Keeps the dump-wide decisions made for `work` (DumpSession.dumpWideState), to write with its articles. */
  keepDumpWide(work: readonly ArticleWork[], state: DumpWideState): void {
    this.kept = { work, state };
  }

  /** Keeps the segmentation that gave `work` (DumpSession.documentState), to write with its articles. */
  keepDocument(work: readonly ArticleWork[], state: DocumentState): void {
    this.keptDocument = { work, state };
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
   * What to write for the articles of `work` (gathered in pieces between which the event loop
   * runs), with the dump-wide decisions kept for them; undefined when an article lacks a result
   * (the analysis stopped before it).
   */
  async snapshot(work: readonly ArticleWork[]): Promise<Snapshot | undefined> {
    const articles: SnapshotArticle[] = [];
    for (let i = 0; i < work.length; i++) {
      const text = work[i]!.text;
      const entry = this.byText.get(text);
      if (!entry?.entities || !entry.dates || !entry.fingerprint) return undefined;
      articles.push({
        length: text.length,
        entities: entry.entities.triples,
        entityTexts: entry.entities.texts,
        dates: entry.dates,
        fingerprint: entry.fingerprint,
      });
      if (i % WRITE_BATCH === WRITE_BATCH - 1) await yieldToEventLoop();
    }
    const dumpWide: SnapshotDumpWide = {};
    const kept = this.kept?.work === work ? this.kept.state : undefined;
    const entities = kept?.entities;
    if (entities && entities.spans.length === work.length) {
      const resolved: { spans: Int32Array; canonical: string[] }[] = [];
      for (let i = 0; i < entities.spans.length; i++) {
        const spans = entities.spans[i]!;
        resolved.push({ spans: encodeSpans(spans), canonical: spans.map((span) => entities.canonical(span)) });
        if (i % WRITE_BATCH === WRITE_BATCH - 1) await yieldToEventLoop();
      }
      dumpWide.resolved = resolved;
    }
    const dates = kept?.dates;
    if (dates && dates.jobs.length === work.length) {
      dumpWide.dates = {
        anchors: [...dates.anchors],
        references: dates.jobs.map((job) => job.reference),
        fallbackYears: dates.jobs.map((job) => job.fallbackYear),
      };
    }
    if (kept?.duplicates) dumpWide.duplicates = kept.duplicates;
    const document = this.keptDocument?.work === work ? this.keptDocument.state : undefined;
    return { articles, dumpWide, document };
  }
}

/** An article's work through the cache: results from the file handed over, results computed recorded. */
export class TrackedArticle implements ArticleWork {
  constructor(
    private readonly article: ArticleWork,
    private readonly entry: StoredArticle,
    private readonly results: DumpResults,
  ) {
    if (!entry.provided && entry.entities && entry.fingerprint) {
      entry.spans = decodeEntities(entry.entities);
      article.provideEntities(entry.spans);
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

  /** The entity spans handed to the article from the file (none when it had none there). */
  get providedSpans(): readonly EntitySpan[] {
    return this.entry.spans ?? [];
  }

  fingerprint(): void {
    if (!this.entry.fingerprint) this.provideFingerprint(fingerprintOf(this.headline, this.text, this.bodyOffset));
  }

  entities(model: ModelSource): void {
    if (this.entry.entities) return;
    const loaded = model();
    if (loaded) this.provideEntities(recognizeEntities(this.text, loaded));
  }

  dates(job: DateJob): void {
    const stored = this.entry.dates;
    if (stored?.variant === this.results.variantOf(job)) this.article.provideDates(job, decodeDates(stored));
    else this.provideDates(job, datesOf(this.text, job));
  }

  provideFingerprint(fingerprint: ArticleFingerprint): void {
    this.article.provideFingerprint(fingerprint);
    this.entry.fingerprint = fingerprint;
  }

  provideEntities(spans: readonly EntitySpan[]): void {
    this.article.provideEntities(spans);
    this.entry.entities = { triples: encodeSpans(spans), texts: spans.map((s) => s.text) };
  }

  provideDates(job: DateJob, spans: readonly DateSpan[]): void {
    this.article.provideDates(job, spans);
    this.entry.dates = {
      variant: this.results.variantOf(job),
      bounds: spans.flatMap((s) => [s.start, s.end]),
      values: spans.map((s) => s.value),
      texts: spans.map((s) => s.text),
    };
  }
}

function decodeEntities({ triples, texts }: NonNullable<StoredArticle["entities"]>): EntitySpan[] {
  const spans = new Array<EntitySpan>(texts.length);
  for (let i = 0; i < texts.length; i++) {
    spans[i] = { start: triples[3 * i]!, end: triples[3 * i + 1]!, type: ENTITY_TYPE_IDS[triples[3 * i + 2]!]!, text: texts[i]! };
  }
  return spans;
}

function decodeDates({ bounds, values, texts }: NonNullable<StoredArticle["dates"]>): DateSpan[] {
  return values.map((value, i) => ({ start: bounds[2 * i]!, end: bounds[2 * i + 1]!, text: texts[i]!, value }));
}

/**
 * Gives each article its entities (with a model), dates and fingerprint, on this thread: from the
 * cache where it had them, else computed (and recorded).
 */
export function completeHere(work: readonly TrackedArticle[], jobs: readonly DateJob[], model: NerModel | undefined): void {
  work.forEach((article, i) => {
    if (model) article.entities(() => model);
    article.dates(jobs[i]!);
    article.fingerprint();
  });
}
