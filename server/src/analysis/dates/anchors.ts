// Years the text itself gives: month-days written with their year (`Oct. 7, 2023`), which fix the
// year of the same month-day written without one elsewhere ("the Oct 7 attack"); the month-day of a
// wire dateline; the latest year a text writes as a date's year; the order in which it writes the
// day and the month of numeric dates.

import { MONTH_ABBREVIATION_PATTERN, MONTH_FULL_PATTERN, monthNumber } from "../words/calendar.js";
import { pad2, validDay, type Ymd } from "./calendar.js";
import { type Candidate, candidatesOf } from "./candidates.js";
import { clauseTense } from "./tense.js";

const ANCHOR_RE = new RegExp(
  `\\b(?:(?<m1>${MONTH_FULL_PATTERN}|${MONTH_ABBREVIATION_PATTERN})\\.?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>(?:1[5-9]|20)\\d\\d)|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>${MONTH_FULL_PATTERN}|${MONTH_ABBREVIATION_PATTERN})\\.?,?\\s+(?<y2>(?:1[5-9]|20)\\d\\d))\\b`,
  "g",
);

export function anchorsOf(cands: Candidate[]): Map<string, number> {
  const byKey = new Map<string, Map<number, number>>();
  for (const c of cands) {
    if (c.kind.k !== "full" || !/\p{L}/u.test(c.text)) continue; // month names only, not 05/03/2024
    const key = `${pad2(c.kind.m)}-${pad2(c.kind.d)}`;
    const byYear = byKey.get(key) ?? new Map<number, number>();
    byYear.set(c.kind.y, (byYear.get(c.kind.y) ?? 0) + 1);
    byKey.set(key, byYear);
  }
  return pickAnchors(byKey);
}

function pickAnchors(byKey: Map<string, Map<number, number>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, byYear] of byKey) {
    let best = 0;
    let bestN = -1;
    for (const [y, n] of byYear) if (n > bestN || (n === bestN && y > best)) [best, bestN] = [y, n];
    out.set(key, best);
  }
  return out;
}

/** Month-days written with an explicit year anywhere in `text` (an article or a whole dump): `MM-DD` → year. */
export function collectYearAnchors(text: string): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  ANCHOR_RE.lastIndex = 0;
  for (let m = ANCHOR_RE.exec(text); m; m = ANCHOR_RE.exec(text)) {
    const g = m.groups ?? {};
    const month = monthNumber(g.m1 ?? g.m2);
    const day = Number(g.d1 ?? g.d2);
    const year = Number(g.y1 ?? g.y2);
    if (!month || !validDay(year, month, day)) continue;
    const key = `${pad2(month)}-${pad2(day)}`;
    const byYear = counts.get(key) ?? new Map<number, number>();
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
    counts.set(key, byYear);
  }
  return pickAnchors(counts);
}

/** A wire dateline with a month-day at the head of a line: `PARIS, June 10 (Reuters) -`, `TOKYO, June 4 (AP) —`. */
const DATELINE_RE = new RegExp(
  `^[ \\t]*\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,[ \\t]*[\\p{L}\\p{M} .'’-]{2,30})?,[ \\t]+(?<m>${MONTH_FULL_PATTERN}|${MONTH_ABBREVIATION_PATTERN})\\.?[ \\t]+(?<d>\\d{1,2})(?![\\d,])[ \\t]*(?:\\([^)\\n\\r]{1,30}\\)[ \\t]*)?[-—–]`,
  "mu",
);

/** The month-day of a wire dateline near the start of an article, if it has one without a year. */
export function datelineDay(text: string): { m: number; d: number } | undefined {
  const g = DATELINE_RE.exec(text.slice(0, 3000))?.groups;
  if (!g) return undefined;
  const m = monthNumber(g.m);
  const d = Number(g.d);
  return m && d >= 1 && d <= 31 ? { m, d } : undefined;
}

