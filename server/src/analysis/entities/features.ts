// Feature extraction for the sequence tagger: every feature is a 32-bit integer hash of a template id
// and integer-hashed token properties, so no strings are built per feature. Pure code.
//
// The templates are grouped by what they depend on, so that the tagger can memoise their summed
// weights (model.ts): a word's own spelling (wordFeatures), that spelling where it stands
// (placeFeatures: sentence-initial, all-caps line), a neighbour's spelling as seen from a token of a
// given coarse class (neighbourFeatures), the classes of three tokens in a row (shapeFeatures), word
// pairs (pairFeatures, the only ones looked up per token), gazetteer matches (gazFeatures), how the
// word is written elsewhere in the document (docFeatures), and, in the second stage, how the first
// stage tagged it elsewhere in the document (labelFeatures).

import { FNV_OFFSET, FNV_PRIME, fnvChar, mix } from "../hashing.js";
import { IntMap } from "./hash.js";

export const LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export const NUM_LABELS = LABELS.length;
/** Room for the features of one token. */
export const MAX_FEATURES = 160;

/** Gazetteer categories (bit masks). */
export const GAZ_COUNTRY = 1;
export const GAZ_CITY = 2;
export const GAZ_PERSON = 4;
export const GAZ_DEMONYM = 8;
export const GAZ_TITLE = 16;
export const GAZ_REGION = 32;
export const GAZ_ORG = 64; // head words of organisation names (Ministry, Party, Force, ...)
export const GAZ_PLACEWORD = 128; // head words of place names (City, Strip, Hospital, ...)
/** Categories a gazetteer mask may hold (bits 0..GAZ_CATS-1; those past GAZ_PLACEWORD are the trainer's to give out). */
export const GAZ_CATS = 24;
/**
 * The trainer's lists of organisations (server/models/gazetteers/org-*.txt: companies, governments,
 * armed groups, international bodies, parties, clubs, leagues, agencies, universities), bits 8 to
 * 16 as scripts/train-ner.ts gives them out.
 */
export const GAZ_ORGANISATIONS = ((1 << 17) - 1) & ~((1 << 8) - 1);
/** The trainer's lists of named lands and waters (loc-land.txt, loc-water.txt: regions, islands, rivers, seas), bits 18 and 19. */
export const GAZ_LANDS_AND_WATERS = (1 << 18) | (1 << 19);
/** The trainer's lists of events and of laws (misc-event.txt, misc-law.txt), bits 20 and 21. */
export const GAZ_EVENTS_AND_LAWS = (1 << 20) | (1 << 21);
/** The bit of the trainer's list of sports clubs (org-sport.txt), many of them named by their towns. */
export const GAZ_SPORT_CLUB_BIT = 13;
/** Not a category: marks the first words of a longer name (see buildGazetteer). */
export const GAZ_PREFIX = 1 << 30;
/** The category bits of a gazetteer mask. */
export const GAZ_CATEGORIES = (1 << GAZ_CATS) - 1;
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
/** A token after which a sentence starts (see SENT_BREAK). */
const F_BREAK = 512;
/** `(` or `[`: a sentence starts after it when it opens the line. */
const F_OPEN = 1024;
/** A word with a capital, a digit or a letter without case: it may be (part of) a name. */
const F_CANDIDATE = 2048;
/** The flags that are features (F_BREAK, F_OPEN and F_CANDIDATE are not). */
const FEATURE_FLAGS = 0x1ff;

/** Normalises a code unit for features: curly quotes and dashes to ASCII, digits to 0. */
function normCode(c: number): number {
  if (c < 0x80) return c >= 0x31 && c <= 0x39 ? 0x30 : c;
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x2bc:
    case 0x60:
    case 0xb4:
      return 0x27;
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0xab:
    case 0xbb:
      return 0x22;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return 0x2d;
    default:
      return c;
  }
}

function lowerCode(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c | 0x20;
  if (c < 0xc0) return c;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 0x20;
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
  return rangeHash(tokens, 0, tokens.length);
}

