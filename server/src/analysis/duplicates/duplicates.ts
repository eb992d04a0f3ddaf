// Duplicate articles in a news dump: the same headline posted twice (exact), the same headline
// re-posted with small edits (near), and the same story re-published under a new headline (body).
// Pure: no fs, no vscode. Cost is linear in the text plus the (few) candidate pairs; nothing
// compares every pair of articles.
//
// Rules
// - exact: headlines equal after collapsing whitespace.
// - near: headlines whose normalised words (NFKC, lower case, apostrophes and quotes dropped,
//   every other punctuation mark or dash a word break, "U.S." = "US", "1,000" = "1000") are equal,
//   or differ by at most maxEdits(n) word edits (a word changed, added or dropped), n being the
//   longer headline's word count: 0 edits below 3 words, 1 edit for 3-7 words, 2 from 8 words on.
//   Candidates come from a prefix-filter index (distinct headlines indexed under their 2 or 3
//   rarest words, stop words last; two headlines within the allowed edits must share one), then
//   cheap length and shared-word checks, then a word-level edit distance.
// - Significant change: when a changed (substituted, added or dropped) word is a number, a number
//   word, a negation, or a name, the headlines tell different stories ("Apple shares rise after
//   earnings beat" vs "Amazon shares rise after earnings beat"): near only if the bodies confirm
//   it. A word is a name when its own article's body writes it capitalised (not at a sentence
//   start) and never in lower case; when the body does not settle it, when the headline writes it
//   with a capital (so a changed first word or a title-case word is treated as a possible name).
// - Generic headline: at most 1 content word (not a stop word), or only generic column words,
//   dates and numbers ("Live updates", "Morning briefing", "Letters to the editor",
//   "Corrections", "Morning briefing: March 5") names a recurring slot, not a story. Such headlines
//   (exact or near) count as duplicates only if the bodies confirm it.
// - Bodies confirm a headline match when both have at least `minBodyWords` words and an estimated
//   Jaccard similarity of at least `confirmThreshold` (default 0.5). Such pairs are found from the
//   bodies' side (LSH below), so templated headlines ("Draw 512 results", "Draw 513 results")
//   are never compared pair by pair; copies of one body (estimate >= 0.95) are matched by headline
//   within their cluster.
// - body: MinHash over 5-word shingles of the body (lines equal to the headline, short boilerplate
//   such as "Follow", "Short Url", "Updated ...", and header lines such as "Source: ..." dropped):
//   64 values by one-permutation hashing (24-bit minima) with rotation densification; one LSH
//   pass with rows per band chosen so that a pair at min(confirmThreshold, bodyThreshold) becomes
//   a candidate with probability >= 0.999 (32 bands of 2 rows by default); candidates verified
//   on all 64 values; body duplicates when the estimated Jaccard >= `bodyThreshold` (default 0.8).
//   Pairs already in one headline group are not reported again: a body group lists the first
//   article of each headline group (or single article) it joins; `similarity` is the lowest
//   estimate on the links that joined them.
// - Groups are connected components (3 articles sharing a headline: one group of 3). A headline
//   group is "exact" when all its headlines are equal after collapsing whitespace, else "near".

export interface DuplicateInput {
  headline: string;
  body: string;
}

export type DuplicateKind = "exact" | "near" | "body";

export interface DuplicateGroup {
  kind: DuplicateKind;
  /** Indices into the input, in document order; the first is the original. */
  articles: number[];
  /** For body groups: the estimated Jaccard similarity (lowest on the joining links). */
  similarity?: number;
}

export interface DuplicateOptions {
  /** Estimated Jaccard of body shingles at or above which two bodies are duplicates. */
  bodyThreshold: number;
  /** Estimated Jaccard at or above which bodies confirm a generic or significant headline match. */
  confirmThreshold: number;
  /** Bodies with fewer words take part in no body comparison. */
  minBodyWords: number;
}

export const defaultDuplicateOptions: DuplicateOptions = {
  bodyThreshold: 0.8,
  confirmThreshold: 0.5,
  minBodyWords: 20,
};

