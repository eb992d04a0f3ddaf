// What a token looks like: capitalised, all capitals, lower case, punctuation, a quote or a dash.
// The entity rules judge names by these shapes. Pure.

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
  return /\p{L}/u.test(w) && w === w.toUpperCase() && w !== w.toLowerCase();
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
  return !/[\p{L}\p{N}]/u.test(w);
}

export function isPossessive(w: string): boolean {
  return /^['’ʼ][sS]?$/.test(w);
}

export function isDigits(w: string): boolean {
  return /^\d+$/.test(w);
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
