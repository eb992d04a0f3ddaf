// Date expressions in one article, resolved against the article's own date. Recognition finds
// the candidates (candidates.ts); resolution (which year a "Jan. 29" belongs to, which Friday
// "Friday" is) is ours, not chrono's: news looks back from its publication day, unless the date's
// own clause speaks of the future (tense.ts).

import type { Span } from "../types.js";
import type { HolidayRule } from "../words/calendar.js";
import { anchorsOf, datedDateline, datelineDay, numericDateOrder } from "./anchors.js";
import { addDays, cmp, easterSunday, isoDay, isoMonth, monthShift, nthWeekday, pad2, pad4, parseIso, validDay, weekdayOf, type Ymd } from "./calendar.js";
import { type Candidate, candidatesOf, type Move } from "./candidates.js";
import { attributionAfterDay, clauseTense, statementDate, type Tense } from "./tense.js";

export interface DateSpan extends Span {
  text: string;
  /** YYYY-MM-DD | YYYY-MM | YYYY */
  value: string;
}

export interface FindDatesOptions {
  /**
   * Years that the surrounding dump fixes for month-days, e.g. from `Oct. 7, 2023` written in
   * another article: key `MM-DD` → year (see {@link collectYearAnchors}). Used for a yearless
   * month-day that names an event ("the Oct 7 attack") in an article that does not spell the year
   * itself. Anchors found in the article's own text always apply and need no option.
   */
  yearAnchors?: ReadonlyMap<string, number>;
  /**
   * Numeric dates such as 05/03/2024 that their weekday does not disambiguate: day first? The
   * dump's convention. Default: the order the text's own numeric dates show, else decide by the
   * reference date, else month first.
   */
  dayFirst?: boolean;
  /**
   * The year of a wire dateline's month-day (`PARIS, June 10 (Reuters) -`) when `reference` is
   * unknown: that day, in this year, becomes the article's day. The dump decides it (see
   * {@link latestWrittenYear}); without it, a dateline without a year gives no reference.
   */
  fallbackYear?: number;
}

function resolveWeekday(ref: Ymd, wd: number, future: () => boolean, dir?: "next" | "last" | "this"): Ymd {
  const cur = weekdayOf(ref);
  if (dir === "last") {
    let back = (cur - wd + 7) % 7;
    if (back === 0) back = 7;
    return addDays(ref, -back);
  }
  if (dir === "next") {
    let fwd = (wd - cur + 7) % 7;
    if (fwd === 0) fwd = 7;
    return addDays(ref, fwd);
  }
  if (wd === cur) return ref;
  if (future()) return addDays(ref, (wd - cur + 7) % 7);
  return addDays(ref, -((cur - wd + 7) % 7));
}

/** How far ahead of the reference a date may lie and still be read as coming, in a clause without tense. */
const SOON_DAYS = 120;
/** The same for a month, in months (also across the new year: "eyes January cut" in November). */
const SOON_MONTHS = 3;
/**
 * How many months back from the reference's month a month (or month-day) must lie to be read as
 * next year's in a clause about the future ("would begin a third term on Jan. 10" in July). A
 * nearer one keeps its past reading: "set for March 15" may be written after the day.
 */
const FUTURE_BACK_MONTHS = 3;
/** Whether a clause's tense puts a date after the reference when the calendar allows. */
const forward = (tense: Tense): boolean => tense === "future" || tense === "ahead";

function resolveMonthDay(ref: Ymd, m: number, d: number, tenseOf: () => Tense, dir?: "next" | "last"): Ymd | undefined {
  const day = resolveYearly(ref, (y) => ({ y, m, d }), tenseOf, dir);
  return validDay(day.y, m, d) ? day : undefined;
}

/**
 * A day that comes once a year (a month-day, a holiday: `dayIn` gives it in a year) written
 * without its year: the one on or before the reference, unless the text speaks of the future (or,
 * in a clause without past tense, it is only weeks ahead: "Voters go to the polls on Nov. 5").
 */
