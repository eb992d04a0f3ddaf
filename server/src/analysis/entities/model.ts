// The tagging model: hashed feature weights (averaged perceptron), label transitions, gazetteer, and
// its binary (de)serialisation. Pure code: bytes in, bytes out.

import { IntMap } from "./hash.js";
import { F_SENTINIT, FeatureExtractor, HASH_BITS, LABELS, MAX_FEATURES, MAX_WORDS, NEIGHBOURS, NUM_LABELS, type DocContext, type Gazetteer } from "./features.js";

export const MAGIC = "NLNER3";
if (NUM_LABELS !== 9) throw new Error("the tagger's inner loop is written for 9 labels");

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
 * Viterbi over valid IOB2 transitions. em: n*L emission scores; trans: L*L (prev,cur); start: L.
 * Writes the best labels into `out`.
 */
export function viterbi(n: number, em: Float32Array, trans: Float32Array, start: Float32Array, out: Int32Array,
                        scratch: { score: Float64Array; back: Int32Array }): void {
  const L = NUM_LABELS;
  if (n === 0) return;
  if (scratch.score.length < n * L) {
    scratch.score = new Float64Array(n * L * 2);
    scratch.back = new Int32Array(n * L * 2);
  }
  const score = scratch.score;
  const back = scratch.back;
  for (let c = 0; c < L; c++) score[c] = ALLOWED[c] ? start[c] + em[c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const pbase = base - L;
    // the previous scores in locals: every label reads them (unrolled for 9 labels, see allowed())
    const p0 = score[pbase], p1 = score[pbase + 1], p2 = score[pbase + 2], p3 = score[pbase + 3], p4 = score[pbase + 4];
    const p5 = score[pbase + 5], p6 = score[pbase + 6], p7 = score[pbase + 7], p8 = score[pbase + 8];
    for (let c = 0; c < L; c++) {
      let best: number;
      let arg: number;
      if (c === 0 || (c & 1) === 1) {
        // O and B-X follow anything
        best = p0 + trans[c]; arg = 0;
        let s = p1 + trans[L + c]; if (s > best) { best = s; arg = 1; }
        s = p2 + trans[2 * L + c]; if (s > best) { best = s; arg = 2; }
        s = p3 + trans[3 * L + c]; if (s > best) { best = s; arg = 3; }
        s = p4 + trans[4 * L + c]; if (s > best) { best = s; arg = 4; }
        s = p5 + trans[5 * L + c]; if (s > best) { best = s; arg = 5; }
        s = p6 + trans[6 * L + c]; if (s > best) { best = s; arg = 6; }
        s = p7 + trans[7 * L + c]; if (s > best) { best = s; arg = 7; }
        s = p8 + trans[8 * L + c]; if (s > best) { best = s; arg = 8; }
      } else {
        // I-X follows only B-X or I-X
        best = score[pbase + c - 1] + trans[(c - 1) * L + c]; arg = c - 1;
        const s = score[pbase + c] + trans[c * L + c];
        if (s > best) { best = s; arg = c; }
      }
      score[base + c] = best + em[base + c];
      back[base + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let c = 0; c < L; c++) if (score[last + c] > best) { best = score[last + c]; arg = c; }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    if (i > 0) arg = back[i * L + arg];
  }
}

/**
 * Runtime weights: an open-addressing table from feature bucket to NUM_LABELS quantised weights.
 * A slot is 16 bytes (the key, then one byte per label; `lut` gives its value), so one look-up
 * touches one cache line, and the table stays small (a few MB).
 */
export const SLOT_BYTES = 16;
export class WeightTable {
  readonly mask: number;
  readonly shift: number;
  /** keys[slot * 4] = bucket + 1 (0 = empty). */
  readonly keys: Int32Array;
  /** codes[slot * 16 + 4 + c] = quantised weight of label c. */
  readonly codes: Uint8Array;
  /** One bit per feature bucket: whether the table holds it (a cheap test before the look-up). */
  readonly present: Uint32Array;
  constructor(bucketKeys: Int32Array, rowCodes: Uint8Array, readonly lut: Float32Array) {
    const n = bucketKeys.length;
    let bits = 4;
    while ((1 << bits) < n * 1.3) bits++;
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    const buf = new ArrayBuffer((1 << bits) * SLOT_BYTES);
    this.keys = new Int32Array(buf);
    this.codes = new Uint8Array(buf);
    this.present = new Uint32Array((1 << HASH_BITS) >>> 5);
    const keys = this.keys;
    const codes = this.codes;
    for (let r = 0; r < n; r++) {
      const b = bucketKeys[r];
      this.present[b >>> 5] |= 1 << (b & 31);
      const key = b + 1;
      let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (keys[slot << 2] !== 0) slot = (slot + 1) & this.mask;
      keys[slot << 2] = key;
      const o = (slot << 4) + 4;
      const src = r * NUM_LABELS;
      for (let c = 0; c < NUM_LABELS; c++) codes[o + c] = rowCodes[src + c];
    }
  }
}

/** One tagging stage: its weights and transitions. */
export interface Stage {
  table: WeightTable;
  trans: Float32Array;
  start: Float32Array;
  /** A residual stage adds its scores (over residualFeatures) to the first stage's. */
  residual: boolean;
}

/** Adds the weights of features feats[0..k) to acc[at..at+NUM_LABELS). */
function addScores(table: WeightTable, feats: Int32Array, k: number, acc: Float32Array, at: number): void {
  const { codes, keys, shift: tshift, mask: tmask, present, lut } = table;
  const shift = 32 - HASH_BITS;
  // NUM_LABELS === 9, unrolled into locals
  let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
  for (let f = 0; f < k; f++) {
    const b = feats[f] >>> shift;
    if (((present[b >>> 5] >>> (b & 31)) & 1) === 0) continue;
    const key = b + 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> tshift;
    let kk = keys[slot << 2];
    while (kk !== key) {
      slot = (slot + 1) & tmask;
      kk = keys[slot << 2];
    }
    const o = (slot << 4) + 4;
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
  acc[at] += e0; acc[at + 1] += e1; acc[at + 2] += e2; acc[at + 3] += e3; acc[at + 4] += e4;
  acc[at + 5] += e5; acc[at + 6] += e6; acc[at + 7] += e7; acc[at + 8] += e8;
}

/** Adds src[from..from+NUM_LABELS) to acc[at..). */
function addVector(src: Float32Array, from: number, acc: Float32Array, at: number): void {
  for (let c = 0; c < NUM_LABELS; c++) acc[at + c] += src[from + c];
}

/**
 * Most of a token's features depend on one word's spelling alone (its own, or a neighbour's at a
 * given offset), and words repeat: a stage keeps, per word (by its id in the feature extractor's
 * word cache), the summed weights of those features, so a token costs a few vector additions and
 * the look-ups of its context features only. An entry holds the word as each neighbour (NEIGHBOURS
 * order), then the word itself in each place (sentence start × all-caps line, made when first needed).
 */
const ENTRY = (NEIGHBOURS.length + 4) * NUM_LABELS;
/** Entry 0 holds the weights of padding as each neighbour (outside a sequence); word id w has entry w + 1. */
const PADDING = 0;
const PLACE_AT = NEIGHBOURS.length * NUM_LABELS;
const MADE = 1;
class WordScores {
  private pool = new Float32Array(1024 * ENTRY);
  /** Per entry: MADE once its neighbour vectors are summed, and a bit per place summed (2 << place). */
  private made = new Uint8Array(1024);
  private generation = -1;

  constructor(private readonly table: WeightTable, private readonly fx: FeatureExtractor, private readonly feats: Int32Array) {
    NEIGHBOURS.forEach((rel, r) => addScores(table, feats, fx.neighbourFeatures(-1, rel, feats, 0), this.pool, PADDING * ENTRY + r * NUM_LABELS));
    this.made[PADDING] = MADE;
  }

  get vectors(): Float32Array {
    return this.pool;
  }

  /** Forgets every word when the extractor has given its ids out anew. */
  sync(): void {
    if (this.generation === this.fx.generation) return;
    this.made.fill(0);
    this.made[PADDING] = MADE;
    this.generation = this.fx.generation;
  }

  /** The entry of word `id` (token i's, prepared in fx), its neighbour vectors summed on first sight. */
  entry(id: number, i: number): number {
    const e = id + 1;
    if (e >= this.made.length) {
      const size = Math.max(e + 1, this.made.length * 2);
      const pool = new Float32Array(size * ENTRY);
      pool.set(this.pool);
      this.pool = pool;
      const made = new Uint8Array(size);
      made.set(this.made);
      this.made = made;
    }
    if (this.made[e] & MADE) return e;
    const at = e * ENTRY;
    this.pool.fill(0, at, at + ENTRY);
    this.made[e] = MADE;
    NEIGHBOURS.forEach((rel, r) => addScores(this.table, this.feats, this.fx.neighbourFeatures(i, rel, this.feats, 0), this.pool, at + r * NUM_LABELS));
    return e;
  }

  /** Where in `vectors` the weights of entry e's word (token i) in place (sentInit, caps) are. */
  place(e: number, i: number, sentInit: number, caps: number): number {
    const p = sentInit * 2 + caps;
    const at = e * ENTRY + PLACE_AT + p * NUM_LABELS;
    if (!(this.made[e] & (2 << p))) {
      let k = this.fx.wordFeatures(i, this.feats, 0);
      k = this.fx.placeFeatures(i, this.feats, k, sentInit, caps);
      addScores(this.table, this.feats, k, this.pool, at);
      this.made[e] |= 2 << p;
    }
    return at;
  }
}

export class Tagger {
  readonly fx: FeatureExtractor;
  private feats = new Int32Array(MAX_FEATURES);
  private em = new Float32Array(0);
  private labels = new Int32Array(0);
  private entries = new Int32Array(0);
  private scratch = { score: new Float64Array(0), back: new Int32Array(0) };
  private wordScores: (WordScores | undefined)[] = [];
  /** The document context of the last document tagged (the rules read it). */
  lastDoc: DocContext = new IntMap(256);
  /** Scratch map for the first stage's document labels. */
  docLabels: DocContext = new IntMap(256);
  /** First-stage scores (NUM_LABELS per token) and labels at token indices, for residual stages. */
  em1 = new Float32Array(0);
  s1 = new Int32Array(0);

  /** Makes room for a document of n tokens. */
  reserveDoc(n: number): void {
    this.fx.reserve(n);
    this.fx.startDocument(n);
    if (this.s1.length < n) {
      const c = Math.max(n, this.s1.length * 2);
      this.s1 = new Int32Array(c);
      this.em1 = new Float32Array(c * NUM_LABELS);
    }
  }
  constructor(readonly stages: Stage[], readonly gaz: Gazetteer, readonly meta: Record<string, unknown>) {
    this.fx = new FeatureExtractor(gaz);
  }

  /**
   * Tags words[from..to) with stage `stage` (0: first stage; 1: second stage, which needs the
   * first stage's document labels). Returns label ids (a view valid until the next call); fx keeps
   * this sequence's attributes.
   */
  tag(words: readonly string[], from: number, to: number, doc: DocContext | null, docLabels: DocContext | null = null,
      stage = 0, prepared = false): Int32Array {
    const n = to - from;
    const L = NUM_LABELS;
    if (this.em.length < n * L) {
      this.em = new Float32Array(n * L * 2);
      this.labels = new Int32Array(n * 2);
      this.entries = new Int32Array(n * 2);
    }
    const st = this.stages[stage];
    const fx = this.fx;
    if (prepared) fx.setRange(from, to);
    else fx.prepare(words, from, to);
    const em = this.em;
    em.fill(0, 0, n * L);
    const feats = this.feats;
    const ctxLabels = stage > 0 ? docLabels : null;
    if (st.residual) {
      if (docLabels === null || this.s1.length < to) throw new Error("a residual stage needs the first stage's results");
      for (let i = 0; i < n; i++) {
        em.set(this.em1.subarray((from + i) * L, (from + i + 1) * L), i * L);
        addScores(st.table, feats, fx.residualFeatures(from + i, feats, doc, docLabels, this.s1), em, i * L);
      }
    } else if (n > MAX_WORDS / 4) {
      // a sequence too long for the memo (a huge unbroken line): every feature looked up
      for (let i = 0; i < n; i++) addScores(st.table, feats, fx.features(from + i, feats, doc, ctxLabels), em, i * L);
    } else {
      const memo = (this.wordScores[stage] ??= new WordScores(st.table, fx, feats));
      memo.sync();
      // a word the extractor could not keep (a document of very many distinct words) has no entry:
      // its features are looked up one by one
      const entries = this.entries;
      for (let i = 0; i < n; i++) {
        const id = fx.ids[from + i];
        entries[i] = id >= 0 ? memo.entry(id, from + i) : -1;
      }
      const caps = fx.capsLine ? 1 : 0;
      const vectors = memo.vectors;
      const [r0, r1, r2, r3] = NEIGHBOURS;
      const neighbour = (j: number, r: number) => (j < 0 || j >= n ? PADDING : entries[j]) * ENTRY + r * L; // < 0: no entry
      for (let i = 0; i < n; i++) {
        const at = i * L;
        const t = from + i;
        const sentInit = fx.flags[t] & F_SENTINIT ? 1 : 0;
        const o0 = neighbour(i + r0, 0), o1 = neighbour(i + r1, 1), o2 = neighbour(i + r2, 2), o3 = neighbour(i + r3, 3);
        if (entries[i] >= 0 && o0 >= 0 && o1 >= 0 && o2 >= 0 && o3 >= 0) {
          // the common case, in one pass: the same float32 sums, in the same order, as adding vector by vector
          const pl = memo.place(entries[i], t, sentInit, caps);
          for (let c = 0; c < L; c++) {
            let x = vectors[pl + c];
            x = Math.fround(x + vectors[o0 + c]);
            x = Math.fround(x + vectors[o1 + c]);
            x = Math.fround(x + vectors[o2 + c]);
            em[at + c] = Math.fround(x + vectors[o3 + c]);
          }
        } else {
          if (entries[i] >= 0) addVector(vectors, memo.place(entries[i], t, sentInit, caps), em, at);
          else addScores(st.table, feats, fx.placeFeatures(t, feats, fx.wordFeatures(t, feats, 0), sentInit, caps), em, at);
          for (let r = 0; r < NEIGHBOURS.length; r++) {
            const o = neighbour(i + NEIGHBOURS[r], r);
            if (o >= 0) addVector(vectors, o, em, at);
            else addScores(st.table, feats, fx.neighbourFeatures(t + NEIGHBOURS[r], NEIGHBOURS[r], feats, 0), em, at);
          }
        }
        addScores(st.table, feats, fx.contextFeatures(t, feats, 0, doc, ctxLabels), em, at);
      }
    }
    if (stage === 0 && this.s1.length >= to) this.em1.set(em.subarray(0, n * L), from * L);
    viterbi(n, em, st.trans, st.start, this.labels, this.scratch);
    return this.labels.subarray(0, n);
  }

  get stageCount(): number {
    return this.stages.length;
  }
}

// ---------------------------------------------------------------------------------------------
// Serialisation

class Writer {
  private buf = new Uint8Array(1 << 16);
  len = 0;
  private grow(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let c = this.buf.length * 2;
    while (c < this.len + n) c *= 2;
    const b = new Uint8Array(c);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  u8(v: number): void { this.grow(1); this.buf[this.len++] = v & 0xff; }
  u32(v: number): void { this.grow(4); new DataView(this.buf.buffer).setUint32(this.len, v >>> 0, true); this.len += 4; }
  f32(v: number): void { this.grow(4); new DataView(this.buf.buffer).setFloat32(this.len, v, true); this.len += 4; }
  varint(v: number): void {
    v = v >>> 0;
    while (v >= 0x80) { this.u8((v & 0x7f) | 0x80); v >>>= 7; }
    this.u8(v);
  }
  bytes(b: Uint8Array): void { this.grow(b.length); this.buf.set(b, this.len); this.len += b.length; }
  result(): Uint8Array { return this.buf.slice(0, this.len); }
}

class Reader {
  pos = 0;
  private dv: DataView;
  constructor(private readonly b: Uint8Array) { this.dv = new DataView(b.buffer, b.byteOffset, b.byteLength); }
  u8(): number {
    if (this.pos >= this.b.length) throw new Error("NER model file is truncated");
    return this.b[this.pos++];
  }
  u32(): number { const v = this.dv.getUint32(this.pos, true); this.pos += 4; return v; }
  f32(): number { const v = this.dv.getFloat32(this.pos, true); this.pos += 4; return v; }
  varint(): number {
    let v = 0;
    let s = 0;
    for (;;) {
      const c = this.u8();
      v += (c & 0x7f) * 2 ** s;
      if (c < 0x80) return v >>> 0;
      s += 7;
    }
  }
  bytes(n: number): Uint8Array { const r = this.b.subarray(this.pos, this.pos + n); this.pos += n; return r; }
}

export interface StageData {
  /** Sorted bucket keys. */
  keys: Int32Array;
  /** keys.length * NUM_LABELS weights. */
  weights: Float32Array;
  trans: Float32Array;
  start: Float32Array;
  residual?: boolean;
}

/** What the trainer hands over for serialisation. */
export interface ModelData {
  stages: StageData[];
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

export function serializeModel(m: ModelData): Uint8Array {
  const w = new Writer();
  for (let i = 0; i < MAGIC.length; i++) w.u8(MAGIC.charCodeAt(i));
  const scales = m.stages.map((st) => {
    let maxAbs = 0;
    for (let i = 0; i < st.weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(st.weights[i]));
    return maxAbs;
  });
  const meta = { ...m.meta, labels: LABELS, hashBits: HASH_BITS, scales, stages: m.stages.length,
    residual: m.stages.map((st) => st.residual === true) };
  const header = new TextEncoder().encode(JSON.stringify(meta));
  w.u32(header.length);
  w.bytes(header);
  m.stages.forEach((st, si) => {
    for (let i = 0; i < NUM_LABELS * NUM_LABELS; i++) w.f32(st.trans[i]);
    for (let i = 0; i < NUM_LABELS; i++) w.f32(st.start[i]);
    const n = st.keys.length;
    w.u32(n);
    let prev = 0;
    for (let r = 0; r < n; r++) { w.varint(st.keys[r] - prev); prev = st.keys[r]; }
    for (let r = 0; r < n; r++) {
      let mask = 0;
      const qs: number[] = [];
      for (let c = 0; c < NUM_LABELS; c++) {
        const q = quant(st.weights[r * NUM_LABELS + c], scales[si]);
        if (q !== 0) { mask |= 1 << c; qs.push(q); }
      }
      w.u8(mask & 0xff);
      w.u8(mask >> 8);
      for (const q of qs) w.u8(q & 0xff);
    }
  });
  const gk = [...m.gaz.entries()].map(([k]) => k >>> 0).sort((a, b) => a - b);
  w.u32(gk.length);
  let gp = 0;
  for (const k of gk) { w.varint(k - gp); gp = k; }
  for (const k of gk) w.u8(m.gaz.get(k | 0));
  return w.result();
}

export function deserializeModel(bytes: Uint8Array): Tagger {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new Error("NER model bytes are gzip-compressed: decompress them before loadNerModel()");
  }
  const r = new Reader(bytes);
  let magic = "";
  for (let i = 0; i < MAGIC.length; i++) magic += String.fromCharCode(r.u8());
  if (magic !== MAGIC) throw new Error(`not a News Lens NER model (expected ${MAGIC}, got ${JSON.stringify(magic)})`);
  const hlen = r.u32();
  const meta = JSON.parse(new TextDecoder().decode(r.bytes(hlen))) as Record<string, unknown>;
  if (meta.hashBits !== HASH_BITS) throw new Error("NER model was trained with another feature layout");
  const scales = meta.scales as number[];
  const stages: Stage[] = [];
  for (let si = 0; si < Number(meta.stages); si++) {
    const trans = new Float32Array(NUM_LABELS * NUM_LABELS);
    for (let i = 0; i < trans.length; i++) trans[i] = r.f32();
    const start = new Float32Array(NUM_LABELS);
    for (let i = 0; i < NUM_LABELS; i++) start[i] = r.f32();
    const n = r.u32();
    const keys = new Int32Array(n);
    let prev = 0;
    for (let i = 0; i < n; i++) { prev += r.varint(); keys[i] = prev; }
    const codes = new Uint8Array(n * NUM_LABELS);
    const lut = new Float32Array(256);
    for (let q = -128; q < 128; q++) lut[q & 0xff] = dequant(q, scales[si]);
    for (let i = 0; i < n; i++) {
      const mask = r.u8() | (r.u8() << 8);
      for (let c = 0; c < NUM_LABELS; c++) if (mask & (1 << c)) codes[i * NUM_LABELS + c] = r.u8();
    }
    const residual = Array.isArray(meta.residual) && meta.residual[si] === true;
    stages.push({ table: new WeightTable(keys, codes, lut), trans, start, residual });
  }
  const gn = r.u32();
  const gaz: Gazetteer = new IntMap(gn);
  const gkeys = new Array<number>(gn);
  let gp = 0;
  for (let i = 0; i < gn; i++) { gp += r.varint(); gkeys[i] = gp | 0; }
  for (let i = 0; i < gn; i++) gaz.set(gkeys[i], r.u8());
  return new Tagger(stages, gaz, meta);
}
