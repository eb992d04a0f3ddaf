// A second, wider reading of an article's temporal expressions: every TimeML TIMEX3 of type DATE
// or TIME, valued at the granularity the text writes. TimeML 1.2.1 takes its extents and values from
// the TIDES TIMEX2 guidelines: the extent is a noun or adverb phrase with its determiners and
// premodifiers ("the first quarter", "late last night", "about three years ago"), never its
// preposition; the value is an ISO 8601 point at the expression's own precision, with TimeML's
// tokens for weeks (2013-W11), weekends (2013-W11-WE), quarters and halves (2013-Q1, 2013-H2),
// seasons (2012-SU), decades and centuries (199, 19), parts of the day (2013-03-19TNI) and vague
// references (PRESENT_REF, PAST_REF, FUTURE_REF).
//
// News Lens's own dates (resolve.ts) are the days, months and years among these: this reading
// starts from them, so the two agree wherever they overlap, and widens them where TimeML says more
// ("Tuesday" of "Tuesday night", "two weeks ago" as the week it names). What the day reading leaves
// out by its guidelines (weeks, seasons, decades, "now"…) is recognised here, resolved against the
// same reference day and, where the calendar leaves the year open, the same clause tense.

import { sentenceBounds } from "../document/sentences.js";
import type { Span } from "../types.js";
import { NUMBER_WORDS, ordinalNumber, PARTS_OF_DAY, SEASONS } from "../words/calendar.js";
import { addDays, isoDay, isoWeekValue, pad2, pad4, parseIso, weekdayOf, type Ymd } from "./calendar.js";
import { type FindDatesOptions, findDates, referenceDay, resolveMonth } from "./resolve.js";
import { clauseTense, lazyTense, type Tense, TODAYS_EVENT_RE } from "./tense.js";

// The global patterns of this file are only read through matchAll, which iterates over a copy of
// the pattern: no state is kept between calls.

export interface TimexSpan extends Span {
  text: string;
  /** TIME when the value names a time of day, else DATE. */
  type: "DATE" | "TIME";
  /** A TimeML value: 2013-03-22, 2013-W11, 2013-Q1, 2012-SU, 199, 2013-03-19TNI, 2013-03-22T09:00, PRESENT_REF… */
  value: string;
}

interface Found extends Span {
  value: string;
}

/**
 * Every TIMEX3-style DATE and TIME expression of one article, in document order, resolved against
 * `reference` (the article's day) as {@link findDates} resolves the article's dates.
 */
export function findTimexes(text: string, reference: string | undefined, options: FindDatesOptions = {}): TimexSpan[] {
  const ref = referenceDay(text, reference, options);
  let spans = findDates(text, reference, options).map((d) => widenedDay(text, d));
  spans = withClockTimes(text, spans, ref);
  spans = withWiderExpressions(spans, widerExpressions(text, ref));
  return spans.map((s) => {
    const { start, end } = withPremodifiers(text, s);
    return { start, end, text: text.slice(start, end), value: s.value, type: /^(?:\d{4}-\d\d-\d\d)?T/.test(s.value) ? "TIME" : "DATE" };
  });
}

const PART_OF_DAY_PATTERN = [...PARTS_OF_DAY.keys()].join("|");
/** A part of the day right after a day: "Tuesday night", "yesterday morning". */
const PART_AFTER_RE = new RegExp(`^[ \\t]+(${PART_OF_DAY_PATTERN})\\b`, "i");
/** A part of the day of a day written after it: "the morning of March 5". */
const PART_OF_BEFORE_RE = new RegExp(`\\bthe[ \\t]+(${PART_OF_DAY_PATTERN})[ \\t]+of[ \\t]+$`, "i");

/**
 * A date of the day reading as TimeML writes it: "two weeks ago" is the week it names (the day
 * reading can only give its day), "tonight" and "last night" are nights, and a day with its part of
 * the day is one time ("Tuesday night", "the morning of March 5").
 */
