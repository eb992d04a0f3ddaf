// The day of publication that a date line or a date header states. Segmentation reads it (an
// article's own date), so it depends on nothing of date recognition but the calendar and chrono.

import type * as chrono from "chrono-node";
import { monthNumber } from "../words/calendar.js";
import { isoDay, validDay } from "./calendar.js";
import { FIXED_REF, parser } from "./chrono.js";

/**
 * The publication day of a date line's value ("19 February 2024", "2024-03-05",
 * "Tue, 05 Mar 2024 14:02:11 GMT", "March 5, 2024", "Mar 5, 2024 10:30 AM EST", "05/03/2024").
 * Needs a day, a month and a year in the value: relative values ("3 sec ago") give undefined.
 * Ambiguous numeric dates (both parts ≤ 12) are read month first unless `dayFirst`; dotted ones
 * (05.03.2024) day first.
 */
export function parsePublicationDate(value: string, options: { dayFirst?: boolean } = {}): string | undefined {
  let v = value.trim().replace(/^(?:(?:Last\s+)?(?:Updated|Published|Posted|Date|Modified|Edited)(?:\s+on)?\s*:?\s*)+/i, "");
  v = v.replace(/^on\s+/i, "");
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(v) ?? /\b(\d{4})-(\d{2})-(\d{2})(?:T|\b)/.exec(v);
  if (iso) {
    const [y, m, d] = [+iso[1], +iso[2], +iso[3]];
    return validDay(y, m, d) ? isoDay({ y, m, d }) : undefined;
  }
  const ymdSlash = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(v);
  if (ymdSlash) {
    const [y, m, d] = [+ymdSlash[1], +ymdSlash[2], +ymdSlash[3]];
    return validDay(y, m, d) ? isoDay({ y, m, d }) : undefined;
  }
  const num = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/.exec(v);
  if (num) {
    const a = +num[1],
      b = +num[3];
    let y = +num[4];
    if (num[4].length === 2) y += y < 50 ? 2000 : 1900;
    const dayFirst = a > 12 ? true : b > 12 ? false : (options.dayFirst ?? num[2] === ".");
    const [m, d] = dayFirst ? [b, a] : [a, b];
    return validDay(y, m, d) ? isoDay({ y, m, d }) : undefined;
  }
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(v, FIXED_REF);
  } catch {
    return undefined;
  }
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain("year") || !c.isCertain("month") || !c.isCertain("day")) continue;
    const tags = typeof c.tags === "function" ? c.tags() : new Set<string>();
    if (tags.has("result/relativeDate")) continue;
    const y = c.get("year") ?? 0,
      m = c.get("month") ?? 0,
      d = c.get("day") ?? 0;
    if (validDay(y, m, d)) return isoDay({ y, m, d });
  }
  return undefined;
}

/**
 * The day of a wire service's transmission stamp, which closes an item: `AP-WS-08-13-22 1412GMT`
 * (month, day and year in two digits).
 */
export function parseTransmissionStamp(line: string): string | undefined {
  // AP: `AP-WS-03-17-21 1432GMT` (month, day, year)
  const ap = /\b[A-Z]{2}-[A-Z]{2}-(\d{2})-(\d{2})-(\d{2})\s+\d{4}\s?[A-Z]{3}\b/.exec(line);
  // Reuters: `171845 GMT MAY 23` (day, hour and minute; month; year)
  const reuters = ap ? undefined : /\b(\d{2})\d{4}\s+(?:GMT|UTC)\s+([A-Z]{3})\s+(\d{2})\b/.exec(line);
  const [mm, dd, yy] = ap
    ? [Number(ap[1]), Number(ap[2]), Number(ap[3])]
    : reuters
      ? [monthNumber(reuters[2]!) ?? 0, Number(reuters[1]), Number(reuters[3])]
      : [0, 0, 0];
  const y = 2000 + yy;
  return validDay(y, mm, dd) ? isoDay({ y, m: mm, d: dd }) : undefined;
}