/** What findDuplicates needs of one article; computed once per article, cacheable. */
export interface ArticleFingerprint {
  /** Headline with whitespace collapsed and trimmed. */
  exactKey: string;
  /** Normalised headline words (lower case). */
  words: string[];
  /** The words joined by spaces: headlines equal up to case, punctuation, quotes and dashes. */
  normKey: string;
  /** Per word: a 30-bit hash of the word, as -(hash + 1) for a stop word (indexed last). */
  wordKeys: number[];
  /** Per word: a change of this word changes the story (number, negation or name). */
  significant: boolean[];
  /** Headline names a recurring slot rather than a story. */
  generic: boolean;
  /** Words in the body (after dropping headline copies and boilerplate). */
  bodyWords: number;
  /** MinHash signature of the body's 5-word shingles (NUM_HASHES small integers); null for an empty body. */
  minhash: number[] | null;
}

export const NUM_HASHES = 64;
const SHINGLE = 5;
const BIN_BITS = 6; // 2^6 = NUM_HASHES bins
const VALUE_BITS = 24; // a bin keeps the lowest 24-bit value; densified bins add distance << 24
const VALUE_MASK = (1 << VALUE_BITS) - 1;
const EMPTY = 0x7fffffff;
const MAX_HEADLINE_WORDS = 60; // longer "headlines" (misparsed paragraphs) are matched only when equal

const STOP_WORDS = new Set(
  (
    "a an the and or but of to in on at by for from with as into onto over under about after before " +
    "is are was were be been being has have had do does did will would can could may might must shall should " +
    "it its this that these those he she they we you i his her their our your my him them us " +
    "up out off down new says say said vs via amid than then so if how what why who when where which"
  ).split(" "),
);

const NEGATIONS = new Set(
  (
    "not no never nor none nothing nobody neither without cannot cant dont doesnt didnt isnt arent wasnt " +
    "werent wont wouldnt shouldnt couldnt hasnt havent hadnt aint fails fail failed denies deny denied rejects reject rejected"
  ).split(" "),
);

const NUMBER_WORDS = new Set(
  (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " +
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand " +
    "thousands million millions billion billions trillion dozen dozens first second third fourth fifth sixth " +
    "seventh eighth ninth tenth half quarter"
  ).split(" "),
);

// Words of recurring slots (columns, live blogs, digests), plus dates.
const GENERIC_WORDS = new Set(
  (
    "live updates update latest news breaking briefing briefings morning evening afternoon night daily weekly " +
    "today tonight yesterday tomorrow week weekend day headlines headline letters letter editor editors " +
    "correction corrections clarification clarifications obituary obituaries opinion opinions editorial " +
    "editorials column digest roundup recap summary newsletter podcast video photos pictures gallery weather " +
    "forecast horoscope horoscopes crossword puzzle quiz sports business markets market world local national " +
    "international top stories story blog what know need you your happening developing analysis explainer " +
    "comment comments readers reader mailbag feedback notes note brief briefly edition " +
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec " +
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
  ).split(" "),
);

const BOILERPLATE =
  /^(?:follow|follow us|short url|share|share this|share this article|advertisement|advert|listen|print|email|read more|related|comments?|updated\b.*|published\b.*|last updated\b.*|\d+\s+min(?:ute)?s?\s+read|(?:title|headline|date|published|updated|source|by|author|url|section|tags?|link):.*)$/i;

// ---------------------------------------------------------------------------------------------
// Headline normalisation

/** Exact key: whitespace collapsed, trimmed. */
export function headlineKey(headline: string): string {
  return /\s\s|[^\S ]/.test(headline) ? headline.replace(/\s+/g, " ").trim() : headline.trim();
}

const APOSTROPHES = /['’‘`´ʼ′]/g;

/** The headline's words after normalisation, with their original spelling (for capitals). */
export function headlineWords(headline: string): { words: string[]; original: string[] } {
  let s = /^[\x20-\x7e]*$/.test(headline) ? headline : headline.normalize("NFKC");
  s = s.replace(APOSTROPHES, "");
  // Initialisms: "U.S." = "US", "a.m." = "am".
  s = s.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ""));
  // Digit groups and decimals: "1,000" = "1000".
  s = s.replace(/(\d)[,.](?=\d)/g, "$1");
  const original = s.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return { words: original.map((w) => w.toLowerCase()), original };
}

/** The normalised key under which headlines equal up to case, punctuation, quotes and dashes meet. */
export function normalisedHeadlineKey(headline: string): string {
  return headlineWords(headline).words.join(" ");
}

/** Word edits allowed between two headlines, by the longer one's word count. */
export function maxEdits(longerWordCount: number): number {
  return longerWordCount >= 8 ? 2 : longerWordCount >= 3 ? 1 : 0;
}