function widenedDay(text: string, d: Found & { text: string }): Found {
  const day = d.value.length === 10 ? parseIso(d.value) : undefined;
  if (!day) return { start: d.start, end: d.end, value: d.value };
  if (/\bweeks?\s+ago$/i.test(d.text)) return { start: d.start, end: d.end, value: isoWeekValue(day) };
  if (/^(?:tonight|last\s+night)$/i.test(d.text)) return { start: d.start, end: d.end, value: `${d.value}TNI` };
  const after = PART_AFTER_RE.exec(text.slice(d.end, d.end + 12));
  if (after) return { start: d.start, end: d.end + after[0].length, value: `${d.value}T${PARTS_OF_DAY.get(after[1]!.toLowerCase())}` };
  const before = PART_OF_BEFORE_RE.exec(text.slice(Math.max(0, d.start - 24), d.start));
  if (before) return { start: d.start - before[0].length, end: d.end, value: `${d.value}T${PARTS_OF_DAY.get(before[1]!.toLowerCase())}` };
  return { start: d.start, end: d.end, value: d.value };
}

// ---- times of day -------------------------------------------------------------------------

const HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
/** A time zone after a clock time, part of its extent (its value stays the local time written). */
const ZONE = String.raw`(?:[ \t]*\(?(?<zone>GMT|UTC|[ECMP][SD]?T|BST|CES?T|local[ \t]+time)\)?(?![\p{L}\p{N}]))?`;
/**
 * Clock times: "9 a.m.", "9:30 pm", "15:45 GMT", "1430 GMT", "ten o'clock", "noon", "midnight",
 * "midday". A 24-hour time without a zone needs a preposition before it ("at 15:45"): alone, "3:16"
 * is as often a score, a ratio or a verse.
 */
