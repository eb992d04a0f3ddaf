// Feature extraction for the sequence tagger: every feature is a 32-bit integer hash of a template id
// and integer-hashed token properties, so no strings are built per feature. Pure code.

import { FNV_OFFSET, fnvChar, IntMap, mix } from "./hash.js";

export const LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export const NUM_LABELS = LABELS.length;
/** Feature hashes are reduced to this many bits (bucket = hash >>> (32 - HASH_BITS)). */
export const HASH_BITS = 20;
export const MAX_FEATURES = 128;

/** Gazetteer categories (bit masks). */
export const GAZ_COUNTRY = 1;
export const GAZ_CITY = 2;
export const GAZ_PERSON = 4;
export const GAZ_DEMONYM = 8;
export const GAZ_TITLE = 16;
export const GAZ_REGION = 32;
export const GAZ_ORG = 64; // head words of organisation names (Ministry, Party, Force, ...)
export const GAZ_PLACEWORD = 128; // head words of place names (City, Strip, Hospital, ...)
export const GAZ_CATS = 8;
/** Longest gazetteer phrase, in tokens. */
export const GAZ_MAX_LEN = 4;

/** Phrase hash -> category mask. Keys are `phraseHash` of the lower-cased, normalised tokens. */
export type Gazetteer = IntMap;

/** Document-level observations: lower-cased word hash -> DOC_* flags. */
export type DocContext = IntMap;
export const DOC_CAP_MID = 1; // seen capitalised, not sentence-initial, in a mixed-case line
export const DOC_LOWER = 2; // seen all lower-case
export const DOC_SEEN2 = 4; // seen at least twice
export const DOC_SEEN = 8; // seen

// Token flags
const F_CAP = 1;
const F_ALLCAPS = 2;
const F_DIGIT = 4;
const F_HYPHEN = 8;
const F_PERIOD = 16;
const F_PUNCT = 32;
export const F_SENTINIT = 64;
const F_LOWER = 128;
const F_APOS = 256;

/** Normalises a code unit for features: curly quotes and dashes to ASCII, digits to 0. */
function normCode(c: number): number {
  if (c < 0x80) return c >= 0x31 && c <= 0x39 ? 0x30 : c;
  switch (c) {
    case 0x2018: case 0x2019: case 0x2bc: case 0x60: case 0xb4: return 0x27;
    case 0x201c: case 0x201d: case 0x201e: case 0xab: case 0xbb: return 0x22;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return 0x2d;
    default: return c;
  }
}

function lowerCode(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c | 0x20;
  if (c < 0xc0) return c;
  if ((c >= 0xc0 && c <= 0xde && c !== 0xd7)) return c + 0x20;
  if (c < 0x100) return c;
  const s = String.fromCharCode(c).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : c;
}

function isUpperCode(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c < 0xc0) return false;
  if (c <= 0xde) return c !== 0xd7;
  if (c < 0x100) return false;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

function isLowerCode(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c < 0xdf) return false;
  if (c < 0x100) return c !== 0xf7;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase() && s === s.toLowerCase();
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `U.S.`, `U.N.`, `J.K.`: letters each followed by a period (features see them as `US`, `UN`, `JK`). */
function isDottedAcronym(s: string): boolean {
  if (s.length < 3) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (i % 2 === 1 ? c !== 0x2e : !isUpperCode(c) && !isLowerCode(c)) return false;
  }
  return true;
}

/** Lower-cased, normalised hash of one token (the key used for gazetteers and document context). */
export function lowerHash(s: string): number {
  if (s.length >= 3 && s.charCodeAt(1) === 0x2e && isDottedAcronym(s)) s = s.replace(/\./g, "");
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnvChar(h, lowerCode(normCode(s.charCodeAt(i))));
  return h;
}

/** Hash of a phrase of lower-cased tokens, as stored in gazetteers. */
export function phraseHash(tokens: readonly string[]): number {
  let h = lowerHash(tokens[0]);
  for (let i = 1; i < tokens.length; i++) h = mix(h, lowerHash(tokens[i]));
  return h;
}