function resolveYearly(ref: Ymd, dayIn: (y: number) => Ymd, tenseOf: () => Tense, dir?: "next" | "last"): Ymd {
  let y = ref.y;
  const here = dayIn(y);
  const c = cmp(here, ref);
  if (dir === "next") {
    if (c <= 0) y++;
  } else if (dir === "last") {
    if (c >= 0) y--;
  } else if (c > 0) {
    const soon = Date.UTC(here.y, here.m - 1, here.d) - Date.UTC(ref.y, ref.m - 1, ref.d) <= SOON_DAYS * 86400000;
    const tense = tenseOf();
    if (!(forward(tense) || (tense === "neutral" && soon))) y--;
  } else if (c < 0) {
    // "will meet on Jan. 10" in a December article: next January; "the exhibition, which runs
    // until Jan. 19": the next Jan. 19 whatever the distance.
    const tense = tenseOf();
    if (tense === "ahead" || (tense === "future" && monthDistance(ref, here.m) >= FUTURE_BACK_MONTHS)) y++;
  }
  return y === ref.y ? here : dayIn(y);
}

/** How soon a holiday must come to be the one a story speaks of whatever its tense ("players left early to start the Labor Day weekend"). */
const HOLIDAY_SEASON_DAYS = 31;

/**
 * A holiday written without its year: the coming one when it is at most a month away (the story
 * is in its season: "spending Christmas ahead of their rivals" in early December), else as any
 * yearly day.
 */
function resolveHoliday(ref: Ymd, rule: HolidayRule, tenseOf: () => Tense, dir?: "next" | "last"): Ymd {
  const here = holidayIn(rule, ref.y);
  const coming = cmp(here, ref) >= 0 ? here : holidayIn(rule, ref.y + 1);
  if (!dir && Date.UTC(coming.y, coming.m - 1, coming.d) - Date.UTC(ref.y, ref.m - 1, ref.d) <= HOLIDAY_SEASON_DAYS * 86400000) return coming;
  return resolveYearly(ref, (y) => holidayIn(rule, y), tenseOf, dir);
}

/** A holiday's day in a year. */
function holidayIn(rule: HolidayRule, y: number): Ymd {
  if ("fixed" in rule) return { y, m: rule.fixed[0], d: rule.fixed[1] };
  if ("easter" in rule) return addDays(easterSunday(y), rule.easter);
  return addDays(nthWeekday(y, rule.month, rule.weekday, rule.nth), rule.plusDays ?? 0);
}

/** How many months back `m` lies from ref's month (0..11). */
function monthDistance(ref: Ymd, m: number): number {
  return (ref.m - m + 12) % 12;
}

export function resolveMonth(ref: Ymd, m: number, tenseOf: () => Tense, dir?: "next" | "last"): { y: number; m: number } {
  let y = ref.y;
  if (dir === "next") {
    if (m <= ref.m) y++;
  } else if (dir === "last") {
    // "last May": the latest May at least two months back; the month just before is "last month"
    // ("since last February" in March 2023 is February 2022).
    if (m > ref.m - 2) y--;
  } else if (m > ref.m) {
    const soon = m - ref.m <= SOON_MONTHS;
    const tense = tenseOf();
    if (!(forward(tense) || (tense === "neutral" && soon))) y--;
  } else if (m < ref.m) {
    // "eyes January cut" (no tense) in November: the coming January, as "eyes March cut" in
    // January is this year's March.
    const tense = tenseOf();
    const soon = m + 12 - ref.m <= SOON_MONTHS;
    if (tense === "ahead" || (tense === "future" && monthDistance(ref, m) >= FUTURE_BACK_MONTHS) || (tense === "neutral" && soon)) y++;
  }
  return { y, m };
}

/** The first and last day of a value (YYYY, YYYY-MM or YYYY-MM-DD), as UTC milliseconds. */
function periodOf(value: string): [number, number] {
  const [y, m, d] = value.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d)];
}