const CLOCK_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}$£€.:,/])(?:(?<h>\d{1,2})(?:[:.](?<min>[0-5]\d))?[ \t]*(?<half>[ap])(?:\.[ \t]?m\b\.?|[ \t]?m\b)|(?<h24>[01]?\d|2[0-3]):(?<min24>[0-5]\d)(?![\d:])|(?<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=[ \t]*(?:GMT|UTC|hours\b|hrs\b|local\b))|(?<oclock>\d{1,2}|${HOUR_WORDS})[ \t]+o['’]clock|(?:(?:12|twelve)[ \t]+)?(?<named>noon|midnight|midday|mid-day))${ZONE}`,
  "giu",
);
/** Words before a bare 24-hour time that make it one: "at 15:45", "until 09:30". */
const CLOCK_PREPOSITION_RE = /\b(?:at|by|until|till|from|before|after|around|about|since|to|between|and)[ \t]+$/i;
/** Between a time and a day that make one expression: nothing but spaces and a comma ("8:00 p.m. Friday", "9 a.m. Friday, October 1, 1999"). */
const JOINED_RE = /^[ \t]*,?[ \t]*$/;
/** A day word right after a time: "6 pm today". */
const CASUAL_AFTER_RE = /^[ \t]*,?[ \t]*(today|tonight|tomorrow|yesterday)\b/i;
/** Between a time and the day it is on, when they are two expressions: "at 8:00 p.m. on Friday", "Friday at 8:00 p.m.". */
const LINKED_RE = /^[ \t]*,?[ \t]*(?:on|at|of)[ \t]+$/i;

/**
 * The bare start of a range of clock times, before the end's "to" or dash: "7" of "from 7 to 9
 * p.m.", "3" of "3-6 pm" (it takes the end's half of the day, or the other half when it would
 * come after the end: "11 to 1 p.m.").
 */
const RANGE_START_RE = /(?:\b(?:from|between)[ \t]+)?(?<![\d.,:$])(\d{1,2})(?::([0-5]\d))?[ \t]*(?:[-–]|\b(?:to|and|until|till)\b)[ \t]*$/i;

/** The value of a clock time, "T09:00", or undefined when it is no time ("13 p.m."). */
function clockValue(g: Record<string, string | undefined>): string | undefined {
  if (g.named) return { noon: "T12:00", midnight: "T24:00" }[g.named.toLowerCase()] ?? "TMI";
  let hour: number;
  let minute = 0;
  if (g.h) {
    hour = Number(g.h);
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (g.half!.toLowerCase() === "p" ? 12 : 0);
    minute = Number(g.min ?? 0);
  } else if (g.h24) {
    hour = Number(g.h24);
    minute = Number(g.min24);
  } else if (g.hhmm) {
    hour = Number(g.hhmm.slice(0, 2));
    minute = Number(g.hhmm.slice(2));
  } else {
    const o = g.oclock!;
    hour = /^\d+$/.test(o) ? Number(o) : HOUR_WORDS.split("|").indexOf(o.toLowerCase()) + 1;
    if (hour < 1 || hour > 12) return undefined;
  }
  return `T${pad2(hour)}:${pad2(minute)}`;
}

/** The day part of a value that has one (2013-03-22, 2013-03-19TNI). */
const dayOf = (value: string): string | undefined => (/^\d{4}-\d\d-\d\d(?:T|$)/.test(value) ? value.slice(0, 10) : undefined);

/** In spans sorted and disjoint (as every list here is), the index of the first that ends after `pos`. */
function firstEndingAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const overlapsAny = (spans: readonly Span[], x: Span): boolean => {
  const i = firstEndingAfter(spans, x.start);
  return i < spans.length && spans[i]!.start < x.end;
};

/** How far from a clock time the day it is on may be written: a sentence's reach. */
const DAY_REACH = 400;

/**
 * Clock times, each on its day: the day written next to it, as one expression ("9 a.m. Friday") or
 * two ("Friday at 9 a.m."); else the nearest day its sentence gives, the one before it first; else
 * the reference day. The bare start of a range of times ("from 7 to 9 p.m.") is a time of its own.
 */
function withClockTimes(text: string, spans: Found[], ref: Ymd | undefined): Found[] {
  const out = [...spans];
  for (const m of text.matchAll(CLOCK_RE)) {
    const g = m.groups ?? {};
    const time = clockValue(g);
    const clock = { start: m.index, end: m.index + m[0].length };
    if (!time || overlapsAny(out, clock)) continue;
    // "The Noon Brief", "Midnight Express": a name.
    if (
      g.named &&
      /^\p{Lu}/u.test(g.named) &&
      (/\p{Lu}\p{L}*[ \t]+$/u.test(text.slice(Math.max(0, clock.start - 20), clock.start)) || /^[ \t]+\p{Lu}/u.test(text.slice(clock.end, clock.end + 3)))
    )
      continue;
    if (g.h24 && !g.zone && !CLOCK_PREPOSITION_RE.test(text.slice(Math.max(0, clock.start - 8), clock.start))) continue;
    const { start, end, day } = timeOnItsDay(text, out, clock, ref);
    const timed = { start, end, value: `${day ?? ""}${time}` };
    out.splice(firstEndingAfter(out, start), 0, timed);
    const first = g.half ? rangeStart(text, clock.start, time, day) : undefined;
    if (first && !overlapsAny(out, first)) out.splice(firstEndingAfter(out, first.start), 0, first);
  }
  return out;
}

/** The extent and the day of a clock time (a day joined to it leaves `spans`: the two are one expression now). */
function timeOnItsDay(text: string, spans: Found[], clock: Span, ref: Ymd | undefined): { start: number; end: number; day: string | undefined } {
  const at = firstEndingAfter(spans, clock.start); // the first span after the clock (none overlaps it)
  let nextDay: Found | undefined;
  for (let i = at; i < spans.length && spans[i]!.start < clock.end + DAY_REACH && !nextDay; i++) if (dayOf(spans[i]!.value)) nextDay = spans[i];
  let prevDay: Found | undefined;
  for (let i = at - 1; i >= 0 && spans[i]!.end > clock.start - DAY_REACH && !prevDay; i--) if (dayOf(spans[i]!.value)) prevDay = spans[i];
  if (nextDay && JOINED_RE.test(text.slice(clock.end, nextDay.start))) {
    spans.splice(spans.indexOf(nextDay), 1);
    return { start: clock.start, end: nextDay.end, day: dayOf(nextDay.value) };
  }
  // "6 pm today": a day word the day reading left out (it reads this "today" as the present age).
  const casual = ref && CASUAL_AFTER_RE.exec(text.slice(clock.end, clock.end + 14));
  if (casual) {
    const shift = { yesterday: -1, tomorrow: 1 }[casual[1]!.toLowerCase()] ?? 0;
    return { start: clock.start, end: clock.end + casual[0].length, day: isoDay(addDays(ref, shift)) };
  }
  if (prevDay && JOINED_RE.test(text.slice(prevDay.end, clock.start))) {
    spans.splice(spans.indexOf(prevDay), 1);
    return { start: prevDay.start, end: clock.end, day: dayOf(prevDay.value) };
  }
  const { from, to } = sentenceBounds(text, clock.start, clock.end);
  const linked = nextDay && LINKED_RE.test(text.slice(clock.end, nextDay.start)) ? nextDay : undefined;
  const inSentence = linked ?? (prevDay && prevDay.start >= from ? prevDay : nextDay && nextDay.end <= to ? nextDay : undefined);
  return { ...clock, day: inSentence ? dayOf(inSentence.value) : ref && isoDay(ref) };
}

/** The bare start of a range that ends with the time at `at` ("7" of "from 7 to 9 p.m."), on the same day. */
function rangeStart(text: string, at: number, time: string, day: string | undefined): Found | undefined {
  const range = RANGE_START_RE.exec(text.slice(Math.max(0, at - 20), at));
  if (!range || !/[-–]|^(?:from|between)\b/i.test(range[0])) return undefined;
  const hour = Number(range[1]);
  if (hour < 1 || hour > 12) return undefined;
  const endHour = Number(time.slice(1, 3));
  const sameHalf = (hour % 12) + (endHour >= 12 ? 12 : 0);
  const startHour = sameHalf <= endHour ? sameHalf : (sameHalf + 12) % 24;
  const start = at - range[0].length + range[0].search(/\d/);
  const written = range[1]!.length + (range[2] ? 3 : 0);
  return { start, end: start + written, value: `${day ?? ""}T${pad2(startHour)}:${range[2] ?? "00"}` };
}

// ---- expressions the day reading leaves out ---------------------------------------------------

/**
 * What may follow a time noun that heads its phrase ("the summer", "the weekend", "the past"): the
 * phrase's end, a conjunction, a preposition, a verb, a new clause. A noun after it makes it a
 * modifier ("the summer months", "the weekend edition", "the past two years", "the future king").
 */
const NOUN_END_RE =
  /^(?:\s*(?:[,.;:!?)"”]|$)|\s+(?:and|or|but|when|as|of|in|at|on|to|for|with|before|after|while|is|was|were|will|would|has|had|the|a|an|he|she|they|it|we|I|his|her|their|its|that|there|this)\b|\s+\p{Lu})/u;

/** A capitalised time word inside a sentence, followed by a capitalised word: a name ("the Future Fund", "Summer Olympics"). */
function inName(text: string, word: Span): boolean {
  const first = text.slice(word.start, word.start + 1);
  if (first === first.toLowerCase() || !/^\s+\p{Lu}/u.test(text.slice(word.end, word.end + 3))) return false;
  return !/(?:^|[.!?:"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, word.start - 4), word.start));
}

/**
 * The wider expressions join the day reading's dates: one that overlaps none is added; one that
 * holds each date it overlaps ("summer of 2012" over "2012") replaces them; one that only overlaps
 * a date is left out (the date's extent wins).
 */
function withWiderExpressions(spans: Found[], found: Found[]): Found[] {
  const out = [...spans];
  for (const f of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const first = firstEndingAfter(out, f.start);
    let last = first;
    while (last < out.length && out[last]!.start < f.end) last++;
    const holdsEach = out.slice(first, last).every((s) => f.start <= s.start && s.end <= f.end && s.end - s.start < f.end - f.start);
    if (holdsEach) out.splice(first, last - first, f);
  }
  return out;
}

/** Every wider expression of the text with its value (those that need a reference day only when there is one). */
function widerExpressions(text: string, ref: Ymd | undefined): Found[] {
  const found: Found[] = [];
  referenceWords(text, ref, found);
  if (!ref) return found.concat(decades(text, undefined));
  return found.concat(weeks(text, ref), quartersAndHalves(text, ref), seasons(text, ref), decades(text, ref), centuries(text, ref), partsOfToday(text, ref));
}

// Weeks and weekends.
const WEEK_RE =
  /(?<!\bthe[ \t]+)\b(?:(?<which>this|last|next)[ \t]+week(?<weekend>end)?|(?:(?<the>the)|this)[ \t]+(?:(?<side>coming|past)[ \t]+)?weekend|(?:earlier|later)[ \t]+in[ \t]+(?<inThe>the[ \t]+week)|the[ \t]+current[ \t]+week)\b/gi;

function weeks(text: string, ref: Ymd): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(WEEK_RE)) {
    const g = m.groups ?? {};
    const start = g.inThe ? m.index + m[0].length - g.inThe.length : m.index;
    const end = m.index + m[0].length;
    const which = g.which?.toLowerCase();
    if (which && !g.weekend) {
      found.push({ start, end, value: isoWeekValue(addDays(ref, which === "last" ? -7 : which === "next" ? 7 : 0)) });
      continue;
    }
    if (!which && !/weekend$/i.test(m[0])) {
      found.push({ start, end, value: isoWeekValue(ref) });
      continue;
    }
    // A weekend: the one of the reference's week, the one before it or the one after it ("the
    // weekend edition" is a paper's).
    if (g.the && !NOUN_END_RE.test(text.slice(end, end + 20))) continue;
    const side = g.side?.toLowerCase();
    const direction: "last" | "next" | "this" | Tense =
      which === "last" || side === "past"
        ? "last"
        : which === "next"
          ? "next"
          : which === "this" || side === "coming"
            ? "this"
            : g.the
              ? clauseTense(text, start, end)
              : "this";
    found.push({ start, end, value: `${weekendOf(ref, direction)}-WE` });
  }
  return found;
}

/**
 * The ISO week of the weekend a phrase names. "last weekend" is the latest weekend begun before the
 * reference day, "next weekend" the one after this week's; "the weekend" of a clause in the past is
 * the latest begun, in the future the coming one, and without tense the nearer (the past one
 * early in the week, the coming one from Thursday).
 */
function weekendOf(ref: Ymd, direction: "last" | "next" | "this" | Tense): string {
  // ISO weeks run from Monday to Sunday: a day's week holds the weekend that ends it.
  const wd = weekdayOf(ref); // 0 Sunday … 6 Saturday
  const inWeekend = wd === 0 || wd === 6;
  switch (direction) {
    case "last":
      return isoWeekValue(addDays(ref, -7));
    case "next":
      return isoWeekValue(addDays(ref, 7));
    case "this":
      return isoWeekValue(ref);
    case "past":
      return isoWeekValue(inWeekend ? ref : addDays(ref, -7));
    case "future":
    case "ahead":
      return isoWeekValue(wd === 0 ? addDays(ref, 7) : ref);
    case "neutral":
      return isoWeekValue(wd >= 1 && wd <= 3 ? addDays(ref, -7) : ref);
  }
}

/** Prepositions that look ahead to the period after them. */
const FORWARD_BEFORE_RE = /\b(?:into|until|till|through|by|from|starting|ahead\s+of)\s+(?:the\s+)?$/i;

/**
 * The year of a part of the year written without one (a quarter, a half, a season), from the month
 * it begins in: this year's once it has begun; else this year's in a clause about the future (or
 * without tense, when it begins within three months), last year's otherwise ("fourth-quarter
 * profit" in March is last year's; "expects growth in the third quarter" is this year's).
 */
function periodYear(text: string, at: number, ref: Ymd, firstMonth: number, tenseOf: () => Tense): number {
  if (firstMonth <= ref.m) return ref.y;
  // "extend the cuts into the second quarter", "until the summer": a period ahead, whatever the verb's tense.
  const tense = FORWARD_BEFORE_RE.test(text.slice(Math.max(0, at - 12), at)) ? "future" : tenseOf();
  return tense === "future" || tense === "ahead" || (tense === "neutral" && firstMonth - ref.m <= 3) ? ref.y : ref.y - 1;
}

// Quarters and halves of a year.
const ORDINAL_PATTERN = "first|second|third|fourth|final|1st|2nd|3rd|4th";
const YEAR_PATTERN = "(?:19|20)\\d\\d(?!\\d)";
const QUARTER_RE = new RegExp(
  `\\b(?<det>(?:the|its|their)[ \\t]+)?(?<ord>${ORDINAL_PATTERN})(?<sep>[ \\t]+|-)(?<unit>quarter|half)(?![\\p{L}-])` +
    `(?:[ \\t]+(?:of[ \\t]+(?:(?<ofYear>${YEAR_PATTERN})|(?<ofRel>this|last|next)[ \\t]+year|the[ \\t]+year|(?:fiscal|calendar)[ \\t]+(?<ofFiscal>${YEAR_PATTERN})))|[ \\t]+(?<afterYear>${YEAR_PATTERN}))?` +
    `|(?<!\\bthe[ \\t]+)\\b(?<which>this|last|next|the[ \\t]+current)[ \\t]+quarter\\b` +
    `|\\b(?<q>Q[1-4])(?:[ \\t]+(?<qYear>${YEAR_PATTERN}))?\\b`,
  "giu",
);
/** Nouns of accounts and economies that a half of the year qualifies: "first-half profit" (but "a second-half strike" is a goal). */
const HALF_YEAR_NOUN_RE =
  /^\s+(?:[\p{L}-]+\s+)?(?:profits?|earnings|results|sales|revenues?|loss(?:es)?|growth|output|income|figures|performance|dividends?|production|deliveries|margins?|forecasts?|outlook|spending|demand|exports|imports|inflation|GDP)\b/u;
/** A year right before a quarter or a half: "2012's fourth quarter". */
const YEAR_BEFORE_RE = new RegExp(`(${YEAR_PATTERN})(?:['’]s)?[ \\t]+$`);
/** "of" before anything but a year: "the first half of the film", "the fourth quarter of the game". */
const OF_OTHER_RE = /^[ \t]+of[ \t]+/i;
/** Words of games in the sentence: their quarters and halves are periods of play. */
const SPORT_RE =
  /\b(?:scor(?:e|es|ed|ing)|touchdowns?|field[ \t]+goals?|half-?time|innings?|quarterback|goals?|overtime|buzzer|penalty|penalties|rebounds?|the[ \t]+(?:game|match))\b/i;

function quartersAndHalves(text: string, ref: Ymd): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(QUARTER_RE)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (g.q && !/^Q/.test(m[0])) continue; // "q1" in lower case is no quarter
    const { from, to } = sentenceBounds(text, start, end);
    if (SPORT_RE.test(text.slice(from, to))) continue;
    const refQuarter = Math.floor((ref.m - 1) / 3); // 0-3
    if (g.which) {
      const shift = g.which.toLowerCase() === "last" ? -1 : g.which.toLowerCase() === "next" ? 1 : 0;
      const k = ref.y * 4 + refQuarter + shift;
      found.push({ start, end, value: `${pad4(Math.floor(k / 4))}-Q${(k % 4) + 1}` });
      continue;
    }
    const half = g.unit?.toLowerCase() === "half";
    const ord = g.q ? Number(g.q.slice(1)) : g.ord!.toLowerCase() === "final" ? (half ? 2 : 4) : ordinalNumber(g.ord!)!;
    if (half && ord > 2) continue;
    // "first-quarter profit": the adjective alone, without the determiner of the noun it qualifies.
    const adjective = g.sep === "-";
    if (adjective && half && !HALF_YEAR_NOUN_RE.test(text.slice(end, end + 40))) continue;
    const first = adjective && g.det ? start + g.det.length : start;
    if (!g.ofYear && !g.ofRel && !g.ofFiscal && !g.afterYear && !g.qYear && OF_OTHER_RE.test(text.slice(end, end + 5))) continue;
    // A year written before: "2012's fourth quarter", "the 2012 fourth quarter".
    const yearBefore = YEAR_BEFORE_RE.exec(text.slice(Math.max(0, start - 8), start));
    const written = g.ofYear ?? g.ofFiscal ?? g.afterYear ?? g.qYear ?? yearBefore?.[1];
    const firstMonth = half ? 6 * (ord - 1) + 1 : 3 * (ord - 1) + 1;
    const y = written
      ? Number(written)
      : g.ofRel
        ? ref.y + (g.ofRel.toLowerCase() === "last" ? -1 : g.ofRel.toLowerCase() === "next" ? 1 : 0)
        : periodYear(text, start, ref, firstMonth, lazyTense(text, start, end));
    found.push({ start: yearBefore && !g.ofYear ? first - yearBefore[0].length : first, end, value: `${pad4(y)}-${half ? "H" : "Q"}${ord}` });
  }
  return found;
}

// Seasons.
const SEASON_RE = new RegExp(
  `\\b(?:(?<which>this|last|next|coming|past)[ \\t]+|(?<the>the)[ \\t]+(?:(?:early|late)[ \\t]+)?)?(?<season>${[...SEASONS.keys()].join("|")})\\b(?:[ \\t]+(?:of[ \\t]+)?(?<year>${YEAR_PATTERN}))?`,
  "gi",
);
/** Words before a season alone that make it a time ("in summer", "until the spring"). */
const SEASON_INTRO_RE = /^(?:in|during|by|until|till|since|through|throughout|over|before|after|early|late|mid|this|next|last)$/i;
/** After "fall" or "spring", words that make it a movement: "the fall in prices", "the fall of Rome", "spring from". */
const MOVEMENT_AFTER_RE = /^[ \t]+(?:in|of|from|to|on|by|at|was|is|has|had|came|continued|would|will|back|up)\b/i;

function seasons(text: string, ref: Ymd): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(SEASON_RE)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const word = g.season!;
    const season = SEASONS.get(word.toLowerCase())!;
    const after = text.slice(end, end + 20);
    const which = g.which?.toLowerCase();
    if (!g.year) {
      if (!which) {
        // "in summer", "until the spring": a season alone must be introduced as a time.
        const pw = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? "";
        if (!SEASON_INTRO_RE.test(pw)) continue;
        if (/^(?:fall|spring)$/i.test(word) && MOVEMENT_AFTER_RE.test(after)) continue;
        // "the summer months", "the winter storms": a season as a modifier of another noun.
        if (!NOUN_END_RE.test(after)) continue;
      }
      // "Summer Olympics", "Winter Games": a name.
      const at = end - word.length;
      if (inName(text, { start: at, end })) continue;
    }
    let y: number;
    if (g.year) y = Number(g.year);
    else if (which === "this") y = season.token === "WI" && ref.m <= 4 ? ref.y - 1 : ref.y;
    else if (which === "last" || which === "past") y = resolveMonth(ref, season.firstMonth, () => "past", "last").y;
    else if (which === "next" || which === "coming") y = resolveMonth(ref, season.firstMonth, () => "future", "next").y;
    else y = periodYear(text, start, ref, season.firstMonth, lazyTense(text, start, end));
    found.push({ start, end, value: `${pad4(y)}-${season.token}` });
  }
  return found;
}