const SENT_BREAK = new Set([".", "!", "?", ":", ";", "•", "-", "—", "–", "\"", "'", "“", "‘", "”", "...", "*", "|", "·", "…", "«"]);

const T = {
  bias: 1, w: 2, l: 3, shape: 4, ss: 5, pre: 6, suf: 7, lm1: 8, lp1: 9, lm2: 10, lp2: 11, wm1: 12, wp1: 13,
  ssm1: 14, ssp1: 15, ss2a: 16, ss2b: 17, ss3: 18, bl1: 19, bl2: 20, sentCap: 21, sentL: 22, gaz: 23,
  gazm1: 24, gazp1: 25, doc: 26, capsLine: 27, paren: 28, lm1ss: 29, ssp1l: 30, len: 31, flags: 32,
  docL: 33, gazFull: 34, ssm2: 35, ssp2: 36, capsW: 37, lp1pre: 38, quoteCtx: 39, d2: 40, d2s: 41, d2l: 42, d2p: 43, r1: 44, r2: 45, r3: 46, r4: 47, r5: 48, r6: 49, r7: 50, r8: 51, r9: 52,
} as const;

const PAD_L = 0x1234567;
const PAD_SS = 0x7654321;
/** Offsets of the neighbours whose spelling is a feature of a token. */
export const NEIGHBOURS = [-1, 1, -2, 2] as const;

/**
 * How the first stage tagged a word elsewhere in the document, from its packed counts: the most
 * frequent entity type (1–4, 0 for none), whether all its tags agree (2 with no O tags, 1 with
 * some), and whether it ended a person name. Packed as best | agree << 4 | lastPer << 6.
 */
function docLabelSummary(d: number): number {
  let best = 0;
  let bestN = 0;
  let total = 0;
  for (let t = 0; t < 4; t++) {
    const c = (d >>> (t * 4)) & 15;
    total += c;
    if (c > bestN) {
      bestN = c;
      best = t + 1;
    }
  }
  const o = (d >>> 16) & 15;
  const lastPer = (d >>> 20) & 15 ? 1 : 0;
  const agree = total > 0 && bestN === total ? (o === 0 ? 2 : 1) : 0;
  return best | (agree << 4) | (lastPer << 6);
}

/** At most this many distinct words are kept with their attributes (and the tagger's per-word scores). */
export const MAX_WORDS = 1 << 16;
/** A word's attributes: wh, lh, sh, ssh, flags, length, 4 prefix hashes, 4 suffix hashes, counts. */
const WORD_STRIDE = 15;
const ATTR_PRE = 6;
const ATTR_SUF = 10;
const ATTR_COUNTS = 14;
const COUNTS_LETTER = 1;
const COUNTS_CAPS = 2;

/** Per-sequence token attributes, reused between calls. */
export class FeatureExtractor {
  private cap = 0;
  wh = new Int32Array(0);
  lh = new Int32Array(0);
  sh = new Int32Array(0);
  ssh = new Int32Array(0);
  flags = new Int32Array(0);
  pre = new Int32Array(0); // 4 per token
  suf = new Int32Array(0); // 4 per token
  len = new Int32Array(0);
  gazB = new Int32Array(0);
  gazI = new Int32Array(0);
  gazFull = new Int32Array(0);
  capsTok = new Uint8Array(0);
  /** Per token: its word's id in the word cache below (-1: not kept, the cache was full). */
  ids = new Int32Array(0);
  /** Changes whenever the word ids are given out anew (see startDocument). */
  generation = 0;
  /** Per distinct word: its spelling attributes (WORD_STRIDE numbers), worked out once (see prepare). */
  private wordIds = new Map<string, number>();
  private wordAttrs = new Int32Array(1024 * WORD_STRIDE);
  private readonly spare = new Int32Array(WORD_STRIDE);
  /** The prepared range being tagged: tokens [lo, hi). */
  lo = 0;
  hi = 0;
  capsLine = false;

  constructor(private readonly gaz: Gazetteer) {}