/** phraseHash of tokens[a..b) (b > a), without the slice. */
export function rangeHash(tokens: readonly string[], a: number, b: number): number {
  let h = lowerHash(tokens[a]!);
  for (let i = a + 1; i < b; i++) h = mix(h, lowerHash(tokens[i]!));
  return h;
}

/** Tokens after which a sentence starts (none is longer than 3 code units). */
const SENT_BREAK = new Set([".", "!", "?", ":", ";", "•", "-", "—", "–", '"', "'", "“", "‘", "”", "...", "*", "|", "·", "…", "«"]);

/** Template ids. */
const T = {
  bias: 1,
  w: 2,
  l: 3,
  shape: 4,
  ss: 5,
  pre: 6,
  suf: 7,
  len: 8,
  flags: 9,
  capsW: 10,
  capsSs: 11,
  sentCap: 12,
  sentL: 13,
  lm1: 14,
  wm1: 15,
  ssm1: 16,
  lm1c: 17,
  lp1: 18,
  wp1: 19,
  ssp1: 20,
  lp1c: 21,
  lm2: 22,
  ssm2: 23,
  lp2: 24,
  ssp2: 25,
  bl1: 26,
  bl2: 27,
  cls3: 28,
  cls2a: 29,
  cls2b: 30,
  gaz: 31,
  gazFull: 32,
  gazm1: 33,
  gazp1: 34,
  doc: 35,
  docL: 36,
  d2: 37,
  d2s: 38,
  d2p: 39,
  d2l: 40,
  d2n: 41,
} as const;

const PAD_L = 0x1234567;
const PAD_SS = 0x7654321;

/**
 * Word classes (CLASSES of them) from a word's spelling, for the class trigram features; COARSE maps
 * them to the COARSE_CLASSES classes that condition the neighbour features.
 */
export const CLASSES = 16;
/** The class of a position outside the sequence. */
export const CLASS_PAD = CLASSES;
export const COARSE_CLASSES = 4;
const C_LOWER = 0,
  C_CAP = 1,
  C_CAP_INNER = 2,
  C_ALLCAPS = 3,
  C_ALLCAPS_DOTS = 4,
  C_LETTER = 5,
  C_INITIAL = 6,
  C_MIXED = 7,
  C_NUMBER = 8,
  C_ALNUM = 9,
  C_DASH = 10,
  C_STOP = 11,
  C_COMMA = 12,
  C_QUOTE = 13,
  C_BRACKET = 14,
  C_OTHER = 15;
/** Coarse classes: 0 other (punctuation, numbers, symbols), 1 lower-case, 2 capitalised, 3 all capitals. */
export const COARSE = Uint8Array.from([1, 2, 2, 3, 3, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0]);

/**
 * How the first stage tagged a word elsewhere in the document, from its packed counts: the most
 * frequent entity type (1–4, 0 for none), whether all its tags agree (2 with no O tags, 1 with
 * some), and whether it ended a person name. Packed as best | agree << 4 | lastPer << 6.
 */