// Decades and centuries.
const NUMBER_WORD_PATTERN = [...NUMBER_WORDS.keys()].join("|");
const DECADE_RE = new RegExp(
  `(?:\\bthe[ \\t]+)?(?:\\b(?:early|mid|late)[ \\t-]+)?(?<![\\p{L}\\p{N}$£€¥#@/:_.,+])(?:(?<full>1\\d\\d0|20\\d0)(?:s|['’]s)|['’](?<short>\\d0)s)\\b` +
    `|\\b(?<count>\\d{1,2}|${NUMBER_WORD_PATTERN})[ \\t]+(?<unit>decade|century|centuries)s?[ \\t]+ago\\b` +
    `|(?<!\\bthe[ \\t]+)\\b(?<which>this|last|next)[ \\t]+decade\\b`,
  "giu",
);

function decades(text: string, ref: Ymd | undefined): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(DECADE_RE)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (g.full) found.push({ start, end, value: String(Number(g.full) / 10) });
    else if (g.short) {
      // "the '90s": the latest such decade not after the reference's.
      // (Without a reference day, the 2000s to the 2020s.)
      const d = Number(g.short) / 10;
      const recent = 200 + d;
      found.push({ start, end, value: String(recent <= (ref ? Math.floor(ref.y / 10) : 202) ? recent : 190 + d) });
    } else if (ref && g.count) {
      const n = /^\d+$/.test(g.count) ? Number(g.count) : NUMBER_WORDS.get(g.count.toLowerCase())!;
      const century = g.unit!.toLowerCase() !== "decade";
      const y = ref.y - n * (century ? 100 : 10);
      found.push({ start, end, value: century ? pad2(Math.floor(y / 100)) : String(Math.floor(y / 10)) });
    } else if (ref && g.which) {
      const shift = g.which.toLowerCase() === "last" ? -1 : g.which.toLowerCase() === "next" ? 1 : 0;
      found.push({ start, end, value: String(Math.floor(ref.y / 10) + shift) });
    }
  }
  return found;
}

