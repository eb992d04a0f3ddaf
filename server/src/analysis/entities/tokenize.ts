// Tokenizer for running news text that keeps UTF-16 offsets. Pure code.
//
// Tokens follow CoNLL-2003 conventions: a hyphenated word is one token (`Iran-backed`, `Al-Sudani`),
// a possessive or clitic is its own token (`Qaani` `’s`), abbreviations with periods are one token
// (`U.S.`, `J.K.`, `Jan.`), so are names ending in `+` (`OPEC+`), punctuation is one token per
// character (an emoji, a surrogate pair, is one token), numbers keep their `,` and `.` (`2,500`, `3.5`).

export interface Token {
  start: number;
  end: number;
  text: string;
}

/** One line of text as a token sequence (tokens[first..last)). */
export interface LineSeq {
  first: number;
  last: number;
  lineStart: number;
  lineEnd: number;
}

export interface Tokenized {
  tokens: Token[];
  lines: LineSeq[];
}

const LETTER_RE = /[\p{L}\p{M}\p{N}]/u;
/** Per UTF-16 code unit past Latin: 0 not yet known, 1 a word character, 2 not one (found once with LETTER_RE). */
const wordCodeKnown = new Uint8Array(0x10000);

function isWordCode(c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  }
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let known = wordCodeKnown[c];
  if (known === 0) wordCodeKnown[c] = known = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

export function isLetterCode(c: number): boolean {
  return isWordCode(c) && !(c >= 0x30 && c <= 0x39);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

const CLITICS = new Set(["s", "t", "re", "ve", "ll", "d", "m", "S", "T", "RE", "VE", "LL", "D", "M"]);

/** Abbreviations that keep their period. */
const ABBREV = new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "St",
  "Jr",
  "Sr",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
  "Gen",
  "Lt",
  "Col",
  "Sgt",
  "Capt",
  "Cmdr",
  "Adm",
  "Maj",
  "Rep",
  "Sen",
  "Gov",
  "Prof",
  "Rev",
  "Inc",
  "Corp",
  "Co",
  "Ltd",
  "vs",
  "No",
  "Mt",
  "Ft",
  "Gov",
  "Pres",
  "Brig",
  "Hon",
  "Messrs",
  "Bros",
  "Ave",
  "Blvd",
  "etc",
  "approx",
  "Dept",
  "Univ",
  "Calif",
  "Mass",
  "Penn",
  "Wash",
  "Fla",
  "Ariz",
  "Ill",
]);

/** Length of the clitic letters after an apostrophe at `p` (0 when it is not a clitic). */
function cliticAt(text: string, p: number): number {
  let k = p + 1;
  while (k < text.length && k - p <= 3 && isLetterCode(text.charCodeAt(k))) k++;
  const n = k - p - 1;
  if (n === 0 || n > 2) return 0;
  if (k < text.length && isWordCode(text.charCodeAt(k))) return 0;
  return CLITICS.has(text.slice(p + 1, k)) ? n : 0;
}

/** Scans one word starting at `p` (a word character); returns its end. */
function scanWord(text: string, p: number): number {
  const n = text.length;
  let j = p;
  for (;;) {
    const segStart = j;
    while (j < n && isWordCode(text.charCodeAt(j))) j++;
    if (j >= n) return j;
    const c = text.charCodeAt(j);
    const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
    if (isHyphen(c) && isWordCode(next)) {
      j++;
      continue;
    }
    if (isApostrophe(c) && isLetterCode(next)) {
      if (cliticAt(text, j) > 0) return j;
      j++;
      continue;
    }
    if ((c === 0x2e || c === 0x2c) && isDigit(text.charCodeAt(j - 1)) && isDigit(next)) {
      j++;
      continue;
    }
    if (c === 0x2e) {
      const segLen = j - segStart;
      // Acronym with periods: U.S., J.K., U.N.-backed
      if (segLen === 1 && isLetterCode(text.charCodeAt(segStart)) && isLetterCode(next) && j + 2 < n && text.charCodeAt(j + 2) === 0x2e) {
        j += 1;
        while (j + 1 < n && isLetterCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 0x2e) j += 2;
        if (j < n && isHyphen(text.charCodeAt(j)) && j + 1 < n && isWordCode(text.charCodeAt(j + 1))) {
          j++;
          continue;
        }
        return j;
      }
      // A single capital initial: "J. Smith"
      if (segLen === 1 && segStart === p) {
        const f = text.charCodeAt(segStart);
        if (f >= 0x41 && f <= 0x5a) return j + 1;
      }
      if (segStart === p && ABBREV.has(text.slice(p, j))) return j + 1;
      return j;
    }
    // a name that ends in one or two `+` (`OPEC+`, `Disney+`, `C++`) keeps them
    if (c === 0x2b && hasCapital(text, p, j)) {
      let k = j + 1;
      if (k < n && text.charCodeAt(k) === 0x2b) k++;
      if (k >= n || !isWordCode(text.charCodeAt(k))) return k;
    }
    return j;
  }
}