/**
 * A month (`d` undefined) or month-day of a rescheduling: a schedule that is moved has not
 * happened yet. The date given up is the first such date not over before the reference; the
 * date moved to is the first after the date given up (or, moved earlier, the last before it) that
 * is not over before the reference either ("moved from June to January" in November 2022: June
 * 2023 and January 2024). Told in the past perfect ("the election had been moved from November to
 * February"), the rescheduled event has come: the dates are the latest that have begun.
 */
function resolveMoved(ref: Ymd, m: number, d: number | undefined, move: Move, givenUp: string | undefined): string | undefined {
  const refDay = Date.UTC(ref.y, ref.m - 1, ref.d);
  const bound = move.role === "to" && move.paired && givenUp ? periodOf(givenUp) : undefined;
  const all: string[] = [];
  for (let y = ref.y - 2; y <= ref.y + 3; y++) {
    if (d === undefined || validDay(y, m, d)) all.push(d === undefined ? isoMonth(y, m) : isoDay({ y, m, d }));
  }
  const settled = move.pastPerfect ? all.filter((v) => periodOf(v)[0] <= refDay) : all.filter((v) => periodOf(v)[1] >= refDay);
  const fallback = move.pastPerfect ? settled[settled.length - 1] : settled[0];
  if (!bound) return fallback;
  if (move.earlier) return settled.filter((v) => periodOf(v)[1] < bound[0]).pop() ?? fallback;
  return (move.pastPerfect ? all : settled).find((v) => periodOf(v)[0] > bound[1]);
}