const CENTURY_RE =
  /\b(?:(?<the>the)[ \t]+)?(?:(?:early|mid|late)[ \t-]+)?(?:(?<which>this|last|next|current)|(?<ord>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-first)?))[ \t-]+century\b/gi;

function centuries(text: string, ref: Ymd): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(CENTURY_RE)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (g.which) {
      // "over the last century" is a duration.
      if (g.the && /\b(?:over|throughout|within|past)[ \t]+$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
      const shift = g.which.toLowerCase() === "last" ? -1 : g.which.toLowerCase() === "next" ? 1 : 0;
      found.push({ start, end, value: pad2(Math.floor(ref.y / 100) + shift) });
      continue;
    }
    const n = ordinalNumber(g.ord!);
    if (n === undefined || n < 1 || n > 21) continue;
    found.push({ start, end, value: pad2(n - 1) });
  }
  return found;
}

/** "this morning", "this afternoon", "this evening": the reference day's. */
const THIS_PART_RE = /\bthis[ \t]+(morning|afternoon|evening)\b/gi;

function partsOfToday(text: string, ref: Ymd): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(THIS_PART_RE)) {
    found.push({ start: m.index, end: m.index + m[0].length, value: `${isoDay(ref)}T${PARTS_OF_DAY.get(m[1]!.toLowerCase())}` });
  }
  return found;
}

