// The costly per-article part of duplicate detection, computed once per article text (and on
// worker threads for big dumps): the headline's words and flags, and a MinHash signature of the
// body's 5-word shingles (lines equal to the headline, short boilerplate such as "Follow", "Short
// Url", "Updated ...", and header lines such as "Source: ..." dropped): 64 values by
// one-permutation hashing (24-bit minima) with rotation densification.

import { headlineField, headlinePrefix } from "../document/headline.js";
import { FNV_OFFSET, FNV_PRIME, fmix32 } from "../hashing.js";
import { isSiteFurniture } from "../words/boilerplate.js";
import { FUNCTION_WORDS } from "../words/stopWords.js";
import { headlineKey, headlineWords, isGeneric, NEGATIONS, NUMBER_WORDS } from "./headlines.js";

export interface DuplicateInput {
  headline: string;
  body: string;
}

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

// One table over the BMP: the lower-case code of a word character, IGNORE for characters skipped
// inside words (apostrophes), SEPARATOR for everything else. No word character folds to 0 or 1.
const SEPARATOR = 0;
const IGNORE = 1;
const FOLD = foldTable();

function foldTable(): Uint16Array {
  {
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
    return t;
  }
}

/** Same word hash as the body scanner uses, for a lower-case headline word. */
function wordHash(word: string): number {
  const t = FOLD;
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const l = t[word.charCodeAt(i)]!;
    if (l > IGNORE) h = Math.imul(h ^ l, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * The words of a headline that tell its story, for near matching: without a reply's or forward's
 * prefix (`Re: Fwd: …`), a section tag before it or an outlet's field after it (`… - Nairobi
 * Ledger`), which the same story carries differently in two feeds.
 */
export function storyHeadline(headline: string): string {
  let h = headline.replace(/^(?:\s*(?:re|fwd?|aw|wg|tr)\s*:\s*)+/i, "");
  const field = headlineField(h);
  if (field) h = h.slice(0, field.at);
  const prefix = headlinePrefix(h);
  return prefix === undefined ? h : h.slice(prefix);
}

/** The costly per-article part: headline words and flags, body MinHash. */
export function fingerprintArticle(input: DuplicateInput): ArticleFingerprint {
  const t = FOLD;
  const exactKey = headlineKey(input.headline);
  let { words, original } = headlineWords(storyHeadline(input.headline));
  if (words.length > MAX_HEADLINE_WORDS) {
    words = words.slice(0, MAX_HEADLINE_WORDS);
    original = original.slice(0, MAX_HEADLINE_WORDS);
  }
  const nh = words.length;
  const hwHash = new Uint32Array(nh);
  const seenLower = new Uint8Array(nh);
  const seenUpper = new Uint8Array(nh);
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

  const sig = new Int32Array(NUM_HASHES);
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
      if (headlineKey(line) === exactKey || (lineLen <= 80 && isSiteFurniture(line))) {
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
        let x = Math.imul(w1 ^ 0x9e3779b9, FNV_PRIME);
        x = Math.imul(((x << 13) | (x >>> 19)) ^ w2, FNV_PRIME);
        x = Math.imul(((x << 13) | (x >>> 19)) ^ w3, FNV_PRIME);
        x = Math.imul(((x << 13) | (x >>> 19)) ^ w4, FNV_PRIME);
        x = Math.imul(((x << 13) | (x >>> 19)) ^ h, FNV_PRIME);
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
      const v = fmix32(Math.imul(w1 ^ w2 ^ Math.imul(w3, 3) ^ Math.imul(w4, 7), FNV_PRIME));
      sig[v >>> (32 - BIN_BITS)] = v & VALUE_MASK;
    }
    minhash = densify(sig);
  }

  const significant = words.map((w, j) => {
    if (/\d/.test(w) || NUMBER_WORDS.has(w) || NEGATIONS.has(w)) return true;
    if (FUNCTION_WORDS.has(w)) return false;
    if (seenLower[j]) return false;
    if (seenUpper[j]) return true;
    const o = original[j]!;
    return o !== o.toLowerCase();
  });

  const wordKeys = words.map((w, j) => {
    const key = hwHash[j]! >>> 2;
    return FUNCTION_WORDS.has(w) ? -key - 1 : key;
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