  /** Makes room for token indices below n, keeping what is prepared. */
  reserve(n: number): void {
    if (n <= this.cap) return;
    const c = Math.max(n, this.cap * 2, 64);
    this.cap = c;
    const g32 = (a: Int32Array, k = 1) => { const b = new Int32Array(c * k); b.set(a); return b; };
    this.wh = g32(this.wh);
    this.lh = g32(this.lh);
    this.sh = g32(this.sh);
    this.ssh = g32(this.ssh);
    this.flags = g32(this.flags);
    this.pre = g32(this.pre, 4);
    this.suf = g32(this.suf, 4);
    this.len = g32(this.len);
    this.ids = g32(this.ids);
    this.gazB = g32(this.gazB);
    this.gazI = g32(this.gazI);
    this.gazFull = g32(this.gazFull);
    const ct = new Uint8Array(c);
    ct.set(this.capsTok);
    this.capsTok = ct;
  }

  /**
   * Before the sequences of a document of n tokens: empties the word cache if they might not fit,
   * so that a word keeps its id through the document (the tagger's per-word scores are by id).
   */
  startDocument(n: number): void {
    if (this.wordIds.size + n <= MAX_WORDS) return;
    this.wordIds.clear();
    this.generation++;
  }

  /** Selects a range prepared earlier (prepare() of several ranges into one index space). */
  setRange(lo: number, hi: number): void {
    this.lo = lo;
    this.hi = hi;
    this.capsLine = hi > lo && this.capsTok[lo] === 1;
  }

  /** Computes the token attributes of `words[from..to)`, stored at the same indices. */
  prepare(words: readonly string[], from: number, to: number): void {
    this.reserve(to);
    this.lo = from;
    this.hi = to;
    let letterToks = 0;
    let capsToks = 0;
    for (let i = from; i < to; i++) {
      const word = words[i];
      let id = this.wordIds.get(word);
      if (id === undefined) id = this.spell(word);
      // a word past the cache's limit was spelled into the spare slot
      const counts = this.load(i, id >= 0 ? id * WORD_STRIDE : 0, id >= 0 ? this.wordAttrs : this.spare);
      this.ids[i] = id;
      if (counts & COUNTS_LETTER) letterToks++;
      if (counts & COUNTS_CAPS) capsToks++;
    }
    // sentence-initial positions
    for (let i = from; i < to; i++) {
      let init = i === from;
      if (!init) {
        const p = words[i - 1];
        if (SENT_BREAK.has(p)) init = true;
        else if ((p === "(" || p === "[") && i === from + 1) init = true;
      }
      if (init) this.flags[i] |= F_SENTINIT;
    }
    this.capsLine = letterToks >= 3 && capsToks >= letterToks * 0.7;
    this.capsTok.fill(this.capsLine ? 1 : 0, from, to);
    // gazetteer matches (longest first)
    const gaz = this.gaz;
    this.gazB.fill(0, from, to);
    this.gazI.fill(0, from, to);
    this.gazFull.fill(0, from, to);
    if (gaz.size > 0) {
      for (let i = from; i < to; i++) {
        if (!(this.flags[i] & (F_CAP | F_DIGIT))) continue;
        let h = this.lh[i];
        const lim = Math.min(to, i + GAZ_MAX_LEN);
        for (let j = i; j < lim; j++) {
          if (j > i) {
            if (this.flags[j] & F_PUNCT && words[j] !== "." && words[j] !== "'") break;
            h = mix(h, this.lh[j]);
          }
          const m = gaz.get(h);
          if (m !== 0) {
            this.gazB[i] |= m;
            for (let k = i + 1; k <= j; k++) this.gazI[k] |= m;
            if (j === i) this.gazFull[i] |= m;
          }
        }
      }
    }
  }

