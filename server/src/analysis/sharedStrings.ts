// One copy of each short string the analysis keeps many times: a big dump's mentions repeat their
// names and dates ("Monday", "Reuters", "2024-03-05") tens of thousands of times, and each kept
// slice of an article's text is an object of its own. Kept strings are copies that own their
// characters, so the table never keeps an article's text alive after the article changed.

/** Past this many strings the table starts again (sharing is lost, nothing else). */
const MAX_STRINGS = 200_000;

let table = new Map<string, string>();

/** `s`, or the equal string given before. */
export function sharedString(s: string): string {
  const held = table.get(s);
  if (held !== undefined) return held;
  if (table.size >= MAX_STRINGS) table = new Map();
  // a slice would keep its parent (an article's whole text) alive; short strings are copies already
  const owned = s.length > 12 ? ` ${s}`.slice(1) : s;
  table.set(owned, owned);
  return owned;
}
