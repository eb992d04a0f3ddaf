// Candidates of date mentions in a text, in two layers: cheap regular expressions find the places
// where a calendar expression may start (month names, weekdays, numeric dates) and chrono-node
// parses only a small window around each; our own patterns take relative expressions ("four years
// ago", "last month", "yesterday", "The next day", "a year later", "the end of the year"), bare
// years ("in 2014", "the 2003 invasion") and year ranges, the month "May" (chrono leaves it alone),
// and the elliptical second day of "between October 11 and 13". Decades ("the 1990s") are no
// dates: they cannot be written YYYY. Each candidate says what it needs to be resolved (resolve.ts).

import type * as chrono from "chrono-node";
import { ageInDateLine } from "../document/lines.js";
import {
  AMBIGUOUS_FOREIGN_MONTHS,
  AMBIGUOUS_MONTH_ABBREVIATIONS,
  FOREIGN_MONTH_ABBREVIATION_PATTERN,
  FOREIGN_MONTH_ABBREVIATIONS,
  FOREIGN_MONTH_NUMBERS,
  FOREIGN_MONTH_PATTERN,
  FOREIGN_WEEKDAY_NUMBERS,
  FOREIGN_WEEKDAY_PATTERN,
  GERMAN_WEEKDAY_NUMBERS,
  HOLIDAYS,
  type HolidayRule,
  MONTH_ABBREVIATION_PATTERN,
  MONTH_FULL_PATTERN,
  MONTH_NAMES,
  MONTH_NUMBERS,
  MONTH_SHORT,
  monthNumber,
  NUMBER_WORDS,
  WEEKDAY_FULL_PATTERN,
  WEEKDAY_NAMES,
  WEEKDAY_NUMBERS,
  weekdayNumber,
} from "../words/calendar.js";
import { isDateKey, normalKey } from "../words/metadata.js";
import { validDay } from "./calendar.js";
import { FIXED_REF, parser } from "./chrono.js";
import { findTransmissionStamp, wholeValueDate } from "./publication.js";
import { clauseTense, direction, lazyTense, MONTH_EVENT_NOUN_RE, type Tense, TODAYS_EVENT_RE, todayNamesADay } from "./tense.js";

const NUMBER_WORD_PATTERN = [...NUMBER_WORDS.keys()].join("|");

/**
 * Where chrono is worth calling: a capitalised month or weekday name (news capitalises them; the
 * lower-case "may" and "march" are verbs), or a numeric date. Case-sensitive on purpose.
 */
const CHRONO_TRIGGER = new RegExp(
  `\\b(?:${MONTH_FULL_PATTERN}|${MONTH_ABBREVIATION_PATTERN}|${WEEKDAY_FULL_PATTERN}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|` +
    `${[...MONTH_NAMES, ...MONTH_SHORT, "Sept", ...WEEKDAY_NAMES].map((name) => name.toUpperCase()).join("|")})\\b|` +
    `\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}(?!\\d)`,
  "g",
);

const CALENDAR_WORD = new RegExp(CHRONO_TRIGGER.source, "i");

/** Relative expressions we resolve ourselves (case-insensitive). */
const RELATIVE_RE = new RegExp(
  [
    // A count of units: N units ago ("two decades ago" names a decade: no date); N days (weeks)
    // later or earlier, counted from the day the text just gave; a year later, two months earlier,
    // counted from the date the text just gave. (One alternative: the number words are tried once.)
    `\\b(?<count>\\d{1,3}|${NUMBER_WORD_PATTERN})\\s+(?:(?<agoUnit>days?|weeks?|months?|years?)\\s+ago|(?<laterUnit>days?|weeks?)\\s+(?<laterDir>later|earlier)|(?<shiftUnit>months?|years?)\\s+(?<shiftDir>later|earlier))\\b`,
    // yesterday, today, tomorrow, tonight, last night
    `\\b(?<casual>yesterday|today|tomorrow|tonight|last\\s+night)\\b`,
    // the end of the year, the start of next month; "by year-end"
    `\\b(?<edge>the\\s+(?:end|start|beginning|middle|close)\\s+of\\s+(?<edgeWhich>the|this|next|last)\\s+(?<edgeUnit>month|year))\\b`,
    `\\b(?:by|at|before|until|till|after|around|towards?|near|from)\\s+(?:the\\s+)?(?<yearEnd>year[- ]end)\\b`,
    // last/next/this month/year, this fiscal year
    `\\b(?<relWhich>last|next|this|past|coming|previous|following)\\s+(?:(?:fiscal|financial|calendar|budget|tax|academic|school)\\s+)?(?<relUnit>month|year)\\b`,
    // the next day, the following day, the day before, the previous day, the day after
    `\\b(?<dayRel>(?:the\\s+)?(?:next|following|previous)\\s+day|(?:the\\s+)?day\\s+(?:before|after)|the\\s+same\\s+day)\\b`,
    // the following year, the year before: counted from the date the text just gave
    `\\b(?:the\\s+(?<shiftWhich>following|previous|preceding)\\s+(?<shiftWhichUnit>month|year)|the\\s+(?<shiftBeforeUnit>month|year)\\s+before(?=\\s*(?:[,.;:!?)]|$)))\\b`,
    // the year-earlier quarter, the year-ago period: the year before the one reported (a table's
    // "YEAR-AGO" column heads no period)
    `\\b(?<yearAgo>year-(?:earlier|ago))(?=\\s+[a-z])`,
    // later in the day, earlier in the year: the day, month or year the text is in
    `\\b(?:earlier|later)\\s+in\\s+(?<inThe>the\\s+(?<inTheUnit>day|month|year))\\b`,
  ].join("|"),
  "gi",
);

/** A bare year or a year range; decades (`1990s`, `'70s`) are matched only to be passed over. */
const YEAR_RE =
  /(?<![\p{L}\p{N}$£€¥#@/:_.,+])(?<decade>(?:1[5-9]|20)\d0s\b)|(?<![\p{L}\p{N}$£€¥#@/:_.,+])['’](?<shortDecade>\d0s)\b|(?<![\p{L}\p{N}$£€¥#@/:_.,+])(?<y1>1[5-9]\d\d|20\d\d)(?:(?<sep>\s*[-–—]\s*|\/)(?<y2>1[5-9]\d\d|20\d\d|\d\d)(?![\p{N}]))?(?![\p{L}\p{N}%]|[.,]\d|:\d)/gu;

// Words before a bare year that make it a quantity or a name, not a year.
const YEAR_BAD_PREV = new Set([
  "about",
  "some",
  "nearly",
  "almost",
  "over",
  "than",
  "approximately",
  "roughly",
  "additional",
  "another",
  "extra",
  "least",
  "most",
  "only",
  "just",
  "total",
  "resolution",
  "no",
  "number",
  "flight",
  "route",
  "article",
  "room",
  "suite",
  "highway",
  "model",
  "boeing",
  "airbus",
  "windows",
  "page",
  "at",
  "code",
  "section",
  "chapter",
  "rule",
  "paragraph",
  "item",
  "platform",
  "gate",
  "channel",
  "bus",
  "line",
  "unit",
  "squad",
  "car",
  "lot",
  "exactly",
  "down",
  "x",
  "#",
]);
const YEAR_DATE_PREV = new Set([
  "in",
  "since",
  "until",
  "till",
  "by",
  "from",
  "of",
  "during",
  "before",
  "after",
  "between",
  "and",
  "or",
  "to",
  "through",
  "early",
  "late",
  "mid",
  "circa",
  "year",
  "years",
  "season",
  "fiscal",
  "the",
  "a",
  "an",
  "its",
  "his",
  "her",
  "their",
  "our",
  "this",
  "that",
  "throughout",
  "around",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
  "end",
  "start",
  "beginning",
  "pre",
  "post",
  "for",
  "class",
]);
// Words after a bare year that show it is a time of day or a count.
const YEAR_BAD_NEXT =
  /^\s*(?:GMT|UTC|hrs\b|hours\b|h\b|local\b|[ap]\.?m\b|km|kilomet|miles?\b|metres|meters|kg|tons?\b|tonnes|dollars|euros|pounds|yuan|rupees|votes|people|troops|soldiers|members|points|runs|yards|units|cases|deaths|times|seats|pages|words|calories|feet|percent|per\b|x\b)/i;

/**
 * A month or month-day's place in a rescheduling ("moved the vote from September to January",
 * "brought forward to May"): the date given up (`from`) or the date moved to (`to`), which lies
 * after the date given up, or before it when the move is `earlier`; `paired` when that date given
 * up is the mention written just before. A schedule that is moved has not happened yet.
 */
export interface Move {
  role: "from" | "to";
  earlier?: boolean;
  paired?: boolean;
  /** "had been moved": told from after the rescheduled event. */
  pastPerfect?: boolean;
}

export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** Resolved later, in document order. */
  kind:
    | { k: "full"; y: number; m: number; d: number }
    | { k: "monthYear"; y: number; m: number }
    | { k: "year"; y: number }
    | {
        k: "monthDay";
        m: number;
        d: number;
        tense: () => Tense;
        dir?: "next" | "last";
        event: boolean;
        wd?: number;
        /** "March 4 next year": the year named after it, relative to the reference's. */
        yearShift?: number;
        move?: Move;
        /** The second end of a range ("June 1 to June 29"): not before the first. */
        rangeEnd?: boolean;
      }
    | { k: "month"; m: number; tense: () => Tense; dir?: "next" | "last"; yearShift?: number; move?: Move; rangeEnd?: boolean }
    | { k: "weekday"; wd: number; future: () => boolean; dir?: "next" | "last" | "this"; move?: Move }
    /** "Christmas Day", "Easter", "Thanksgiving": a day of the year, by its rule. */
    | { k: "holiday"; rule: HolidayRule; tense: () => Tense; dir?: "next" | "last" }
    /** "04/12/2026": either order; `wd` the weekday written beside it ("Tue 01/12/2026"), which may tell. */
    | { k: "numericAmbiguous"; a: number; b: number; y: number; wd?: number }
    | { k: "ago"; n: number; unit: string }
    | { k: "casual"; offset: number }
    | { k: "rel"; unit: "month" | "year"; n: number }
    | { k: "dayRel"; n: number; tense: () => Tense }
    /**
     * "a year later", "the previous month", "later in the day": n units from the date the text
     * just gave; "from a year earlier" (a comparison with the period reported), "the year-ago
     * quarter", "later in the day" from the reference when none is close by.
     */
    | { k: "shift"; unit: "day" | "month" | "year"; n: number; orReference: boolean }
    /** "imagery of 03/03": a numeric day and month without a year, in either order (resolve.ts picks). */
    | { k: "numericNoYear"; a: number; b: number }
    /** "on the 21st", "Monday the 13th": a day of the month the text is in (the weekday, when given, picks among the months around it). */
    | { k: "ordinalDay"; d: number; wd?: number }
    /** "13" in "between October 11 and 13", "11" in "11 and 13 October": the month and year of its neighbour. */
    | { k: "sameMonth"; d: number; neighbour: "previous" | "next" };
}

// the date pass. Both look at most 30 code units away, and read a surrogate pair as one character.
const LETTER_RE = /\p{L}/u;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const SPACE_RE = /\s/;

/** The code point whose last code unit is text[i - 1] (a pair only if it lies within [lo, i)), and its length. */
function charBefore(text: string, i: number, lo: number): [string, number] {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= lo) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return [text.slice(i - 2, i), 2];
  }
  return [text[i - 1]!, 1];
}

