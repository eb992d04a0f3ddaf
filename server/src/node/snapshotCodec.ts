// The binary form of what the disk cache keeps of a dump (see analysisCache.ts): each article's own
// results and the dump-wide decisions made over them. At 50 MB this is about a million spans; as
// columns of 32-bit integers beside one table of strings, it is read back with one JSON.parse of
// the (small) table and views on one buffer, not a million parsed arrays.
//
// Layout: a little-endian u32, the byte length of the string table (a JSON array of strings, UTF-8);
// the table; zero bytes up to a multiple of 4; then 32-bit integers in the machine's byte order
// (a marker word tells it): the article count, then sections, each its length and its integers.
// Strings (mention texts, canonical names, date values, variants, fingerprint keys) are indices
// into the table: a name that recurs across the dump is one string, read once (not a slice of each
// article's text, each hashed again when the analysis shares its strings).
// Last, the segmentation of the text (what lets a reopened dump skip classifying and segmenting
// it): each line's kind and each article's lines as sections, the layout profile and the articles'
// structures as one JSON string of the table. Then the duplicate matching's decisions (what lets
// a reopened dump's diagnostics skip matching it): its body threshold as a string of the table and
// three sections of article pairs and visits.
// Decoding checks every index, offset and span against the article lengths: a malformed payload
// is undefined, never half read.

import type { ArticleFingerprint, ArticleStructure, DocumentState, DumpWideState, LayoutProfile } from "../analysis/index.js";
import { ENTITY_TYPE_IDS } from "../vocabulary/entityTypes.js";

/** One article's own results, and the length of its text (every span lies within it). */
export interface SnapshotArticle {
  length: number;
  /** The model's spans: (start, end, entity type id) triples. */
  entities: ArrayLike<number>;
  /** Each entity's text: the article's characters between its bounds. */
  entityTexts: readonly string[];
  /** Its dates: the variant of the date job they were resolved under, (start, end) pairs, their values and their texts. */
  dates: { variant: string; bounds: ArrayLike<number>; values: readonly string[]; texts: readonly string[] };
  fingerprint: ArticleFingerprint;
}

/** The dump-wide decisions over the articles, each kept when the stage made it. */
export interface SnapshotDumpWide {
  /** Per article: the resolved entity spans as (start, end, entity type id) triples, and each one's canonical name. */
  resolved?: readonly { spans: ArrayLike<number>; canonical: readonly string[] }[];
  /** The year anchors, and per article the day its dates are resolved against or its fallback year. */
  dates?: { anchors: readonly (readonly [string, number])[]; references: readonly (string | undefined)[]; fallbackYears: readonly (number | undefined)[] };
  /** What the duplicate matching decided (its articles and bands are checked when it is restored). */
  duplicates?: NonNullable<DumpWideState["duplicates"]>;
}

export interface Snapshot {
  articles: readonly SnapshotArticle[];
  dumpWide: SnapshotDumpWide;
  /** The segmentation of the text the articles are of (absent: the articles are found again). */
  document?: DocumentState;
}

/** A profile's sets as arrays: the form the profile takes in the string table, with the structures. */
type StoredProfile = Omit<LayoutProfile, "templateSignatures" | "fieldKeys" | "runningHeads"> & {
  templateSignatures: string[];
  fieldKeys: string[];
  runningHeads: string[];
};