export function docLabelSummary(d: number): number {
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

/** Adds first-stage label l of a token (the last of a person name when `lastPer`) to packed counts d. */
export function countLabel(d: number, l: number, lastPer: boolean): number {
  const shift = l === 0 ? 16 : (((l + 1) >> 1) - 1) * 4;
  if (((d >>> shift) & 15) < 15) d += 1 << shift;
  if (lastPer && ((d >>> 20) & 15) < 15) d += 1 << 20;
  return d;
}

/** A token's document flags after one more sighting with flags `add` (DOC_LOWER, DOC_CAP_MID or 0). */
export function addSighting(prev: number, add: number): number {
  return prev === 0 ? add | DOC_SEEN : prev | add | DOC_SEEN2;
}

/** How far a window reaches on either side of a token that may be a name (see windows()). */
export const WINDOW_MARGIN = 1;

/** At most this many distinct words are kept with their attributes (and the tagger's per-word scores). */
export const MAX_WORDS = 1 << 16;
/**
 * A word's attributes: wh, lh, sh, ssh, flags, length, 4 prefix hashes, 4 suffix hashes, counts,
 * class, lower id (one per distinct lh, for the document context), gazetteer mask of the word alone.
 */
const WORD_STRIDE = 18;
const ATTR_PRE = 6;
const ATTR_SUF = 10;
const ATTR_COUNTS = 14;
const ATTR_CLASS = 15;
const ATTR_LOWER_ID = 16;
const ATTR_GAZ = 17;
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
  cls = new Uint8Array(0);
  gazB = new Int32Array(0);
  gazI = new Int32Array(0);
  gazFull = new Int32Array(0);
  capsTok = new Uint8Array(0);
  /** Per token: the gazetteer mask of its word alone (with GAZ_PREFIX). */
  gazWord = new Int32Array(0);
  /** Per token: its word's id in the word cache below (-1: not kept, the cache was full). */
  ids = new Int32Array(0);
  /** Per token: the id of its lower-cased form (-1 with the word id). */
  lowerIds = new Int32Array(0);
  /** Changes whenever the word ids are given out anew (see startDocument). */
  generation = 0;
  /** Per distinct word: its spelling attributes (WORD_STRIDE numbers), worked out once (see prepare). */
  private readonly wordIds = new WordTable();
  private wordAttrs = new Int32Array(1024 * WORD_STRIDE);
  /** lh -> lower id + 1 of the words in the cache. */
  private lowerIdOf = new IntMap(1024);
  private readonly spare = new Int32Array(WORD_STRIDE);
  /** The prepared range being tagged: tokens [lo, hi). */
  lo = 0;
  hi = 0;
  capsLine = false;

  constructor(private readonly gaz: Gazetteer) {}

  /** Words in the cache (word ids are below this). */
  get wordCount(): number {
    return this.wordIds.size;
  }

  /** Distinct lower-cased forms of the words in the cache (lower ids are below this). */
  get lowerCount(): number {
    return this.lowerIdOf.size;
  }

  /** Makes room for token indices below n, keeping what is prepared. */
  reserve(n: number): void {
    if (n <= this.cap) return;
    const c = Math.max(n, this.cap * 2, 64);
    this.cap = c;
    const g32 = (a: Int32Array, k = 1) => {
      const b = new Int32Array(c * k);
      b.set(a);
      return b;
    };
    const g8 = (a: Uint8Array) => {
      const b = new Uint8Array(c);
      b.set(a);
      return b;
    };
    this.wh = g32(this.wh);
    this.lh = g32(this.lh);
    this.sh = g32(this.sh);
    this.ssh = g32(this.ssh);
    this.flags = g32(this.flags);
    this.pre = g32(this.pre, 4);
    this.suf = g32(this.suf, 4);
    this.len = g32(this.len);
    this.ids = g32(this.ids);
    this.lowerIds = g32(this.lowerIds);
    this.gazB = g32(this.gazB);
    this.gazI = g32(this.gazI);
    this.gazFull = g32(this.gazFull);
    this.gazWord = g32(this.gazWord);
    this.cls = g8(this.cls);
    this.capsTok = g8(this.capsTok);
  }

  /**
   * Before the sequences of a document of n tokens: empties the word cache if they might not fit,
   * so that a word keeps its id through the document (the tagger's per-word scores are by id).
   */
  startDocument(n: number): void {
    if (this.wordIds.size + n <= MAX_WORDS) return;
    this.wordIds.clear();
    this.lowerIdOf.clear();
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
    const flags = this.flags;
    for (let i = from; i < to; i++) {
      const word = words[i];
      let id = this.wordIds.get(word);
      if (id < 0) id = this.spell(word);
      // a word past the cache's limit was spelled into the spare slot
      const counts = this.load(i, id >= 0 ? id * WORD_STRIDE : 0, id >= 0 ? this.wordAttrs : this.spare);
      this.ids[i] = id;
      if (counts & COUNTS_LETTER) letterToks++;
      if (counts & COUNTS_CAPS) capsToks++;
      // sentence-initial positions
      if (i === from || flags[i - 1] & F_BREAK || (flags[i - 1] & F_OPEN && i === from + 1)) flags[i] |= F_SENTINIT;
    }
    this.capsLine = letterToks >= 3 && capsToks >= letterToks * 0.7;
    this.capsTok.fill(this.capsLine ? 1 : 0, from, to);
    // gazetteer matches: the word alone, then longer phrases while some name goes on
    const gaz = this.gaz;
    const gazB = this.gazB;
    const gazI = this.gazI;
    const gazFull = this.gazFull;
    gazB.fill(0, from, to);
    gazI.fill(0, from, to);
    gazFull.fill(0, from, to);
    for (let i = from; i < to; i++) {
      if (!(flags[i] & (F_CAP | F_DIGIT))) continue;
      let m = this.gazWord[i];
      if (m === 0) continue;
      gazB[i] |= m & GAZ_CATEGORIES;
      gazFull[i] |= m & GAZ_CATEGORIES;
      let h = this.lh[i];
      const lim = Math.min(to, i + GAZ_MAX_LEN);
      for (let j = i + 1; j < lim && m & GAZ_PREFIX; j++) {
        // a phrase goes on over `.` and `'` only (`St. Louis`, `Côte d'Ivoire`)
        if (flags[j] & F_PUNCT && !(this.len[j] === 1 && flags[j] & (F_PERIOD | F_APOS))) break;
        h = mix(h, this.lh[j]);
        m = gaz.get(h);
        const cats = m & GAZ_CATEGORIES;
        if (cats !== 0) {
          gazB[i] |= cats;
          for (let k = i + 1; k <= j; k++) gazI[k] |= cats;
        }
      }
    }
  }

  /**
   * Works out the attributes of `word` that its spelling alone gives (hashes, flags, length,
   * prefixes, suffixes, class, and whether it counts as a letter token and an all-caps one, for
   * capsLine) into a new slot of the word cache; returns the word's id there, or -1 when the cache
   * is full (the attributes are then in the spare slot).
   */
  private spell(word: string): number {
    const id = this.wordIds.size < MAX_WORDS ? this.wordIds.add(word) : -1;
    if (id >= 0) {
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
    let nDigit = 0;
    let innerUpper = false;
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
      if (isUpperCode(c)) {
        shape = 88;
        nUpper++;
        nLetter++;
        if (k > 0) innerUpper = true;
      } else if (isLowerCode(c)) {
        shape = 120;
        nLower++;
        nLetter++;
      } else if (isDigitCode(c)) {
        shape = 100;
        fl |= F_DIGIT;
        nDigit++;
      } else if (c >= 0x600 && c < 0x700) {
        shape = 97;
        nLetter++;
      } else {
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
        if (nUpper > 0 && nLower === 0 && L > 1) counts |= COUNTS_CAPS;
      }
    } else if (!(fl & F_DIGIT)) fl |= F_PUNCT;
    if (nUpper > 0 || nDigit > 0 || nLetter > nUpper + nLower) fl |= F_CANDIDATE;
    if (word.length <= 3 && SENT_BREAK.has(word)) fl |= F_BREAK;
    if (word === "(" || word === "[") fl |= F_OPEN;
    attrs[a] = wh;
    attrs[a + 1] = lh;
    attrs[a + 2] = sh;
    attrs[a + 3] = ssh;
    attrs[a + 4] = fl;
    attrs[a + 5] = Math.min(L, 12);
    attrs[a + ATTR_COUNTS] = counts;
    attrs[a + ATTR_CLASS] = wordClass(word, fl, nLetter, nUpper, nLower, nDigit, innerUpper, dotted);
    let lower = -1;
    if (id >= 0) {
      lower = this.lowerIdOf.get(lh) - 1;
      if (lower < 0) {
        lower = this.lowerIdOf.size;
        this.lowerIdOf.set(lh, lower + 1);
      }
    }
    attrs[a + ATTR_LOWER_ID] = lower;
    attrs[a + ATTR_GAZ] = this.gaz.get(lh);
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
    const p = i * 4;
    this.pre[p] = attrs[a + ATTR_PRE];
    this.pre[p + 1] = attrs[a + ATTR_PRE + 1];
    this.pre[p + 2] = attrs[a + ATTR_PRE + 2];
    this.pre[p + 3] = attrs[a + ATTR_PRE + 3];
    this.suf[p] = attrs[a + ATTR_SUF];
    this.suf[p + 1] = attrs[a + ATTR_SUF + 1];
    this.suf[p + 2] = attrs[a + ATTR_SUF + 2];
    this.suf[p + 3] = attrs[a + ATTR_SUF + 3];
    this.cls[i] = attrs[a + ATTR_CLASS];
    this.lowerIds[i] = attrs[a + ATTR_LOWER_ID];
    this.gazWord[i] = attrs[a + ATTR_GAZ];
    return attrs[a + ATTR_COUNTS];
  }

  /**
   * Appends to out (from index n) the windows of the prepared range, as pairs of token indices
   * [a, b): the runs of tokens within WINDOW_MARGIN of a token with a capital, a digit or a
   * letter without case, but for a sentence-initial capital on a word that `seenLower` says the
   * document also writes in lower case (`The`, `In`). The tagger tags the windows only; the other
   * tokens, lower-case words and punctuation away from any such token, are O. Returns the new
   * length of out.
   */
  windows(out: Int32Array, n: number, seenLower: (t: number) => boolean): number {
    const { lo, hi, flags } = this;
    let end = -1;
    for (let t = lo; t < hi; t++) {
      const fl = flags[t];
      if (!(fl & F_CANDIDATE)) continue;
      // a capital that only starts a sentence, on a word the document also writes in lower case
      if ((fl & (F_SENTINIT | F_CAP | F_ALLCAPS | F_DIGIT)) === (F_SENTINIT | F_CAP) && seenLower(t)) continue;
      const a = Math.max(lo, t - WINDOW_MARGIN);
      const b = Math.min(hi, t + WINDOW_MARGIN + 1);
      if (a <= end) out[n - 1] = b;
      else {
        out[n++] = a;
        out[n++] = b;
      }
      end = b;
    }
    return n;
  }

  /** Whether token i is sentence-initial. */
  sentInit(i: number): number {
    return this.flags[i] & F_SENTINIT ? 1 : 0;
  }

  /** Whether token i is capitalised (or all capitals): only such tokens have document features. */
  capitalised(i: number): boolean {
    return (this.flags[i] & (F_CAP | F_ALLCAPS)) !== 0;
  }

  /** Whether token i has second-stage features: capitalised, or with a digit. */
  hasLabelFeatures(i: number): boolean {
    return (this.flags[i] & (F_CAP | F_ALLCAPS | F_DIGIT)) !== 0;
  }

  /** Where token i stands in the document context's features: sentence-initial, all-caps line, all capitals. */
  docPlace(i: number): number {
    const fl = this.flags[i];
    return (fl & F_SENTINIT ? 1 : 0) + (this.capsLine ? 2 : 0) + (fl & F_ALLCAPS ? 4 : 0);
  }

  /** The class of token j, CLASS_PAD outside the prepared range. */
  classAt(j: number): number {
    return j >= this.lo && j < this.hi ? this.cls[j] : CLASS_PAD;
  }

  /**
   * Writes the first-stage feature hashes of token i into out (all of them, the way the tagger
   * sums them from its memos); returns their count.
   */
  features(i: number, out: Int32Array, doc: DocContext | null): number {
    let k = this.wordFeatures(i, out, 0);
    k = this.placeFeatures(i, out, k, this.sentInit(i), this.capsLine ? 1 : 0);
    const c = COARSE[this.cls[i]];
    k = this.neighbourFeatures(i - 1, -1, out, k);
    k = this.neighbourClassFeatures(i - 1, -1, c, out, k);
    k = this.neighbourFeatures(i + 1, 1, out, k);
    k = this.neighbourClassFeatures(i + 1, 1, c, out, k);
    k = this.neighbourFeatures(i - 2, -2, out, k);
    k = this.neighbourFeatures(i + 2, 2, out, k);
    k = shapeFeatures(this.classAt(i - 1), this.cls[i], this.classAt(i + 1), out, k);
    k = this.pairFeatures(i, out, k);
    k = gazFeatures(this.gazB[i], this.gazI[i], this.gazFull[i], this.gazLeft(i), this.gazRight(i), this.capitalised(i) ? 1 : 0, out, k);
    if (doc !== null && this.capitalised(i)) {
      const d = doc.get(this.lh[i]) & 7;
      k = docPlaceFeatures(d, this.docPlace(i), out, k);
      k = this.docWordFeatures(i, d, out, k);
    }
    return k;
  }

  /** Features of the word itself (its spelling alone): the same wherever it stands. */
  wordFeatures(i: number, out: Int32Array, k: number): number {
    const fl = this.flags[i];
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
    const fl = (this.flags[i] & FEATURE_FLAGS & ~F_SENTINIT) | (sentInit ? F_SENTINIT : 0);
    const lh = this.lh[i];
    out[k++] = mix(T.flags, fl * 2 + caps);
    out[k++] = mix(mix(T.capsW, caps), lh);
    out[k++] = mix(mix(T.capsSs, caps), this.ssh[i]);
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

  /** The feature that token j gives its neighbour at j - rel (±1), whose coarse class is c. */
  neighbourClassFeatures(j: number, rel: number, c: number, out: Int32Array, k: number): number {
    const inside = j >= this.lo && j < this.hi;
    if (rel === -1) out[k++] = mix(mix(T.lm1c, c), inside ? this.lh[j] : PAD_L);
    else out[k++] = mix(mix(T.lp1c, c), inside ? this.lh[j] : PAD_L + 1);
    return k;
  }

  /** Word pairs: the previous word and this one, this one and the next. */
  pairFeatures(i: number, out: Int32Array, k: number): number {
    const lh = this.lh[i];
    out[k++] = mix(mix(T.bl1, i > this.lo ? this.lh[i - 1] : PAD_L), lh);
    out[k++] = mix(mix(T.bl2, lh), i + 1 < this.hi ? this.lh[i + 1] : PAD_L + 1);
    return k;
  }

  /** The gazetteer categories of the phrases token i - 1 is in (0 at the start). */
  gazLeft(i: number): number {
    return i > this.lo ? this.gazB[i - 1] | this.gazI[i - 1] : 0;
  }

  /** The gazetteer categories of the phrases token i + 1 is in (0 at the end). */
  gazRight(i: number): number {
    return i + 1 < this.hi ? this.gazB[i + 1] | this.gazI[i + 1] : 0;
  }

  /** How the document writes token i's word elsewhere (d: its DOC_* flags & 7), with its short shape. */
  docWordFeatures(i: number, d: number, out: Int32Array, k: number): number {
    out[k++] = mix(mix(T.docL, d & 3), this.ssh[i]);
    return k;
  }

  /**
   * Second stage: how the first stage tagged token i's word elsewhere in the document (its packed
   * counts in docLabels), the part that depends on the word; see labelPlaceFeatures for the rest.
   */
  labelWordFeatures(i: number, summary: number, out: Int32Array, k: number): number {
    const best = summary & 15;
    const agree = (summary >>> 4) & 3;
    out[k++] = mix(mix(T.d2s, best * 3 + agree), this.ssh[i]);
    if (best) out[k++] = mix(mix(T.d2l, best), this.lh[i]);
    return k;
  }

  /** All second-stage features of token i (none for lower-case words and punctuation). */
  labelFeatures(i: number, out: Int32Array, k: number, docLabels: DocContext): number {
    if (!this.hasLabelFeatures(i)) return k;
    const summary = docLabelSummary(docLabels.get(this.lh[i]));
    k = labelPlaceFeatures(summary, this.sentInit(i) + (this.capsLine ? 2 : 0), out, k);
    const side = (j: number) => (j < this.lo || j >= this.hi ? 0 : this.hasLabelFeatures(j) ? 2 + (docLabelSummary(docLabels.get(this.lh[j])) & 15) : 1);
    k = labelAroundFeatures(side(i - 1), side(i + 1), summary & 15, out, k);
    return this.labelWordFeatures(i, summary, out, k);
  }

  /** Records first-stage labels (ids in LABELS order) of this sequence in `docLabels`. */
  observeLabels(docLabels: DocContext, labels: ArrayLike<number>): void {
    const lo = this.lo;
    const n = this.hi - lo;
    for (let i = 0; i < n; i++) {
      if (!this.hasLabelFeatures(lo + i)) continue;
      const l = labels[i];
      const lastPer = l === 2 && (i + 1 >= n || labels[i + 1] !== 2);
      docLabels.set(this.lh[lo + i], countLabel(docLabels.get(this.lh[lo + i]), l, lastPer));
    }
  }

  /** The DOC_* flags token i adds to its word's document context. */
  sighting(i: number): number {
    const fl = this.flags[i];
    if (fl & F_LOWER) return DOC_LOWER;
    if (fl & F_CAP && !(fl & F_ALLCAPS) && !(fl & F_SENTINIT) && !this.capsLine) return DOC_CAP_MID;
    return 0;
  }

  /** Adds this sequence's observations to a document context. */
  observe(doc: DocContext): void {
    for (let i = this.lo; i < this.hi; i++) doc.set(this.lh[i], addSighting(doc.get(this.lh[i]), this.sighting(i)));
  }
}

/**
 * Word -> id (0, 1, 2, ... in order of addition), an open-addressing table of the words' hashes
 * with the words beside it to check: looking up a word that was just cut out of a text costs a
 * hash of its characters and, mostly, one probe (a Map had to hash the new string and chase its
 * entries, the slowest step of a token).
 */
class WordTable {
  private hashes = new Int32Array(1 << 12);
  private ids = new Int32Array(1 << 12);
  private readonly words: string[] = [];
  private shift = 32 - 12;
  private mask = (1 << 12) - 1;

  get size(): number {
    return this.words.length;
  }

  private static hash(word: string): number {
    let h = FNV_OFFSET;
    for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
    return h | 1; // 0 marks an empty slot
  }

  /** The word's id, -1 when it is not in the table. */
  get(word: string): number {
    const h = WordTable.hash(word);
    for (let s = Math.imul(h, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & this.mask) {
      const x = this.hashes[s];
      if (x === 0) return -1;
      if (x === h && this.words[this.ids[s]] === word) return this.ids[s];
    }
  }

  /** Adds a word that is not in the table; returns its id. */
  add(word: string): number {
    // at most half full (a short document's words stay in a small table, close in memory)
    if ((this.words.length + 1) * 2 > this.hashes.length) this.grow();
    const id = this.words.length;
    this.words.push(word);
    this.place(WordTable.hash(word), id);
    return id;
  }

  private place(h: number, id: number): void {
    let s = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while (this.hashes[s] !== 0) s = (s + 1) & this.mask;
    this.hashes[s] = h;
    this.ids[s] = id;
  }

  private grow(): void {
    const hashes = this.hashes;
    const ids = this.ids;
    this.hashes = new Int32Array(hashes.length * 2);
    this.ids = new Int32Array(hashes.length * 2);
    this.shift--;
    this.mask = this.hashes.length - 1;
    for (let s = 0; s < hashes.length; s++) if (hashes[s] !== 0) this.place(hashes[s], ids[s]);
  }

  clear(): void {
    this.hashes.fill(0);
    this.words.length = 0;
  }
}

/** A word's class (0..CLASSES-1) from its spelling; `fl` and the counts as spell() works them out. */
function wordClass(word: string, fl: number, nLetter: number, nUpper: number, nLower: number, nDigit: number, innerUpper: boolean, dotted: boolean): number {
  if (nLetter > 0) {
    if (nDigit > 0) return C_ALNUM;
    if (fl & F_LOWER) return C_LOWER;
    if (fl & F_ALLCAPS) {
      if (nUpper === 1) return word.length === 2 && fl & F_PERIOD ? C_INITIAL : C_LETTER;
      return dotted || fl & (F_PERIOD | F_HYPHEN) ? C_ALLCAPS_DOTS : C_ALLCAPS;
    }
    if (!(fl & F_CAP) || (innerUpper && !(fl & (F_HYPHEN | F_APOS)))) return C_MIXED;
    return fl & (F_HYPHEN | F_APOS | F_PERIOD) ? C_CAP_INNER : nLower > 0 ? C_CAP : C_LETTER;
  }
  if (nDigit > 0) return C_NUMBER;
  const c = normCode(word.charCodeAt(0));
  if (c === 0x2d) return C_DASH;
  if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) return C_STOP;
  if (c === 0x2c || c === 0x3a || c === 0x3b) return C_COMMA;
  if (c === 0x22 || c === 0x27) return C_QUOTE;
  if (c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d) return C_BRACKET;
  return C_OTHER;
}

/**
 * Class bigrams and trigram around a token: previous, own and next class (CLASS_PAD outside); and
 * the bias, which every token has (here, it is summed once per trigram instead of once per word).
 */
export function shapeFeatures(cm1: number, c: number, cp1: number, out: Int32Array, k: number): number {
  out[k++] = T.bias;
  out[k++] = mix(T.cls2a, cm1 * 32 + c);
  out[k++] = mix(T.cls2b, c * 32 + cp1);
  out[k++] = mix(T.cls3, (cm1 * 32 + c) * 32 + cp1);
  return k;
}

/**
 * Gazetteer features of a token: the categories of the phrases it begins (gb), continues (gi) and
 * matches alone (gf), those of its neighbours (m1 before it, p1 after it), and whether it is
 * capitalised.
 */
export function gazFeatures(gb: number, gi: number, gf: number, m1: number, p1: number, capBit: number, out: Int32Array, k: number): number {
  if (gb | gi) {
    for (let c = 0; c < GAZ_CATS; c++) {
      const bit = 1 << c;
      if (gb & bit) out[k++] = mix(T.gaz, c * 8 + 0 + capBit * 2);
      if (gi & bit) out[k++] = mix(T.gaz, c * 8 + 1 + capBit * 2);
      if (gf & bit) out[k++] = mix(T.gazFull, c * 4 + capBit + ((gb & ~bit) !== 0 ? 2 : 0));
    }
  }
  if (m1) out[k++] = mix(mix(T.gazm1, m1), capBit);
  if (p1) out[k++] = mix(mix(T.gazp1, p1), capBit);
  return k;
}

/** Document context of a capitalised token: its word's DOC_* flags & 7 with where it stands (docPlace). */
export function docPlaceFeatures(d: number, place: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.doc, d * 8 + place);
  return k;
}

/** Second stage: the first stage's document labels (summary, see docLabelSummary) with where the token stands. */
export function labelPlaceFeatures(summary: number, place: number, out: Int32Array, k: number): number {
  const best = summary & 15;
  const agree = (summary >>> 4) & 3;
  const lastPer = summary >>> 6;
  out[k++] = mix(T.d2, ((best * 3 + agree) * 2 + lastPer) * 4 + place);
  out[k++] = mix(T.d2p, lastPer * 4 + place);
  return k;
}

/** How a token's neighbour stands in the second stage: 0 outside the sequence, 1 without label features, else 2 + its best type. */
export const LABEL_SIDES = 7;

/**
 * Second stage: the best types the first stage gave the words before and after a token
 * elsewhere in the document (see LABEL_SIDES), with its own.
 */
export function labelAroundFeatures(before: number, after: number, best: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.d2n, (before * LABEL_SIDES + after) * 5 + best);
  return k;
}