/** The code point starting at text[i] (a pair only if it ends before hi), and its length. */
function charAt(text: string, i: number, hi: number): [string, number] {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < hi) {
    const l = text.charCodeAt(i + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return [text.slice(i, i + 2), 2];
  }
  return [text[i]!, 1];
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** The word (letters and #) that ends where only spaces and hyphens separate it from `pos`. */
export function prevWord(text: string, pos: number): string {
  const lo = Math.max(0, pos - 30);
  let end = pos;
  while (end > lo) {
    const c = text.charCodeAt(end - 1);
    if (c === 0x20 || c === 0x2d || (c > 0x7f || c < 0x21 ? SPACE_RE.test(text[end - 1]!) : false)) end--;
    else break;
  }
  let start = end;
  while (start > lo) {
    const c = text.charCodeAt(start - 1);
    if (isAsciiLetter(c) || c === 0x23) start--;
    else if (c <= 0x7f) break;
    else {
      const [ch, n] = charBefore(text, start, lo);
      if (!LETTER_RE.test(ch)) break;
      start -= n;
    }
  }
  return text.slice(start, end);
}

/** The word (letters and digits) that starts after only spaces and tabs from `pos`. */
function nextWord(text: string, pos: number): string {
  const hi = Math.min(text.length, pos + 30);
  let start = pos;
  while (start < hi && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09)) start++;
  let end = start;
  while (end < hi) {
    const c = text.charCodeAt(end);
    if (isAsciiLetter(c) || (c >= 0x30 && c <= 0x39)) end++;
    else if (c <= 0x7f) break;
    else {
      const [ch, n] = charAt(text, end, hi);
      if (!LETTER_OR_DIGIT_RE.test(ch)) break;
      end += n;
    }
  }
  return text.slice(start, end);
}

// ---------------------------------------------------------------------------------------------
// Layer 1: chrono around month names, weekdays and numeric dates.

/** Verbs whose object a weekday can be, as the day something is set for: "declared Wednesday a holiday". */
const SETTING_VERB_RE = /^(?:declared?|declares|set|sets|named?|names|designated?|designates|proclaimed?|proclaims|fixed|chose|picked)$/;

/** "4 March next year", "in October this year", "December of last year": the year named after a month, as a shift from the reference's year. */
function yearNamedAfter(text: string, end: number): number | undefined {
  const w = /^\s*,?\s*(?:of\s+)?(this|next|last)\s+year\b/i.exec(text.slice(end, end + 20))?.[1]?.toLowerCase();
  return w === undefined ? undefined : w === "next" ? 1 : w === "last" ? -1 : 0;
}

const TIME_SUFFIX =
  /(?:,?\s*(?:at\s+)?\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?\s?m\.?)?|,?\s*(?:at\s+)?\d{1,2}\s*[ap]\.?\s?m\.?)(?:\s*\(?(?:GMT|UTC|Z|[A-Z]{2,4}T?|[+-]\d{2}:?\d{2})\)?)?(?:\s*[+-]\d{2}:?\d{2})?$/i;
const TIME_PREFIX = /^(?:(?:at\s+)?\d{1,2}(?::\d{2}){0,2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}T))?,?\s+(?:on\s+)?)/i;
const LEAD_WORDS = /^(?:(?:on|in|at|since|by|from|until|till|during|of|before|after|later|updated|published|posted)\s+)+/i;

function chronoCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  const slice = text.slice(from, to);
  CHRONO_TRIGGER.lastIndex = 0;
  const windows: [number, number][] = [];
  for (let m = CHRONO_TRIGGER.exec(slice); m; m = CHRONO_TRIGGER.exec(slice)) {
    const s = Math.max(0, m.index - 28);
    const e = Math.min(slice.length, m.index + m[0].length + 40);
    const last = windows[windows.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else windows.push([s, e]);
  }
  for (const [ws0, we0] of windows) {
    // Snap to word boundaries so chrono does not see half words.
    let ws = ws0;
    while (ws > 0 && /\S/.test(slice[ws - 1])) ws--;
    let we = we0;
    while (we < slice.length && /\S/.test(slice[we])) we++;
    const win = slice.slice(ws, we);
    let results: chrono.ParsedResult[];
    try {
      results = parser.parse(win, FIXED_REF);
    } catch {
      continue;
    }
    for (const r of results) {
      const base = from + ws + r.index;
      const before = out.length;
      addChronoResult(text, base, r.text, r.start, out);
      if (r.end) {
        // A range: the end part is its own mention ("March 5-7", "Jan. 29 to Feb. 4").
        const sep = /\s*(?:[-–—]|\b(?:to|through|until|till|and)\b)\s*/.exec(r.text);
        if (sep && sep.index > 0) {
          const startText = r.text.slice(0, sep.index);
          const endText = r.text.slice(sep.index + sep[0].length);
          const endAt = base + sep.index + sep[0].length;
          const endDay = /^\d{1,2}$/.test(endText.trim()) ? Number(endText.trim()) : undefined;
          // "cut on July 31 to 7.0 percent": not a range.
          const fake =
            endDay !== undefined &&
            ((r.start.get("day") ?? 0) >= endDay || /^[.,]\d|^\s*(?:%|percent|per\b|pct)/.test(text.slice(endAt + endText.length, endAt + endText.length + 9)));
          out.length = before; // the two ends replace the whole
          addChronoResult(text, base, startText, r.start, out);
          if (!fake && out.length > before && r.end.isCertain("year") && !r.start.isCertain("year")) {
            yearFromRangeEnd(out[out.length - 1]!, r.end.get("year")!, r.end.get("month") ?? 12, r.end.get("day") ?? 31);
          }
          if (!fake) addChronoResult(text, endAt, endText, r.end, out, r.start);
        }
      }
    }
  }
}

/** "from January 13 to February 11, 2024": the start of a range takes the year written at its end (the year before, if it lies later in the year). */
function yearFromRangeEnd(start: Candidate, y: number, m: number, d: number): void {
  const k = start.kind;
  if (k.k === "monthDay") start.kind = { k: "full", y: k.m > m || (k.m === m && k.d > d) ? y - 1 : y, m: k.m, d: k.d };
  else if (k.k === "month") start.kind = { k: "monthYear", y: k.m > m ? y - 1 : y, m: k.m };
}

