// The tagging model: hashed feature weights (averaged perceptron), label transitions, gazetteer, and
// its binary (de)serialisation. Pure code: bytes in, bytes out.
//
// One set of weights serves both stages: the second stage adds the weights of its features (how the
// first stage tagged each word elsewhere in the document, see features.ts) to the first stage's
// scores and decodes again, so it costs a few additions and a Viterbi pass per sequence.

import {
  addSighting,
  CLASSES,
  COARSE,
  COARSE_CLASSES,
  countLabel,
  DOC_LOWER,
  type DocContext,
  docLabelSummary,
  docPlaceFeatures,
  FeatureExtractor,
  GAZ_CATS,
  type Gazetteer,
  gazFeatures,
  LABEL_SIDES,
  LABELS,
  labelAroundFeatures,
  labelPlaceFeatures,
  MAX_FEATURES,
  NUM_LABELS,
  shapeFeatures,
} from "./features.js";
import { IntMap } from "./hash.js";

export const MAGIC = "NLNER4";
if (NUM_LABELS !== 9) throw new Error("the tagger's inner loops are written for 9 labels");

/** Whether label `cur` may follow label `prev` (-1 = sequence start) in IOB2. */
export function allowed(prev: number, cur: number): boolean {
  if (cur === 0 || (cur & 1) === 1) return true; // O or B-X
  return prev === cur || prev === cur - 1;
}

/** Transition validity table: ALLOWED[(prev+1)*NUM_LABELS + cur]. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NUM_LABELS + 1) * NUM_LABELS);
  for (let p = -1; p < NUM_LABELS; p++) for (let c = 0; c < NUM_LABELS; c++) a[(p + 1) * NUM_LABELS + c] = allowed(p, c) ? 1 : 0;
  return a;
})();

/**
 * Viterbi over valid IOB2 transitions. em: scores of n tokens (NUM_LABELS each) from em[at];
 * trans: L*L (prev,cur); start: L (trans' first row when the sequence follows an O). With toO,
 * an O follows the sequence. Writes the best labels into out[outAt..outAt+n).
 */
