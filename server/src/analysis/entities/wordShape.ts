// What a token looks like: capitalised, all capitals, lower case, punctuation, a quote or a dash.
// The entity rules judge names by these shapes. Pure.

import { MONTH_NUMBERS, WEEKDAY_NAMES } from "../words/calendar.js";

/** Starts with a capital (or a letter that has no case and is not lower case: `بغداد`). */
export function isCapWord(w: string): boolean {
  const code = w.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a; // the common case without a string made
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

/** Letters, all of them capitals: `BAGHDAD`, `U.S.`, `AFP`. */
export function isAllCaps(w: string): boolean {
  // most words settle on their first two code units: a lower-case letter, or no letter at all
  const c = w.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (w.length > 1 && w.charCodeAt(1) >= 0x61 && w.charCodeAt(1) <= 0x7a)) return false;
  // in ASCII: a capital and no lower-case letter, without a string made
  let capital = false;
  for (let i = 0; i < w.length; i++) {
    const d = w.charCodeAt(i);
    if (d >= 0x80) return /\p{L}/u.test(w) && w === w.toUpperCase() && w !== w.toLowerCase();
    if (d >= 0x61 && d <= 0x7a) return false;
    if (d >= 0x41 && d <= 0x5a) capital = true;
  }
  return capital;
}

/** Lower case from its first letter on: `said`, `al-`. */
export function isLowerWord(w: string): boolean {
  let ascii = true;
  for (let i = 0; i < w.length && ascii; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return false;
    if (c >= 0x80) ascii = false;
  }
  if (ascii) {
    const c = w.charCodeAt(0);
    return c >= 0x61 && c <= 0x7a;
  }
  return /^\p{Ll}/u.test(w) && w === w.toLowerCase();
}

/** No letter and no digit. */
export function isPunct(w: string): boolean {
  // ASCII letters and digits settle it; past ASCII the character classes do
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x80) return !/[\p{L}\p{N}]/u.test(w);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
}

export function isPossessive(w: string): boolean {
  return w.length <= 2 && /^['’ʼ][sS]?$/.test(w);
}

export function isDigits(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * The lower-case spellings `isMonthOrWeekday` (words/calendar.ts) accepts: a month's (with or without
 * its full stop) or a weekday's full name.
 */
const MONTH_OR_WEEKDAY: ReadonlySet<string> = new Set([
  ...MONTH_NUMBERS.keys(),
  ...[...MONTH_NUMBERS.keys()].map((m) => `${m}.`),
  ...WEEKDAY_NAMES.map((d) => d.toLowerCase()),
]);
const MONTH_OR_WEEKDAY_LENGTH = Math.max(...[...MONTH_OR_WEEKDAY].map((w) => w.length));
/** The first letters of those spellings (ASCII lower case). */
const MONTH_OR_WEEKDAY_INITIALS = new Uint8Array(128);
for (const w of MONTH_OR_WEEKDAY) MONTH_OR_WEEKDAY_INITIALS[w.charCodeAt(0)] = 1;

/**
 * `isMonthOrWeekday` of words/calendar.ts, the same answers, asked of most words of a text: those
 * that cannot be one (too long, a first letter no month or weekday has) make no string.
 */
export function isMonthOrWeekdayWord(w: string): boolean {
  if (w.length > MONTH_OR_WEEKDAY_LENGTH) return false;
  const c = w.charCodeAt(0) | 0x20;
  return c < 0x80 && MONTH_OR_WEEKDAY_INITIALS[c] === 1 && MONTH_OR_WEEKDAY.has(w.toLowerCase());
}

const OPENING_QUOTES = new Set(["‘", "“", '"', "'", "«", "„", "‹"]);
const CLOSING_QUOTES = new Set(["’", "”", '"', "'", "»", "“", "›"]);

export function isOpeningQuote(w: string | undefined): boolean {
  return w !== undefined && OPENING_QUOTES.has(w);
}

export function isClosingQuote(w: string | undefined): boolean {
  return w !== undefined && CLOSING_QUOTES.has(w);
}

/** The dash after a wire dateline: `LONDON (Reuters) -`, `— `, `--`. */
export function isDash(w: string | undefined): boolean {
  return w === "-" || w === "—" || w === "–" || w === "--";
}

/** Punctuation that ends a sentence, a clause or a quotation before a caption's credit: `… on Sunday. (AP)`. */
export function endsSentence(w: string | undefined): boolean {
  return w === "." || w === "!" || w === "?" || w === "”" || w === '"' || w === "’" || w === "…";
}

/** `WHO`, `U.N.`, `TfL`, `BoE`: capitals, perhaps with full stops or one lower-case letter inside. */
export function isAcronym(w: string): boolean {
  const letters = w.replace(/\./g, "");
  if (letters.length < 2 || letters.length > 10 || !/^\p{Lu}[\p{Lu}\p{Ll}&]*\p{Lu}$/u.test(letters)) return false;
  return (letters.match(/\p{Lu}/gu)?.length ?? 0) >= letters.length - 1;
}