/** The head of a name built on a day ("March 23 Movement", "April 6 Youth Movement", "14 March Alliance"), after the day. */
const DAY_NAME_HEAD_AFTER_RE =
  /^[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?(?:Movement|Alliance|Coalition|Revolution|Front|Bridge|Street|Avenue|Road|Square|Stadium|Brigades?|Party|Generation|Uprising|Declaration|Manifesto|Club|University|Hospital|Airport|Memorial|Commission|Forces|Army|Militia)\b/u;
/** A place named after a day: "Plaza 25 de Mayo", "Rue du 4 Septembre", "Avenida 9 de Julio". */
const DAY_NAME_PLACE_BEFORE_RE =
  /\b(?:Plaza|Avenida|Calle|Paseo|Rue|Place|Avenue|Boulevard|Via|Piazza|Viale|Praça|Rua|Street|Square)[ \t]+(?:(?:du|de|del|dos|do|della)[ \t]+)?$/u;

/** Whether the day at [start, end) is part of a name built on it, not a date. */
function namedAfterDay(text: string, start: number, end: number): boolean {
  return DAY_NAME_HEAD_AFTER_RE.test(text.slice(end, end + 40)) || DAY_NAME_PLACE_BEFORE_RE.test(text.slice(Math.max(0, start - 20), start));
}

/** Events that are scheduled for a day: "the Jan. 13 election", "a run-off on May 28". */
const SCHEDULED_EVENT = "elections?|votes?|run-?offs?|polls?|referendum|ballot|meeting|summit|hearing|deadline|talks|final|launch|auction|sitting|session";
const SCHEDULED_AFTER_RE = new RegExp(`^[ \\t]+(?:[a-z]+[ \\t]+)?(?:${SCHEDULED_EVENT})\\b`);
const SCHEDULED_BEFORE_RE = new RegExp(`(?:\\bby|\\b(?:${SCHEDULED_EVENT})[ \\t]+(?:on|for))[ \\t]+$`);

/**
 * A day that a schedule names: a deadline ("by March 6"), a scheduled event ("the Jan. 13
 * election", "a run-off on May 28"). Whatever its sentence's tense, it may lie a little ahead.
 */
function scheduledDay(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return SCHEDULED_BEFORE_RE.test(before) || (/\bthe[ \t]+$/i.test(before) && SCHEDULED_AFTER_RE.test(text.slice(end, end + 30)));
}

/**
 * The tense of a scheduled day: its clause's future (`will vote on July 28`), else none, whatever
 * the clause's past, so that one only weeks ahead is still to come, one behind has been (resolve.ts).
 */
function scheduledTense(text: string, start: number, end: number): () => Tense {
  const clause = lazyTense(text, start, end);
  return () => {
    const tense = clause();
    return tense === "future" || tense === "ahead" ? tense : "neutral";
  };
}

/** The tense of a day something is set for ("called a strike for March 15"): it lies ahead. */
const setForTense = (): Tense => "future";

function addChronoResult(
  text: string,
  absStart: number,
  rawText: string,
  c: chrono.ParsedComponents,
  out: Candidate[],
  rangeStart?: chrono.ParsedComponents,
): void {
  let t = rawText;
  let start = absStart;
  // Span: the expression alone.
  const lead = LEAD_WORDS.exec(t);
  if (lead) {
    start += lead[0].length;
    t = t.slice(lead[0].length);
  }
  const tp = TIME_PREFIX.exec(t);
  if (tp && tp[0].length < t.length && c.isCertain("hour")) {
    start += tp[0].length;
    t = t.slice(tp[0].length);
  }
  if (c.isCertain("hour")) t = t.replace(/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, "").replace(TIME_SUFFIX, "");
  t = t.replace(/[\s,]+$/, "").replace(/\s+of$/i, ""); // chrono's "December of" in "December of last year"
  if (!t) return;
  // "Emnid July 7 39.0 32.0", "Aug 27 Aug 26": a month-day and a number after it (a table's), not a
  // year in two digits (prose writes "July 7, '39" if ever).
  const twoDigitYear = c.isCertain("year") && /\p{L}/u.test(t) ? /[ \t]+\d{2}$/.exec(t) : null;
  if (twoDigitYear) t = t.slice(0, twoDigitYear.index);
  const end = start + t.length;

  // Only what names the calendar is chrono's to give: month and weekday names, numeric dates.
  // ("yesterday", "3 sec ago", "for 14 days": our relative layer judges those.)
  const rangeDay = !!rangeStart && /^\d{1,2}(?:st|nd|rd|th)?$/.test(t); // "20" in "March 19-20"
  if (!rangeDay && !CALENDAR_WORD.test(t)) return;
  // "the end of July", "early March": the month, at month precision.
  const part = /^(?:the\s+)?(?:end|start|beginning|middle|mid|close)\s+of\s+(?=[A-Z])|^(?:early|late|mid-?)\s*(?=[A-Z])/i.exec(t);
  let partOfMonth = false;
  if (part) {
    start += part[0].length;
    t = t.slice(part[0].length);
    partOfMonth = !/\d/.test(t.replace(/\b\d{4}\b/, ""));
  }
  const hasYear = c.isCertain("year") && !twoDigitYear;
  const hasMonth = c.isCertain("month") || (!!rangeStart && rangeStart.isCertain("month"));
  const hasDay = c.isCertain("day") && !partOfMonth;
  const hasWeekday = c.isCertain("weekday");
  if (!hasMonth && !hasDay && !hasWeekday && !hasYear) return; // a time of day alone
  // chrono's relative results ("past two weeks", "48 hours after") are ours to judge, not its.
  const tags = typeof c.tags === "function" ? c.tags() : new Set<string>();
  if (tags.has("result/relativeDate") || /\b(?:ago|later|after|before|past|next\s+(?:day|week)|last\s+(?:week|night))\b/i.test(t)) {
    if (!/^\s*(?:next|last|this|coming)\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/i.test(t)) return;
  }
  // Only calendar words count: a result without a month/weekday name or a numeric date is not ours.
  const numeric = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.exec(t);
  if (/^\d/.test(t) && !/\p{L}/u.test(t) && !rangeDay) {
    // Numbers only: a numeric date standing alone, not a piece of "5-1-36-1" (bowling figures),
    // a score, a version or a phone number; hyphens only with a four-digit year.
    if (!numeric) return;
    if (/[-/.]?\d$/.test(text.slice(Math.max(0, start - 2), start)) || /^[-/.]\d/.test(text.slice(end, end + 2))) return;
    if (t.includes("-") && !/^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})$/.test(t)) return;
  }
  const y = c.get("year") ?? 0;
  const m = (c.get("month") ?? rangeStart?.get("month") ?? 0) as number;
  const d = c.get("day") ?? 0;

  if (numeric) {
    const parts = t.split(/[/.-]/).map(Number);
    if (parts[0] > 31) {
      // ISO-like: year first.
      if (validDay(parts[0], parts[1], parts[2])) {
        out.push({ start, end, text: t, kind: { k: "full", y: parts[0], m: parts[1], d: parts[2] } });
      }
      return;
    }
    let yy = parts[2];
    if (yy < 100) yy += yy < 50 ? 2000 : 1900;
    else if (yy < 1000) return;
    const [a, b] = parts;
    const dotted = t.includes(".");
    if (a > 12 && b <= 12) {
      if (validDay(yy, b, a)) out.push({ start, end, text: t, kind: { k: "full", y: yy, m: b, d: a } });
    } else if (b > 12 && a <= 12) {
      if (validDay(yy, a, b)) out.push({ start, end, text: t, kind: { k: "full", y: yy, m: a, d: b } });
    } else if (a <= 12 && b <= 12) {
      if (dotted) {
        // 05.03.2024 is day-first wherever dots are used.
        if (validDay(yy, b, a)) out.push({ start, end, text: t, kind: { k: "full", y: yy, m: b, d: a } });
      } else out.push({ start, end, text: t, kind: { k: "numericAmbiguous", a, b, y: yy } });
    }
    return;
  }

  // False friends of month names.
  const monthWord = /\b([A-Za-z]+)\.?/.exec(t.replace(/^(?:next|last|this|coming|early|late|mid-?)\s*/i, ""));
  const first = monthWord ? monthWord[1] : "";
  const firstLower = first.toLowerCase();
  const isMonthWord = MONTH_NUMBERS.has(firstLower);
  const isWeekdayWord = WEEKDAY_NUMBERS.has(firstLower);
  if (isMonthWord && first[0] !== first[0].toUpperCase()) return; // "may", "march": verbs
  const dir = direction(text, start, t);

  if (hasYear && hasMonth && hasDay) {
    // "Tue 01/12/2026": chrono reads the numbers month first; either order may be meant.
    const written = hasWeekday ? /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/.-])/.exec(t) : null;
    if (written && Number(written[1]) <= 12 && Number(written[2]) <= 12 && Number(written[1]) !== Number(written[2])) {
      const kind = { k: "numericAmbiguous", a: Number(written[1]), b: Number(written[2]), y: Number(written[3]), wd: c.get("weekday") ?? undefined } as const;
      out.push({ start, end, text: t, kind });
    } else if (validDay(y, m, d)) out.push({ start, end, text: t, kind: { k: "full", y, m, d } });
    return;
  }
  if (hasYear && hasMonth) {
    out.push({ start, end, text: t, kind: { k: "monthYear", y, m } });
    return;
  }
  if (hasMonth && hasDay) {
    const after = text.slice(end, end + 40);
    if (/^[.,]\d/.test(after)) {
      // "July 10.8 pct", "16.75 for December, 19.50 for March": a month and a number, not a day.
      const month = /^\p{L}+/u.exec(t)?.[0] ?? "";
      if (new RegExp(`^(?:${MONTH_FULL_PATTERN})$`).test(month) && !/^(?:May|March)$/.test(month)) {
        out.push({ start, end: start + month.length, text: month, kind: { k: "month", m, tense: lazyTense(text, start, start + month.length) } });
      }
      return;
    }
    if (namedAfterDay(text, start, end)) return;
    if (recurring(text, start, end)) return;
    const beforeText = text.slice(Math.max(0, start - 12), start);
    // "the Oct 7 attack": a month-day that names an event (its year may be fixed elsewhere).
    const event = /\bthe\s+$/i.test(beforeText) && /^\s+[a-z]/.test(after);
    // "called a strike for March 15", "set for July 9": the day something is set for lies ahead; so does the day of a
    // scheduled event something is done for or before ("candidate for the 28 July presidential election").
    const setFor =
      (/\bfor\s+$/i.test(beforeText) && !/^['’]s\b/.test(after)) ||
      (/\b(?:for|before)\s+(?:the|its|their)\s+$/i.test(beforeText) && SCHEDULED_AFTER_RE.test(after));
    out.push({
      start,
      end,
      text: t,
      kind: {
        k: "monthDay",
        m,
        d,
        tense: setFor ? setForTense : scheduledDay(text, start, end) ? scheduledTense(text, start, end) : lazyTense(text, start, end),
        dir: dir === "this" ? undefined : dir,
        event,
        wd: hasWeekday ? (c.get("weekday") ?? undefined) : undefined,
        yearShift: yearNamedAfter(text, end),
        rangeEnd: rangeStart ? true : undefined,
      },
    });
    return;
  }
  if (hasMonth && !hasDay) {
    // A month name alone: only full names ("Jan" is a first name), capitalised, and not a name
    // itself ("April Ryan", "August Ames", "May said").
    if (!/^(?:(?:next|last|this|coming|early|late|mid-?)\s*)?[A-Z][a-z]+$/.test(t) && !/^[A-Z]+$/.test(t)) return;
    if (!new RegExp(`(?:${MONTH_FULL_PATTERN})$`, "i").test(t)) return;
    const nw = nextWord(text, end);
    if (/^[A-Z]/.test(nw) && !MONTH_NUMBERS.has(nw.toLowerCase())) return;
    if (/^(?:May|March)$/i.test(first)) return; // verbs and names as often: mayMarchCandidates decides
    if (recurring(text, start, end)) return;
    // "last May", "next March": the direction word is part of the expression.
    const dirWord = dir ? /\b(?:last|next|this|coming)\s+$/i.exec(text.slice(Math.max(0, start - 8), start)) : null;
    const from = dirWord ? start - dirWord[0].length : start;
    out.push({
      start: from,
      end,
      text: text.slice(from, end),
      kind: {
        k: "month",
        m,
        tense: lazyTense(text, start, end),
        dir: dir === "this" ? undefined : dir,
        yearShift: yearNamedAfter(text, end),
        rangeEnd: rangeStart ? true : undefined,
      },
    });
    return;
  }
  if (hasWeekday && !hasMonth && !hasDay) {
    if (!isWeekdayWord) return;
    if (!/^(?:(?:next|last|this|coming)\s+)?[A-Z][a-z]+\.?$/i.test(t)) return; // plain weekday only
    if (/^[a-z]/.test(first)) return;
    if (first.length <= 4 && !/^(?:next|last|this|coming)\s/i.test(t) && !/,?\s*\d/.test(text.slice(end, end + 4))) {
      // Abbreviations alone ("Sun", "Sat", "Wed") are words or names far more often than days.
      return;
    }
    if (/^s\b/.test(text.slice(end, end + 2))) return; // "Fridays": a frequency
    const pw = prevWord(text, start).toLowerCase();
    if (pw === "every" || pw === "each" || (pw === "on" && /^s/.test(text.slice(end, end + 1)))) return;
    if (recurring(text, start, end)) return;
    const nw = nextWord(text, end);
    // "the Sunday Times", "Bloody Sunday", "Good Friday Agreement": names, not days.
    if (
      /^[A-Z]/.test(nw) &&
      !MONTH_NUMBERS.has(nw.toLowerCase()) &&
      !/^(?:on|since|until|till|by|last|next|this|before|after|from|late|early|later|coming|and|or)$/i.test(pw)
    )
      return;
    if (/^(?:the|a)$/i.test(pw) && /^[A-Z]/.test(nw)) return;
    if (/^(?:bloody|black|good|holy|super|cyber|ash|palm|easter|maundy|great)$/i.test(pw)) return;
    // "called a protest for Saturday", "declared Wednesday a public holiday": the day something
    // is set for lies ahead.
    const setFor = (/\bfor\s+$/i.test(text.slice(Math.max(0, start - 5), start)) || SETTING_VERB_RE.test(pw)) && !/^['’]s\b/.test(text.slice(end, end + 3));
    // "results from Tuesday's election", "after Sunday's vote": what is looked back on has happened.
    const lookedBack = /^(?:from|after|following|since)$/.test(pw) && /^['’]s\b/.test(text.slice(end, end + 3));
    const future = (): boolean => {
      if (dir === "next" || setFor) return true;
      if (dir === "last" || lookedBack) return false;
      const tense = clauseTense(text, start, end);
      return tense === "future" || tense === "ahead";
    };
    out.push({
      start,
      end,
      text: t,
      kind: { k: "weekday", wd: c.get("weekday") ?? 0, future, dir },
    });
    return;
  }
  if (hasYear && !hasMonth) {
    // chrono sometimes returns a year alone; our year layer decides about those.
    return;
  }
}

// ---------------------------------------------------------------------------------------------
// Layer 2: relative expressions, bare years, decades.

function wordNumber(s: string): number | undefined {
  const l = s.toLowerCase();
  if (/^\d+$/.test(l)) return Number(l);
  return NUMBER_WORDS.get(l);
}

/** A period noun after "the same", right before a shift: "the same period ", "the same quarter ". */
const COMPARED_PERIOD_BEFORE_RE = /\bsame\s+(?:period|quarter|half|month|week|season|stretch|time|point|day|date|months|weeks|days)\s+$/i;

function relativeCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  const slice = text.slice(from, to);
  RELATIVE_RE.lastIndex = 0;
  for (let m = RELATIVE_RE.exec(slice); m; m = RELATIVE_RE.exec(slice)) {
    const g = m.groups ?? {};
    const start = from + m.index;
    const end = start + m[0].length;
    const t = m[0];
    const before = slice.slice(Math.max(0, m.index - 20), m.index);
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // "the same period a year earlier", "the same month two years ago": what is named is the
    // period compared with, a span, not a day, month or year of the calendar.
    if ((g.agoUnit || g.shiftUnit) && COMPARED_PERIOD_BEFORE_RE.test(slice.slice(Math.max(0, m.index - 32), m.index))) continue;
    if (g.agoUnit) {
      const n = wordNumber(g.count);
      if (n === undefined) continue;
      // "50,500 years ago": the tail of a larger number.
      if (/[\d.,]$/.test(before)) continue;
      // "Updated 3 days ago" is scrape-relative boilerplate, like "Updated 3 sec ago".
      if (/\b(?:updated|posted|published|edited)\s+$/i.test(before)) continue;
      out.push({ start, end, text: t, kind: { k: "ago", n, unit: g.agoUnit.toLowerCase().replace(/s$/, "") } });
    } else if (g.casual) {
      const w = g.casual.toLowerCase().replace(/\s+/g, " ");
      // A quoted word alone is a title: NBC's "Today" show.
      if (/["“‘']$/.test(before) && /^["”’']/.test(after)) continue;
      // "Today" capitalised inside a sentence is a name: NBC's Today show.
      if (t === "Today" && /[\p{L},]\s*$/u.test(before)) continue;
      // "today's world" and "Readers today want shorter books": the present age; "today's vote": the day.
      if (w === "today" && (/^['’]s\b/.test(after) ? !TODAYS_EVENT_RE.test(after) : !todayNamesADay(text, start, end))) continue;
      const offset = w === "yesterday" || w === "last night" ? -1 : w === "tomorrow" ? 1 : 0;
      out.push({ start, end, text: t, kind: { k: "casual", offset } });
    } else if (g.edge) {
      // "by the end of the year": the year (or month) itself, as "this year" is.
      const which = g.edgeWhich.toLowerCase();
      const n = which === "last" ? -1 : which === "next" ? 1 : 0;
      out.push({ start, end, text: t, kind: { k: "rel", unit: g.edgeUnit.toLowerCase() as "month" | "year", n } });
    } else if (g.yearEnd) {
      const at = end - g.yearEnd.length;
      out.push({ start: at, end, text: g.yearEnd, kind: { k: "rel", unit: "year", n: 0 } });
    } else if (g.relWhich) {
      const which = g.relWhich.toLowerCase();
      if (which === "past") continue; // "the past year": a duration
      // "the last year", "over the next month", "in the coming year": durations, or (the previous
      // year, the following month) relative to the narrative: not resolvable safely.
      if (which === "previous" || which === "following") continue;
      if (/\bthe\s+$/i.test(before)) continue;
      const n = which === "last" ? -1 : which === "next" || which === "coming" ? 1 : 0;
      out.push({ start, end, text: t, kind: { k: "rel", unit: g.relUnit.toLowerCase() as "month" | "year", n } });
    } else if (g.dayRel) {
      const l = g.dayRel.toLowerCase();
      // "a day after it said": a duration anchored on an event; "the day before the vote" likewise.
      if (/day\s+(?:before|after)$/.test(l)) {
        if (!/^\s*(?:[,.;:!?)]|$)/.test(after)) continue;
        if (!/^the\b/.test(l)) continue;
      }
      // "on the same day as the vote": anchored on an event, not on the date just given.
      if (/same/.test(l) && /^\s*(?:as|that)\b/i.test(after)) continue;
      const n = /same/.test(l) ? 0 : /next|following|after/.test(l) ? 1 : -1;
      out.push({ start, end, text: t, kind: { k: "dayRel", n, tense: lazyTense(text, start, end) } });
    } else if (g.laterUnit) {
      const n = wordNumber(g.count);
      if (n === undefined || /^\s+than\b/.test(after)) continue; // "two days later than planned": a delay
      const days = /^week/i.test(g.laterUnit) ? 7 * n : n;
      out.push({ start, end, text: t, kind: { k: "dayRel", n: g.laterDir.toLowerCase() === "later" ? days : -days, tense: lazyTense(text, start, end) } });
    } else if (g.shiftUnit || g.shiftWhich || g.shiftBeforeUnit) {
      const n = g.shiftUnit ? wordNumber(g.count) : 1;
      if (n === undefined || /^\s+than\b/.test(after)) continue; // "a year earlier than planned": a delay
      const later = g.shiftDir ? g.shiftDir.toLowerCase() === "later" : g.shiftWhich?.toLowerCase() === "following";
      const unit = (g.shiftUnit ?? g.shiftWhichUnit ?? g.shiftBeforeUnit).toLowerCase().replace(/s$/, "") as "month" | "year";
      out.push({ start, end, text: t, kind: { k: "shift", unit, n: later ? n : -n, orReference: !later && !!g.shiftUnit } });
    } else if (g.yearAgo) {
      if (g.yearAgo === g.yearAgo.toUpperCase()) continue; // a table's "YEAR-AGO" column
      out.push({ start, end, text: t, kind: { k: "shift", unit: "year", n: -1, orReference: true } });
    } else if (g.inThe) {
      const at = end - g.inThe.length;
      out.push({ start: at, end, text: g.inThe, kind: { k: "shift", unit: g.inTheUnit.toLowerCase() as "day" | "month" | "year", n: 0, orReference: true } });
    }
  }
}

/** A token that is a year: the neighbour that lets a number among numbers be one. */
/** The word before "than" when what follows is a quantity ("more than 2000 people", "higher than 1500"). */
const QUANTITY_COMPARATIVE_RE =
  /^(?:more|less|fewer|greater|higher|lower|larger|bigger|smaller|over|under|above|below|longer|shorter|heavier|older|younger|faster|slower)$/i;

/**
 * Whether a year after "than" is one: "no later than 2030", "a better deal than 1969," (a thing
 * compared with a year's, the year ending the phrase), not "more than 2000 people".
 */
function yearComparedWith(text: string, start: number, end: number): boolean {
  const before = prevWord(text, text.lastIndexOf("than", start));
  if (/^(?:earlier|later|sooner)$/i.test(before)) return true;
  return !QUANTITY_COMPARATIVE_RE.test(before) && /^\s*(?:[,.;:)!?"”]|$)/.test(text.slice(end, end + 2));
}

function isYearish(tok: string): boolean {
  return /^(?:1[5-9]|20)\d\d$/.test(tok);
}

/** A period that runs across the new year, after its years: " season", " financial year", " winter". */
const SEASON_AFTER_RE =
  /^\s*(?:(?:regular|football|league|hockey|rugby|cricket|racing|domestic|club|fiscal|financial|budget|tax|school|academic|crop|harvest|marketing|sugar|ski|hunting|fishing|planting|growing)\s+)?(?:seasons?|campaigns?|years?|terms?|winters?|summers?|budgets?|harvests?|crops?)\b/i;
/** A year after a determiner and "and"/"or", before another: "the 2023 and ", "its 2019 or ". */
const COORDINATED_YEAR_BEFORE_RE = /\b(?:the|its|his|her|their|our|this|these|those)\s+(?:1[89]|20)\d\d\s+(?:and|or|&)\s+$/i;

function yearCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  const slice = text.slice(from, to);
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(slice); m; m = YEAR_RE.exec(slice)) {
    const g = m.groups ?? {};
    const start = from + m.index;
    if (g.decade || g.shortDecade) continue; // a decade is no date (it cannot be written YYYY)
    const y1 = Number(g.y1);
    const pwRaw = prevWord(text, start);
    const pw = pwRaw.toLowerCase();
    const charBefore = text[start - 1] ?? "";
    const y1End = start + g.y1.length;
    const after = text.slice(m.index + from + m[0].length, m.index + from + m[0].length + 20);
    // A hyphen before: "mid-2023" is a year, "A-2023" or "12-2023" is an identifier.
    if (charBefore === "-" && !/^(?:mid|pre|post|early|late|end|start)$/i.test(pw)) continue;
    if (YEAR_BAD_PREV.has(pw) && !(pw === "than" && yearComparedWith(text, start, y1End))) continue;
    if (pw === "at" && !/^\s*[,.;]/.test(text.slice(y1End, y1End + 2))) continue; // "at 1900 GMT"
    if (YEAR_BAD_NEXT.test(text.slice(y1End, y1End + 20)) && !g.y2) continue;
    // A capitalised word right before a number is a name with a number ("Vision 2030" stays,
    // "Resolution 2334" went above); sentence-initial words are fine.
    if (y1 < 1900 && !YEAR_DATE_PREV.has(pw)) continue;
    // A season or a fiscal year written with the next year shortened ("the 2025-26 season",
    // "the 2019/20 financial year"): one period across two years, so it cannot be written YYYY
    // (a range of years, "2027–2030", "2019-21", "the survey voyage of 1968-69", is two dates).
    if (g.y2?.length === 2 && Number(g.y2) === (y1 + 1) % 100 && SEASON_AFTER_RE.test(after)) continue;
    // A count before a plural noun: "2020 votes", "1500 people" (unless "the 2020 elections", "the
    // 2023 and 2024 slumps").
    const nextW = nextWord(text, y1End);
    if (
      !g.y2 &&
      !COORDINATED_YEAR_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start)) &&
      /^[a-z]+s$/.test(nextW) &&
      !/^(?:was|has|is|as|its|his|this|has|does|sees|seems|looks|marks|remains|lies|becomes|brings|means|promises|shows|starts|ends|begins|proves|saw|was)$/.test(
        nextW,
      ) &&
      !/^(?:the|a|an|its|his|her|their|our|this|that|in|since|of|by|from|until|during|before|after|between|mid|early|late|season)$/.test(pw) &&
      !/['’]s$/.test(text.slice(start - 3, start - 1))
    )
      continue;
    if (/^\s*(?:,\d|\.\d)/.test(after)) continue;
    // A number among numbers (a table row, a score line) is not a year unless its neighbour is one.
    const lineHead = /(?:^|[\n\r])[ \t]*$/.test(text.slice(Math.max(0, start - 8), start));
    const prevTok = /(\S+)[ \t]+$/.exec(text.slice(Math.max(0, start - 16), start))?.[1] ?? "";
    const nextTok = /^[ \t]+(\S+)/.exec(text.slice(start + m[0].length, start + m[0].length + 16))?.[1] ?? "";
    if (/^[\d.,]+$/.test(prevTok) && !isYearish(prevTok.replace(/[.,]$/, ""))) continue;
    if (!lineHead && /^[\d.,]+$/.test(nextTok) && !isYearish(nextTok.replace(/[.,]$/, ""))) continue;
    out.push({ start, end: y1End, text: g.y1, kind: { k: "year", y: y1 } });
    if (g.y2) {
      let y2 = Number(g.y2);
      if (g.y2.length === 2) {
        y2 = Math.floor(y1 / 100) * 100 + y2;
        if (y2 < y1) y2 += 100;
      }
      if (y2 <= y1 || y2 - y1 > 100 || (g.y2.length === 2 && Number(g.y2) < y1 % 100 && !(y1 % 100 === 99 && g.y2 === "00"))) {
        // Not a range of years ("2024-03" is a month, "2024-03-05T…" a timestamp): the year alone.
        continue;
      }
      const s2 = start + m[0].length - g.y2.length;
      out.push({ start: s2, end: s2 + g.y2.length, text: g.y2, kind: { k: "year", y: y2 } });
    }
  }
}

/** Before a day or month that recurs: "every year in November", "each year on March 3", "every other Sunday". */
const RECURRING_BEFORE_RE = /\b(?:every|each)\s+(?:(?:other|second|third|fourth|year|month|week)\s+)?(?:(?:in|on)\s+)?$/i;
/** After one: "the first Sunday of each month", "in November every year", "March 3 each year". */
const RECURRING_AFTER_RE = /^\s*(?:of\s+(?:each|every|the)\s+month\b|,?\s*(?:every|each)\s+(?:year|month)\b)/i;

/** The first month of a range that recurs: "from December to April each year" (the second is recurring already). */
const RECURRING_RANGE_AFTER_RE = new RegExp(`^\\s*(?:to|until|till|through|and|[-–])\\s+(?:${MONTH_FULL_PATTERN})\\b,?\\s*(?:every|each)\\s+year\\b`);
/** Either month of a range after "every year": "every year from December to April". */
const RECURRING_RANGE_BEFORE_RE = new RegExp(
  `\\b(?:every|each)\\s+year\\s+(?:from|between)\\s+(?:(?:${MONTH_FULL_PATTERN})\\s+(?:to|until|till|through|and|[-–])\\s+)?$`,
  "i",
);

/** Whether the day or month at [start, end) is one of a set that recurs, not a day on the calendar. */
function recurring(text: string, start: number, end: number): boolean {
  return (
    RECURRING_BEFORE_RE.test(text.slice(Math.max(0, start - 30), start)) ||
    RECURRING_AFTER_RE.test(text.slice(end, end + 24)) ||
    RECURRING_RANGE_AFTER_RE.test(text.slice(end, end + 36)) ||
    RECURRING_RANGE_BEFORE_RE.test(text.slice(Math.max(0, start - 48), start))
  );
}

function byStartThenLongest(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

/** Every date candidate of `text`, in document order, without overlaps. */
export function candidatesOf(text: string): Candidate[] {
  const cands: Candidate[] = [];
  // Pre-filter: only lines (cut into pieces of bounded length) that may hold a date go further.
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    let e = pos;
    while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    if (e > pos && !/^\s*(?:https?:\/\/|www\.|URL:|Url:|Link:)/i.test(text.slice(pos, Math.min(e, pos + 12)))) {
      const before = cands.length;
      scanLine(text, pos, e, cands);
      if (cands.length > before) withoutAddresses(text, pos, e, cands, before);
    }
    pos = e + 1;
  }
  for (const c of cands) withYearPhrase(text, c);
  cands.sort(byStartThenLongest);
  // Drop candidates overlapping an earlier, longer one (chrono's "Oct. 7, 2023" over our "2023").
  const kept: Candidate[] = [];
  for (const c of cands) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  markMoves(text, kept);
  return withEllipticalDays(text, withTrailingWeekdays(text, kept));
}

/** A web address anywhere in a line (`UR  - https://…/2024-03-05-eskom…`, `:URL: https://…`, `Saved from web.archive.org/web/2023…`). */
const ADDRESS_RE = /(?:https?:\/\/|www\.|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|co|uk|io|info)\/)\S+/gi;
/** A weekday shortened in a stamp, right after its date: `[2023-09-18 Mon 09:12]`, `<2023-09-18 Mon>`. */
const STAMP_WEEKDAY = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/;

/**
 * Drops the candidates of line [from, to) found from index `first` on that stand in a web address
 * (its dates are the site's filing, not the text's) or are a stamp's weekday after its date.
 */
function withoutAddresses(text: string, from: number, to: number, cands: Candidate[], first: number): void {
  const line = text.slice(from, to);
  const addresses: [number, number][] = [];
  if (line.includes("/")) for (const m of line.matchAll(ADDRESS_RE)) addresses.push([from + m.index!, from + m.index! + m[0].length]);
  let kept = first;
  for (let i = first; i < cands.length; i++) {
    const c = cands[i]!;
    if (addresses.some(([a, b]) => c.start < b && c.end > a)) continue;
    if (
      c.kind.k === "weekday" &&
      STAMP_WEEKDAY.test(c.text) &&
      cands.some((d) => d.kind.k === "full" && d.end <= c.start && /^[ \t]+$/.test(text.slice(d.end, c.start)))
    )
      continue;
    cands[kept++] = c;
  }
  cands.length = kept;
}

/** "last year" or "next year" after a month: the year the month is in ("August last year"). */
const YEAR_PHRASE_AFTER_RE = /^\s*,?\s*(?:of\s+)?(?:last|next)\s+year\b/i;

/**
 * "August last year", "March 4 next year": one expression, the month in the year named after it
 * ("this year" adds nothing to a month's reading and stays a mention of its own).
 */
function withYearPhrase(text: string, c: Candidate): void {
  if ((c.kind.k !== "month" && c.kind.k !== "monthDay") || (c.kind.yearShift !== 1 && c.kind.yearShift !== -1)) return;
  const phrase = YEAR_PHRASE_AFTER_RE.exec(text.slice(c.end, c.end + 20));
  if (!phrase) return;
  c.end += phrase[0].length;
  c.text = text.slice(c.start, c.end);
}

/** "March 9, 2021 Tuesday" (archive exports write the weekday after the date): one expression. */
function withTrailingWeekdays(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const last = out[out.length - 1];
    if (
      last &&
      last.kind.k === "full" &&
      c.kind.k === "weekday" &&
      !c.kind.dir &&
      /\p{L}/u.test(last.text) &&
      /^[ \t]*,?[ \t]*$/.test(text.slice(last.end, c.start))
    ) {
      out[out.length - 1] = { ...last, end: c.end, text: text.slice(last.start, c.end) };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** After a month-day: "and 13" in "between October 11 and 13", followed by the end of the phrase, not by a noun ("and 13 people"). */
const ELLIPTICAL_DAY_AFTER_RE =
  /^((?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*),?\s+(?:and|or|to|through|till|until|&)\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.](?!\d)|[;:!?)]|$)|\s+(?:and|or|but|in|at|on|when|with|before|after|while|as|for|is|are|was|were|will|would|have|had|last\s+year|next\s+year)\b)/;
/** "last year" or "next year" after the last of the days: the year of them all ("on March 2 and 4 last year"). */
const DAYS_YEAR_PHRASE_RE = /^\s+(last|next)\s+year\b/;
/** Before a month-day written day first: "11 and" in "between 11 and 13 October". */
const ELLIPTICAL_DAY_BEFORE_RE = /(?:^|[^\d.,:/])(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|or|to|&)\s+$/;

/**
 * A day whose month is written only once for several days: "between October 11 and 13", "July 9
 * and 10", "October 8, 9 and 10", "between 11 and 13 October". The bare day is a mention of its
 * own, in its neighbour's month and year; a year phrase after the last day is the year of them all
 * ("March 2 and 4 last year": the last day's span takes it in). (chrono splits "March 19-20" and
 * "October 7 to 9" itself.)
 */
function withEllipticalDays(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const k = c.kind;
    const dayOf = k.k === "monthDay" || k.k === "full" ? k.d : undefined;
    const named = dayOf !== undefined && /\p{L}/u.test(c.text);
    if (named && /^\d/.test(c.text)) {
      const from = Math.max(0, c.start - 16);
      const m = ELLIPTICAL_DAY_BEFORE_RE.exec(text.slice(from, c.start));
      const prev = out[out.length - 1];
      if (m) {
        const d = Number(m[1]);
        const at = from + m.index + m[0].indexOf(m[1]!);
        if (d >= 1 && d < dayOf && (!prev || prev.end <= at)) {
          out.push({ start: at, end: at + m[1]!.length, text: m[1]!, kind: { k: "sameMonth", d, neighbour: "next" } });
        }
      }
    }
    out.push(c);
    if (named && !/^\d/.test(c.text)) {
      // A span that took the list's first comma in ("July 9," of "July 9, 10 or 12") gives it back.
      const from = /,$/.test(c.text) ? c.end - 1 : c.end;
      const m = ELLIPTICAL_DAY_AFTER_RE.exec(text.slice(from, from + 60));
      const next = cands[i + 1];
      if (m) {
        // Each listed day, at its place: the ones after commas, then the last.
        const days: { d: number; at: number; text: string }[] = [];
        for (const listed of m[1]!.matchAll(/\d{1,2}/g)) days.push({ d: Number(listed[0]), at: from + listed.index, text: listed[0] });
        days.push({ d: Number(m[2]), at: from + m[0].lastIndexOf(m[2]!), text: m[2]! });
        const last = days[days.length - 1]!;
        const increasing = days.every((x, j) => x.d > (j === 0 ? dayOf : days[j - 1]!.d) && x.d <= 31);
        if (increasing && (!next || next.start >= last.at + last.text.length)) {
          if (from < c.end) {
            c.end = from;
            c.text = text.slice(c.start, from);
          }
          const yearPhrase = DAYS_YEAR_PHRASE_RE.exec(text.slice(last.at + last.text.length, last.at + last.text.length + 16));
          const yearShift = yearPhrase ? (yearPhrase[1] === "last" ? -1 : 1) : undefined;
          if (yearShift !== undefined && k.k === "monthDay" && k.yearShift === undefined) k.yearShift = yearShift;
          for (const x of days) {
            const end = x === last && yearPhrase ? x.at + x.text.length + yearPhrase[0].length : x.at + x.text.length;
            out.push({ start: x.at, end, text: text.slice(x.at, end), kind: { k: "sameMonth", d: x.d, neighbour: "previous" } });
          }
          // The year phrase is now part of the last day's span.
          if (yearPhrase && next && next.start < out[out.length - 1]!.end) i++;
        }
      }
    }
  }
  return out;
}

/** Verbs of rescheduling: what they move has not happened yet. */
const MOVE_VERB_RE =
  /\b(?:mov(?:e|es|ed|ing)|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|reschedul(?:e|es|ed|ing)|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|defer(?:s|red|ring)?|advanc(?:e|es|ed|ing)|(?:push(?:es|ed|ing)?|put(?:s|ting)?|brought|bring(?:s|ing)?|pull(?:s|ed|ing)?)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:back|off|forward))\b/iu;
