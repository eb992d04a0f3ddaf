// Headlines as duplicate detection compares them: an exact key (whitespace collapsed), normalised
// words (NFKC, lower case, apostrophes and quotes dropped, every other punctuation mark or dash a
// word break, "U.S." = "US", "1,000" = "1000"), word edits between two headlines, and which words
// change a story when they change (numbers, number words, negations) or make a headline a
// recurring slot rather than a story ("Live updates", "Morning briefing: March 5").

import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from "../words/calendar.js";
import { FUNCTION_WORDS } from "../words/stopWords.js";

export const NEGATIONS = new Set(
  (
    "not no never nor none nothing nobody neither without cannot cant dont doesnt didnt isnt arent wasnt " +
    "werent wont wouldnt shouldnt couldnt hasnt havent hadnt aint fails fail failed denies deny denied rejects reject rejected"
  ).split(" "),
);

export const NUMBER_WORDS = new Set(
  (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " +
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand " +
    "thousands million millions billion billions trillion dozen dozens first second third fourth fifth sixth " +
    "seventh eighth ninth tenth half quarter"
  ).split(" "),
);

// Words of recurring slots (columns, live blogs, digests), plus dates.
const GENERIC_WORDS = new Set<string>(
  (
    "live updates update latest news breaking briefing briefings morning evening afternoon night daily weekly " +
    "today tonight yesterday tomorrow week weekend day headlines headline letters letter editor editors " +
    "correction corrections clarification clarifications obituary obituaries opinion opinions editorial " +
    "editorials column digest roundup recap summary newsletter podcast video photos pictures gallery weather " +
    "forecast horoscope horoscopes crossword puzzle quiz sports business markets market world local national " +
    "international top stories story blog what know need you your happening developing analysis explainer " +
    "comment comments readers reader mailbag feedback notes note brief briefly edition"
  )
    .split(" ")
    .concat([...MONTH_NUMBERS.keys(), ...WEEKDAY_NUMBERS.keys()]),
);

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

export function isGeneric(words: string[]): boolean {
  let content = 0;
  let allGeneric = true;
  for (const w of words) {
    if (FUNCTION_WORDS.has(w)) continue;
    content++;
    if (allGeneric && !GENERIC_WORDS.has(w) && !/^\d+(?:st|nd|rd|th)?$/.test(w)) allGeneric = false;
    if (!allGeneric && content > 1) return false;
  }
  return true;
}

/**
 * Word-level edit distance (at most `limit`, else limit + 1) and the changed word positions.
 * `scratch` is reused from call to call by one caller (pass the same array back); it grows as needed.
 */
export function wordEdits(
  a: readonly string[],
  b: readonly string[],
  limit: number,
  scratch: { table: Int32Array } = { table: new Int32Array(0) },
): { distance: number; changedA: number[]; changedB: number[] } {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return { distance: limit + 1, changedA: [], changedB: [] };
  const w = m + 1;
  if (scratch.table.length < (n + 1) * w) scratch.table = new Int32Array((n + 1) * w * 2);
  const d = scratch.table;
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    d[i * w] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const sub = d[(i - 1) * w + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const del = d[(i - 1) * w + j]! + 1;
      const ins = d[i * w + j - 1]! + 1;
      const v = sub < del ? Math.min(sub, ins) : Math.min(del, ins);
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