// The present, the past and the future.
const REFERENCE_RE = new RegExp(
  [
    String.raw`\b(?<now>(?:right[ \t]+)?now)\b(?![-'’])`,
    String.raw`\b(?<present>currently|nowadays|these[ \t]+days|the[ \t]+present(?:[ \t]+day)?|(?<=\bat[ \t]+)present|(?<=\bat[ \t]+)the[ \t]+moment)\b`,
    String.raw`\b(?<today>today)\b`,
    String.raw`\b(?<past>recently|lately|(?:not[ \t]+)?long[ \t]+ago|the[ \t]+(?:(?:recent|distant)[ \t]+)?past|(?:(?:many|several|a[ \t]+few|some|few)[ \t]+)?(?:years|months|weeks|decades|centuries)[ \t]+ago)\b`,
    String.raw`\b(?<future>the[ \t]+(?:(?:near|distant|foreseeable|immediate)[ \t]+)?future|(?<=\bin[ \t]+)future)\b(?![-s])`,
  ].join("|"),
  "gi",
);

function referenceWords(text: string, ref: Ymd | undefined, found: Found[]): void {
  for (const m of text.matchAll(REFERENCE_RE)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 30);
    const before = text.slice(Math.max(0, start - 20), start);
    if (g.now) {
      // "now that" is a conjunction, "now and then" a frequency, "NOW" and "Apocalypse Now" names.
      if (/^[ \t]+(?:that|and[ \t]+(?:then|again))\b/i.test(after) || /^NOW$/.test(g.now) || (/^Now/.test(g.now) && /\p{Lu}\p{Ll}*[ \t]+$/u.test(before)))
        continue;
      found.push({ start, end, value: "PRESENT_REF" });
    } else if (g.present) {
      // "the present situation": an adjective.
      if (/^the[ \t]+present$/i.test(g.present) && !NOUN_END_RE.test(after)) continue;
      found.push({ start, end, value: "PRESENT_REF" });
    } else if (g.today) {
      // The day reading takes "today" where it names the day; what is left is the present age,
      // unless it is a title ("Today", NBC's show) or an event of the day ("today's vote").
      if (/["“‘']$/.test(before) && /^["”’']/.test(after)) continue;
      if (m[0] === "Today" && /[\p{L},][ \t]*$/u.test(before)) continue;
      if (!TODAYS_EVENT_RE.test(after)) found.push({ start, end, value: "PRESENT_REF" });
      else if (ref) found.push({ start, end, value: isoDay(ref) });
    } else if (g.past) {
      // "the past two years", "the past decade": a duration.
      if (/past$/i.test(g.past) && !NOUN_END_RE.test(after)) continue;
      // "two years ago": the day reading's (a count before the unit).
      if (/ago$/i.test(g.past) && /(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty))[ \t]+$/i.test(before))
        continue;
      found.push({ start, end, value: "PAST_REF" });
    } else if (g.future) {
      const noun = { start: end - "future".length, end };
      if (!NOUN_END_RE.test(after) || inName(text, noun)) continue;
      found.push({ start, end, value: "FUTURE_REF" });
    }
  }
}

// ---- extents ------------------------------------------------------------------------------

/** Premodifiers that are part of a TIMEX3's extent: "late Tuesday", "early this year", "mid-March", "the end of March". */
const PREMODIFIER_RE = /(?:\b(?:early|late)[ \t]+|\bmid-|\b(?:the[ \t]+)?(?:end|start|beginning|middle|close)[ \t]+of[ \t]+(?:the[ \t]+)?)$/i;
/** Quantifiers of "N units ago": "about three years ago", "more than a decade ago". */
const APPROXIMATION_RE = /\b(?:about|around|nearly|almost|roughly|approximately|some|just|only|more[ \t]+than|less[ \t]+than|over|under)[ \t]+$/i;

function withPremodifiers(text: string, s: Found): Span {
  if (/_REF$/.test(s.value)) return s;
  const before = text.slice(Math.max(0, s.start - 30), s.start);
  const own = text.slice(s.start, s.end);
  const pre = (/ago$/i.test(own) ? APPROXIMATION_RE : PREMODIFIER_RE).exec(before);
  return pre && !/^(?:the[ \t]+)?(?:end|start|beginning|middle|close|early|late|mid)\b/i.test(own) ? { start: s.start - pre[0].length, end: s.end } : s;
}
