// The day of publication that a date line or a date header states. Segmentation reads it (an
// article's own date), so it depends on nothing of date recognition but the calendar and chrono.

import type * as chrono from "chrono-node";
import {
  FOREIGN_MONTH_ABBREVIATION_PATTERN,
  FOREIGN_MONTH_ABBREVIATIONS,
  FOREIGN_MONTH_NUMBERS,
  FOREIGN_MONTH_PATTERN,
  MONTH_FULL_PATTERN,
  monthNumber,
} from "../words/calendar.js";
import { isoDay, validDay, type Ymd } from "./calendar.js";
import { FIXED_REF, parser } from "./chrono.js";

const PLAIN_DAY_MONTH_YEAR = new RegExp(`^(?<d>[1-9]|[12][0-9]|3[01]) (?<m>${MONTH_FULL_PATTERN}) (?<y>(?:19|20)[0-9]{2})$`);
const PLAIN_MONTH_DAY_YEAR = new RegExp(`^(?<m>${MONTH_FULL_PATTERN}) (?<d>[1-9]|[12][0-9]|3[01]), (?<y>(?:19|20)[0-9]{2})$`);
const FOREIGN_DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])([1-9]|[12][0-9]|3[01])(?:er|º|°|\\.)?\\s+(?:de\\s+)?(${FOREIGN_MONTH_PATTERN}|(?:${FOREIGN_MONTH_ABBREVIATION_PATTERN})\\.?)\\s+(?:de\\s+|del\\s+)?((?:19|20)[0-9]{2})(?![\\d])`,
  "iu",
);
const YEAR_DIGITS = /[0-9]{2}|[0-9]\s{0,2}(?:BE|AD|BC|CE)/i;
const END_OF_PERIOD = /(?:last\s+day|end)\s+of\s/i;

/**
 * The publication day of a date line's value ("19 February 2024", "2024-03-05",
 * "Tue, 05 Mar 2024 14:02:11 GMT", "March 5, 2024", "Mar 5, 2024 10:30 AM EST", "05/03/2024").
 * Needs a day, a month and a year in the value: relative values ("3 sec ago") give undefined.
 * Ambiguous numeric dates (both parts ≤ 12) are read month first unless `dayFirst`; dotted ones
 * (05.03.2024) day first.
 */
export function parsePublicationDate(value: string, options: { dayFirst?: boolean } = {}): string | undefined {
  let v = value.trim().replace(/^(?:(?:Last\s+)?(?:Updated|Published|Posted|Date|Modified|Edited)(?:\s+on)?\s*:?\s*)+/i, "");
  // `2. September 2025`: the day's full stop as German and Scandinavian write it
  v = v.replace(/^on\s+/i, "").replace(/(?<![\d.])(\d{1,2})\.\s+(?=\p{L})/u, "$1 ");
  const whole = wholeValueDate(v);
  if (whole !== undefined) return whole || undefined;
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
  // A day in another language (`12 de mayo de 2025`, `29 avril 2024`, `3. März 2024`, `1er mai 2024`), its month
  // maybe abbreviated as a mail's or a feed's date writes it (`lun, 8 abr 2024`, `seg, 12 fev 2024`, `5 févr. 2024`)
  const foreign = FOREIGN_DAY_MONTH_YEAR.exec(v);
  if (foreign) {
    const month = foreign[2]!.toLowerCase().replace(/\.$/, "");
    const [y, m, d] = [+foreign[3]!, FOREIGN_MONTH_NUMBERS.get(month) ?? FOREIGN_MONTH_ABBREVIATIONS.get(month)!, +foreign[1]!];
    if (validDay(y, m, d)) return isoDay({ y, m, d });
  }
  // The plainest forms, as chrono reads them ("30 August 2020", "August 30, 2020"), without it.
  const plain = PLAIN_DAY_MONTH_YEAR.exec(v) ?? PLAIN_MONTH_DAY_YEAR.exec(v);
  if (plain) {
    const g = plain.groups!;
    const [y, m, d] = [+g.y!, monthNumber(g.m!)!, +g.d!];
    if (validDay(y, m, d)) return isoDay({ y, m, d });
  }
  // A year that chrono reads as written has two digits, or one before an era ("5 AD"); only its
  // "end of March this year" makes one of the reference's: without either, no result has the
  // certain year kept below.
  if (!YEAR_DIGITS.test(v) && !END_OF_PERIOD.test(v)) return undefined;
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
 * Dates some tools write as the whole value of a field: a Unix time in seconds or milliseconds
 * (`1678111500`), a compact `20230306`, and the CJK `2023年3月6日`. Gives "" for a whole number
 * that is no such date (a field of digits is nothing else to parse), undefined for other values.
 */
export function wholeValueDate(v: string): string | undefined {
  const cjk = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(v);
  if (cjk) return validDay(+cjk[1]!, +cjk[2]!, +cjk[3]!) ? isoDay({ y: +cjk[1]!, m: +cjk[2]!, d: +cjk[3]! }) : "";
  if (!/^\d{8,13}$/.test(v)) return undefined;
  if (v.length === 8) {
    const [y, m, d] = [+v.slice(0, 4), +v.slice(4, 6), +v.slice(6, 8)];
    return y >= 1900 && y <= 2100 && validDay(y, m, d) ? isoDay({ y, m, d }) : "";
  }
  // Seconds (10 digits) or milliseconds (13) since 1970, read in UTC: years 2001 to 2286.
  if (v.length !== 10 && v.length !== 13) return "";
  const time = new Date(v.length === 10 ? Number(v) * 1000 : Number(v));
  return time.toISOString().slice(0, 10);
}

/** AP's transmission stamp, `AP-WS-03-17-21 1432GMT`: month, day and year in two digits (groups 2-4; the three together group 1). */
export const AP_STAMP = /\b[A-Z]{2}-[A-Z]{2}-((\d{2})-(\d{2})-(\d{2}))\s+\d{4}\s?[A-Z]{3}\b/;
/** Reuters' date-time group, `171845 GMT MAY 23`: day (group 1), hour and minute; month (group 2); year in two digits (group 3). */
export const REUTERS_STAMP = /\b(\d{2})\d{4}\s+(?:GMT|UTC)\s+([A-Z]{3})\s+(\d{2})\b/;

/**
 * A bulletin's transmission stamp in words, on its own line at an item's end: `(transmitted 13/10/2026 16:05 GMT)`,
 * `Transmitted 2026-10-13 16:05Z`, `(transmis le 13.10.2026 à 16h05)`, `(filed Oct 13, 2026 16:05 GMT)`; the date is group 1.
 * Only in parentheses do `filed` and `moved` make one (bare, they may open a story's date line).
 */
export const TRANSMITTED_STAMP = new RegExp(
  String.raw`^\s*(?:\(\s*(?:transmitted|transmis|transmitido|trasmesso|übermittelt|filed|moved)|(?:transmitted|transmis|transmitido|trasmesso|übermittelt))` +
    String.raw`(?:\s+(?:at|on|le|el|il|am))?\s+(\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})` +
    String.raw`(?:[T,]?\s*(?:at\s+|à\s+|um\s+|a las\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*(?:Z|[A-Z]{2,5}|(?:GMT|UTC)[+-]?\d{0,4}|[+-]\d{2}:?\d{2}))?)?\s*\)?\.?\s*$`,
  "iu",
);

/** The day of a bulletin's transmission stamp in words (see TRANSMITTED_STAMP), numeric dates read in the dump's order. */
export function parseTransmittedStamp(line: string, options: { dayFirst?: boolean } = {}): string | undefined {
  const m = TRANSMITTED_STAMP.exec(line);
  return m ? parsePublicationDate(m[1]!, options) : undefined;
}

/**
 * An agency's transmission stamp on its own line, closing an item (often set flush right): the agency's code and the
 * desk's or the editor's initials, or the code and a time of four digits, then the day, the time and maybe its zone
 * (`PW 25 Nov 2026 1642 FJT`, `AAN/rv 16-11-2026 14:20 GMT`, `EFE/jm 2026-11-16 14:20 UTC`, `ANSA/ab-cd 16.11.2026 14.20`,
 * `PAP Nov 16, 2026 1420 CET`); the date is group 1 or 2. (An outlet, a day and a clock, `CNN 25 Nov 2026 16:42 GMT`, is a date line, and so
 * is a weekday in capitals before them, `MON 25 Nov 2026 1642 GMT`.)
 */
const STAMP_DAY = String.raw`(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})`;
const STAMP_ZONE = String.raw`(?:\s*(?:Z|[A-Z]{2,5}|(?:GMT|UTC)[+-]\d{1,4}))?\s*$`;
export const AGENCY_STAMP = new RegExp(
  String.raw`^\s*(?!(?:MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN)\b)[A-Z]{2,6}(?:\/[A-Za-z]{1,4}(?:-[A-Za-z]{1,4})?\s+${STAMP_DAY},?\s+(?:\d{4}|\d{1,2}[:.h]\d{2})|\s+${STAMP_DAY},?\s+\d{4})${STAMP_ZONE}`,
  "u",
);

/** The day of an agency's transmission stamp (see AGENCY_STAMP), numeric dates read in the dump's order. */
export function parseAgencyStamp(line: string, options: { dayFirst?: boolean } = {}): string | undefined {
  const m = AGENCY_STAMP.exec(line);
  return m ? parsePublicationDate((m[1] ?? m[2])!, options) : undefined;
}

/**
 * A media-monitoring service's credit line, which closes a translated report: the source, its place,
 * the language, a broadcast's time and the day (`Source: PTV News, Islamabad, in Urdu 1400 gmt 9 Sep 24`,
 * `Source: Antara news agency, Jakarta, in Indonesian 3 Jun 24`); the day is group 1.
 */
export const MONITORING_CREDIT =
  /^\s*source\s*:\s*\S[^\n]{0,120}?,?\s+in\s+\p{L}+(?:\s+and\s+\p{L}+)?,?\s+(?:\d{4}\s*(?:gmt|utc)\s+)?(\d{1,2}\s+\p{L}{3,9}\.?\s+(?:\d{4}|\d{2}))\s*$/iu;

/** The day of a monitoring service's credit line (see MONITORING_CREDIT). */
export function parseMonitoringCredit(line: string): string | undefined {
  const m = MONITORING_CREDIT.exec(line);
  if (!m) return undefined;
  const [day, month, year] = m[1]!.split(/\s+/);
  const y = year!.length === 2 ? 2000 + Number(year) : Number(year);
  const mm = monthNumber(month!.replace(/\.$/, ""));
  return mm && validDay(y, mm, Number(day)) ? isoDay({ y, m: mm, d: Number(day) }) : undefined;
}

/** A day, month and year as a signature writes them: `28th February, 2024`, `5th day of March, 2024`, `5 mars 2024`, `5. März 2024`, `March 5, 2024`. */
const SIGNED_DAY = String.raw`(?:\d{1,2}(?:st|nd|rd|th|er|º|°|\.)?\s+(?:day\s+of\s+)?(?:de\s+)?\p{L}{3,}\.?,?\s+(?:de\s+)?\d{4}|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;

/**
 * The date line that closes an official notice above its signature, which is the notice's date:
 * `Dated the 28th February, 2024.`, `Dated at Nairobi this 5th day of March, 2024.`, `Given under my
 * hand this 5th March, 2024.`, `Done at Brussels, 12 March 2024.`, `Fait à Paris, le 5 mars 2024.`,
 * `Gegeben zu Berlin, den 5. März 2024`, `Dado en Madrid, a 5 de marzo de 2024.`
 */
export const SIGNATURE_DATE_LINE = new RegExp(
  String.raw`^\s*(?:dated|(?:given|made|done|signed|issued|sealed|fait|dado|gegeben)(?=[\s,:]+(?:(?:at|in|à|en|zu|under|on|this|the|le|den)(?![\p{L}])|\d)))\b[^.\d]{0,60}?(?:\b(?:the|this|on|le|den|a|el)\s+)?${SIGNED_DAY}\.?\s*$`,
  "iu",
);

/** The day of a notice's signature date line (see SIGNATURE_DATE_LINE). */
export function parseSignatureDate(line: string): string | undefined {
  const m = new RegExp(`${SIGNED_DAY}(?=\\.?\\s*$)`, "iu").exec(line);
  return m && SIGNATURE_DATE_LINE.test(line) ? parsePublicationDate(m[0].replace(/\s+day\s+of\s+/i, " ")) : undefined;
}

/** The date on a fax machine's header: `FEB-27-2024`, `27-FEB-24`, `27/02/2024`, `2024-02-27`, `Feb 27 2024`, `27 Feb 2024`. */
const FAX_DATE = String.raw`\p{L}{3}-\d{1,2}-\d{2,4}|\d{1,2}-\p{L}{3}-\d{2,4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}[-/]\d{2}[-/]\d{2}|\p{L}{3}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3}\.?\s+\d{4}`;
/**
 * A fax machine's header, which it prints on every page it sends: the date and time, then who sends
 * it (a name, a fax number, `FROM:`/`TO:`), then the page (`P.01/02`, `PAGE 1/2`, `@001/002`, `P. 2 OF 3`):
 * `FEB-27-2024 14:52  FROM:ISRO HQ PR CELL  +91 80 2217 2333  TO:NEWSDESK  P.01/02`.
 */
const FAX_HEADER = new RegExp(
  String.raw`^\s*(?:\p{L}{3},?\s+)?(${FAX_DATE})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\s+(\S.{0,140}?)(?:\s+(?:P\.?|PAGE|PG\.?|@)\s*0*(\d{1,3})(?:\s*(?:\/|OF)\s*0*\d{1,3})?)?\s*$`,
  "iu",
);
/** What the sender's part of a fax header holds: a `FROM`/`TO`/`FAX` label or a telephone number. */
const FAX_SENDER = /\b(?:from|to|fax)\b|\+\d|\d{7,}|\d{2,4}[ -]\d{3,4}[ -]\d{3,4}/i;

/** A fax header's day and the page it heads (see FAX_HEADER), if the line is one. */
export function parseFaxHeader(line: string, options: { dayFirst?: boolean } = {}): { day: string | undefined; page: number } | undefined {
  // every fax header has a time (`14:52`) near its start
  const colon = line.indexOf(":");
  if (colon < 0 || colon > 40) return undefined;
  const m = FAX_HEADER.exec(line);
  if (!m || !FAX_SENDER.test(m[2]!)) return undefined;
  // without a page mark, only a header that says both who sends and who receives
  if (m[3] === undefined && !(/\bfrom\b/i.test(m[2]!) && /\bto\b/i.test(m[2]!))) return undefined;
  return { day: faxDay(m[1]!, options), page: m[3] === undefined ? 1 : Number(m[3]) };
}

/** The day of a fax header's date: a month's name between numbers (`FEB-27-2024`, `27-FEB-24`), or another date form. */
function faxDay(date: string, options: { dayFirst?: boolean }): string | undefined {
  const named = /^(\p{L}{3})-(\d{1,2})-(\d{2,4})$/u.exec(date) ?? /^(\d{1,2})-(\p{L}{3})-(\d{2,4})$/u.exec(date);
  if (!named) return parsePublicationDate(date, options);
  const [month, day] = /^\d/.test(named[1]!) ? [monthNumber(named[2]!), Number(named[1])] : [monthNumber(named[1]!), Number(named[2])];
  const y = named[3]!.length === 2 ? 2000 + Number(named[3]) : Number(named[3]);
  return month && validDay(y, month, day) ? isoDay({ y, m: month, d: day }) : undefined;
}

/**
 * The day of a wire service's transmission stamp, which closes an item: `AP-WS-08-13-22 1412GMT`
 * (month, day and year in two digits).
 */
export function parseTransmissionStamp(line: string): string | undefined {
  const stamp = findTransmissionStamp(line);
  return stamp && isoDay(stamp.day);
}

/** A transmission stamp in `line`: where its date is written (offsets in the line) and the day it gives. */
export function findTransmissionStamp(line: string): { start: number; end: number; day: Ymd } | undefined {
  // AP: `AP-WS-03-17-21 1432GMT` (month, day, year)
  const ap = AP_STAMP.exec(line);
  // Reuters: `171845 GMT MAY 23` (day, hour and minute; month; year)
  const reuters = ap ? undefined : REUTERS_STAMP.exec(line);
  const [mm, dd, yy] = ap
    ? [Number(ap[2]), Number(ap[3]), Number(ap[4])]
    : reuters
      ? [monthNumber(reuters[2]!) ?? 0, Number(reuters[1]), Number(reuters[3])]
      : [0, 0, 0];
  const y = 2000 + yy;
  if (!validDay(y, mm, dd)) return undefined;
  const start = ap ? ap.index + ap[0].indexOf(ap[1]!) : reuters!.index;
  return { start, end: ap ? start + ap[1]!.length : start + reuters![0].length, day: { y, m: mm, d: dd } };
}