/** Moves to an earlier date: "brought forward", "moved up", "advanced". */
const EARLIER_MOVE_RE =
  /\b(?:brought|bring(?:s|ing)?|pull(?:s|ed|ing)?|mov(?:e|es|ed|ing))\s+(?:[\p{L}’'-]+\s+){0,4}?(?:forward|up)\b|\badvanc(?:e|es|ed|ing)\b/iu;

/** "had been moved", "had postponed": a rescheduling told from after the rescheduled event. */
const PAST_PERFECT_MOVE_RE = new RegExp(`\\bhad\\s+(?:been\\s+)?(?:[\\p{L}-]+ly\\s+)?(?=${MOVE_VERB_RE.source.slice(2)})`, "iu");

/** The text from the start of the sentence around `pos` (at most 160 code units back) to `pos`. */
function sentenceHead(text: string, pos: number): string {
  const head = text.slice(Math.max(0, pos - 160), pos);
  return head.replace(/^[\s\S]*[.!?]["”’]?\s+(?=\S)/, "");
}

/**
 * Months and month-days of a rescheduling: "moved the vote from September to January",
 * "postponed from November to February", "delays pension reform vote to January", "brought
 * forward to May". The date given up is marked `from`; the date moved to `later` or `earlier`.
 */
function markMoves(text: string, cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind.k !== "month" && c.kind.k !== "monthDay" && c.kind.k !== "weekday") continue;
    if (!/\b(?:to|until|till|into|for)\s+$/i.test(text.slice(Math.max(0, c.start - 10), c.start))) continue;
    const head = sentenceHead(text, c.start);
    if (!MOVE_VERB_RE.test(head)) continue;
    // The date moved to; the date given up is the one written just before it, after "from".
    const prev = cands[i - 1];
    const paired =
      !!prev &&
      /^\s+(?:to|until|till|into)\s+$/i.test(text.slice(prev.end, c.start)) &&
      /\bfrom\s+$/i.test(text.slice(Math.max(0, prev.start - 6), prev.start));
    // (In reported speech the past perfect is the backshifted present perfect: "said the vote had been postponed to May".)
    const pastPerfect = PAST_PERFECT_MOVE_RE.test(head) && !/\b(?:said|says|told|tells|announced|reported|added|stated|confirmed)\b[^.]*\bhad\s/i.test(head);
    c.kind.move = { role: "to", earlier: EARLIER_MOVE_RE.test(head), paired, pastPerfect };
    if (paired && (prev.kind.k === "month" || prev.kind.k === "monthDay")) prev.kind.move = { role: "from", pastPerfect };
  }
}

/** Any holiday's name, the rule of each alternative in order. */
const HOLIDAY_RE = new RegExp(`\\b(?:${HOLIDAYS.map(([pattern]) => `(${pattern})`).join("|")})(?![\\p{L}\\p{N}'’-])`, "gu");
/** A word each holiday's name has. */
const HOLIDAY_HINT =
  /\b(?:A(?:sh W|scension|rmistice|ll Saints)|B(?:oxing|astille|onfire|lack F)|C(?:hristmas|yber M)|E(?:aster|piphany)|Fawkes|Good F|H(?:ogmanay|alloween)|Luther King|M(?:ay Day|aundy|emorial)|New Year|P(?:atrick|alm S|entecost|residents)|Remembrance|Thanksgiving|V(?:alentine|eterans)|W(?:omen|hit S)|Labor)/;
/** Names that begin with a holiday's ("Good Friday Agreement", "Easter Island") and things named after one ("Christmas tree"). */
const HOLIDAY_NAMED_AFTER_RE =
  /^[ \t]+(?:Agreement|Accords?|Island|Islands|Rising|Uprising|Offensive|Treaty|Massacre|Act|eggs?|bunny|trees?|cards?|carols?|jumpers?|presents?|songs?|lights|decorations|crackers?|pudding|films?|movies?|stockings?|markets?|number)\b/;

/** "end-March", "start-June": the month, as wire copy writes its parts (chrono reads no month after the hyphen). */
const MONTH_PART_RE = new RegExp(`\\b(?:end|start)-(${MONTH_FULL_PATTERN})\\b`, "g");

function monthPartCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  const slice = text.slice(from, to);
  MONTH_PART_RE.lastIndex = 0;
  for (let m = MONTH_PART_RE.exec(slice); m; m = MONTH_PART_RE.exec(slice)) {
    const end = from + m.index + m[0].length;
    const start = end - m[1]!.length;
    out.push({
      start,
      end,
      text: m[1]!,
      kind: { k: "month", m: monthNumber(m[1]!)!, tense: lazyTense(text, start, end), yearShift: yearNamedAfter(text, end) },
    });
  }
}

/** Named holidays: "on Christmas Day", "over Easter", "by Thanksgiving", "last Christmas". */
function holidayCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  const slice = text.slice(from, to);
  HOLIDAY_RE.lastIndex = 0;
  for (let m = HOLIDAY_RE.exec(slice); m; m = HOLIDAY_RE.exec(slice)) {
    const which = m.slice(1).findIndex((g) => g !== undefined);
    const start = from + m.index;
    const end = start + m[0].length;
    if (which < 0 || HOLIDAY_NAMED_AFTER_RE.test(text.slice(end, end + 16)) || /^['’]s\b/.test(text.slice(end, end + 3))) continue;
    const dir = direction(text, start, m[0]);
    const dirWord = dir ? /\b(?:last|next|this|coming)\s+$/i.exec(text.slice(Math.max(0, start - 8), start)) : null;
    const spanStart = dirWord ? start - dirWord[0].length : start;
    out.push({
      start: spanStart,
      end,
      text: text.slice(spanStart, end),
      kind: { k: "holiday", rule: HOLIDAYS[which]![1], tense: lazyTense(text, start, end), dir: dir === "this" ? undefined : dir },
    });
  }
}

/** A word every relative expression has (one test: lower-casing each line cost more than the scan). */
const RELATIVE_HINT = /ago|day|night|month|year|tomorrow/i;

/**
 * Lines that date the scrape, not the story: "Updated 3 sec ago", "Posted 2 hours ago", a feed's
 * "Silver Screen Post · 2 days ago" or "TechBrief · yesterday" (an age after a name and a
 * separator dot or bar, and nothing else).
 */
const SCRAPE_AGE_LINE_RE =
  /^\s*(?:(?:Updated|Posted|Published|Last updated|Edited)\s*:?\s*(?:\d+|an?|one|few)\s+\w+.*\bago|[^.!?·•|\n\r]{1,60}\s[·•|]\s*(?:(?:\d+|an?|one|few)\s+\w+(?:\s+\d+\s+\w+)*\s+ago|yesterday|today))\s*$/i;
/** The C library's date, as mail archives' "From " lines write it: "Wed Mar  1 07:02:11 2023" (chrono reads its day but not its year). */
const ASCTIME_RE =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]?\d) \d\d:\d\d(?::\d\d)?(?: [A-Z]{2,5})? (\d{4})\b/g;

function asctimeCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  fullDayCandidates(text, from, to, ASCTIME_RE, (m) => [Number(m[3]), monthNumber(m[1]!)!, Number(m[2])], out);
}

/** The matches of `re` (global) in [from, to) that write a whole day: `dayOf` reads year, month and day from each; impossible days are left. */
function fullDayCandidates(
  text: string,
  from: number,
  to: number,
  re: RegExp,
  dayOf: (m: RegExpExecArray) => [number, number, number],
  out: Candidate[],
): void {
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const [y, mo, d] = dayOf(m);
    if (validDay(y, mo, d)) out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], kind: { k: "full", y, m: mo, d } });
  }
}

function scanLine(text: string, from: number, to: number, out: Candidate[]): void {
  const line = text.slice(from, to);
  const relative = RELATIVE_HINT.test(line); // every scrape age has one of its words too
  if (relative && SCRAPE_AGE_LINE_RE.test(line)) return;
  // Each layer runs only where its cheap trigger occurs (chrono only sees small windows anyway).
  chronoCandidates(text, from, to, out);
  // (a date line's age beside an outlet, a byline or a post's score and poster is the page's, not the story's; a save time
  // written out beside it is a date: `pitchside.example · 11h ago · saved Sun 2 Jun 2024 08:15`)
  if (relative && ageInDateLine(line) === undefined) relativeCandidates(text, from, to, out);
  if (/\d\d/.test(line)) yearCandidates(text, from, to, out);
  if (/\d:\d\d/.test(line)) asctimeCandidates(text, from, to, out);
  if (/May|March|MAY|MARCH/.test(line)) mayMarchCandidates(text, from, to, out);
  if (HOLIDAY_HINT.test(line)) holidayCandidates(text, from, to, out);
  if (line.includes("end-") || line.includes("start-")) monthPartCandidates(text, from, to, out);
  if (STAMP_HINT.test(line)) stampCandidates(from, line, out);
  if (DIGITS_FIELD.test(line)) digitsFieldCandidates(from, line, out);
  else if (UNIX_TIME_HINT.test(line)) inlineUnixTimeCandidates(from, line, out);
  if (ORDINAL_HINT.test(line)) {
    ordinalDayCandidates(text, from, to, out);
    if (line.includes(" day of ")) dayOfMonthCandidates(text, from, to, out);
  }
  if (SHORT_NUMERIC_HINT.test(line)) shortNumericCandidates(text, from, to, out);
  if (DOTTED_SHORT_HINT.test(line)) dottedShortCandidates(text, from, to, out);
  if (ACCENTED_LETTER.test(line) || FOREIGN_HINT.test(line)) foreignCandidates(text, from, to, out);
}