  /**
   * Works out the attributes of `word` that its spelling alone gives (hashes, flags, length,
   * prefixes, suffixes, and whether it counts as a letter token and an all-caps one, for capsLine)
   * into a new slot of the word cache; returns the word's id there, or -1 when the cache is full
   * (the attributes are then in the spare slot).
   */
  private spell(word: string): number {
    const id = this.wordIds.size < MAX_WORDS ? this.wordIds.size : -1;
    if (id >= 0) {
      this.wordIds.set(word, id);
      if ((id + 1) * WORD_STRIDE > this.wordAttrs.length) {
        const bigger = new Int32Array(this.wordAttrs.length * 2);
        bigger.set(this.wordAttrs);
        this.wordAttrs = bigger;
      }
    }
    const attrs = id >= 0 ? this.wordAttrs : this.spare;
    const a = id >= 0 ? id * WORD_STRIDE : 0;
    let s = word;
    const dotted = s.length >= 3 && s.charCodeAt(1) === 0x2e && isDottedAcronym(s);
    if (dotted) s = s.replace(/\./g, "");
    let wh = FNV_OFFSET;
    let lh = FNV_OFFSET;
    let sh = FNV_OFFSET;
    let ssh = FNV_OFFSET;
    let lastShape = -1;
    let shapeRun = 0;
    let nUpper = 0;
    let nLower = 0;
    let nLetter = 0;
    let fl = 0;
    let counts = 0;
    const L = s.length;
    for (let k = 0; k < L; k++) {
      const c = normCode(s.charCodeAt(k));
      const lc = lowerCode(c);
      wh = fnvChar(wh, c);
      lh = fnvChar(lh, lc);
      if (k < 4) attrs[a + ATTR_PRE + k] = lh;
      let shape: number;
      if (isUpperCode(c)) { shape = 88; nUpper++; nLetter++; }
      else if (isLowerCode(c)) { shape = 120; nLower++; nLetter++; }
      else if (isDigitCode(c)) { shape = 100; fl |= F_DIGIT; }
      else if (c >= 0x600 && c < 0x700) { shape = 97; nLetter++; }
      else {
        shape = c;
        if (c === 0x2d) fl |= F_HYPHEN;
        else if (c === 0x2e) fl |= F_PERIOD;
        else if (c === 0x27) fl |= F_APOS;
      }
      if (shape === lastShape) {
        shapeRun++;
        if (shapeRun < 4) sh = fnvChar(sh, shape);
      } else {
        shapeRun = 0;
        sh = fnvChar(sh, shape);
        ssh = fnvChar(ssh, shape);
        lastShape = shape;
      }
    }
    for (let k = L; k < 4; k++) attrs[a + ATTR_PRE + k] = lh;
    // suffixes (hashed backwards)
    let sfx = FNV_OFFSET;
    for (let k = 0; k < 4; k++) {
      const pos = L - 1 - k;
      if (pos >= 0) sfx = fnvChar(sfx, lowerCode(normCode(s.charCodeAt(pos))));
      attrs[a + ATTR_SUF + k] = sfx;
    }
    if (dotted) {
      // the shape keeps the periods: `J.K.` (initials) is not `JK`
      sh = FNV_OFFSET;
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(k);
        sh = fnvChar(sh, c === 0x2e ? 0x2e : isUpperCode(c) ? 88 : 120);
      }
      ssh = sh;
    }
    if (nLetter > 0) {
      const c0 = s.charCodeAt(0);
      if (isUpperCode(c0)) fl |= F_CAP;
      if (nUpper > 0 && nLower === 0) fl |= F_ALLCAPS;
      if (nLower > 0 && nUpper === 0) fl |= F_LOWER;
      if (L > 1 || isUpperCode(c0)) {
        counts = COUNTS_LETTER;
        if (nUpper > 0 && nLower === 0 && (L > 1)) counts |= COUNTS_CAPS;
      }
    } else if (!(fl & F_DIGIT)) fl |= F_PUNCT;
    attrs[a] = wh;
    attrs[a + 1] = lh;
    attrs[a + 2] = sh;
    attrs[a + 3] = ssh;
    attrs[a + 4] = fl;
    attrs[a + 5] = L > 12 ? 12 : L;
    attrs[a + ATTR_COUNTS] = counts;
    return id;
  }

  /** Sets token i's spelling attributes from the slot at attrs[a]; returns its counts (see spell). */
  private load(i: number, a: number, attrs: Int32Array): number {
    this.wh[i] = attrs[a];
    this.lh[i] = attrs[a + 1];
    this.sh[i] = attrs[a + 2];
    this.ssh[i] = attrs[a + 3];
    this.flags[i] = attrs[a + 4];
    this.len[i] = attrs[a + 5];
    for (let k = 0; k < 4; k++) {
      this.pre[i * 4 + k] = attrs[a + ATTR_PRE + k];
      this.suf[i * 4 + k] = attrs[a + ATTR_SUF + k];
    }
    return attrs[a + ATTR_COUNTS];
  }

  /** Writes the feature hashes of token i into out; returns their count. */
  features(i: number, out: Int32Array, doc: DocContext | null, docLabels: DocContext | null = null): number {
    let k = this.wordFeatures(i, out, 0);
    k = this.placeFeatures(i, out, k, this.flags[i] & F_SENTINIT ? 1 : 0, this.capsLine ? 1 : 0);
    for (const rel of NEIGHBOURS) k = this.neighbourFeatures(i + rel, rel, out, k);
    return this.contextFeatures(i, out, k, doc, docLabels);
  }

  /** Features of the word itself (its spelling alone): the same wherever it stands. */
  wordFeatures(i: number, out: Int32Array, k: number): number {
    const fl = this.flags[i];
    out[k++] = T.bias;
    out[k++] = mix(T.w, this.wh[i]);
    out[k++] = mix(T.l, this.lh[i]);
    out[k++] = mix(T.shape, this.sh[i]);
    out[k++] = mix(T.ss, this.ssh[i]);
    const L = this.len[i];
    for (let j = 0; j < 4 && j < L; j++) {
      out[k++] = mix(T.pre + j * 64, this.pre[i * 4 + j]);
      out[k++] = mix(T.suf + j * 64, this.suf[i * 4 + j]);
    }
    out[k++] = mix(T.len, L * 8 + (fl & 7));
    return k;
  }

  /** Features of the word with where it stands: sentence-initial or not, in an all-caps line or not. */
  placeFeatures(i: number, out: Int32Array, k: number, sentInit: number, caps: number): number {
    const fl = (this.flags[i] & ~F_SENTINIT) | (sentInit ? F_SENTINIT : 0);
    const lh = this.lh[i];
    out[k++] = mix(T.flags, (fl & 0x1ff) * 2 + caps);
    out[k++] = mix(mix(T.capsW, caps), lh);
    out[k++] = mix(mix(T.capsLine, caps), this.ssh[i]);
    if (sentInit) {
      out[k++] = mix(T.sentCap, fl & (F_CAP | F_ALLCAPS));
      out[k++] = mix(T.sentL, lh);
    }
    return k;
  }

  /**
   * Features that token j gives the token at j - rel, its neighbour at offset rel (±1, ±2); they
   * depend on token j's spelling alone. Outside the sequence, padding stands in.
   */
  neighbourFeatures(j: number, rel: number, out: Int32Array, k: number): number {
    const inside = j >= this.lo && j < this.hi;
    switch (rel) {
      case -1:
        out[k++] = mix(T.lm1, inside ? this.lh[j] : PAD_L);
        out[k++] = mix(T.wm1, inside ? this.wh[j] : PAD_L);
        out[k++] = mix(T.ssm1, inside ? this.ssh[j] : PAD_SS);
        break;
      case 1:
        out[k++] = mix(T.lp1, inside ? this.lh[j] : PAD_L + 1);
        out[k++] = mix(T.wp1, inside ? this.wh[j] : PAD_L);
        out[k++] = mix(T.ssp1, inside ? this.ssh[j] : PAD_SS + 1);
        break;
      case -2:
        out[k++] = mix(T.lm2, inside ? this.lh[j] : PAD_L + 2);
        out[k++] = mix(T.ssm2, inside ? this.ssh[j] : PAD_SS + 2);
        break;
      default:
        out[k++] = mix(T.lp2, inside ? this.lh[j] : PAD_L + 3);
        out[k++] = mix(T.ssp2, inside ? this.ssh[j] : PAD_SS + 3);
    }
    return k;
  }

  /** Features of token i that join it with its neighbours, the gazetteer and the document. */
  contextFeatures(i: number, out: Int32Array, k: number, doc: DocContext | null, docLabels: DocContext | null): number {
    const lo = this.lo;
    const n = this.hi;
    const fl = this.flags[i];
    const lh = this.lh[i];
    const ss = this.ssh[i];
    const lm1 = i > lo ? this.lh[i - 1] : PAD_L;
    const lp1 = i + 1 < n ? this.lh[i + 1] : PAD_L + 1;
    const ssm1 = i > lo ? this.ssh[i - 1] : PAD_SS;
    const ssp1 = i + 1 < n ? this.ssh[i + 1] : PAD_SS + 1;
    const caps = this.capsLine ? 1 : 0;
    out[k++] = mix(mix(T.ss2a, ssm1), ss);
    out[k++] = mix(mix(T.ss2b, ss), ssp1);
    out[k++] = mix(mix(mix(T.ss3, ssm1), ss), ssp1);
    out[k++] = mix(mix(T.bl1, lm1), lh);
    out[k++] = mix(mix(T.bl2, lh), lp1);
    out[k++] = mix(mix(T.lm1ss, lm1), ss);
    out[k++] = mix(mix(T.ssp1l, ss), lp1);
    if (i > lo) {
      const p = this.flags[i - 1];
      if (p & F_PUNCT) out[k++] = mix(mix(T.paren, this.wh[i - 1]), ss);
    }
    if (i + 1 < n && this.flags[i + 1] & F_PUNCT) out[k++] = mix(mix(T.quoteCtx, this.wh[i + 1]), ss);
    // gazetteer
    const gb = this.gazB[i];
    const gi = this.gazI[i];
    const gf = this.gazFull[i];
    const capBit = fl & (F_CAP | F_ALLCAPS) ? 1 : 0;
    if (gb | gi) {
      for (let c = 0; c < GAZ_CATS; c++) {
        const bit = 1 << c;
        if (gb & bit) out[k++] = mix(T.gaz, c * 8 + 0 + capBit * 2);
        if (gi & bit) out[k++] = mix(T.gaz, c * 8 + 1 + capBit * 2);
        if (gf & bit) out[k++] = mix(T.gazFull, c * 4 + capBit + ((gb & ~bit) !== 0 ? 2 : 0));
      }
    }
    if (i > lo) {
      const g = this.gazB[i - 1] | this.gazI[i - 1];
      if (g) out[k++] = mix(mix(T.gazm1, g & 0xff), capBit);
    }
    if (i + 1 < n) {
      const g = this.gazB[i + 1] | this.gazI[i + 1];
      if (g) out[k++] = mix(mix(T.gazp1, g & 0xff), capBit);
    }
    // document context
    if (doc !== null && capBit) {
      const d = doc.get(lh) & 7;
      const ctx = (fl & F_SENTINIT ? 1 : 0) + caps * 2 + (fl & F_ALLCAPS ? 4 : 0);
      out[k++] = mix(T.doc, d * 8 + ctx);
      out[k++] = mix(mix(T.docL, d & 3), ss);
    }
    // second stage: how the first stage tagged this word elsewhere in the document
    if (docLabels !== null && (capBit || fl & F_DIGIT)) {
      const summary = docLabelSummary(docLabels.get(lh));
      const best = summary & 15;
      const agree = (summary >>> 4) & 3;
      const lastPer = summary >>> 6;
      const ctx = (fl & F_SENTINIT ? 1 : 0) + caps * 2;
      out[k++] = mix(T.d2, ((best * 3 + agree) * 2 + lastPer) * 4 + ctx);
      out[k++] = mix(mix(T.d2s, best * 3 + agree), ss);
      out[k++] = mix(T.d2p, lastPer * 4 + ctx);
      if (best) out[k++] = mix(mix(T.d2l, best), lh);
    }
    return k;
  }

  /**
   * Features of a residual second stage (its scores are added to the first stage's): the first
   * stage's labels around token i, how the first stage tagged the same word elsewhere in the
   * document, and a few lexical features. `s1` holds first-stage labels at token indices.
   */
  residualFeatures(i: number, out: Int32Array, doc: DocContext | null, docLabels: DocContext, s1: Int32Array): number {
    const lo = this.lo;
    const hi = this.hi;
    let k = 0;
    const fl = this.flags[i];
    const lh = this.lh[i];
    const ss = this.ssh[i];
    const capBit = fl & (F_CAP | F_ALLCAPS) ? 1 : 0;
    const lab = s1[i];
    const prev = i > lo ? s1[i - 1] : 15;
    const next = i + 1 < hi ? s1[i + 1] : 15;
    out[k++] = mix(T.r1, lab * 2 + capBit);
    out[k++] = mix(T.r2, (prev * 16 + lab) * 16 + next);
    out[k++] = mix(mix(T.r3, lab), lh);
    out[k++] = mix(mix(T.r4, lab), ss);
    out[k++] = mix(mix(T.r6, i > lo ? this.lh[i - 1] : PAD_L), lab);
    out[k++] = mix(mix(T.r7, i + 1 < hi ? this.lh[i + 1] : PAD_L + 1), lab);
    const g = this.gazB[i] | this.gazI[i];
    if (g) out[k++] = mix(T.r8, ((g & 0xff) * 16 + lab) * 2 + capBit);
    if (doc !== null && capBit) out[k++] = mix(T.r9, ((doc.get(lh) & 7) * 16 + lab) * 4 + (fl & F_SENTINIT ? 1 : 0) + (this.capsLine ? 2 : 0));
    if (capBit || fl & F_DIGIT) {
      const summary = docLabelSummary(docLabels.get(lh));
      const best = summary & 15;
      const agree = (summary >>> 4) & 3;
      const lastPer = summary >>> 6;
      const ctx = (fl & F_SENTINIT ? 1 : 0) + (this.capsLine ? 2 : 0);
      out[k++] = mix(T.d2, ((best * 3 + agree) * 2 + lastPer) * 4 + ctx);
      out[k++] = mix(mix(T.d2s, best * 3 + agree), ss);
      out[k++] = mix(T.d2p, lastPer * 4 + ctx);
      out[k++] = mix(mix(T.r5, best * 3 + agree), lab);
      if (best) out[k++] = mix(mix(T.d2l, best), lh);
    }
    return k;
  }

  /** Records first-stage labels (ids in LABELS order) of this sequence in `docLabels`. */
  observeLabels(docLabels: DocContext, labels: ArrayLike<number>): void {
    const lo = this.lo;
    const n = this.hi - lo;
    for (let i = 0; i < n; i++) {
      const fl = this.flags[lo + i];
      if (!(fl & (F_CAP | F_ALLCAPS | F_DIGIT))) continue;
      const l = labels[i];
      const shift = l === 0 ? 16 : (((l + 1) >> 1) - 1) * 4;
      let d = docLabels.get(this.lh[lo + i]);
      if (((d >>> shift) & 15) < 15) d += 1 << shift;
      // last token of a multi-token person name
      if (l === 2 && (i + 1 >= n || labels[i + 1] !== 2) && ((d >>> 20) & 15) < 15) d += 1 << 20;
      docLabels.set(this.lh[lo + i], d);
    }
  }

  /** Adds this sequence's observations to a document context. */
  observe(doc: DocContext): void {
    for (let i = this.lo; i < this.hi; i++) {
      const fl = this.flags[i];
      let add = 0;
      if (fl & F_LOWER) add = DOC_LOWER;
      else if ((fl & F_CAP) && !(fl & F_ALLCAPS) && !(fl & F_SENTINIT) && !this.capsLine) add = DOC_CAP_MID;
      const prev = doc.get(this.lh[i]);
      doc.set(this.lh[i], prev === 0 ? add | DOC_SEEN : prev | add | DOC_SEEN2);
    }
  }
}