/** A dateline with a full date: `BENGALURU, India, March 7, 2024 /PRNewswire/ --`, `LONDON, 7 March 2024 (Reuters) -`. */
const DATED_DATELINE_RE = new RegExp(
  `^[ \\t]*\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,[ \\t]*[\\p{L}\\p{M} .'’-]{2,30})?,[ \\t]+(?:(?<m>${MONTH_FULL_PATTERN}|${MONTH_ABBREVIATION_PATTERN})\\.?[ \\t]+(?<d>\\d{1,2}),?|(?<d2>\\d{1,2})[ \\t]+(?<m2>${MONTH_FULL_PATTERN}|${MONTH_ABBREVIATION_PATTERN})\\.?)[ \\t]+(?<y>\\d{4})[ \\t]*(?:/[^/\\n\\r]{1,30}/[ \\t]*|\\([^)\\n\\r]{1,30}\\)[ \\t]*)?(?:--|[-—–])`,
  "mu",
);

/**
 * The day a dateline near the start of an article writes in full, and where the dateline ends:
 * the day its writer's "today" is (a release sent from another time zone may be published the day before).
 */
export function datedDateline(text: string): { day: Ymd; end: number } | undefined {
  const match = DATED_DATELINE_RE.exec(text.slice(0, 3000));
  const g = match?.groups;
  if (!match || !g) return undefined;
  const m = monthNumber(g.m ?? g.m2 ?? "");
  const d = Number(g.d ?? g.d2);
  const y = Number(g.y);
  return m && validDay(y, m, d) ? { day: { y, m, d }, end: match.index + match[0].length } : undefined;
}

/**
 * The latest year that `text` (an article or a whole dump) writes as the year of a date: from
 * dates and months written with their year (`May 31, 2024`, `December 2023`), else from bare
 * years; either only outside clauses about the future (`between 2024 and 2028 would beat` names no
 * date that has been). Years outside 1900-2199 are ignored. For {@link FindDatesOptions.fallbackYear}.
 */
export function latestWrittenYear(text: string): number | undefined {
  let dated: number | undefined;
  let bare: number | undefined;
  for (const c of candidatesOf(text)) {
    const k = c.kind;
    const y = k.k === "full" || k.k === "monthYear" || k.k === "numericAmbiguous" ? k.y : k.k === "year" ? k.y : undefined;
    if (y === undefined || y < 1900 || y > 2199) continue;
    if (k.k === "year" ? bare !== undefined && y <= bare : dated !== undefined && y <= dated) continue;
    const tense = clauseTense(text, c.start, c.end);
    if (tense === "future" || tense === "ahead") continue; // "will take office on 1 October 2030"
    if (k.k === "year") bare = y;
    else dated = y;
  }
  return dated ?? bare;
}

/** A numeric date with slashes or hyphens and a year: `26/11/2026`, `11-26-2026`, `26/11/26`. */
const NUMERIC_DATE_RE = /(?<![\d/-]|\d\.)(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/-]|\.\d)/g;

/**
 * The order in which `text` (an article or a whole dump) writes the day and the month of its
 * numeric dates, as far as they show it: day first when some date has a first part above 12
 * (`26/11/2026`) and none a second part above 12, month first the other way round, else
 * undefined (no telling date, or both orders).
 */
export function numericDateOrder(text: string): "dayFirst" | "monthFirst" | undefined {
  let dayFirst = false;
  let monthFirst = false;
  NUMERIC_DATE_RE.lastIndex = 0;
  for (let m = NUMERIC_DATE_RE.exec(text); m; m = NUMERIC_DATE_RE.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? undefined : dayFirst ? "dayFirst" : "monthFirst";
}

/**
 * The key under which a dump's year anchors also carry the order of its numeric dates (1 day
 * first, 0 month first): it is a fact the dump fixes for all its articles, as the anchors are, and
 * travels and is named with them (no month-day key looks like it).
 */
export const NUMERIC_ORDER_KEY = "numeric-order";

/** The order of numeric dates that a dump's anchors carry (see {@link NUMERIC_ORDER_KEY}). */
export function dayFirstOf(anchors: ReadonlyMap<string, number> | undefined): boolean | undefined {
  const order = anchors?.get(NUMERIC_ORDER_KEY);
  return order === undefined ? undefined : order === 1;
}