/** A field whose whole value is digits: `published_ts: 1715010120`, `"date": 20230306`. */
const DIGITS_FIELD = /^\s*"?([\p{L}_][\p{L}\d_.:-]{1,40}?)"?\s*[:=]\s*"?(\d{8}|\d{10}|\d{13})"?,?\s*$/u;

/** The date a date field gives as digits alone (a Unix time, a compact `20230306`), read as the record's tools write it. */
function digitsFieldCandidates(from: number, line: string, out: Candidate[]): void {
  const m = DIGITS_FIELD.exec(line)!;
  // JSON writes keys in camel case: "publishedAt" is "published at".
  const key = m[1]!.replace(/(\p{Ll})(\p{Lu})/gu, "$1_$2");
  if (!isDateKey(normalKey(key.replace(/[_.-]?(?:ts|timestamp|epoch|unix|utc)$/i, "") || key))) return;
  const day = wholeValueDate(m[2]!);
  if (!day) return;
  const start = from + line.lastIndexOf(m[2]!);
  const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
  out.push({ start, end: start + m[2]!.length, text: m[2]!, kind: { k: "full", y, m: mo, d } });
}

const UNIX_TIME_HINT = /\d{10}/;
/** Ten or thirteen digits after a key and a colon, or a key word alone: "Aired: 1749542400 · 44:50", "published 1728318600". */
const INLINE_UNIX_TIME_RE = /(?<![\p{L}\d_])([\p{L}_][\p{L}\d_]{1,30})"?[ \t]*[:=]?[ \t]*"?(\d{10}|\d{13})(?![\p{L}\p{N}])/gu;