function hasCapital(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/** Token boundaries: token k is [bounds[2k], bounds[2k + 1]); lines index tokens as in Tokenized. */
export interface TokenBounds {
  bounds: Int32Array;
  count: number;
  lines: LineSeq[];
}

/** Tokenizes `text` into boundaries only: no token objects, which a big dump would make by the million. */
export function tokenBounds(text: string): TokenBounds {
  // room for a token every 4 characters (news text has one every 5 to 6), grown if need be
  let bounds = new Int32Array(2 * ((text.length >> 2) + 16));
  let count = 0;
  const push = (start: number, end: number) => {
    if (2 * count + 2 > bounds.length) {
      const grown = new Int32Array(bounds.length * 2);
      grown.set(bounds);
      bounds = grown;
    }
    bounds[2 * count] = start;
    bounds[2 * count + 1] = end;
    count++;
  };
  const lines: LineSeq[] = [];
  const n = text.length;
  let p = 0;
  let lineStart = 0;
  let first = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (isLineBreak(c)) {
      lines.push({ first, last: count, lineStart, lineEnd: p });
      p += c === 0x0d && p + 1 < n && text.charCodeAt(p + 1) === 0x0a ? 2 : 1;
      lineStart = p;
      first = count;
      continue;
    }
    if (
      c === 0x20 ||
      c === 0x09 ||
      c === 0xa0 ||
      c === 0x2002 ||
      c === 0x2003 ||
      c === 0x2009 ||
      c === 0x200b ||
      c === 0xfeff ||
      c === 0x0c ||
      c === 0x0b ||
      c === 0x202f ||
      c === 0x3000
    ) {
      p++;
      continue;
    }
    let e = p + 1;
    if (isWordCode(c)) e = scanWord(text, p);
    else if (isApostrophe(c) && p > 0 && isWordCode(text.charCodeAt(p - 1))) e = p + 1 + cliticAt(text, p);
    else if (c >= 0xd800 && c <= 0xdbff && p + 1 < n) {
      const d = text.charCodeAt(p + 1);
      if (d >= 0xdc00 && d <= 0xdfff) e = p + 2;
    } else if (c === 0x2e && p + 2 < n && text.charCodeAt(p + 1) === 0x2e && text.charCodeAt(p + 2) === 0x2e) e = p + 3;
    push(p, e);
    p = e;
  }
  lines.push({ first, last: count, lineStart, lineEnd: n });
  return { bounds, count, lines };
}

/** The texts of the tokens of `text` that tokenBounds found. */
export function tokenWords(text: string, { bounds, count }: TokenBounds): string[] {
  const words = new Array<string>(count);
  for (let k = 0; k < count; k++) words[k] = text.slice(bounds[2 * k]!, bounds[2 * k + 1]!);
  return words;
}

/** Tokenizes `text`, split into lines (any of \n, \r\n, \r). Blank lines give empty sequences. */
export function tokenize(text: string): Tokenized {
  const found = tokenBounds(text);
  const words = tokenWords(text, found);
  const tokens: Token[] = words.map((word, k) => ({ start: found.bounds[2 * k]!, end: found.bounds[2 * k + 1]!, text: word }));
  return { tokens, lines: found.lines };
}