/** A line of its own, short, capitalised and without final punctuation: a subhead. */
const SUBHEAD_BETWEEN_RE = /[\n\r][ \t]*\p{Lu}[^\n\r.!?:;"”]{0,60}[ \t]*[\n\r]/u;
/** How far back (code units) the date a shift counts from may lie: "won in 2019 and the title a year later". */
const SHIFT_REACH = 250;

/** What a relative day ("the same day", "the next day") counts from: the last day given, or the last one on its side of the reference when the clause's tense says so. */
interface DaysGiven {
  last?: Ymd;
  lastEnd: number;
  lastPast?: Ymd;
  lastAhead?: Ymd;
}

/** The day an article's dates are resolved against: its publication day, else its wire dateline's month-day in `options.fallbackYear`. */
export function referenceDay(text: string, reference: string | undefined, options: FindDatesOptions): Ymd | undefined {
  const ref = parseIso(reference);
  if (ref || options.fallbackYear === undefined) return ref;
  // A wire dateline with a month-day and no year: that day, in the year the dump gives.
  const dl = datelineDay(text);
  return dl && validDay(options.fallbackYear, dl.m, dl.d) ? { y: options.fallbackYear, m: dl.m, d: dl.d } : undefined;
}

/**
 * Every date expression in one article, in document order, resolved against `reference` (the
 * article's publication day, ISO), or, when that is unknown, against the month-day of a wire
 * dateline in `options.fallbackYear`, else against the latest absolute date the text gave before
 * the expression (expressions with nothing to resolve against are left out).
 */
export function findDates(text: string, reference: string | undefined, options: FindDatesOptions = {}): DateSpan[] {
  const kept = candidatesOf(text);
  const ref = referenceDay(text, reference, options);
  // Month-days this text writes with a year ("October 7, 2023") fix the year of the same
  // month-day written without one, anywhere in the text.
  const localAnchors = anchorsOf(kept);
  const out: DateSpan[] = [];
  const days: DaysGiven = { lastEnd: 0 }; // the days given so far, for "The next day"
  let latestAbsolute: Ymd | undefined; // fallback reference when `reference` is unknown
  let previous: { index: number; value: string; end: number; writtenYear: boolean } | undefined; // the last mention resolved
  let written: { day: Ymd; end: number } | null | undefined; // a dateline's full date, looked for at the first "today"
  let waiting: { c: Candidate; d: number } | undefined; // "11" of "11 and 13 October", until "13 October" is resolved
  let textOrder: "dayFirst" | "monthFirst" | null | undefined; // how the text writes numeric dates, looked for at the first ambiguous one
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    const r = ref ?? latestAbsolute;
    const k = c.kind;
    const previousValue = previous?.index === i - 1 ? previous.value : undefined;
    let value: string | undefined;
    let day: Ymd | undefined;
    switch (k.k) {
      case "full":
        day = { y: k.y, m: k.m, d: k.d };
        if (!latestAbsolute || cmp(day, latestAbsolute) > 0) latestAbsolute = day;
        break;
      case "monthYear":
        value = isoMonth(k.y, k.m);
        break;
      case "year":
        value = pad4(k.y);
        break;
      case "numericAmbiguous": {
        const mf = validDay(k.y, k.a, k.b) ? { y: k.y, m: k.a, d: k.b } : undefined;
        const df = validDay(k.y, k.b, k.a) ? { y: k.y, m: k.b, d: k.a } : undefined;
        // The weekday written beside it tells, when it fits one reading only ("Tue 01/12/2026");
        // else the dump's convention, else the one the text's other numeric dates show.
        const byWeekday = k.wd === undefined ? [] : [mf, df].filter((x): x is Ymd => x !== undefined && weekdayOf(x) === k.wd);
        textOrder ??= numericDateOrder(text) ?? null;
        const dayFirst = options.dayFirst ?? (textOrder ? textOrder === "dayFirst" : undefined);
        if (byWeekday.length === 1) day = byWeekday[0];
        else if (dayFirst !== undefined) day = dayFirst ? df : mf;
        else if (mf && df && r) {
          // Prefer what lies on or before the reference, and closest to it.
          const dist = (x: Ymd) => Math.abs(Date.UTC(x.y, x.m - 1, x.d) - Date.UTC(r.y, r.m - 1, r.d));
          const okM = cmp(mf, r) <= 0,
            okD = cmp(df, r) <= 0;
          day = okM !== okD ? (okM ? mf : df) : dist(mf) <= dist(df) ? mf : df;
        } else day = mf ?? df;
        if (day && (!latestAbsolute || cmp(day, latestAbsolute) > 0)) latestAbsolute = day;
        break;
      }
      case "monthDay": {
        const key = `${pad2(k.m)}-${pad2(k.d)}`;
        const anchored = localAnchors.get(key) ?? (k.event ? options.yearAnchors?.get(key) : undefined);
        if (k.yearShift !== undefined && r) {
          // "4 March next year": the year is written.
          if (validDay(r.y + k.yearShift, k.m, k.d)) day = { y: r.y + k.yearShift, m: k.m, d: k.d };
        } else if (anchored !== undefined && !k.dir && (!r || anchored <= r.y + 1)) {
          if (validDay(anchored, k.m, k.d)) day = { y: anchored, m: k.m, d: k.d };
        } else if (r && k.move) {
          day = parseIso(resolveMoved(r, k.m, k.d, k.move, previousValue));
        } else if (r) {
          day = resolveMonthDay(r, k.m, k.d, k.tense, k.dir);
          // "Tuesday, October 15": the weekday tells the year, when one close by fits.
          if (day && k.wd !== undefined && weekdayOf(day) !== k.wd) {
            // Only across the reference: a "soon" reading may really be last year's, a past
            // reading next year's; a weekday slip in the text must not move a date a year away.
            const other = cmp(day, r) > 0 ? day.y - 1 : day.y + 1;
            const fit = [other].find((yy) => validDay(yy, k.m, k.d) && weekdayOf({ y: yy, m: k.m, d: k.d }) === k.wd);
            if (fit !== undefined) day = { y: fit, m: k.m, d: k.d };
          }
        }
        // "from June 1 to June 29": the end of a range is not before its start.
        if (day && k.rangeEnd && k.yearShift === undefined && !k.move && previousValue && isoDay(day) < previousValue && validDay(day.y + 1, k.m, k.d))
          day = { y: day.y + 1, m: k.m, d: k.d };
        break;
      }
      case "month":
        if (r) {
          if (k.yearShift !== undefined) value = isoMonth(r.y + k.yearShift, k.m);
          else if (k.move) value = resolveMoved(r, k.m, undefined, k.move, previousValue);
          else {
            const x = resolveMonth(r, k.m, k.tense, k.dir);
            value = isoMonth(x.y, x.m);
          }
          // "from October to March": the end of a range is not before its start.
          if (value && k.rangeEnd && k.yearShift === undefined && !k.move && previousValue && value < previousValue.slice(0, 7))
            value = isoMonth(Number(value.slice(0, 4)) + 1, k.m);
        }
        break;
      case "holiday":
        if (r) day = resolveHoliday(r, k.rule, k.tense, k.dir);
        break;
      case "weekday":
        // "The sale moved to Friday": a day moved to lies ahead.
        if (r) day = resolveWeekday(r, k.wd, k.move ? () => true : k.future, k.dir);
        break;
      case "ago":
        if (r) {
          if (k.unit === "day") day = addDays(r, -k.n);
          else if (k.unit === "week") day = addDays(r, -7 * k.n);
          else if (k.unit === "month") {
            const x = monthShift(r.y, r.m, -k.n);
            value = isoMonth(x.y, x.m);
          } else if (k.unit === "year") value = pad4(r.y - k.n);
        }
        break;
      case "casual": {
        // "BENGALURU, India, March 7, 2024 /PRNewswire/ -- Infosys today announced": the dateline's day.
        written ??= datedDateline(text) ?? null;
        const from = written && written.end <= c.start ? written.day : r;
        if (from) day = addDays(from, k.offset);
        break;
      }
      case "rel": {
        // Inside what a dated statement said, "next year" counts from the statement's date.
        const said = previous && statementDate(text, kept[previous.index]!.start, previous.end, c.start) ? previous.value : undefined;
        const from = said ? { y: Number(said.slice(0, 4)), m: said.length >= 7 ? Number(said.slice(5, 7)) : undefined } : r;
        if (from && (k.unit === "year" || from.m !== undefined)) {
          if (k.unit === "year") value = pad4(from.y + k.n);
          else {
            const x = monthShift(from.y, from.m!, k.n);
            value = isoMonth(x.y, x.m);
          }
        }
        break;
      }
      case "dayRel": {
        // "The next day, on October 30, …": the date written beside it is the mention.
        const next = kept[i + 1];
        if (
          next &&
          /^\s*,?\s*(?:on\s+|in\s+)?$/.test(text.slice(c.end, next.start)) &&
          (next.kind.k === "full" || next.kind.k === "monthDay" || next.kind.k === "weekday" || next.kind.k === "numericAmbiguous")
        )
          break;
        // A subhead between the date and "two days later" starts another part of the story; a
        // year named since the day given ("1870 - … two days earlier") moves the story elsewhere.
        const from = r ? dayCountedFrom(days, r, k.tense) : days.last;
        const movedOn = previous?.writtenYear && previous.end > days.lastEnd && Number(previous.value) !== days.last?.y;
        if (from && !movedOn && !SUBHEAD_BETWEEN_RE.test(text.slice(days.lastEnd, c.start))) day = addDays(from, k.n);
        break;
      }
      case "shift": {
        // "won the league in 2019 and the title a year later": from the date just given; "from a
        // year earlier" with none close by: from the reference.
        const close = (end: number) => c.start - end <= SHIFT_REACH && !/\n[ \t]*\n/.test(text.slice(end, c.start));
        if (k.unit === "day") {
          const from = days.last && close(days.lastEnd) ? days.last : k.orReference ? r : undefined;
          if (from) day = addDays(from, k.n);
          break;
        }
        const base = (previous && close(previous.end) ? previous.value : undefined) ?? (k.orReference && r ? isoDay(r) : undefined);
        if (!base) break;
        if (k.unit === "year") value = pad4(Number(base.slice(0, 4)) + k.n);
        else if (base.length >= 7) {
          const x = monthShift(Number(base.slice(0, 4)), Number(base.slice(5, 7)), k.n);
          value = isoMonth(x.y, x.m);
        }
        break;
      }
      case "numericNoYear": {
        // Month first or day first: of the readings that lie on or before the reference (as a
        // month-day without a year in the past), the one closest to it.
        if (!r) break;
        const readings = [
          [k.a, k.b],
          [k.b, k.a],
        ].flatMap(([m, d]) => (validDay(2000, m!, d!) ? [resolveMonthDay(r, m!, d!, () => "past")] : []));
        day = readings.filter((x): x is Ymd => x !== undefined).sort((x, y) => cmp(y, x))[0];
        break;
      }
      case "ordinalDay": {
        // "on the 21st": a day of the month the text is in: that of the day just given close by,
        // else the reference's; "Monday the 13th": the month around it whose 13th is a Monday.
        const near = days.last && c.start - days.lastEnd <= SHIFT_REACH && !/\n[ \t]*\r?\n/.test(text.slice(days.lastEnd, c.start)) ? days.last : r;
        if (!near) break;
        const months = k.wd === undefined ? [0] : [0, -1, 1];
        const fit = months
          .map((n) => monthShift(near.y, near.m, n))
          .find(({ y, m }) => validDay(y, m, k.d) && (k.wd === undefined || weekdayOf({ y, m, d: k.d }) === k.wd));
        if (fit) day = { y: fit.y, m: fit.m, d: k.d };
        // "The festival ends with a parade on the 22nd" after "announced on October 12", in
        // November: a day the clause looks ahead to is the first such day from the reference on.
        const withThe = /\bthe\s$/i.test(text.slice(c.start - 4, c.start)) ? c.start - 4 : c.start; // the clause reads "is on the 28th" as "is on <date>"
        if (day && r && near !== r && k.wd === undefined && cmp(day, r) < 0 && forward(clauseTense(text, withThe, c.end))) {
          const coming = [0, 1].map((n) => monthShift(r.y, r.m, n)).find(({ y, m }) => validDay(y, m, k.d) && cmp({ y, m, d: k.d }, r) >= 0);
          if (coming) day = { y: coming.y, m: coming.m, d: k.d };
        }
        break;
      }
      case "sameMonth":
        // "between October 11 and 13": the month and year of the day just given; "11 and 13
        // October": of the day given next.
        if (k.neighbour === "next") waiting = { c, d: k.d };
        else if (previousValue?.length === 10) {
          const [y, m] = [Number(previousValue.slice(0, 4)), Number(previousValue.slice(5, 7))];
          if (validDay(y, m, k.d)) day = { y, m, d: k.d };
        }
        break;
    }
    if (day) {
      value = isoDay(day);
    }
    // The day a sentence's news was told on is not what later relative days count from.
    if (day && !(days.last && attributionAfterDay(text, c.start, c.end, days.lastEnd))) {
      days.last = day;
      days.lastEnd = c.end;
      if (r && cmp(day, r) < 0) days.lastPast = day;
      else if (r && cmp(day, r) > 0) days.lastAhead = day;
    }
    if (waiting && waiting.c !== c) {
      if (day && validDay(day.y, day.m, waiting.d)) {
        const w = waiting.c;
        out.push({ start: w.start, end: w.end, text: w.text, value: isoDay({ y: day.y, m: day.m, d: waiting.d }) });
      }
      waiting = undefined;
    }
    if (value === undefined) continue;
    out.push({ start: c.start, end: c.end, text: c.text, value });
    previous = { index: i, value, end: c.end, writtenYear: k.k === "year" };
  }
  return out;
}

/**
 * The day a relative day counts from: the last day given, unless its clause's tense puts it on
 * the other side of the reference and a day given on that side exists ("Poles vote on Sunday …
 * Morawiecki told a rally on Wednesday … A referendum will be held on the same day": the Sunday).
 */
function dayCountedFrom(days: DaysGiven, ref: Ymd, tenseOf: () => Tense): Ymd | undefined {
  const last = days.last;
  if (!last) return undefined;
  const side = cmp(last, ref);
  if (side < 0 && days.lastAhead && forward(tenseOf())) return days.lastAhead;
  if (side > 0 && days.lastPast && tenseOf() === "past") return days.lastPast;
  return last;
}