/** A Unix time inside a line of fields: the date of its key's value, where the key names a date. */
function inlineUnixTimeCandidates(from: number, line: string, out: Candidate[]): void {
  INLINE_UNIX_TIME_RE.lastIndex = 0;
  for (let m = INLINE_UNIX_TIME_RE.exec(line); m; m = INLINE_UNIX_TIME_RE.exec(line)) {
    const key = m[1]!.replace(/(\p{Ll})(\p{Lu})/gu, "$1_$2");
    if (!isDateKey(normalKey(key))) continue;
    const day = wholeValueDate(m[2]!);
    if (!day) continue;
    const start = from + m.index + m[0].length - m[2]!.length;
    const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
    out.push({ start, end: start + m[2]!.length, text: m[2]!, kind: { k: "full", y, m: mo, d } });
  }
}

/** What every transmission stamp has: a time of four digits and a zone ("1412GMT", "171845 GMT"). */
const STAMP_HINT = /\d{4} ?[A-Z]{3}\b/;

/** A wire service's transmission stamp closing an item ("AP-WF-06-02-24 0930GMT", "171845 GMT MAY 23"): its date, read as the service writes it. */
function stampCandidates(from: number, line: string, out: Candidate[]): void {
  const stamp = findTransmissionStamp(line);
  if (!stamp) return;
  const { y, m, d } = stamp.day;
  out.push({ start: from + stamp.start, end: from + stamp.end, text: line.slice(stamp.start, stamp.end), kind: { k: "full", y, m, d } });
}

/** Lower-case words that introduce a month: "since May", "last May", "until March", "the end of May". */
const MONTH_INTRO_RE = /^(?:in|since|until|till|by|from|of|during|before|after|between|through|throughout|around|last|next|this|early|late|mid)$/;
/** "pushed back the deadline to March.": "to" introduces a month where the phrase ends with it. */
const MONTH_AS_END_RE = /^\s*(?:[,.;:!?)]|$|(?:this|next|last)\s+year\b)/;
/** A month named just before, joined by a conjunction or range word: "April and May", "from January to March". */
const MONTH_BEFORE_RE = new RegExp(`\\b(?:${MONTH_FULL_PATTERN}|${MONTH_ABBREVIATION_PATTERN})\\.?,?\\s+(?:and|or|to|through|until|till)\\s+$`, "i");
/** "the warmest May on record", "a record March": a superlative describes the month. */
const SUPERLATIVE_BEFORE_RE =
  /\b(?:the|a|an|this|last|its|their)\s+(?!(?:interest|forest|protest|request|contest|harvest|arrest|west|rest|test|guest|nest|chest|quest|honest|modest|digest|manifest|priest|conquest|inquest|behest|unrest)\s)(?:[a-z]+est|record)\s+$/;
/** Finite verbs after a month as subject: "May was the warmest on record" (the modal "may" takes a bare verb). */
const MONTH_SUBJECT_VERB_RE = /^(?:was|is|has|had|saw|brought|marked|became|remains|ended|began|set)$/;
/** A capitalised word before "May" that is no date word: a first name or title, so "May" names a person in this text. */
const MAY_AS_NAME_RE =
  /\b(?!(?:In|From|By|Since|Until|Till|Before|After|During|The|A|Last|Next|This|Early|Late|Mid|Of|And|Or|To|Through|On|But|Then|Also|Each|Every|Since)\b)[A-Z][a-z]+\.?\s+May\b/;

/**
 * "May" and "March" alone are verbs and names as often as months, and chrono reads "May" only
 * after "in". Either is a month where a date word introduces it ("since May", "last May", "until
 * March"), another month comes just before it ("April and May"), a superlative describes it ("the
 * warmest May on record"), it dates an event noun ("rules out May election"), or it is the subject
 * of a finite verb ("May was the 12th record-warm month") in a text that never writes it after a
 * first name or title ("Theresa May", "Mrs May").
 */
function mayMarchCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  const re = /\b(May|March|MAY|MARCH)\b(?![ \t]*\d)/g;
  const slice = text.slice(from, to);
  let mayIsAName: boolean | undefined;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const word = m[1]!;
    const start = from + m.index;
    const end = start + word.length;
    const pw = prevWord(text, start);
    const nw = nextWord(text, end);
    const before = text.slice(Math.max(0, start - 40), start);
    let isMonth: boolean;
    if (/^[A-Z][a-z]/.test(nw) && !MONTH_NUMBERS.has(nw.toLowerCase()) && !/^(?:last|next|this)$/i.test(pw))
      isMonth = false; // "May Day", "March Madness" (but "last May Slack fixed …")
    else if (MONTH_EVENT_NOUN_RE.test(nw)) isMonth = /^[a-z]/.test(pw) || /^(?:In|From|By|Since|Until|Before|After|During|The|A|Early|Late)$/.test(pw);
    else if (MONTH_INTRO_RE.test(pw.toLowerCase())) isMonth = true;
    else if (pw === "to" && MONTH_AS_END_RE.test(text.slice(end, end + 12))) isMonth = true;
    else if (MONTH_BEFORE_RE.test(before) || SUPERLATIVE_BEFORE_RE.test(before)) isMonth = true;
    else if (MONTH_SUBJECT_VERB_RE.test(nw) && !/^[A-Z]/.test(pw)) isMonth = !(word === "May" && (mayIsAName ??= MAY_AS_NAME_RE.test(text)));
    else isMonth = false;
    if (!isMonth) continue;
    if (/^the$/i.test(pw) && /^\s*(?:on|to|of)\b/.test(text.slice(end, end + 5))) continue; // "the March on Rome"
    if (recurring(text, start, end)) continue;
    const dir = direction(text, start, word);
    const dirWord = dir ? /\b(?:last|next|this|coming)\s+$/i.exec(before) : null;
    const spanStart = dirWord ? start - dirWord[0].length : start;
    out.push({
      start: spanStart,
      end,
      text: text.slice(spanStart, end),
      kind: {
        k: "month",
        m: monthNumber(word)!,
        tense: lazyTense(text, start, end),
        dir: dir === "this" ? undefined : dir,
        yearShift: yearNamedAfter(text, end),
      },
    });
  }
}