function storedProfile(profile: LayoutProfile): StoredProfile {
  return { ...profile, templateSignatures: [...profile.templateSignatures], fieldKeys: [...profile.fieldKeys], runningHeads: [...profile.runningHeads] };
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((s) => typeof s === "string");

/** The profile a stored one is, when it has a profile's fields (their types checked; what they say, the document checks against the text). */
function profileOf(value: unknown): LayoutProfile {
  const p = value as StoredProfile;
  check(typeof p === "object" && p !== null && typeof p.mode === "string" && typeof p.key === "string" && typeof p.description === "string");
  check(isStrings(p.templateSignatures) && isStrings(p.fieldKeys) && isStrings(p.runningHeads));
  return { ...p, templateSignatures: new Set(p.templateSignatures), fieldKeys: new Set(p.fieldKeys), runningHeads: new Set(p.runningHeads) };
}

/** Tells the byte order the integers were written in. */
const BYTE_ORDER_MARK = 0x01020304;
/** "None" for an optional string index or year. */
const NONE = -1;

/** Integers written into a growing buffer. */
class IntWriter {
  private data = new Int32Array(1 << 16);
  length = 0;

  push(value: number): void {
    // a value the column cannot hold would come back as another: the snapshot is not written
    if ((value | 0) !== value) throw new RangeError(`not a 32-bit integer: ${value}`);
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  pushAll(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) this.push(values[i]!);
  }

  /** A section: its length, then its integers. */
  section(values: ArrayLike<number>): void {
    this.push(values.length);
    this.pushAll(values);
  }

  get written(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Strings as indices into one table, each string once. */
class StringTable {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }
}

/** Per article, `each` writes its integers; the section of where each article's start, then the section of all of them. */
function perArticle<T>(out: IntWriter, items: readonly T[] | undefined, each: (item: T, into: IntWriter) => void): void {
  if (!items) {
    out.section([]);
    out.section([]);
    return;
  }
  const offsets = new Int32Array(items.length + 1);
  const data = new IntWriter();
  items.forEach((item, i) => {
    each(item, data);
    offsets[i + 1] = data.length;
  });
  out.section(offsets);
  out.section(data.written);
}

export function encodeSnapshot({ articles, dumpWide, document }: Snapshot): Buffer {
  const strings = new StringTable();
  const out = new IntWriter();
  out.push(BYTE_ORDER_MARK);
  out.push(articles.length);
  out.section(articles.map((a) => a.length));
  perArticle(out, articles, (a, into) => into.pushAll(a.entities));
  perArticle(out, articles, (a, into) => {
    for (const text of a.entityTexts) into.push(strings.id(text));
  });
  out.section(articles.map((a) => strings.id(a.dates.variant)));
  perArticle(out, articles, (a, into) => {
    for (let i = 0; i < a.dates.values.length; i++) {
      into.push(a.dates.bounds[2 * i]!);
      into.push(a.dates.bounds[2 * i + 1]!);
      into.push(strings.id(a.dates.values[i]!));
      into.push(strings.id(a.dates.texts[i]!));
    }
  });
  perArticle(out, articles, ({ fingerprint: f }, into) => {
    into.push(strings.id(f.exactKey));
    into.push(strings.id(f.normKey));
    into.push(f.generic ? 1 : 0);
    into.push(f.bodyWords);
    into.section(f.words.map((w) => strings.id(w)));
    into.section(f.wordKeys);
    into.section(f.significant.map((s) => (s ? 1 : 0)));
    if (f.minhash) into.section(f.minhash);
    else into.push(NONE);
  });
  const resolved = dumpWide.resolved;
  perArticle(out, resolved, (r, into) => {
    for (let i = 0; i < r.canonical.length; i++) {
      into.pushAll([r.spans[3 * i]!, r.spans[3 * i + 1]!, r.spans[3 * i + 2]!, strings.id(r.canonical[i]!)]);
    }
  });
  const dates = dumpWide.dates;
  out.section((dates?.anchors ?? []).flatMap(([monthDay, year]) => [strings.id(monthDay), year]));
  out.section(dates ? dates.references.map((r) => (r === undefined ? NONE : strings.id(r))) : []);
  out.section(dates ? dates.fallbackYears.map((y) => y ?? NONE) : []);
  if (document) {
    out.push(strings.id(JSON.stringify({ profile: storedProfile(document.profile), structures: document.structures })));
    out.section(document.lineKinds);
    out.section(document.articleLines);
  } else out.push(NONE);
  const duplicates = dumpWide.duplicates;
  if (duplicates) {
    out.push(strings.id(String(duplicates.bodyThreshold)));
    out.section(duplicates.sameHeadlinePairs);
    out.section(duplicates.nearPairs);
    out.section(duplicates.visits);
  } else out.push(NONE);

  const table = Buffer.from(JSON.stringify(strings.strings));
  const head = Buffer.alloc(4);
  head.writeUInt32LE(table.length);
  const padding = Buffer.alloc((4 - ((4 + table.length) % 4)) % 4);
  const ints = out.written;
  return Buffer.concat([head, table, padding, Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength)]);
}

/** A malformed payload: decoding stops and the payload is not read. */
class Malformed extends Error {}

/** Reads integers and sections in the order they were written, checking each read against the data. */
class IntReader {
  private at = 0;
  constructor(private readonly data: Int32Array) {}

  next(): number {
    if (this.at >= this.data.length) throw new Malformed();
    return this.data[this.at++]!;
  }

  section(): Int32Array {
    const length = this.next();
    if (length < 0 || this.at + length > this.data.length) throw new Malformed();
    const values = this.data.subarray(this.at, this.at + length);
    this.at += length;
    return values;
  }

  get done(): boolean {
    return this.at === this.data.length;
  }
}

function check(condition: boolean): void {
  if (!condition) throw new Malformed();
}

/** The per-article parts of a section pair written by perArticle: `count` views, their offsets checked; none when it wrote none. */
function articleParts(reader: IntReader, count: number): Int32Array[] {
  const offsets = reader.section();
  const data = reader.section();
  if (offsets.length === 0 && data.length === 0) return [];
  check(offsets.length === count + 1 && offsets[0] === 0 && offsets[count] === data.length);
  const parts: Int32Array[] = [];
  for (let i = 0; i < count; i++) {
    check(offsets[i]! <= offsets[i + 1]!);
    parts.push(data.subarray(offsets[i], offsets[i + 1]));
  }
  return parts;
}

/** Whether the (start, end, …) tuples of `spans`, `stride` numbers each, lie within a text of `length`. */
function spansWithin(spans: ArrayLike<number>, stride: number, length: number): boolean {
  if (spans.length % stride !== 0) return false;
  for (let i = 0; i < spans.length; i += stride) {
    const [start, end] = [spans[i]!, spans[i + 1]!];
    if (!(start >= 0 && start < end && end <= length)) return false;
  }
  return true;
}

/** The strings `ids` name, each the text of one (start, end, …) tuple of `spans`: as many, and each as long as its span. */
function spanTexts(ids: ArrayLike<number>, spans: ArrayLike<number>, stride: number, string: (id: number) => string): string[] {
  check(ids.length * stride === spans.length);
  const texts = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const text = string(ids[i]!);
    check(text.length === spans[stride * i + 1]! - spans[stride * i]!);
    texts[i] = text;
  }
  return texts;
}