export function viterbi(
  n: number,
  em: Float32Array,
  at: number,
  trans: Float32Array,
  start: Float32Array,
  out: Int32Array,
  outAt: number,
  scratch: { score: Float64Array; back: Int32Array },
  toO = false,
): void {
  const L = NUM_LABELS;
  if (n === 0) return;
  if (scratch.score.length < n * L) {
    scratch.score = new Float64Array(n * L * 2);
    scratch.back = new Int32Array(n * L * 2);
  }
  const score = scratch.score;
  const back = scratch.back;
  for (let c = 0; c < L; c++) score[c] = ALLOWED[c] ? start[c] + em[at + c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const pbase = base - L;
    const ebase = at + base;
    // the previous scores in locals: every label reads them (unrolled for 9 labels, see allowed())
    const p0 = score[pbase],
      p1 = score[pbase + 1],
      p2 = score[pbase + 2],
      p3 = score[pbase + 3],
      p4 = score[pbase + 4];
    const p5 = score[pbase + 5],
      p6 = score[pbase + 6],
      p7 = score[pbase + 7],
      p8 = score[pbase + 8];
    for (let c = 0; c < L; c++) {
      let best: number;
      let arg: number;
      if (c === 0 || (c & 1) === 1) {
        // O and B-X follow anything
        best = p0 + trans[c];
        arg = 0;
        let s = p1 + trans[L + c];
        if (s > best) {
          best = s;
          arg = 1;
        }
        s = p2 + trans[2 * L + c];
        if (s > best) {
          best = s;
          arg = 2;
        }
        s = p3 + trans[3 * L + c];
        if (s > best) {
          best = s;
          arg = 3;
        }
        s = p4 + trans[4 * L + c];
        if (s > best) {
          best = s;
          arg = 4;
        }
        s = p5 + trans[5 * L + c];
        if (s > best) {
          best = s;
          arg = 5;
        }
        s = p6 + trans[6 * L + c];
        if (s > best) {
          best = s;
          arg = 6;
        }
        s = p7 + trans[7 * L + c];
        if (s > best) {
          best = s;
          arg = 7;
        }
        s = p8 + trans[8 * L + c];
        if (s > best) {
          best = s;
          arg = 8;
        }
      } else {
        // I-X follows only B-X or I-X
        best = score[pbase + c - 1] + trans[(c - 1) * L + c];
        arg = c - 1;
        const s = score[pbase + c] + trans[c * L + c];
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      score[base + c] = best + em[ebase + c];
      back[base + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let c = 0; c < L; c++) {
    // a sequence followed by an O (outside a window) pays the transition to it
    const s = toO ? score[last + c] + trans[c * L] : score[last + c];
    if (s > best) {
      best = s;
      arg = c;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[outAt + i] = arg;
    if (i > 0) arg = back[i * L + arg];
  }
}

/**
 * Runtime weights: a flat table of NUM_LABELS quantised weights per feature bucket (no keys, no
 * probing: a feature's bucket is its row, as in training), a byte per weight that `lut` decodes,
 * and one bit per bucket that says whether its row has any weight (most features of a text have
 * none, and the bit set is small enough to stay in cache).
 */
export class WeightTable {
  readonly shift: number;
  readonly codes: Uint8Array;
  readonly present: Uint32Array;
  constructor(
    readonly hashBits: number,
    bucketKeys: Uint32Array,
    rowCodes: Uint8Array,
    readonly lut: Float32Array,
  ) {
    this.shift = 32 - hashBits;
    this.codes = new Uint8Array((1 << hashBits) * NUM_LABELS);
    this.present = new Uint32Array(Math.max(1, (1 << hashBits) >>> 5));
    const { codes, present } = this;
    for (let r = 0; r < bucketKeys.length; r++) {
      const b = bucketKeys[r];
      present[b >>> 5] |= 1 << (b & 31);
      const from = r * NUM_LABELS;
      const to = b * NUM_LABELS;
      for (let c = 0; c < NUM_LABELS; c++) codes[to + c] = rowCodes[from + c];
    }
  }

  /** Writes the summed weights of features feats[0..k) to out[at..at+NUM_LABELS). */
  sum(feats: Int32Array, k: number, out: Float32Array, at: number): void {
    out[at] = 0;
    out[at + 1] = 0;
    out[at + 2] = 0;
    out[at + 3] = 0;
    out[at + 4] = 0;
    out[at + 5] = 0;
    out[at + 6] = 0;
    out[at + 7] = 0;
    out[at + 8] = 0;
    this.add(feats, k, out, at);
  }

  /** Adds the weights of features feats[0..k) to acc[at..at+NUM_LABELS). */
  add(feats: Int32Array, k: number, acc: Float32Array, at: number): void {
    const { codes, present, lut, shift } = this;
    // NUM_LABELS === 9, unrolled into locals
    let e0 = 0,
      e1 = 0,
      e2 = 0,
      e3 = 0,
      e4 = 0,
      e5 = 0,
      e6 = 0,
      e7 = 0,
      e8 = 0;
    for (let f = 0; f < k; f++) {
      const b = feats[f] >>> shift;
      if (((present[b >>> 5] >>> (b & 31)) & 1) === 0) continue;
      const o = b * 9;
      e0 += lut[codes[o]];
      e1 += lut[codes[o + 1]];
      e2 += lut[codes[o + 2]];
      e3 += lut[codes[o + 3]];
      e4 += lut[codes[o + 4]];
      e5 += lut[codes[o + 5]];
      e6 += lut[codes[o + 6]];
      e7 += lut[codes[o + 7]];
      e8 += lut[codes[o + 8]];
    }
    acc[at] += e0;
    acc[at + 1] += e1;
    acc[at + 2] += e2;
    acc[at + 3] += e3;
    acc[at + 4] += e4;
    acc[at + 5] += e5;
    acc[at + 6] += e6;
    acc[at + 7] += e7;
    acc[at + 8] += e8;
  }
}

/** Adds src[from..from+NUM_LABELS) to acc[at..). */
function addVector(src: Float32Array, from: number, acc: Float32Array, at: number): void {
  acc[at] += src[from];
  acc[at + 1] += src[from + 1];
  acc[at + 2] += src[from + 2];
  acc[at + 3] += src[from + 3];
  acc[at + 4] += src[from + 4];
  acc[at + 5] += src[from + 5];
  acc[at + 6] += src[from + 6];
  acc[at + 7] += src[from + 7];
  acc[at + 8] += src[from + 8];
}

/**
 * Summed weights of feature groups that recur, kept as NUM_LABELS floats each: per word (by its
 * id in the feature extractor's word cache) its own features in each place and its features as
 * each neighbour of a token of each coarse class, and the groups keyed by small numbers (class
 * trigrams, document flags, first-stage document labels). A token then costs a few vector
 * additions and the look-ups of its word pairs.
 */
const V_WORD = 0; // the word's own features (part of every place vector)
const V_PLACE = 1; // 4 places: sentence-initial * 2 + all-caps line
const V_LEFT2 = 5; // as the neighbour at -2 ...
const V_RIGHT2 = 6; // ... and +2
const V_LEFT1_ANY = 7; // as the neighbour at -1, the features that do not depend on the token's class ...
const V_RIGHT1_ANY = 8; // ... and at +1
const V_LEFT1 = 9; // as the neighbour at -1 of a token of each coarse class (the above included)
const V_RIGHT1 = V_LEFT1 + COARSE_CLASSES; // as the neighbour at +1
const WORD_VECTORS = V_RIGHT1 + COARSE_CLASSES;
const ENTRY = WORD_VECTORS * NUM_LABELS;
/** Entry 0 holds padding as each neighbour (outside a sequence); word id w has entry w + 1. */
const PADDING = 0;
const SHAPES = (CLASSES + 1) ** 3;
/** Document flags (& 7) times docPlace(). */
const DOC_PLACES = 64;
/** First-stage label summaries (7 bits) times sentence-initial and all-caps line. */
const LABEL_PLACES = 128 * 4;
/** A gazetteer group's key: begins, inside, alone | capitalised, left and right neighbours' masks. */
const GAZ_KEY = 5;

class Memo {
  /**
   * ENTRY floats per word entry, room for 16K words from the start: the memory is only taken as
   * entries are written (growing it meant copying it, the slowest step of a new word).
   */
  words = new Float32Array(16384 * ENTRY);
  /** Per entry: a bit per vector made. */
  made = new Uint32Array(16384);
  private generation = -1;
  private readonly shapes = new Float32Array(SHAPES * NUM_LABELS);
  private readonly shapeMade = new Uint8Array(SHAPES);
  private readonly docPlaces = new Float32Array(DOC_PLACES * NUM_LABELS);
  private readonly docPlaceMade = new Uint8Array(DOC_PLACES);
  private readonly labelPlaces = new Float32Array(LABEL_PLACES * NUM_LABELS);
  private readonly labelPlaceMade = new Uint8Array(LABEL_PLACES);
  private readonly labelArounds = new Float32Array(LABEL_SIDES * LABEL_SIDES * 5 * NUM_LABELS);
  private readonly labelAroundMade = new Uint8Array(LABEL_SIDES * LABEL_SIDES * 5);
  /** Gazetteer groups: key hash -> index + 1 into gazVectors, with the key's parts to check. */
  private readonly gazIndex = new IntMap(256);
  private gazKeys = new Int32Array(256 * GAZ_KEY);
  private gazVectors = new Float32Array(256 * NUM_LABELS);
  private gazCount = 0;

  constructor(
    private readonly table: WeightTable,
    private readonly fx: FeatureExtractor,
    private readonly feats: Int32Array,
  ) {}

  /** Forgets every word when the extractor has given its ids out anew; makes room for its words. */
  sync(): void {
    if (this.generation !== this.fx.generation) {
      this.made.fill(0);
      this.generation = this.fx.generation;
    }
    const entries = this.fx.wordCount + 1;
    if (entries <= this.made.length) return;
    const size = Math.max(entries, this.made.length * 2);
    const words = new Float32Array(size * ENTRY);
    words.set(this.words);
    this.words = words;
    const made = new Uint32Array(size);
    made.set(this.made);
    this.made = made;
  }

  /** Makes the vector of word entry e (token i's word) in place p: sentence-initial * 2 + all-caps line. */
  makePlace(e: number, i: number, p: number): void {
    const at = e * ENTRY + (V_PLACE + p) * NUM_LABELS;
    const made = this.made[e];
    const words = this.words;
    const own = e * ENTRY + V_WORD * NUM_LABELS;
    if (!(made & (1 << V_WORD))) this.table.sum(this.feats, this.fx.wordFeatures(i, this.feats, 0), words, own);
    this.table.sum(this.feats, this.fx.placeFeatures(i, this.feats, 0, p >> 1, p & 1), words, at);
    addVector(words, own, words, at);
    this.made[e] = made | (1 << V_WORD) | (1 << (V_PLACE + p));
  }

  /** Makes vector v of entry e (token j's word, or PADDING): as the neighbour at rel (±2). */
  makeNeighbour(e: number, v: number, j: number, rel: number): void {
    this.table.sum(this.feats, this.fx.neighbourFeatures(j, rel, this.feats, 0), this.words, e * ENTRY + v * NUM_LABELS);
    this.made[e] |= 1 << v;
  }

  /**
   * Makes vector v of entry e (token j's word, or PADDING): as the neighbour at rel (±1) of a token
   * of coarse class c, from the vector of its features that do not depend on c (made first).
   */
  makeClassNeighbour(e: number, v: number, j: number, rel: number, c: number): void {
    const any = rel === -1 ? V_LEFT1_ANY : V_RIGHT1_ANY;
    if (!(this.made[e] & (1 << any))) this.makeNeighbour(e, any, j, rel);
    const at = e * ENTRY + v * NUM_LABELS;
    this.table.sum(this.feats, this.fx.neighbourClassFeatures(j, rel, c, this.feats, 0), this.words, at);
    addVector(this.words, e * ENTRY + any * NUM_LABELS, this.words, at);
    this.made[e] |= 1 << v;
  }

  /** Adds the class trigram vector (previous, own, next class) to acc[at..). */
  addShape(cm1: number, c: number, cp1: number, acc: Float32Array, at: number): void {
    const s = (cm1 * (CLASSES + 1) + c) * (CLASSES + 1) + cp1;
    const o = s * NUM_LABELS;
    if (!this.shapeMade[s]) {
      this.table.add(this.feats, shapeFeatures(cm1, c, cp1, this.feats, 0), this.shapes, o);
      this.shapeMade[s] = 1;
    }
    addVector(this.shapes, o, acc, at);
  }

  /** Adds the document-context vector of flags d (& 7) at docPlace `place`. */
  addDocPlace(d: number, place: number, acc: Float32Array, at: number): void {
    const s = d * 8 + place;
    const o = s * NUM_LABELS;
    if (!this.docPlaceMade[s]) {
      this.table.add(this.feats, docPlaceFeatures(d, place, this.feats, 0), this.docPlaces, o);
      this.docPlaceMade[s] = 1;
    }
    addVector(this.docPlaces, o, acc, at);
  }

  /** Adds the second stage's vector of a label summary at a place (sentence-initial + 2 * all-caps line). */
  addLabelPlace(summary: number, place: number, acc: Float32Array, at: number): void {
    const s = summary * 4 + place;
    const o = s * NUM_LABELS;
    if (!this.labelPlaceMade[s]) {
      this.table.add(this.feats, labelPlaceFeatures(summary, place, this.feats, 0), this.labelPlaces, o);
      this.labelPlaceMade[s] = 1;
    }
    addVector(this.labelPlaces, o, acc, at);
  }

  /** Adds the second stage's vector of the best types around a token (see labelAroundFeatures). */
  addLabelAround(before: number, after: number, best: number, acc: Float32Array, at: number): void {
    const s = (before * LABEL_SIDES + after) * 5 + best;
    const o = s * NUM_LABELS;
    if (!this.labelAroundMade[s]) {
      this.table.add(this.feats, labelAroundFeatures(before, after, best, this.feats, 0), this.labelArounds, o);
      this.labelAroundMade[s] = 1;
    }
    addVector(this.labelArounds, o, acc, at);
  }

  /** Adds the gazetteer vector of a token's masks (see gazFeatures). */
  addGaz(gb: number, gi: number, gf: number, m1: number, p1: number, capBit: number, acc: Float32Array, at: number): void {
    const k3 = gf | (capBit << GAZ_CATS);
    let key = Math.imul(gb ^ 0x5bd1e995, 0x9e3779b1) ^ gi;
    key = Math.imul(key ^ (key >>> 15), 0x85ebca6b) ^ k3;
    key = Math.imul(key ^ (key >>> 13), 0xc2b2ae35) ^ m1;
    key = Math.imul(key ^ (key >>> 16), 0x9e3779b1) ^ p1;
    const found = this.gazIndex.get(key) - 1;
    if (found >= 0) {
      const keys = this.gazKeys;
      const ko = found * GAZ_KEY;
      if (keys[ko] === gb && keys[ko + 1] === gi && keys[ko + 2] === k3 && keys[ko + 3] === m1 && keys[ko + 4] === p1) {
        addVector(this.gazVectors, found * NUM_LABELS, acc, at);
      } else {
        // another group with the same key hash: summed directly
        this.table.add(this.feats, gazFeatures(gb, gi, gf, m1, p1, capBit, this.feats, 0), acc, at);
      }
      return;
    }
    const n = this.gazCount++;
    if ((n + 1) * GAZ_KEY > this.gazKeys.length) {
      const keys = new Int32Array(this.gazKeys.length * 2);
      keys.set(this.gazKeys);
      this.gazKeys = keys;
      const vectors = new Float32Array(this.gazVectors.length * 2);
      vectors.set(this.gazVectors);
      this.gazVectors = vectors;
    }
    this.gazKeys.set([gb, gi, k3, m1, p1], n * GAZ_KEY);
    this.table.add(this.feats, gazFeatures(gb, gi, gf, m1, p1, capBit, this.feats, 0), this.gazVectors, n * NUM_LABELS);
    this.gazIndex.set(key, n + 1);
    addVector(this.gazVectors, n * NUM_LABELS, acc, at);
  }
}

/**
 * Per-document vectors of a word (by its id): its document-context features (how the document
 * writes it elsewhere), then its second-stage features (how the first stage tagged it elsewhere).
 * Valid while their stamp is the document's.
 */
class DocumentWords {
  vectors = new Float32Array(0);
  stamps = new Int32Array(0);
  reserve(n: number): void {
    if (n <= this.stamps.length) return;
    const size = Math.max(n, this.stamps.length * 2, 256);
    const vectors = new Float32Array(size * NUM_LABELS);
    vectors.set(this.vectors);
    this.vectors = vectors;
    const stamps = new Int32Array(size);
    stamps.set(this.stamps);
    this.stamps = stamps;
  }
}

export class Tagger {
  readonly fx: FeatureExtractor;
  private readonly feats = new Int32Array(MAX_FEATURES);
  /** Scores of the document's tokens (NUM_LABELS each) after the first stage, then the second. */
  private em = new Float32Array(0);
  /** Labels of the document's tokens after the first stage, then the second. */
  private labels = new Int32Array(0);
  private readonly scratch = { score: new Float64Array(0), back: new Int32Array(0) };
  /** Windows of the document (see FeatureExtractor.windows). */
  private segments = new Int32Array(0);
  /** Transitions from O: the start of a window that follows an O. */
  private readonly afterO: Float32Array;
  private readonly memo: Memo;
  /**
   * Per lower id: DOC_* flags, first-stage label counts and their summary of this document, valid
   * while lowerStamps holds the document's stamp (its negative once the summary is made).
   */
  private docFlags = new Int32Array(0);
  private labelCounts = new Int32Array(0);
  private summaries = new Int32Array(0);
  private lowerStamps = new Int32Array(0);
  private readonly docWords = new DocumentWords();
  private readonly labelWords = new DocumentWords();
  private stamp = 0;
  /** The document context of the last document tagged (the rules read it). */
  readonly lastDoc: DocContext = new IntMap(256);

  /** Whether the document writes token t's word in lower case somewhere (tagWithMemo's document context). */
  private readonly seenLower = (t: number): boolean => (this.docFlags[this.fx.lowerIds[t]] & DOC_LOWER) !== 0;

  constructor(
    readonly table: WeightTable,
    readonly trans: Float32Array,
    readonly start: Float32Array,
    readonly gaz: Gazetteer,
    readonly meta: Record<string, unknown>,
  ) {
    this.fx = new FeatureExtractor(gaz);
    this.memo = new Memo(table, this.fx, this.feats);
    this.afterO = trans.subarray(0, NUM_LABELS);
  }

  /**
   * Tags the sequences words[a..b) of one document, ranges[2r] = a and ranges[2r + 1] = b, in
   * token order and not overlapping; returns the labels (ids in LABELS order) at token indices, a
   * view valid until the next call. Each sequence is prepared once: the document context first
   * (how each word is written across the document), then the first stage, then the second with
   * the first stage's labels of the same words elsewhere in the document. With `featureByFeature`,
   * every feature of every token is looked up (the way training sums them) instead of summed from
   * the memos: the same labels, more slowly.
   */
  tagDocument(words: readonly string[], ranges: Int32Array, count: number, featureByFeature = false): Int32Array {
    const fx = this.fx;
    const n = words.length;
    fx.reserve(n);
    fx.startDocument(n);
    if (this.labels.length < n) {
      this.labels = new Int32Array(Math.max(n, this.labels.length * 2));
      this.em = new Float32Array(this.labels.length * NUM_LABELS);
    }
    let complete = true;
    for (let r = 0; r < count; r++) {
      fx.prepare(words, ranges[2 * r], ranges[2 * r + 1]);
      for (let t = ranges[2 * r]; t < ranges[2 * r + 1]; t++) if (fx.ids[t] < 0) complete = false;
    }
    // a document of more distinct words than the cache keeps has no ids for some: it is tagged
    // feature by feature, with the document context in maps
    if (complete && !featureByFeature) this.tagWithMemo(ranges, count);
    else this.tagFeatureByFeature(ranges, count);
    return this.labels;
  }

  private tagWithMemo(ranges: Int32Array, count: number): void {
    const fx = this.fx;
    const memo = this.memo;
    memo.sync();
    const stamp = ++this.stamp;
    const lowers = fx.lowerCount;
    if (this.lowerStamps.length < lowers) {
      const size = Math.max(lowers, this.lowerStamps.length * 2);
      this.docFlags = new Int32Array(size);
      this.labelCounts = new Int32Array(size);
      this.summaries = new Int32Array(size);
      this.lowerStamps = new Int32Array(size);
    }
    const { docFlags, labelCounts, lowerStamps, em, labels, feats, table } = this;
    const lastDoc = this.lastDoc;
    lastDoc.clear();
    // document context
    for (let r = 0; r < count; r++) {
      fx.setRange(ranges[2 * r], ranges[2 * r + 1]);
      for (let t = fx.lo; t < fx.hi; t++) {
        const lid = fx.lowerIds[t];
        if (lowerStamps[lid] !== stamp) {
          lowerStamps[lid] = stamp;
          docFlags[lid] = 0;
          labelCounts[lid] = 0;
        }
        docFlags[lid] = addSighting(docFlags[lid], fx.sighting(t));
      }
    }
    const docWords = this.docWords;
    const labelWords = this.labelWords;
    docWords.reserve(fx.wordCount);
    labelWords.reserve(fx.wordCount);
    const L = NUM_LABELS;
    const { ids, cls } = fx;
    const { made, words: vectors } = memo;
    // first stage, window by window (see windows())
    const segments = this.segmentsFor(fx.ids.length);
    let nseg = 0;
    for (let r = 0; r < count; r++) {
      const lo = ranges[2 * r];
      const hi = ranges[2 * r + 1];
      fx.setRange(lo, hi);
      labels.fill(0, lo, hi);
      const from = nseg;
      nseg = fx.windows(segments, nseg, this.seenLower);
      const caps = fx.capsLine ? 1 : 0;
      for (let g = from; g < nseg; g += 2) {
        const a = segments[g];
        const b = segments[g + 1];
        for (let t = a; t < b; t++) {
          const at = t * L;
          const e = ids[t] + 1;
          const c = COARSE[cls[t]];
          // the word in its place, its neighbours as seen from a token of class c (made on first use)
          const p = V_PLACE + fx.sentInit(t) * 2 + caps;
          if (!(made[e] & (1 << p))) memo.makePlace(e, t, p - V_PLACE);
          const e1 = t > lo ? ids[t - 1] + 1 : PADDING;
          const v1 = V_LEFT1 + c;
          if (!(made[e1] & (1 << v1))) memo.makeClassNeighbour(e1, v1, t - 1, -1, c);
          const e2 = t + 1 < hi ? ids[t + 1] + 1 : PADDING;
          const v2 = V_RIGHT1 + c;
          if (!(made[e2] & (1 << v2))) memo.makeClassNeighbour(e2, v2, t + 1, 1, c);
          const e3 = t - 2 >= lo ? ids[t - 2] + 1 : PADDING;
          if (!(made[e3] & (1 << V_LEFT2))) memo.makeNeighbour(e3, V_LEFT2, t - 2, -2);
          const e4 = t + 2 < hi ? ids[t + 2] + 1 : PADDING;
          if (!(made[e4] & (1 << V_RIGHT2))) memo.makeNeighbour(e4, V_RIGHT2, t + 2, 2);
          const o0 = e * ENTRY + p * L;
          const o1 = e1 * ENTRY + v1 * L;
          const o2 = e2 * ENTRY + v2 * L;
          const o3 = e3 * ENTRY + V_LEFT2 * L;
          const o4 = e4 * ENTRY + V_RIGHT2 * L;
          // unrolled for 9 labels
          em[at] = vectors[o0] + vectors[o1] + vectors[o2] + vectors[o3] + vectors[o4];
          em[at + 1] = vectors[o0 + 1] + vectors[o1 + 1] + vectors[o2 + 1] + vectors[o3 + 1] + vectors[o4 + 1];
          em[at + 2] = vectors[o0 + 2] + vectors[o1 + 2] + vectors[o2 + 2] + vectors[o3 + 2] + vectors[o4 + 2];
          em[at + 3] = vectors[o0 + 3] + vectors[o1 + 3] + vectors[o2 + 3] + vectors[o3 + 3] + vectors[o4 + 3];
          em[at + 4] = vectors[o0 + 4] + vectors[o1 + 4] + vectors[o2 + 4] + vectors[o3 + 4] + vectors[o4 + 4];
          em[at + 5] = vectors[o0 + 5] + vectors[o1 + 5] + vectors[o2 + 5] + vectors[o3 + 5] + vectors[o4 + 5];
          em[at + 6] = vectors[o0 + 6] + vectors[o1 + 6] + vectors[o2 + 6] + vectors[o3 + 6] + vectors[o4 + 6];
          em[at + 7] = vectors[o0 + 7] + vectors[o1 + 7] + vectors[o2 + 7] + vectors[o3 + 7] + vectors[o4 + 7];
          em[at + 8] = vectors[o0 + 8] + vectors[o1 + 8] + vectors[o2 + 8] + vectors[o3 + 8] + vectors[o4 + 8];
          memo.addShape(fx.classAt(t - 1), fx.cls[t], fx.classAt(t + 1), em, at);
          table.add(feats, fx.pairFeatures(t, feats, 0), em, at);
          const m1 = fx.gazLeft(t);
          const p1 = fx.gazRight(t);
          const capitalised = fx.capitalised(t);
          if (fx.gazB[t] | fx.gazI[t] | m1 | p1) memo.addGaz(fx.gazB[t], fx.gazI[t], fx.gazFull[t], m1, p1, capitalised ? 1 : 0, em, at);
          if (capitalised) {
            const d = docFlags[fx.lowerIds[t]] & 7;
            memo.addDocPlace(d, fx.docPlace(t), em, at);
            const w = e - 1;
            if (docWords.stamps[w] !== stamp) {
              docWords.stamps[w] = stamp;
              table.sum(feats, fx.docWordFeatures(t, d, feats, 0), docWords.vectors, w * L);
            }
            addVector(docWords.vectors, w * L, em, at);
          }
        }
        this.decode(a, b, lo, hi);
      }
    }
    // the first stage's labels of each word across the document, then their summaries (at each
    // word's first token: the labels of its tokens are all counted by then)
    for (let r = 0; r < count; r++) {
      const lo = ranges[2 * r];
      const hi = ranges[2 * r + 1];
      fx.setRange(lo, hi);
      for (let t = lo; t < hi; t++) {
        if (!fx.hasLabelFeatures(t)) continue;
        const l = labels[t];
        const lid = fx.lowerIds[t];
        labelCounts[lid] = countLabel(labelCounts[lid], l, l === 2 && (t + 1 >= hi || labels[t + 1] !== 2));
      }
    }
    const summaries = this.summaries;
    for (let r = 0; r < count; r++) {
      for (let t = ranges[2 * r]; t < ranges[2 * r + 1]; t++) {
        const lid = fx.lowerIds[t];
        if (lowerStamps[lid] === stamp) {
          summaries[lid] = docLabelSummary(labelCounts[lid]);
          lowerStamps[lid] = -stamp;
        }
      }
    }
    // second stage: the first stage's scores plus the label features; windows without any keep their labels
    for (let r = 0, g = 0; r < count; r++) {
      const lo = ranges[2 * r];
      const hi = ranges[2 * r + 1];
      fx.setRange(lo, hi);
      const caps = fx.capsLine ? 2 : 0;
      for (; g < nseg && segments[g] < hi; g += 2) {
        const a = segments[g];
        const b = segments[g + 1];
        let changed = false;
        for (let t = a; t < b; t++) {
          if (!fx.hasLabelFeatures(t)) continue;
          changed = true;
          const at = t * L;
          const summary = summaries[fx.lowerIds[t]];
          memo.addLabelPlace(summary, fx.sentInit(t) + caps, em, at);
          const before = t === lo ? 0 : fx.hasLabelFeatures(t - 1) ? 2 + (summaries[fx.lowerIds[t - 1]] & 15) : 1;
          const after = t + 1 === hi ? 0 : fx.hasLabelFeatures(t + 1) ? 2 + (summaries[fx.lowerIds[t + 1]] & 15) : 1;
          memo.addLabelAround(before, after, summary & 15, em, at);
          const w = fx.ids[t];
          if (labelWords.stamps[w] !== stamp) {
            labelWords.stamps[w] = stamp;
            table.sum(feats, fx.labelWordFeatures(t, summary, feats, 0), labelWords.vectors, w * L);
          }
          addVector(labelWords.vectors, w * L, em, at);
        }
        if (changed) this.decode(a, b, lo, hi);
      }
    }
    // the document context as the rules read it
    for (let r = 0; r < count; r++) {
      for (let t = ranges[2 * r]; t < ranges[2 * r + 1]; t++) {
        const lid = fx.lowerIds[t];
        if (lowerStamps[lid] === -stamp) {
          lastDoc.set(fx.lh[t], docFlags[lid]);
          lowerStamps[lid] = 0;
        }
      }
    }
  }

  /** The same as tagWithMemo, every feature of every token looked up, the document context in maps. */
  private tagFeatureByFeature(ranges: Int32Array, count: number): void {
    const { fx, em, labels, feats, table } = this;
    const doc = this.lastDoc;
    doc.clear();
    for (let r = 0; r < count; r++) {
      fx.setRange(ranges[2 * r], ranges[2 * r + 1]);
      fx.observe(doc);
    }
    const L = NUM_LABELS;
    const segments = this.segmentsFor(fx.ids.length);
    let nseg = 0;
    for (let r = 0; r < count; r++) {
      const lo = ranges[2 * r];
      const hi = ranges[2 * r + 1];
      fx.setRange(lo, hi);
      labels.fill(0, lo, hi);
      const from = nseg;
      nseg = fx.windows(segments, nseg, (t) => (doc.get(fx.lh[t]) & DOC_LOWER) !== 0);
      for (let g = from; g < nseg; g += 2) {
        em.fill(0, segments[g] * L, segments[g + 1] * L);
        for (let t = segments[g]; t < segments[g + 1]; t++) table.add(feats, fx.features(t, feats, doc), em, t * L);
        this.decode(segments[g], segments[g + 1], lo, hi);
      }
    }
    const docLabels: DocContext = new IntMap(256);
    for (let r = 0; r < count; r++) {
      fx.setRange(ranges[2 * r], ranges[2 * r + 1]);
      fx.observeLabels(docLabels, labels.subarray(fx.lo, fx.hi));
    }
    for (let r = 0, g = 0; r < count; r++) {
      const lo = ranges[2 * r];
      const hi = ranges[2 * r + 1];
      fx.setRange(lo, hi);
      for (; g < nseg && segments[g] < hi; g += 2) {
        for (let t = segments[g]; t < segments[g + 1]; t++) table.add(feats, fx.labelFeatures(t, feats, 0, docLabels), em, t * L);
        this.decode(segments[g], segments[g + 1], lo, hi);
      }
    }
  }

  /** A scratch array for the windows of a document of n tokens. */
  private segmentsFor(n: number): Int32Array {
    if (this.segments.length < 2 * n) this.segments = new Int32Array(Math.max(2 * n, this.segments.length * 2));
    return this.segments;
  }

  /** Decodes window [a, b) of sequence [lo, hi): after an O unless it starts the sequence, before one unless it ends it. */
  private decode(a: number, b: number, lo: number, hi: number): void {
    viterbi(b - a, this.em, a * NUM_LABELS, this.trans, a === lo ? this.start : this.afterO, this.labels, a, this.scratch, b < hi);
  }
}

// ---------------------------------------------------------------------------------------------
// Serialisation: a JSON header, then typed arrays stored as they are in memory (little-endian),
// each starting at a multiple of 4 bytes, so that loading copies them.

/** What the trainer hands over for serialisation. */
export interface ModelData {
  hashBits: number;
  /** Sorted bucket ids of the rows kept. */
  keys: Int32Array;
  /** keys.length * NUM_LABELS weights. */
  weights: Float32Array;
  trans: Float32Array;
  start: Float32Array;
  gaz: Gazetteer;
  meta: Record<string, unknown>;
}

/** Quantisation: a signed byte q stands for sign(q) * (|q|/127)^2 * scale. */
function quant(v: number, scale: number): number {
  const a = Math.sqrt(Math.min(1, Math.abs(v) / scale)) * 127;
  const q = Math.round(a);
  return v < 0 ? -q : q;
}
function dequant(q: number, scale: number): number {
  const a = (q / 127) * (q / 127) * scale;
  return q < 0 ? -a : a;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function serializeModel(m: ModelData): Uint8Array {
  if (!LITTLE_ENDIAN) throw new Error("NER models are written on little-endian machines only");
  let scale = 0;
  for (let i = 0; i < m.weights.length; i++) scale = Math.max(scale, Math.abs(m.weights[i]));
  // rows that quantise to nothing are dropped
  const keys: number[] = [];
  const codes: number[] = [];
  for (let r = 0; r < m.keys.length; r++) {
    const row = Array.from({ length: NUM_LABELS }, (_, c) => quant(m.weights[r * NUM_LABELS + c], scale));
    if (row.every((q) => q === 0)) continue;
    keys.push(m.keys[r]);
    for (const q of row) codes.push(q & 0xff);
  }
  // the gazetteer as its slots, 70% full
  const gazTable = m.gaz.table(0.7);
  const sections: ArrayBufferView[] = [m.trans, m.start, Uint32Array.from(keys), Uint8Array.from(codes), gazTable.keys, gazTable.vals];
  const header = new TextEncoder().encode(
    JSON.stringify({
      ...m.meta,
      labels: LABELS,
      hashBits: m.hashBits,
      scale,
      rows: keys.length,
      gazSlots: gazTable.keys.length,
      gazSize: m.gaz.size,
    }),
  );
  const pad = (n: number) => (n + 3) & ~3;
  let size = pad(MAGIC.length + 4 + header.length);
  for (const s of sections) size += pad(s.byteLength);
  const out = new Uint8Array(size);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  new DataView(out.buffer).setUint32(MAGIC.length, header.length, true);
  out.set(header, MAGIC.length + 4);
  let pos = pad(MAGIC.length + 4 + header.length);
  for (const s of sections) {
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), pos);
    pos += pad(s.byteLength);
  }
  return out;
}

export function deserializeModel(bytes: Uint8Array): Tagger {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new Error("NER model bytes are gzip-compressed: decompress them before loadNerModel()");
  }
  let magic = "";
  for (let i = 0; i < MAGIC.length && i < bytes.length; i++) magic += String.fromCharCode(bytes[i]);
  if (magic !== MAGIC) throw new Error(`not a News Lens NER model (expected ${MAGIC}, got ${JSON.stringify(magic)})`);
  if (!LITTLE_ENDIAN) throw new Error("NER models are read on little-endian machines only");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hlen = view.getUint32(MAGIC.length, true);
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + hlen))) as Record<string, unknown>;
  const hashBits = Number(meta.hashBits);
  const rows = Number(meta.rows);
  const gazSlots = Number(meta.gazSlots);
  const scale = Number(meta.scale);
  if (!(hashBits >= 8 && hashBits <= 24) || !(rows >= 0) || !(gazSlots >= 16)) {
    throw new Error("NER model header is damaged");
  }
  let pos = (MAGIC.length + 4 + hlen + 3) & ~3;
  // each section seen in place where the bytes are aligned for it, else copied out
  const aligned = bytes.byteOffset % 4 === 0;
  const take = (byteLength: number): [ArrayBuffer, number] => {
    if (pos + byteLength > bytes.length) throw new Error("NER model file is truncated");
    const at = pos;
    pos += (byteLength + 3) & ~3;
    return aligned ? [bytes.buffer as ArrayBuffer, bytes.byteOffset + at] : [bytes.slice(at, at + byteLength).buffer, 0];
  };
  const trans = new Float32Array(...take(NUM_LABELS * NUM_LABELS * 4), NUM_LABELS * NUM_LABELS);
  const start = new Float32Array(...take(NUM_LABELS * 4), NUM_LABELS);
  const keys = new Uint32Array(...take(rows * 4), rows);
  const codes = new Uint8Array(...take(rows * NUM_LABELS), rows * NUM_LABELS);
  const gaz = IntMap.fromTable(new Int32Array(...take(gazSlots * 4), gazSlots), new Int32Array(...take(gazSlots * 4), gazSlots), Number(meta.gazSize));
  const lut = new Float32Array(256);
  for (let q = -128; q < 128; q++) lut[q & 0xff] = dequant(q, scale);
  for (let r = 0; r < rows; r++) if (keys[r] >>> hashBits !== 0) throw new Error("NER model rows are damaged");
  return new Tagger(new WeightTable(hashBits, keys, codes, lut), trans, start, gaz, meta);
}