/** An ordinal in figures: what every day of the month written alone has. */
const ORDINAL_HINT = /\d(?:st|nd|rd|th)\b/i;
const ORDINAL_DAY_RE = /(?<![\p{L}\p{N}.,/-])([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/giu;
/** Before "the 21st": a weekday ("Monday the 13th"), or a word that introduces a day (a line break may come between). */
const ORDINAL_DAY_BEFORE_RE = new RegExp(
  `(?:\\b(?<weekday>${WEEKDAY_FULL_PATTERN}),?|\\b(?:on|by|for|until|till|from|since|before|after|through|and|or|between|of))\\s+the\\s+$`,
  "i",
);
/** The next days of a list: "and 22nd" in "the 21st and 22nd". */
const ORDINAL_DAY_NEXT_RE = /^\s*(?:and|or|to|through|till|until|[-–])\s*(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/i;
/**
 * What may follow a day of the month written alone: the end of the phrase, a conjunction or
 * preposition, an adverb of a chat ("due by the 20th right?"). A noun makes the ordinal a rank
 * ("the 17th month", "the 20th anniversary", "the 15th and 48th minutes", "the 4th arrondissement").
 */
const ORDINAL_DAY_AFTER_RE =
  /^\s*(?:$|[.,;:!?)"”’]|(?:and|or|but|when|at|in|on|with|after|before|if|as|while|so|because|until|unless|to|right|then|already|too|instead|now|again|anyway|perhaps|maybe|probably|of\s+(?:this|next|last|the|each)\s+month)\b)/i;

/** The day of a deed, a notice or a court's order: `the 1st day of April, 2024`, `this 28th day of February 2024`. */
const DAY_OF_MONTH_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\s+day\\s+of\\s+(${MONTH_FULL_PATTERN}),?\\s+((?:1[89]|20)\\d\\d)(?![\\p{N}])`,
  "giu",
);

function dayOfMonthCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  fullDayCandidates(text, from, to, DAY_OF_MONTH_RE, (m) => [Number(m[3]), monthNumber(m[2]!)!, Number(m[1])], out);
}

/**
 * Days of the month written alone: "on the 21st", "due by the 20th", "meets on the 21st and
 * 22nd", "Monday the 13th"; the month is the one the text is in (resolve.ts).
 */
function ordinalDayCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  const slice = text.slice(from, to);
  ORDINAL_DAY_RE.lastIndex = 0;
  for (let m = ORDINAL_DAY_RE.exec(slice); m; m = ORDINAL_DAY_RE.exec(slice)) {
    const start = from + m.index;
    const before = ORDINAL_DAY_BEFORE_RE.exec(text.slice(Math.max(0, start - 30), start));
    if (!before) continue;
    // The days listed with it; what follows the last decides for all.
    const days: { start: number; end: number; d: number }[] = [{ start, end: start + m[0].length, d: Number(m[1]) }];
    for (let next = ORDINAL_DAY_NEXT_RE.exec(text.slice(start + m[0].length, to)); next; ) {
      const last = days[days.length - 1]!;
      const end = last.end + next[0].length;
      days.push({ start: end - next[0].length + next[0].search(/\d/), end, d: Number(next[1]) });
      next = ORDINAL_DAY_NEXT_RE.exec(text.slice(end, to));
    }
    const lastEnd = days[days.length - 1]!.end;
    if (!ORDINAL_DAY_AFTER_RE.test(text.slice(lastEnd, lastEnd + 30))) continue;
    const weekday = before.groups?.weekday;
    for (const [i, day] of days.entries()) {
      // "Monday the 13th" on one line is one expression.
      const weekdayStart = i === 0 && weekday ? start - before[0].length : undefined;
      const spanStart = weekdayStart !== undefined && !/[\n\r]/.test(text.slice(weekdayStart, start)) ? weekdayStart : day.start;
      out.push({
        start: spanStart,
        end: day.end,
        text: text.slice(spanStart, day.end),
        kind: { k: "ordinalDay", d: day.d, wd: spanStart === weekdayStart && weekday ? weekdayNumber(weekday) : undefined },
      });
    }
    ORDINAL_DAY_RE.lastIndex = lastEnd - from;
  }
}

/** What every foreign month or weekday name has: a letter outside ASCII, or it is one of the names written in ASCII. */
/** A letter with an accent, as the months and weekdays of the languages read here may have. */
const ACCENTED_LETTER = /[\u00c0-\u024f]/;
/** What every foreign date has: a month's abbreviation after a day, a German day's full stop, or a month's or weekday's name (the calendar's). */
const FOREIGN_HINT = new RegExp(
  `\\d\\.?\\s+(?:de\\s+)?(?:${FOREIGN_MONTH_ABBREVIATION_PATTERN})\\b|\\d\\.\\s+[A-Z]|\\b(?:${FOREIGN_MONTH_PATTERN}|${FOREIGN_WEEKDAY_PATTERN})`,
  "i",
);

/**
 * Dates in French, Spanish, Portuguese, Italian and German: a day and month with or without a
 * year ("29 avril 2024", "12 de mayo de 2025", "1er mai", "3. März 2024", "lundi 29 avril"), a
 * month and year ("enero de 2024", "janvier 2024"), a month alone ("fin juin", "en enero"), a
 * weekday alone ("a annoncé lundi", "am Montag").
 */
const FOREIGN_DATE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:` +
    `(?:(?<dayWeekday>${FOREIGN_WEEKDAY_PATTERN}),?\\s+(?:(?:le|el|o|il|den|am)\\s+)?)?(?<day>[1-9]|[012]\\d|3[01])(?:er|re|º|°|ª|\\.)?\\s+(?:de\\s+)?` +
    `(?:(?<dayMonth>${FOREIGN_MONTH_PATTERN})|(?<dayAbbreviation>${FOREIGN_MONTH_ABBREVIATION_PATTERN})\\.?|(?<=\\d\\.\\s+)(?<dayEnglish>${MONTH_FULL_PATTERN}))` +
    `(?:,?\\s+(?:(?:de|del)\\s+)?(?<dayYear>(?:1[5-9]|20)\\d\\d)(?![\\p{N}]))?` +
    `|(?<yearMonth>${FOREIGN_MONTH_PATTERN}),?\\s+(?:(?:de|del)\\s+)?(?<year>(?:1[5-9]|20)\\d\\d)(?![\\p{N}])` +
    `|(?<month>${FOREIGN_MONTH_PATTERN})` +
    `|(?<weekday>${FOREIGN_WEEKDAY_PATTERN})` +
    `)(?![\\p{L}\\p{N}])`,
  "giu",
);
/** Words of those languages that introduce a month or weekday: "en mai", "fin juin", "desde enero", "im März", "am Montag". */
const FOREIGN_INTRO_RE =
  /^(?:en|de|fin|début|debut|mi|depuis|dès|jusqu|au|desde|hasta|entre|para|finales|principios|mediados|fines|inicios|em|até|início|inicio|meados|fim|final|dal|fino|entro|inizio|fine|metà|im|seit|bis|ab|vom|zum|anfang|ende|mitte)$/i;
/** After a foreign weekday: "lundi prochain", "el lunes pasado". */
const FOREIGN_NEXT_AFTER_RE = /^\s+(?:prochain|que\s+viene|próximo|proximo|prossimo|que\s+vem)\b/iu;
const FOREIGN_LAST_AFTER_RE = /^\s+(?:dernier|pasado|passado|scorso)\b/iu;
const FOREIGN_NEXT_BEFORE_RE = /(?:próximo|proximo|prossimo|prochain|nächsten|kommenden)\s+$/iu;
const FOREIGN_LAST_BEFORE_RE = /(?:pasado|último|ultimo|letzten|vergangenen)\s+$/iu;

function foreignCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  const slice = text.slice(from, to);
  FOREIGN_DATE_RE.lastIndex = 0;
  for (let m = FOREIGN_DATE_RE.exec(slice); m; m = FOREIGN_DATE_RE.exec(slice)) {
    const g = m.groups ?? {};
    const start = from + m.index;
    const end = start + m[0].length;
    const t = m[0];
    if (g.day !== undefined) {
      if (namedAfterDay(text, start, end)) continue;
      const abbreviation = g.dayAbbreviation?.toLowerCase();
      // "3 out of 5", "won 6-4 in the third set": an abbreviation that is a word needs its year.
      if (abbreviation !== undefined && AMBIGUOUS_MONTH_ABBREVIATIONS.has(abbreviation) && g.dayYear === undefined) continue;
      const mo =
        abbreviation !== undefined
          ? FOREIGN_MONTH_ABBREVIATIONS.get(abbreviation)!
          : g.dayEnglish !== undefined
            ? monthNumber(g.dayEnglish)!
            : FOREIGN_MONTH_NUMBERS.get(g.dayMonth!.toLowerCase())!;
      const d = Number(g.day);
      if (g.dayYear !== undefined) {
        const y = Number(g.dayYear);
        if (validDay(y, mo, d)) out.push({ start, end, text: t, kind: { k: "full", y, m: mo, d } });
      } else if (validDay(2000, mo, d)) {
        out.push({ start, end, text: t, kind: { k: "monthDay", m: mo, d, tense: lazyTense(text, start, end), event: false } });
      }
      continue;
    }
    if (g.yearMonth !== undefined) {
      out.push({ start, end, text: t, kind: { k: "monthYear", y: Number(g.year), m: FOREIGN_MONTH_NUMBERS.get(g.yearMonth.toLowerCase())! } });
      continue;
    }
    const introduced = FOREIGN_INTRO_RE.test(prevWord(text, start));
    if (g.month !== undefined) {
      // Lower case, as the Romance languages write months; a capitalised one (German, or a name:
      // "Plaza de Mayo" aside) or one that is an English word too only after a word of its language.
      const lower = t === t.toLowerCase();
      if (!(lower && !AMBIGUOUS_FOREIGN_MONTHS.has(t)) && !(introduced && (lower || /^(?:im|seit|bis|ab|anfang|ende|mitte)$/i.test(prevWord(text, start)))))
        continue;
      out.push({ start, end, text: t, kind: { k: "month", m: FOREIGN_MONTH_NUMBERS.get(t.toLowerCase())!, tense: lazyTense(text, start, end) } });
      continue;
    }
    // A weekday: lower case in the Romance languages ("Domingo" is a name), capitalised in German after "am", "seit", "bis".
    const german = GERMAN_WEEKDAY_NUMBERS.get(t);
    const wd = german ?? FOREIGN_WEEKDAY_NUMBERS.get(t);
    if (wd === undefined || (german !== undefined && !/^(?:am|seit|bis|ab|vom)$/i.test(prevWord(text, start)))) continue;
    const after = text.slice(end, end + 16);
    const before = text.slice(Math.max(0, start - 12), start);
    const dir =
      FOREIGN_NEXT_AFTER_RE.test(after) || FOREIGN_NEXT_BEFORE_RE.test(before)
        ? "next"
        : FOREIGN_LAST_AFTER_RE.test(after) || FOREIGN_LAST_BEFORE_RE.test(before)
          ? "last"
          : undefined;
    out.push({ start, end, text: t, kind: { k: "weekday", wd, future: () => dir === "next" || forwardClause(text, start, end), dir } });
  }
}

/** Whether a weekday's clause speaks of what is to come. */
function forwardClause(text: string, start: number, end: number): boolean {
  const tense = clauseTense(text, start, end);
  return tense === "future" || tense === "ahead";
}

const SHORT_NUMERIC_HINT = /\d\d\/\d\d/;
const DOTTED_SHORT_HINT = /\d\.\d\d?\.\d\d(?!\d)/;
/** A day, a month and a two-digit year between full stops, day first as the languages that write it so: `19.2.24`, `04.03.24`; not `17.4.1`, `1.2.3.4`. */
const DOTTED_SHORT_RE = /(?<![\p{L}\p{N}.,:/-])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d\d)(?![\p{L}\p{N}%]|[.,:/-]\d)/gu;

function dottedShortCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  fullDayCandidates(text, from, to, DOTTED_SHORT_RE, (m) => [(Number(m[3]) < 50 ? 2000 : 1900) + Number(m[3]), Number(m[2]), Number(m[1])], out);
}

/** Two figures, a slash and two figures, alone: "03/03", "14/02", not "03/03/2024", "1/2", "24/7" or "3/4". */
const SHORT_NUMERIC_RE = /(?<![\p{L}\p{N}/.,:-])(\d\d)\/(\d\d)(?![\p{L}\p{N}%]|[/.,:-]\d)/gu;
/** Words that introduce a day: "imagery of 03/03", "on 14/02", "since 01/03". */
const NUMERIC_DAY_INTRO_RE = /^(?:on|of|since|from|until|till|by|before|after|dated|to|and)$/i;

/**
 * A day and month in figures without a year ("imagery of 03/03", "on 14/02"): a date where a
 * word introduces a day and one figure has its leading zero (scores, fractions and the like are
 * written without: "3/4", "24/7", "9/11").
 */
function shortNumericCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  const slice = text.slice(from, to);
  SHORT_NUMERIC_RE.lastIndex = 0;
  for (let m = SHORT_NUMERIC_RE.exec(slice); m; m = SHORT_NUMERIC_RE.exec(slice)) {
    const start = from + m.index;
    if (!/^0/.test(m[1]!) && !/^0/.test(m[2]!)) continue;
    if (!NUMERIC_DAY_INTRO_RE.test(prevWord(text, start))) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (!validDay(2000, a, b) && !validDay(2000, b, a)) continue;
    out.push({ start, end: start + m[0].length, text: m[0], kind: { k: "numericNoYear", a, b } });
  }
}