/** Whether every entity type id of (start, end, type, …) tuples is one. */
function typesKnown(spans: ArrayLike<number>, stride: number): boolean {
  for (let i = 2; i < spans.length; i += stride) if (!(spans[i]! >= 0 && spans[i]! < ENTITY_TYPE_IDS.length)) return false;
  return true;
}

/** The snapshot an encoded payload holds, or undefined when it is not one encodeSnapshot wrote whole. */
export function decodeSnapshot(payload: Uint8Array): Snapshot | undefined {
  try {
    check(payload.length >= 4);
    const bytes = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
    const tableLength = bytes.readUInt32LE(0);
    const intsAt = 4 + tableLength + ((4 - ((4 + tableLength) % 4)) % 4);
    check(intsAt <= bytes.length && (bytes.length - intsAt) % 4 === 0);
    const strings: unknown = JSON.parse(bytes.subarray(4, 4 + tableLength).toString());
    check(Array.isArray(strings) && strings.every((s) => typeof s === "string"));
    const table = strings as string[];
    const string = (id: number) => {
      check(id >= 0 && id < table.length);
      return table[id]!;
    };
    // a copy, aligned for the view (the file's bytes sit anywhere in their buffer)
    const ints = new Int32Array((bytes.length - intsAt) / 4);
    new Uint8Array(ints.buffer).set(bytes.subarray(intsAt));
    const reader = new IntReader(ints);
    check(reader.next() === BYTE_ORDER_MARK);
    const count = reader.next();
    check(count >= 0);
    const lengths = reader.section();
    check(lengths.length === count);
    const entities = articleParts(reader, count);
    const entityTexts = articleParts(reader, count);
    const variants = reader.section();
    check(variants.length === count);
    const dates = articleParts(reader, count);
    const fingerprints = articleParts(reader, count);
    check(count === 0 || (entities.length === count && entityTexts.length === count && dates.length === count && fingerprints.length === count));
    const articles: SnapshotArticle[] = [];
    for (let i = 0; i < count; i++) {
      const length = lengths[i]!;
      check(spansWithin(entities[i]!, 3, length) && typesKnown(entities[i]!, 3) && spansWithin(dates[i]!, 4, length));
      const quads = dates[i]!;
      const bounds = new Int32Array(quads.length / 2);
      const values = new Array<string>(quads.length / 4);
      const texts = new Array<string>(quads.length / 4);
      for (let d = 0, q = 0; q < quads.length; d++, q += 4) {
        bounds[2 * d] = quads[q]!;
        bounds[2 * d + 1] = quads[q + 1]!;
        values[d] = string(quads[q + 2]!);
        texts[d] = string(quads[q + 3]!);
        check(texts[d]!.length === quads[q + 1]! - quads[q]!);
      }
      articles.push({
        length,
        entities: entities[i]!,
        entityTexts: spanTexts(entityTexts[i]!, entities[i]!, 3, string),
        dates: { variant: string(variants[i]!), bounds, values, texts },
        fingerprint: fingerprintOf(fingerprints[i]!, string),
      });
    }
    const resolvedParts = articleParts(reader, count);
    let resolved: SnapshotDumpWide["resolved"];
    if (resolvedParts.length > 0) {
      resolved = resolvedParts.map((quads, i) => {
        check(spansWithin(quads, 4, lengths[i]!) && typesKnown(quads, 4));
        const spans = new Int32Array((quads.length / 4) * 3);
        const canonical: string[] = [];
        for (let q = 0, s = 0; q < quads.length; q += 4, s += 3) {
          spans[s] = quads[q]!;
          spans[s + 1] = quads[q + 1]!;
          spans[s + 2] = quads[q + 2]!;
          canonical.push(string(quads[q + 3]!));
        }
        return { spans, canonical };
      });
    }
    const anchors = reader.section();
    const references = reader.section();
    const fallbackYears = reader.section();
    const documentId = reader.next();
    let document: DocumentState | undefined;
    if (documentId !== NONE) {
      const { profile, structures } = JSON.parse(string(documentId)) as { profile: unknown; structures: unknown };
      const lineKinds = reader.section();
      const articleLines = reader.section();
      check(Array.isArray(structures) && structures.length === count && articleLines.length === 2 * count);
      check((structures as unknown[]).every((s) => typeof s === "object" && s !== null));
      document = { profile: profileOf(profile), lineKinds, articleLines, structures: structures as ArticleStructure[] };
    }
    const thresholdId = reader.next();
    let duplicates: SnapshotDumpWide["duplicates"];
    if (thresholdId !== NONE) {
      const bodyThreshold = Number(string(thresholdId));
      check(Number.isFinite(bodyThreshold));
      duplicates = { bodyThreshold, sameHeadlinePairs: reader.section(), nearPairs: reader.section(), visits: reader.section() };
    }
    check(anchors.length % 2 === 0 && reader.done);
    let datesWide: SnapshotDumpWide["dates"];
    if (references.length === count && fallbackYears.length === count && count > 0) {
      const pairs: [string, number][] = [];
      for (let a = 0; a < anchors.length; a += 2) pairs.push([string(anchors[a]!), anchors[a + 1]!]);
      datesWide = {
        anchors: pairs,
        references: Array.from(references, (r) => (r === NONE ? undefined : string(r))),
        fallbackYears: Array.from(fallbackYears, (y) => (y === NONE ? undefined : y)),
      };
    } else check(references.length === 0 && fallbackYears.length === 0 && anchors.length === 0);
    return { articles, dumpWide: { resolved, dates: datesWide, duplicates }, document };
  } catch (e) {
    if (e instanceof Malformed || e instanceof SyntaxError || e instanceof RangeError) return undefined;
    throw e;
  }
}

/** A fingerprint as encodeSnapshot wrote it. */
function fingerprintOf(data: Int32Array, string: (id: number) => string): ArticleFingerprint {
  const reader = new IntReader(data);
  const exactKey = string(reader.next());
  const normKey = string(reader.next());
  const generic = reader.next() === 1;
  const bodyWords = reader.next();
  const words = Array.from(reader.section(), string);
  const wordKeys = Array.from(reader.section());
  const significant = Array.from(reader.section(), (s) => s === 1);
  const minhashLength = reader.next();
  let minhash: number[] | null = null;
  if (minhashLength !== NONE) {
    check(minhashLength >= 0);
    minhash = [];
    for (let i = 0; i < minhashLength; i++) minhash.push(reader.next());
  }
  check(reader.done);
  return { exactKey, words, normKey, wordKeys, significant, generic, bodyWords, minhash };
}