function isGeneric(words: string[]): boolean {
  let content = 0;
  let allGeneric = true;
  for (const w of words) {
    if (STOP_WORDS.has(w)) continue;
    content++;
    if (allGeneric && !GENERIC_WORDS.has(w) && !/^\d+(?:st|nd|rd|th)?$/.test(w)) allGeneric = false;
    if (!allGeneric && content > 1) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Character classes for the body scanner (a table over the BMP, built on first use)

// One table over the BMP, built on first use: the lower-case code of a word character, IGNORE for
// characters skipped inside words (apostrophes), SEPARATOR for everything else. No word character
// folds to 0 or 1.
const SEPARATOR = 0;
const IGNORE = 1;
let foldTable: Uint16Array | null = null;

function fold(): Uint16Array {
  if (!foldTable) {
    const t = new Uint16Array(65536);
    const word = /[\p{L}\p{N}\p{M}]/u;
    for (let c = 0; c < 65536; c++) {
      if (c < 128) {
        if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) t[c] = c;
        else if (c >= 65 && c <= 90) t[c] = c + 32;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (word.test(ch)) {
        const l = ch.toLowerCase();
        t[c] = l.length === 1 && l.charCodeAt(0) > IGNORE ? l.charCodeAt(0) : c;
      }
    }
    for (const ch of "'’‘`´ʼ′") t[ch.charCodeAt(0)] = IGNORE;
    foldTable = t;
  }
  return foldTable;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Same word hash as the body scanner uses, for a lower-case headline word. */
function wordHash(word: string): number {
  const t = fold();
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const l = t[word.charCodeAt(i)]!;
    if (l > IGNORE) h = Math.imul(h ^ l, FNV_PRIME);
  }
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Fingerprint

/** The costly per-article part: headline words and flags, body MinHash. */
export function fingerprintArticle(input: DuplicateInput): ArticleFingerprint {
  const t = fold();
  const exactKey = headlineKey(input.headline);
  let { words, original } = headlineWords(input.headline);
  if (words.length > MAX_HEADLINE_WORDS) {
    words = words.slice(0, MAX_HEADLINE_WORDS);
    original = original.slice(0, MAX_HEADLINE_WORDS);
  }
  const nh = words.length;
  const hwHash = scratchHash;
  const seenLower = scratchLower;
  const seenUpper = scratchUpper;
  // Two-probe bloom filter of the headline words, to skip most body words cheaply.
  let hwMask1 = 0;
  let hwMask2 = 0;
  for (let i = 0; i < nh; i++) {
    const wh = wordHash(words[i]!);
    hwHash[i] = wh;
    hwMask1 |= 1 << (wh & 31);
    hwMask2 |= 1 << ((wh >>> 5) & 31);
    seenLower[i] = 0;
    seenUpper[i] = 0;
  }

  const sig = scratchSig;
  sig.fill(EMPTY);
  // The last SHINGLE - 1 word hashes, newest in w4.
  let w1 = 0;
  let w2 = 0;
  let w3 = 0;
  let w4 = 0;
  let nWords = 0;

  const body = input.body;
  const len = body.length;
  let lineStart = 0;
  while (lineStart <= len) {
    let lineEnd = body.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = len;
    let a = lineStart;
    let b = lineEnd;
    while (a < b && body.charCodeAt(a) <= 32) a++;
    while (b > a && body.charCodeAt(b - 1) <= 32) b--;
    const next = lineEnd + 1;
    if (a === b) {
      lineStart = next;
      continue;
    }
    const lineLen = b - a;
    if (lineLen <= 80 || (lineLen >= exactKey.length && lineLen <= 2 * exactKey.length + 8)) {
      const line = body.slice(a, b);
      if (headlineKey(line) === exactKey || (lineLen <= 80 && BOILERPLATE.test(line))) {
        lineStart = next;
        continue;
      }
    }
    // Scan the words of the line.
    let sentenceStart = true;
    let i = a;
    while (i < b) {
      const c = body.charCodeAt(i);
      let l = t[c]!;
      if (l <= IGNORE) {
        if (c === 46 || c === 33 || c === 63 || c === 58) sentenceStart = true; // . ! ? :
        i++;
        continue;
      }
      const upper = l !== c;
      let h = FNV_OFFSET;
      while (l !== SEPARATOR) {
        if (l !== IGNORE) h = Math.imul(h ^ l, FNV_PRIME);
        if (++i >= b) break;
        l = t[body.charCodeAt(i)]!;
      }
      h >>>= 0;
      if (hwMask1 & (1 << (h & 31)) && hwMask2 & (1 << ((h >>> 5) & 31))) {
        for (let j = 0; j < nh; j++) {
          if (hwHash[j] === h) {
            if (!upper) seenLower[j] = 1;
            else if (!sentenceStart) seenUpper[j] = 1;
          }
        }
      }
      sentenceStart = false;
      nWords++;
      if (nWords >= SHINGLE) {
        let x = Math.imul(w1 ^ 0x9e3779b9, 0x01000193);
        x = Math.imul(((x << 13) | (x >>> 19)) ^ w2, 0x01000193);
        x = Math.imul(((x << 13) | (x >>> 19)) ^ w3, 0x01000193);
        x = Math.imul(((x << 13) | (x >>> 19)) ^ w4, 0x01000193);
        x = Math.imul(((x << 13) | (x >>> 19)) ^ h, 0x01000193);
        x ^= x >>> 16;
        x = Math.imul(x, 0x85ebca6b);
        x ^= x >>> 13;
        x = Math.imul(x, 0xc2b2ae35);
        x ^= x >>> 16;
        const bin = x >>> (32 - BIN_BITS);
        const v = x & VALUE_MASK;
        if (v < sig[bin]!) sig[bin] = v;
      }
      w1 = w2;
      w2 = w3;
      w3 = w4;
      w4 = h;
    }
    lineStart = next;
  }
  let minhash: number[] | null = null;
  if (nWords > 0) {
    if (nWords < SHINGLE) {
      // A body of fewer words than a shingle: one shingle of all of them.
      const v = fmix32(Math.imul(w1 ^ w2 ^ Math.imul(w3, 3) ^ Math.imul(w4, 7), 0x01000193));
      sig[v >>> (32 - BIN_BITS)] = v & VALUE_MASK;
    }
    minhash = densify(sig);
  }

  const significant = words.map((w, j) => {
    if (/\d/.test(w) || NUMBER_WORDS.has(w) || NEGATIONS.has(w)) return true;
    if (STOP_WORDS.has(w)) return false;
    if (seenLower[j]) return false;
    if (seenUpper[j]) return true;
    const o = original[j]!;
    return o !== o.toLowerCase();
  });

  const wordKeys = words.map((w, j) => {
    const key = hwHash[j]! >>> 2;
    return STOP_WORDS.has(w) ? -key - 1 : key;
  });
  return {
    exactKey,
    words,
    normKey: words.join(" "),
    wordKeys,
    significant,
    generic: isGeneric(words),
    bodyWords: nWords,
    minhash,
  };
}

const scratchHash = new Uint32Array(MAX_HEADLINE_WORDS);
const scratchLower = new Uint8Array(MAX_HEADLINE_WORDS);
const scratchUpper = new Uint8Array(MAX_HEADLINE_WORDS);
const scratchSig = new Int32Array(NUM_HASHES);

/** Rotation densification: an empty bin borrows the next non-empty bin's value, marked by distance. */
function densify(sig: Int32Array): number[] {
  const n = sig.length;
  const out: number[] = [];
  for (let j = 0; j < n; j++) {
    let v = sig[j]!;
    if (v === EMPTY) {
      for (let d = 1; d < n; d++) {
        const u = sig[(j + d) % n]!;
        if (u !== EMPTY) {
          v = u + (d << VALUE_BITS);
          break;
        }
      }
    }
    out.push(v);
  }
  return out;
}

/** Estimated Jaccard similarity of two MinHash signatures. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  let eq = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) eq++;
  return eq / NUM_HASHES;
}

// ---------------------------------------------------------------------------------------------
// Matching

class UnionFind {
  readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }
  /** Joins; the smaller index stays the root. Returns false when already joined. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    return true;
  }
}

let editScratch = new Int32Array(1024);

/** Word-level edit distance (at most `limit`, else limit + 1) and the changed word positions. */
export function wordEdits(
  a: readonly string[],
  b: readonly string[],
  limit: number,
): { distance: number; changedA: number[]; changedB: number[] } {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return { distance: limit + 1, changedA: [], changedB: [] };
  const w = m + 1;
  if (editScratch.length < (n + 1) * w) editScratch = new Int32Array((n + 1) * w * 2);
  const d = editScratch;
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    d[i * w] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const sub = d[(i - 1) * w + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const del = d[(i - 1) * w + j]! + 1;
      const ins = d[i * w + j - 1]! + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      d[i * w + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return { distance: limit + 1, changedA: [], changedB: [] };
  }
  const distance = d[n * w + m]!;
  if (distance > limit) return { distance: limit + 1, changedA: [], changedB: [] };
  const changedA: number[] = [];
  const changedB: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const v = d[i * w + j]!;
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && v === d[(i - 1) * w + j - 1]) {
      i--;
      j--;
    } else if (i > 0 && j > 0 && v === d[(i - 1) * w + j - 1]! + 1) {
      changedA.push(i - 1);
      changedB.push(j - 1);
      i--;
      j--;
    } else if (i > 0 && v === d[(i - 1) * w + j]! + 1) {
      changedA.push(i - 1);
      i--;
    } else {
      changedB.push(j - 1);
      j--;
    }
  }
  return { distance, changedA, changedB };
}

/** Rows per LSH band: the most (fewest candidates) that still catch a pair at the threshold. */
export function bandRows(threshold: number): number {
  const t = Math.min(Math.max(threshold, 0.01), 1);
  for (const r of [8, 4, 2]) {
    if (1 - Math.pow(1 - Math.pow(t, r), NUM_HASHES / r) >= 0.999) return r;
  }
  return 1;
}

function resolveOptions(options?: Partial<DuplicateOptions>): DuplicateOptions {
  const o = { ...defaultDuplicateOptions };
  if (options) {
    for (const k of Object.keys(o) as (keyof DuplicateOptions)[]) {
      const v = options[k];
      if (typeof v === "number" && Number.isFinite(v)) o[k] = v;
    }
  }
  return o;
}

/** A copy at least this similar to a bucket member is not chained into the bucket itself. */
const NEAR_IDENTICAL = 0.95;
/** At most this many bucket members are visited per insertion (a safety bound). */
const MAX_BUCKET_WALK = 256;
// A prefix word shared by very many headlines (only very short headlines have no rarer word, as in
// "Item 1" … "Item 100000"): only its most recent holders are compared, which keeps the index linear.
const MAX_POSTING_WALK = 512;

/**
 * Calls visit(j, i) (j before i in `indices`) for the pairs of articles that agree on all rows of
 * at least one LSH band of their signatures (every article in `indices` has one). A pair may be
 * visited more than once. visit returns true when i is a near-identical copy of j: then i is not
 * added to the bucket (anything like i is found through j), so thousands of copies of one body
 * cost linear time. Buckets live in an open-addressing table from a 32-bit band hash to the newest
 * member; equal hashes of different values only add candidates.
 */
function forEachBandPair(
  fps: readonly ArticleFingerprint[],
  indices: readonly number[],
  rows: number,
  visit: (j: number, i: number) => boolean,
): void {
  const bands = NUM_HASHES / rows;
  let cap = 16;
  while (cap < indices.length * 2) cap *= 2;
  const tableKeys = new Int32Array(cap);
  const tableHeads = new Int32Array(cap);
  const nextArr = new Int32Array(indices.length);
  for (let band = 0; band < bands; band++) {
    tableHeads.fill(-1);
    const off = band * rows;
    for (let x = 0; x < indices.length; x++) {
      const s = fps[indices[x]!]!.minhash!;
      let h = band + 1;
      for (let r = 0; r < rows; r++) h = Math.imul(h ^ s[off + r]!, 0x9e3779b1) ^ (h >>> 15);
      const key = fmix32(h) | 0;
      let slot = key & (cap - 1);
      while (tableHeads[slot] !== -1 && tableKeys[slot] !== key) slot = (slot + 1) & (cap - 1);
      const head = tableHeads[slot]!;
      let copy = false;
      let walked = 0;
      for (let y = head; y >= 0 && walked < MAX_BUCKET_WALK; y = nextArr[y]!, walked++) {
        if (visit(indices[y]!, indices[x]!)) {
          copy = true;
          break;
        }
      }
      if (copy) continue;
      tableKeys[slot] = key;
      tableHeads[slot] = x;
      nextArr[x] = head;
    }
  }
}

/** Finds duplicate groups among articles (in document order). */
export function findDuplicates(articles: DuplicateInput[], options?: Partial<DuplicateOptions>): DuplicateGroup[] {
  return findDuplicatesFromFingerprints(articles.map(fingerprintArticle), options);
}

/** As findDuplicates, from fingerprints computed (and perhaps cached) by fingerprintArticle. */
export function findDuplicatesFromFingerprints(
  fps: readonly ArticleFingerprint[],
  options?: Partial<DuplicateOptions>,
): DuplicateGroup[] {
  const opt = resolveOptions(options);
  const n = fps.length;
  const bodySim = (i: number, j: number): number => {
    const a = fps[i]!;
    const b = fps[j]!;
    if (!a.minhash || !b.minhash || a.bodyWords < opt.minBodyWords || b.bodyWords < opt.minBodyWords) return 0;
    return estimateJaccard(a.minhash, b.minhash);
  };
  const confirmed = (i: number, j: number): boolean => bodySim(i, j) >= opt.confirmThreshold;

  const headlineUF = new UnionFind(n);

  // 1. Headlines equal after normalisation (exact ones included): groups of articles, each a
  // linked list (first, next) in document order.
  const normIndex = new Map<string, number>();
  const groupFirst: number[] = [];
  const groupLast: number[] = [];
  const groupSize: number[] = [];
  const nextMember = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const fp = fps[i]!;
    if (fp.words.length === 0) continue;
    const k = normIndex.get(fp.normKey);
    if (k === undefined) {
      normIndex.set(fp.normKey, groupFirst.length);
      groupFirst.push(i);
      groupLast.push(i);
      groupSize.push(1);
    } else {
      nextMember[groupLast[k]!] = i;
      groupLast[k] = i;
      groupSize[k]!++;
    }
  }
  const g = groupFirst.length;
  const members = (k: number): number[] => {
    if (groupSize[k] === 1) return [groupFirst[k]!];
    const out: number[] = [];
    for (let i = groupFirst[k]!; i >= 0; i = nextMember[i]!) out.push(i);
    return out;
  };
  for (let k = 0; k < g; k++) {
    if (groupSize[k]! < 2 || fps[groupFirst[k]!]!.generic) continue; // generic: see step 3
    const list = members(k);
    for (let m = 1; m < list.length; m++) headlineUF.union(list[0]!, list[m]!);
  }

  // 2. Headlines a word or two apart: prefix filtering over distinct normalised headlines. With
  // the distinct words of each headline in one global order (rarest first, stop words last), two
  // headlines within L edits share a word among their first L + 1; L <= 1 when the headline has at
  // most 7 words (it loses at most one word to any partner within the allowed edits), else L <= 2.
  // Word sets are flattened: group k's distinct word ids are setData[setStart[k] .. setStart[k+1]).
  // Pairs that surely need the bodies (a generic headline; a number or negation among the words
  // that differ) are left to step 3, which finds body-similar pairs without comparing all pairs.
  const tokenIds = new Map<number, number>();
  const df: number[] = [];
  const hardSignificant: number[] = [];
  const lengths = new Int32Array(g);
  let total = 0;
  for (let k = 0; k < g; k++) total += (lengths[k] = fps[groupFirst[k]!]!.words.length);
  const setStart = new Int32Array(g + 1);
  const setData = new Int32Array(total);
  let stamp = new Int32Array(1024).fill(-1);
  let used = 0;
  for (let k = 0; k < g; k++) {
    setStart[k] = used;
    const fp = fps[groupFirst[k]!]!;
    for (let wi = 0; wi < fp.wordKeys.length; wi++) {
      const key = fp.wordKeys[wi]!;
      let id = tokenIds.get(key);
      if (id === undefined) {
        id = df.length;
        tokenIds.set(key, id);
        df.push(key < 0 ? 1 << 30 : 0); // stop words last
        const w = fp.words[wi]!;
        hardSignificant.push(/\d/.test(w) || NUMBER_WORDS.has(w) || NEGATIONS.has(w) ? 1 : 0);
        if (id >= stamp.length) {
          const bigger = new Int32Array(stamp.length * 2).fill(-1);
          bigger.set(stamp);
          stamp = bigger;
        }
      }
      if (stamp[id] === k) continue;
      stamp[id] = k;
      df[id]!++;
      setData[used++] = id;
    }
  }
  setStart[g] = used;
  // Sort each set by (df, id): insertion sort, sets are short.
  for (let k = 0; k < g; k++) {
    const a = setStart[k]!;
    const b = setStart[k + 1]!;
    for (let x = a + 1; x < b; x++) {
      const v = setData[x]!;
      const dv = df[v]!;
      let y = x - 1;
      while (y >= a && (df[setData[y]!]! > dv || (df[setData[y]!]! === dv && setData[y]! > v))) {
        setData[y + 1] = setData[y]!;
        y--;
      }
      setData[y + 1] = v;
    }
  }
  // Postings as linked lists: postHead[token] -> entry, entries (postGroup, postNext).
  const genericGroup = new Uint8Array(g);
  for (let k = 0; k < g; k++) genericGroup[k] = fps[groupFirst[k]!]!.generic ? 1 : 0;
  const otherMark = new Int32Array(df.length).fill(-1);
  const postHead = new Int32Array(df.length).fill(-1);
  const postGroup = new Int32Array(3 * g);
  const postNext = new Int32Array(3 * g);
  let entries = 0;
  const lastSeen = new Int32Array(g).fill(-1);
  stamp.fill(-1);
  for (let k = 0; k < g; k++) {
    const len = lengths[k]!;
    if (len < 2 || genericGroup[k]) continue; // one word cannot change; generic: step 3
    const a = setStart[k]!;
    const size = setStart[k + 1]! - a;
    for (let x = a; x < a + size; x++) stamp[setData[x]!] = k;
    const prefix = Math.min(len <= 7 ? 2 : 3, size);
    for (let p = 0; p < prefix; p++) {
      const t = setData[a + p]!;
      let walked = 0;
      for (let e = postHead[t]!; e >= 0 && walked++ < MAX_POSTING_WALK; e = postNext[e]!) {
        const other = postGroup[e]!;
        if (lastSeen[other] === k) continue;
        lastSeen[other] = k;
        const olen = lengths[other]!;
        const limit = maxEdits(len > olen ? len : olen);
        if (limit === 0 || (len > olen ? len - olen : olen - len) > limit) continue;
        // Shared distinct words: each edit removes at most one word from either side.
        const oa = setStart[other]!;
        const ob = setStart[other + 1]!;
        let shared = 0;
        let hard = false;
        for (let q = oa; q < ob; q++) {
          const tok = setData[q]!;
          otherMark[tok] = other;
          if (stamp[tok] === k) shared++;
          else if (hardSignificant[tok]) hard = true;
        }
        if (shared < (size > ob - oa ? size : ob - oa) - limit) continue;
        for (let x = a; x < a + size && !hard; x++) {
          const tok = setData[x]!;
          if (otherMark[tok] !== other && hardSignificant[tok]) hard = true;
        }
        if (hard) continue; // a number or negation differs: bodies decide (step 3)
        verifyNear(other, k, limit);
      }
      postGroup[entries] = k;
      postNext[entries] = postHead[t]!;
      postHead[t] = entries++;
    }
  }

  function verifyNear(ga: number, gb: number, limit: number): void {
    const la = members(ga);
    const lb = members(gb);
    const { distance, changedA, changedB } = wordEdits(fps[la[0]!]!.words, fps[lb[0]!]!.words, limit);
    if (distance > limit || distance === 0) return;
    for (const i of la) {
      for (const j of lb) {
        if (headlineUF.find(i) === headlineUF.find(j)) continue;
        const fa = fps[i]!;
        const fb = fps[j]!;
        const needsBodies =
          fa.generic || fb.generic || changedA.some((p) => fa.significant[p]) || changedB.some((p) => fb.significant[p]);
        if (!needsBodies || confirmed(i, j)) headlineUF.union(i, j);
      }
    }
  }

  // 3. Bodies: one LSH pass over the MinHash bands finds the pairs whose bodies are similar.
  // Similar enough to confirm (confirmThreshold) and headlines within the allowed edits: a
  // headline duplicate (generic headlines, changed numbers or negations). Similar enough to be
  // duplicates (bodyThreshold): a body link, applied once all headline groups are known.
  const eligible: number[] = [];
  for (let i = 0; i < n; i++) {
    const fp = fps[i]!;
    if (fp.minhash && fp.bodyWords >= opt.minBodyWords) eligible.push(i);
  }
  const headlinesNear = (i: number, j: number): boolean => {
    const a = fps[i]!;
    const b = fps[j]!;
    if (a.words.length === 0 || b.words.length === 0) return false;
    if (a.normKey === b.normKey) return true;
    const limit = maxEdits(Math.max(a.words.length, b.words.length));
    if (limit === 0 || Math.abs(a.words.length - b.words.length) > limit) return false;
    return wordEdits(a.words, b.words, limit).distance <= limit;
  };
  const bodyLinks: number[] = []; // (j, i, similarity) triples
  const rawBodyUF = new UnionFind(n);
  const copyUF = new UnionFind(n); // near-identical bodies (not all of whose pairs are visited)
  const rows = bandRows(Math.min(opt.confirmThreshold, opt.bodyThreshold));
  forEachBandPair(fps, eligible, rows, (j, i) => {
    const sim = estimateJaccard(fps[i]!.minhash!, fps[j]!.minhash!);
    if (sim >= opt.confirmThreshold && headlineUF.find(i) !== headlineUF.find(j) && headlinesNear(i, j)) {
      headlineUF.union(i, j);
    }
    if (sim >= opt.bodyThreshold && rawBodyUF.union(i, j)) bodyLinks.push(j, i, sim);
    if (sim < NEAR_IDENTICAL) return false;
    copyUF.union(i, j);
    return true;
  });
  // Copies of one body were not all compared with each other: match their headlines within each
  // cluster of copies (the bodies confirm any match). All pairs in a small cluster; in a large
  // one, an index of each headline with one word dropped (one word changed, added or dropped).
  const clusterCount = new Int32Array(n);
  for (const i of eligible) clusterCount[copyUF.find(i)]!++;
  const clusters = new Map<number, number[]>();
  for (const i of eligible) {
    const r = copyUF.find(i);
    if (clusterCount[r]! < 2) continue;
    const list = clusters.get(r);
    if (list) list.push(i);
    else clusters.set(r, [i]);
  }
  const linkIfNear = (i: number, j: number): void => {
    if (headlineUF.find(i) !== headlineUF.find(j) && headlinesNear(i, j)) headlineUF.union(i, j);
  };
  for (const [, list] of clusters) {
    if (list.length <= 64) {
      for (let x = 1; x < list.length; x++) for (let y = 0; y < x; y++) linkIfNear(list[y]!, list[x]!);
      continue;
    }
    const seen = new Map<string, number>();
    for (const i of list) {
      const words = fps[i]!.words;
      if (words.length === 0) continue;
      const keys = [fps[i]!.normKey];
      if (words.length >= 3) for (let w = 0; w < words.length; w++) keys.push([...words.slice(0, w), ...words.slice(w + 1)].join(" "));
      for (const key of keys) {
        const j = seen.get(key);
        if (j === undefined) seen.set(key, i);
        else linkIfNear(j, i);
      }
    }
  }
  // Headline groups count as one node.
  const bodyUF = new UnionFind(n);
  for (let i = 0; i < n; i++) {
    const r = headlineUF.find(i);
    if (r !== i) bodyUF.union(r, i);
  }
  const linkSim = new Float64Array(n).fill(1); // lowest similarity on links, kept at the root
  for (let e = 0; e < bodyLinks.length; e += 3) {
    const ri = bodyUF.find(bodyLinks[e]!);
    const rj = bodyUF.find(bodyLinks[e + 1]!);
    if (ri === rj) continue;
    const low = Math.min(bodyLinks[e + 2]!, linkSim[ri]!, linkSim[rj]!);
    bodyUF.union(ri, rj);
    linkSim[bodyUF.find(ri)] = low;
  }

  // 4. Groups (lists only for roots with two or more members).
  const result: DuplicateGroup[] = [];
  const count = new Int32Array(n);
  for (let i = 0; i < n; i++) count[headlineUF.find(i)]!++;
  const lists = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = headlineUF.find(i);
    if (count[r]! < 2) continue;
    const list = lists.get(r);
    if (list) list.push(i);
    else lists.set(r, [i]);
  }
  for (const [, list] of lists) {
    const key = fps[list[0]!]!.exactKey;
    const kind: DuplicateKind = list.every((i) => fps[i]!.exactKey === key) ? "exact" : "near";
    result.push({ kind, articles: list });
  }
  // Body groups: one representative (the first article) per headline group.
  count.fill(0);
  for (let i = 0; i < n; i++) if (headlineUF.find(i) === i) count[bodyUF.find(i)]!++;
  lists.clear();
  for (let i = 0; i < n; i++) {
    if (headlineUF.find(i) !== i) continue;
    const r = bodyUF.find(i);
    if (count[r]! < 2) continue;
    const list = lists.get(r);
    if (list) list.push(i);
    else lists.set(r, [i]);
  }
  for (const [root, list] of lists) {
    result.push({ kind: "body", articles: list, similarity: Math.round(linkSim[root]! * 1000) / 1000 });
  }
  result.sort((x, y) => x.articles[0]! - y.articles[0]! || x.articles[1]! - y.articles[1]!);
  return result;
}
