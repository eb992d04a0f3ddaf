// Date expressions in one article, resolved against the article's own date.
//
// Pure module: no fs, no vscode. Recognition is done in two layers:
//   1. cheap regular expressions find the places where a calendar expression may start (month
//      names, weekdays, numeric dates), and chrono-node parses only a small window around each;
//   2. our own patterns take relative expressions ("four years ago", "last month", "yesterday",
//      "The next day"), bare years ("in 2014", "the 2003 invasion"), year ranges and decades.
// Resolution (which year a "Jan. 29" belongs to, which Friday "Friday" is) is ours, not chrono's:
// news looks back from its publication day, unless the date's own clause speaks of the future
// (will, modals, expectations, a scheduled event in the present tense: "votes on Saturday"). The
// clause is cut out of its sentence first: reported speech after "said", verbs of intention
// ("ruled out holding … in May"), relative clauses and parentheticals keep their own tense.

import * as chrono from "chrono-node";
import type { Span } from "../types.js";

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
  /** Numeric dates such as 05/03/2024 that the text does not disambiguate: day first? Default: decide by the reference date, else month first. */
  dayFirst?: boolean;
  /**
   * The year of a wire dateline's month-day (`PARIS, June 10 (Reuters) -`) when `reference` is
   * unknown: that day, in this year, becomes the article's day. The dump decides it (see
   * {@link latestWrittenYear}); without it, a dateline without a year gives no reference.
   */
  fallbackYear?: number;
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers (all in UTC, never "today").

interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
const pad4 = (n: number): string => String(n).padStart(4, "0");
const isoDay = (x: Ymd): string => `${pad4(x.y)}-${pad2(x.m)}-${pad2(x.d)}`;
const isoMonth = (y: number, m: number): string => `${pad4(y)}-${pad2(m)}`;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function addDays(x: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function weekdayOf(x: Ymd): number {
  return new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
}

function cmp(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

function parseIso(s: string | undefined): Ymd | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return undefined;
  const x = { y: +m[1], m: +m[2], d: +m[3] };
  return validDay(x.y, x.m, x.d) ? x : undefined;
}

function monthShift(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary.

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

const MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const WEEKDAY_FULL = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const NUM_WORD = Object.keys(NUMBER_WORDS).join("|");

/**
 * Where chrono is worth calling: a capitalised month or weekday name (news capitalises them; the
 * lower-case "may" and "march" are verbs), or a numeric date. Case-sensitive on purpose.
 */
const CHRONO_TRIGGER = new RegExp(
  `\\b(?:${MONTH_FULL}|${MONTH_ABBR}|${WEEKDAY_FULL}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|` +
    `JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|` +
    `MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\\b|` +
    `\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}(?!\\d)`,
  "g",
);

const CALENDAR_WORD = new RegExp(CHRONO_TRIGGER.source, "i");

/** Relative expressions we resolve ourselves (case-insensitive). */
const RELATIVE_RE = new RegExp(
  [
    // N units ago
    `\\b(?<agoN>\\d{1,3}|${NUM_WORD})\\s+(?<agoUnit>days?|weeks?|months?|years?|decades?)\\s+ago\\b`,
    // yesterday, today, tomorrow, tonight, last night
    `\\b(?<casual>yesterday|today|tomorrow|tonight|last\\s+night)\\b`,
    // last/next/this month/year
    `\\b(?<relWhich>last|next|this|past|coming|previous|following)\\s+(?<relUnit>month|year)\\b`,
    // the next day, the following day, the day before, the previous day, the day after
    `\\b(?<dayRel>(?:the\\s+)?(?:next|following|previous)\\s+day|(?:the\\s+)?day\\s+(?:before|after)|the\\s+same\\s+day)\\b`,
    // N days later / earlier
    `\\b(?<laterN>\\d{1,2}|${NUM_WORD})\\s+days?\\s+(?<laterDir>later|earlier)\\b`,
  ].join("|"),
  "gi",
);

/** A bare year, a year range, a decade. */
const YEAR_RE =
  /(?<![\p{L}\p{N}$£€¥#@/:_.,+])(?<decade>(?:1[5-9]|20)\d0s\b)|(?<![\p{L}\p{N}$£€¥#@/:_.,+])['’](?<shortDecade>\d0s)\b|(?<![\p{L}\p{N}$£€¥#@/:_.,+])(?<y1>1[5-9]\d\d|20\d\d)(?:(?<sep>\s*[-–—]\s*|\/)(?<y2>1[5-9]\d\d|20\d\d|\d\d)(?![\p{N}]))?(?![\p{L}\p{N}%]|[.,]\d|:\d)/gu;

// Words before a bare year that make it a quantity or a name, not a year.
const YEAR_BAD_PREV = new Set([
  "about", "some", "nearly", "almost", "over", "than", "approximately", "roughly", "additional",
  "another", "extra", "least", "most", "only", "just", "total", "resolution", "no", "number", "flight",
  "route", "article", "room", "suite", "highway", "model", "boeing", "airbus", "windows", "page", "at",
  "code", "section", "chapter", "rule", "paragraph", "item", "platform", "gate", "channel", "bus", "line",
  "unit", "squad", "car", "lot", "exactly", "down", "x", "#",
]);
const YEAR_DATE_PREV = new Set([
  "in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "between", "and",
  "or", "to", "through", "early", "late", "mid", "circa", "year", "years", "season", "fiscal", "the",
  "a", "an", "its", "his", "her", "their", "our", "this", "that", "throughout", "around", "spring",
  "summer", "autumn", "fall", "winter", "end", "start", "beginning", "pre", "post", "for", "class",
]);
// Words after a bare year that show it is a time of day or a count.
const YEAR_BAD_NEXT =
  /^\s*(?:GMT|UTC|hrs\b|hours\b|h\b|local\b|[ap]\.?m\b|km|kilomet|miles?\b|metres|meters|kg|tons?\b|tonnes|dollars|euros|pounds|yuan|rupees|votes|people|troops|soldiers|members|points|runs|yards|units|cases|deaths|times|seats|pages|words|calories|feet|percent|per\b|x\b)/i;
// Future markers for a sentence.
const FUTURE_RE =
  /\b(?:will|won['’]t|shall|is\s+due|are\s+due|due\s+(?:on|in|out|this|next|later|by|for)|was\s+due|were\s+due|due\s+to|expected\s+to|scheduled|set\s+to|plans?\s+to|planned|going\s+to|upcoming|(?:next|coming)\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|to\s+be\s+held|slated|would\s+(?:hold|meet|visit|travel|vote|take\s+place|begin|start|resume|open|close))\b|['’]ll\b/i;
// A past verb right before a weekday/date ("said on Friday", "met Thursday").
const PAST_BEFORE_RE =
  /(?<!\b(?:be|is|are|am|being)\s+(?:[a-z]+ly\s+)?)\b(?:(?!(?:expected|scheduled|planned|slated|proposed|delayed|postponed|pushed|moved|needed|due)\b)\w+ed|seen|born|said|told|met|held|took|gave|made|began|came|went|saw|was|were|had|did|struck|hit|left|fled|won|lost|sent|shot|fought|spoke|wrote|led|rose|fell|paid|found|brought|became|kept|ran|broke|began|stood|sold|spent|thought|bought|caught|taught|drew|flew|grew|knew|threw|woke|ate|chose|froze|stole|swore|tore|wore|hung|dug|struck|slid|lit|bit|hid|rode|drove|sank|sang|swam|began|bled|fed|felt|dealt|meant|sought|heard|laid)\s+(?:on\s+|in\s+|late\s+|early\s+|last\s+)?$/i;

// ---------------------------------------------------------------------------------------------
// chrono, configured for news: casual English, no forward bias (we resolve years ourselves).

// Only the parsers that read calendar names and numeric dates: the relative and time-of-day ones
// are ours or unwanted, and each parser costs time on every window. Picked by class name (the
// bundles keep names: scripts/build.mjs); trying each parser on probe strings instead cost a
// quarter of a second at every start, as V8 compiled the patterns of the unwanted ones.
const FIXED_REF = new Date(Date.UTC(2000, 0, 1, 12));
const CALENDAR_PARSERS = ["ENYearMonthDayParser", "ISOFormatParser", "SlashDateFormatParser", "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser", "ENWeekdayParser", "ENMonthNameParser"];
const parser = chrono.en.casual.clone();
{
  const wanted = parser.parsers.filter((p) => CALENDAR_PARSERS.includes(p.constructor.name));
  // another chrono with other names: every parser (slower, and addChronoResult still keeps calendar dates only)
  if (wanted.length === CALENDAR_PARSERS.length) parser.parsers = wanted;
}

/** The names of the chrono parsers in use (a test checks that the choice above took effect). */
export function chronoParserNames(): string[] {
  return parser.parsers.map((p) => p.constructor.name);
}

interface Candidate {
  start: number;
  end: number;
  text: string;
  /** Resolved later, in document order. */
  kind:
    | { k: "full"; y: number; m: number; d: number }
    | { k: "monthYear"; y: number; m: number }
    | { k: "year"; y: number }
    | { k: "monthDay"; m: number; d: number; tense: () => Tense; dir?: "next" | "last"; event: boolean; wd?: number }
    | { k: "month"; m: number; tense: () => Tense; dir?: "next" | "last" }
    | { k: "weekday"; wd: number; future: () => boolean; dir?: "next" | "last" | "this" }
    | { k: "numericAmbiguous"; a: number; b: number; y: number }
    | { k: "ago"; n: number; unit: string }
    | { k: "casual"; offset: number }
    | { k: "rel"; unit: "month" | "year"; n: number }
    | { k: "dayRel"; n: number };
}

// ---------------------------------------------------------------------------------------------
// Text structure: sentence boundaries (for future-tense context).

function sentenceAround(text: string, pos: number, end: number): string {
  // Bounded both ways: a sentence longer than this is not one (a table, a run-on scrape).
  const minS = Math.max(0, pos - 400);
  const maxE = Math.min(text.length, end + 400);
  let s = pos;
  while (s > minS) {
    const c = text.charCodeAt(s - 1);
    if (c === 10 || c === 13) break;
    if ((c === 46 || c === 33 || c === 63) && s < text.length && /\s/.test(text[s] ?? "")) {
      // "Jan. 29" / "Oct. 7": an abbreviation dot before a number does not end a sentence.
      const before = text.slice(Math.max(0, s - 6), s - 1);
      if (!/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z])$/.test(before)) break;
    }
    s--;
  }
  let e = end;
  while (e < maxE) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13) break;
    if ((c === 46 || c === 33 || c === 63) && /\s|$/.test(text[e + 1] ?? "")) {
      const before = text.slice(Math.max(0, e - 5), e);
      if (!/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z])$/.test(before)) {
        e++;
        break;
      }
    }
    e++;
  }
  return text.slice(s, pos) + "\u0000" + text.slice(end, e);
}

type Tense = "future" | "past" | "neutral";

const PAST_IN_CLAUSE_RE =
  /\b(?:was|were|had|did|said|told|met|held|took|gave|made|began|came|went|saw|struck|hit|left|fled|won|lost|sent|shot|fought|spoke|wrote|led|rose|fell|paid|found|brought|became|kept|ran|broke|stood|sold|spent|thought|bought|caught|drew|flew|grew|knew|threw|chose|stole|hid|drove|sank|slid|beat|fed|felt|dealt|meant|sought|heard|laid|born|ago|(?=[a-z]{2,}ed\b)(?<!\b(?:is|are|am|be|being|remains?|gets?|get)\s+(?:[a-z]+ly\s+)?)(?!(?:need|feed|seed|speed|shed|bleed|breed|proceed|succeed|exceed|indeed|hundred|kindred|armed|based|related|expected|scheduled|planned|slated|named|united|detailed|advanced|limited|displaced|wounded|injured|occupied|alleged|so-called)\b)[a-z]{2,}ed)\b/;
// The same without "was" and "were": inside reported speech ("said no decision was likely before
// June") they are the backshifted present, not the past.
const PAST_REPORTED_RE = new RegExp(PAST_IN_CLAUSE_RE.source.replace("was|were|", ""));

// Verbs that report speech or thought: the date after "X said (that)" belongs to what was said.
const REPORT_VERB = "said|says|say|told|tells|added|adds|stated|noted|warned|warns|argued|wrote|writes|reported|announced|explained|insisted|claimed|believes?|thinks?|acknowledged|confirmed|estimated|predicted|showed|shows|suggested|suggests|indicated|indicates|signalled|signaled|hinted";
const REPORT_VERB_RE = new RegExp(`\\b(?:${REPORT_VERB})\\b`);
// "X said (that) …", "X told reporters (that) …", "X warned investors that …": what follows is the reported clause.
const REPORT_FRAME_RE = new RegExp(
  `\\b(?:(?:said|says|say)\\b(?:\\s+that\\b)?|(?:told|tells)\\s+(?:[\\p{L}’'-]+\\s+){1,3}?(?:that\\b)?|(?:${REPORT_VERB})\\s+(?:[\\p{L}’'-]+\\s+){0,3}?that\\b)`,
  "gu",
);
// A reporting verb right before the date modifies the reporting: "said in May that", "told reporters on Tuesday".
const REPORT_THEN_DATE_RE = new RegExp(`\\b(?:${REPORT_VERB})\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:on|in|last|late|early|this|during)\\s+$`, "u");
// Verbs of intention, decision and delay: the date of what they govern is not theirs ("ruled out
// holding an election in May", "agreed to meet in June", "pushed back their bets … to September").
const INTENT_RE =
  /\b(?:(?:agree|decide|promise|pledge|vow|threaten|refuse|propose|offer|urge|order|hope|want|intend|aim|seek|prepare|plan|vote|ask|call)(?:s|d|ed|ing)?\s+(?:[a-z]+\s+){0,2}?to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+|sought\s+to\s+[a-z]+|(?:rul(?:es|ed|ing)\s+out|consider(?:s|ed|ing)?|discuss(?:es|ed|ing)?)\s+[a-z]+ing\b|(?:push(?:es|ed|ing)?\s+back|postpone[sd]?|delay(?:s|ed)?|defer(?:s|red)?|put(?:s|ting)?\s+off|mov(?:es|ed)\s+(?:up|back|forward))\b)/g;
// Non-restrictive relative clauses carry their own tense: ", who joined Nestlé in 1986,".
const RELATIVE_CLAUSE_RE = /,\s*(?:who|which|whose|where)\b[^,]*,/g;
// Trailing attribution: ", traders said.", ", a diplomat told Reuters on Friday."
const TRAILING_ATTRIBUTION_RE = new RegExp(
  `,[^,]{0,60}?\\b(?:${REPORT_VERB}|according\\s+to)\\b(?:\\s+[\\p{Lu}][^,]*|\\s+(?:on|in|at|during|late|early|earlier|later|last|this|to|via|from|after|before|a|an|the)\\b[^,]*)?[.!?”"’]*\\s*$`,
  "u",
);
// Modal verbs: what they govern has not happened ("would not play again until … May", "could take place as early as Saturday").
const MODAL_RE = /\b(?:(?:would|could|might|should|can|must)(?:n['’]t)?|cannot)\s+(?:not\s+|also\s+|still\s+|only\s+|then\s+|soon\s+|likely\s+|now\s+|even\s+|never\s+)?(?!have\b)[a-z]+|\bmay\s+(?:not\s+|also\s+|still\s+|soon\s+)?(?!have\b)[a-z]{2,}/;
// Expectation and scheduling words: "now expect a first cut on June 6", "bets on a rate cut in
// September", "the company's next earnings report in May", "as early as Saturday".
const EXPECT_RE =
  /\b(?:(?:is|are|be)\s+(?:widely\s+|now\s+|also\s+|still\s+)?expected|expects?|expecting|expectations?|anticipates?|anticipating|forecasts?|forecasting|predicts?|bets?\s+on|betting\s+on|wager(?:s|ing)?\s+on|pric(?:es|ing)\s+in|on\s+track\s+to|poised\s+to|likely\s+to|unlikely\s+to|as\s+(?:early|soon)\s+as|no\s+(?:earlier|sooner|later)\s+than|(?:\bthe|\bits|\bhis|\bher|\btheir|\bour|['’]s)\s+next\s+(?!day\b|morning\b|afternoon\b|evening\b|night\b|week\b|time\b)[a-z]+)\b/i;
// Present tense of a scheduled event: "Sri Lanka votes on Saturday", "the Congress opens on
// Tuesday", "Powell testifies before Congress on Wednesday", "Freixe takes over on Sept. 1".
const SCHEDULED_RE =
  /\b(?=[a-z]+s\b)(?<!\b(?:the|a|an|of|his|her|its|their|our|your|my|these|those|some|many|more|all|and|or|to|for|with|by|postal|early|final|first|\d+)\s+)(?:votes|holds|opens|reopens|begins|starts|ends|closes|meets|convenes|testifies|takes|goes|heads|travels|visits|arrives|leaves|returns|launches|kicks\s+off|resumes|hosts|faces|plays|releases|publishes|expires|lapses|runs|lands|sits|hears|delivers|gathers|concludes|finishes|wraps\s+up|unveils|debuts|premieres|tours|flies|addresses|attends|celebrates|observes|enters|steps\s+down|rules|decides|reports|announces)\b/;

// The same for a plural subject: "Negotiators meet again on Monday", "Talks resume in May".
const SCHEDULED_PLURAL_RE =
  /\b(?:[A-Za-z][a-z]{2,}s|[Tt]hey|[Ww]e)\s+(?:again\s+|also\s+|then\s+|formally\s+|officially\s+)?(?:vote|hold|open|reopen|begin|start|meet|convene|resume|return|travel|head|fly|gather|go|face|play|take\s+office|kick\s+off)\b/;

/** What the clause around [start,end) says about time: the future, the past, or nothing clear. */
function clauseTense(text: string, start: number, end: number): Tense {
  let around = sentenceAround(text, start, end);
  // Short quoted titles ("Anora", "Today") are words of the clause, not the edges of a quote.
  around = around.replace(/["“]([^"“”\u0000\n]{1,40})["”]/g, (m, inner: string) =>
    /[.,!?]\s*$/.test(inner) || inner.trim().split(/\s+/).length > 5 ? m : "Title");
  const cut = around.indexOf("\u0000");
  // The clause: stop at quotes, colons, semicolons and dashes on either side.
  let before = around.slice(0, cut).replace(/^.*[“”"«»;:—–]/s, "");
  let after = around.slice(cut + 1).replace(/[“”"«»;:—–].*$/s, "");
  const tail = before.slice(-90); // both patterns end at the date
  if (PAST_BEFORE_RE.test(tail) || REPORT_THEN_DATE_RE.test(tail)) return "past";
  before = before.replace(RELATIVE_CLAUSE_RE, ",");
  // The date's own clause inside reported speech or after a verb of intention.
  let reported = false;
  const lastFrame = (re: RegExp): number => {
    re.lastIndex = 0;
    let at = -1;
    for (let m = re.exec(before); m; m = re.exec(before)) at = m.index + m[0].length;
    return at;
  };
  const rep = lastFrame(REPORT_FRAME_RE);
  if (rep >= 0) {
    before = before.slice(rep);
    reported = true;
  }
  // A clause break before the date: what comes before it is another clause.
  const br = /^(?:.*),\s*(?:and|but|while|whereas|although|though|because|so|yet)\s/s.exec(before);
  if (br) before = before.slice(br[0].length);
  // Future words before a verb of intention still count ("plans to publish … in November"); its past does not.
  const intentFree = before;
  const intent = lastFrame(INTENT_RE);
  if (intent >= 0) before = before.slice(intent);
  const fronted = /^\s*(?:\p{L}+\s+){0,2}$/u.test(before); // "On Friday, …", "Later on Thursday, …"
  after = after.replace(TRAILING_ATTRIBUTION_RE, "");
  const lastComma = before.search(/,\s(?!.*,\s)/s);
  if (!fronted && /^\s*,\s/.test(after) && lastComma >= 0) {
    // Inside a parenthetical: "The talks, first reported by the Journal on Friday, could …".
    before = before.slice(lastComma + 1);
    after = "";
  } else if (!fronted) after = after.replace(/(?:,\s|\s(?:and|but|while|whereas|although|though|because|after|before|when|as|since|so|then)\s).*$/s, "");
  else {
    // "On Friday, officials said they would …": the reporting verb is the date's verb.
    const r = REPORT_VERB_RE.exec(after);
    if (r) after = after.slice(0, r.index + r[0].length);
  }
  const clause = before + " " + after;
  const wide = intentFree + " " + after;
  if (FUTURE_RE.test(wide) || MODAL_RE.test(wide) || EXPECT_RE.test(wide)) return "future";
  if ((reported ? PAST_REPORTED_RE : PAST_IN_CLAUSE_RE).test(clause)) return "past";
  if (SCHEDULED_RE.test(before) || SCHEDULED_PLURAL_RE.test(before) || /\b(?:is|are)\s+(?:on\s+|for\s+)?$/.test(before)) return "future";
  // A start or a deadline with nothing past around it: "cuts from October", "until Monday".
  if (/\b(?:from|until|till|by|before|starting|beginning)\s+(?:early\s+|late\s+|mid-?)?$/i.test(before) &&
      !/^\s*(?:[-–—]|to\b|through\b|until\b|and\b)/i.test(after)) return "future";
  return "neutral";
}

/** Nouns of events that have happened when a date names them: "the Oct 7 attack", "a December mortar attack". */
const PAST_EVENT_RE =
  /^\s+(?:[a-z]+\s+)?(?:attacks?|bombings?|massacres?|killings?|raids?|strikes?|assaults?|shootings?|onslaught|crash(?:es)?|explosions?|blasts?|incidents?|invasion|coup|uprising|earthquakes?|floods?|fires?|murders?|ambush|riots?|protests?|clashes|deaths?|arrests?|rampage|hijacking|abduction|kidnapping|offensive|incursion|crackdown|collapse|derailment|eruption|storm|hurricane|tsunami|leak|hack|breach|heist|defeat|loss|win|victory|ruling|verdict|agreement|accord|ceasefire|truce|deal)\b/;

/** Nouns that a month name before them dates: "a May election", "the March deadline". */
const MONTH_EVENT_NOUN_RE =
  /^(?:elections?|votes?|polls?|ballot|referendum|runoff|primary|primaries|deadline|meeting|summit|session|talks|conference|budget|launch|release|visit|trip|rally|protest|attack|offensive|ceasefire|agreement|deal|accord|figures|data|report|sales|decision|hearing|trial|verdict|ruling|auction|sitting|congress|convention|festival|tournament|final|derby|count|census)$/;

function pastEvent(text: string, end: number): boolean {
  return PAST_EVENT_RE.test(text.slice(end, end + 40));
}

/** The tense of a month or month-day's clause, worked out only if its resolution needs it. */
function lazyTense(text: string, start: number, end: number): () => Tense {
  let t: Tense | undefined;
  return () => (t ??= pastEvent(text, end) ? "past" : clauseTense(text, start, end));
}

/** A direction word before or at the start of the span: "next Tuesday", "by next March", "last Friday". */
function direction(text: string, start: number, t: string): "next" | "last" | "this" | undefined {
  const w = (/^(next|last|this|coming)\b/i.exec(t)?.[1] ?? /\b(next|last|this|coming)\s+$/i.exec(text.slice(Math.max(0, start - 8), start))?.[1])?.toLowerCase();
  return w === "coming" ? "next" : (w as "next" | "last" | "this" | undefined);
}

// prevWord and nextWord scan by hand: as regular expressions over a slice they were a sixth of
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
function prevWord(text: string, pos: number): string {
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
          const fake = endDay !== undefined &&
            ((r.start.get("day") ?? 0) >= endDay || /^[.,]\d|^\s*(?:%|percent|per\b|pct)/.test(text.slice(endAt + endText.length, endAt + endText.length + 9)));
          out.length = before; // the two ends replace the whole
          addChronoResult(text, base, startText, r.start, out);
          if (!fake) addChronoResult(text, endAt, endText, r.end, out, r.start);
        }
      }
    }
  }
}

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
  t = t.replace(/[\s,]+$/, "");
  if (!t) return;
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
  const hasYear = c.isCertain("year");
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
  const isMonthWord = firstLower in MONTHS;
  const isWeekdayWord = firstLower in WEEKDAYS;
  if (isMonthWord && first[0] !== first[0].toUpperCase()) return; // "may", "march": verbs
  const dir = direction(text, start, t);

  if (hasYear && hasMonth && hasDay) {
    if (validDay(y, m, d)) out.push({ start, end, text: t, kind: { k: "full", y, m, d } });
    return;
  }
  if (hasYear && hasMonth) {
    out.push({ start, end, text: t, kind: { k: "monthYear", y, m } });
    return;
  }
  if (hasMonth && hasDay) {
    const after = text.slice(end, end + 40);
    const beforeText = text.slice(Math.max(0, start - 12), start);
    // "the Oct 7 attack": a month-day that names an event (its year may be fixed elsewhere).
    const event = /\bthe\s+$/i.test(beforeText) && /^\s+[a-z]/.test(after);
    out.push({
      start, end, text: t,
      kind: {
        k: "monthDay", m, d, tense: lazyTense(text, start, end),
        dir: dir === "this" ? undefined : dir, event, wd: hasWeekday ? c.get("weekday") ?? undefined : undefined,
      },
    });
    return;
  }
  if (hasMonth && !hasDay) {
    // A month name alone: only full names ("Jan" is a first name), capitalised, and not a name
    // itself ("April Ryan", "August Ames", "May said").
    if (!/^(?:(?:next|last|this|coming|early|late|mid-?)\s*)?[A-Z][a-z]+$/.test(t) && !/^[A-Z]+$/.test(t)) return;
    if (!new RegExp(`(?:${MONTH_FULL})$`, "i").test(t)) return;
    const nw = nextWord(text, end);
    if (/^[A-Z]/.test(nw) && !(nw.toLowerCase() in MONTHS)) return;
    const pw = prevWord(text, start).toLowerCase();
    if (first === "May" || first === "March" || first === "MAY" || first === "MARCH") {
      // The verb or a surname unless a date word introduces it.
      // ("a May election", "rules out May election": a month that dates an event noun, after a
      // lower-case word, is a month too.)
      const datesEvent = MONTH_EVENT_NOUN_RE.test(nw) && /^[a-z]/.test(prevWord(text, start));
      if (!dir && !datesEvent && !/^(?:in|since|until|till|by|from|of|during|early|late|mid|before|after|between|through|last|next|this|a|the|and|or|to|on)$/.test(pw)) return;
      if (pw === "the" && /^\s*(?:on|to|of)\b/.test(text.slice(end, end + 5))) return; // "the March on Rome"
    }
    out.push({
      start, end, text: t,
      kind: { k: "month", m, tense: lazyTense(text, start, end), dir: dir === "this" ? undefined : dir },
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
    if (pw === "every" || pw === "each" || pw === "on" && /^s/.test(text.slice(end, end + 1))) return;
    const nw = nextWord(text, end);
    // "the Sunday Times", "Bloody Sunday", "Good Friday Agreement": names, not days.
    if (/^[A-Z]/.test(nw) && !(nw.toLowerCase() in MONTHS) &&
        !/^(?:on|since|until|till|by|last|next|this|before|after|from|late|early|later|coming|and|or)$/i.test(pw)) return;
    if (/^(?:the|a)$/i.test(pw) && /^[A-Z]/.test(nw)) return;
    if (/^(?:bloody|black|good|holy|super|cyber|ash|palm|easter|maundy|great)$/i.test(pw)) return;
    // "called a protest for Saturday": the day something is set for lies ahead.
    const setFor = /\bfor\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && !/^['’]s\b/.test(text.slice(end, end + 3));
    const future = (): boolean => dir === "next" || (dir !== "last" && (setFor || clauseTense(text, start, end) === "future"));
    out.push({
      start, end, text: t,
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
  return NUMBER_WORDS[l];
}

function relativeCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  const slice = text.slice(from, to);
  RELATIVE_RE.lastIndex = 0;
  for (let m = RELATIVE_RE.exec(slice); m; m = RELATIVE_RE.exec(slice)) {
    const g = m.groups ?? {};
    const start = from + m.index;
    const end = start + m[0].length;
    const t = m[0];
    const before = slice.slice(Math.max(0, m.index - 20), m.index);
    if (g.agoN) {
      const n = wordNumber(g.agoN);
      if (n === undefined) continue;
      // "Updated 3 days ago" is scrape-relative boilerplate, like "Updated 3 sec ago".
      if (/\b(?:updated|posted|published|edited)\s+$/i.test(before)) continue;
      if (/\b(?:than|about|some|nearly|almost|over)\s+$/i.test(before)) {
        // "more than a year ago": still a year, but an approximate one; keep it.
      }
      out.push({ start, end, text: t, kind: { k: "ago", n, unit: g.agoUnit.toLowerCase().replace(/s$/, "") } });
    } else if (g.casual) {
      const w = g.casual.toLowerCase().replace(/\s+/g, " ");
      if (w === "today" && /^['’]s\b/.test(slice.slice(m.index + m[0].length))) continue; // "today's world"
      // A quoted word alone is a title: NBC's "Today" show.
      if (/["“‘']$/.test(before) && /^["”’']/.test(slice.slice(m.index + m[0].length))) continue;
      const offset = w === "yesterday" || w === "last night" ? -1 : w === "tomorrow" ? 1 : 0;
      out.push({ start, end, text: t, kind: { k: "casual", offset } });
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
      const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 30);
      // "a day after it said": a duration anchored on an event; "the day before the vote" likewise.
      if (/day\s+(?:before|after)$/.test(l)) {
        if (!/^\s*(?:[,.;:!?)]|$)/.test(after)) continue;
        if (!/^the\b/.test(l)) continue;
      }
      // "on the same day as the vote": anchored on an event, not on the date just given.
      if (/same/.test(l) && /^\s*(?:as|that)\b/i.test(after)) continue;
      const n = /same/.test(l) ? 0 : /next|following|after/.test(l) ? 1 : -1;
      out.push({ start, end, text: t, kind: { k: "dayRel", n } });
    } else if (g.laterN) {
      const n = wordNumber(g.laterN);
      if (n === undefined) continue;
      out.push({ start, end, text: t, kind: { k: "dayRel", n: g.laterDir.toLowerCase() === "later" ? n : -n } });
    }
  }
}

function yearCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  const slice = text.slice(from, to);
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(slice); m; m = YEAR_RE.exec(slice)) {
    const g = m.groups ?? {};
    const start = from + m.index;
    if (g.decade) {
      out.push({ start, end: start + g.decade.length, text: g.decade, kind: { k: "year", y: Number(g.decade.slice(0, 4)) } });
      continue;
    }
    if (g.shortDecade) {
      const dd = Number(g.shortDecade.slice(0, 2));
      out.push({ start, end: start + m[0].length, text: m[0], kind: { k: "year", y: (dd >= 30 ? 1900 : 2000) + dd } });
      continue;
    }
    const y1 = Number(g.y1);
    const pwRaw = prevWord(text, start);
    const pw = pwRaw.toLowerCase();
    const charBefore = text[start - 1] ?? "";
    const y1End = start + g.y1.length;
    const after = text.slice(m.index + from + m[0].length, m.index + from + m[0].length + 20);
    // A hyphen before: "mid-2023" is a year, "A-2023" or "12-2023" is an identifier.
    if (charBefore === "-" && !/^(?:mid|pre|post|early|late)$/i.test(pw)) continue;
    if (YEAR_BAD_PREV.has(pw)) continue;
    if (pw === "at" && !/^\s*[,.;]/.test(text.slice(y1End, y1End + 2))) continue; // "at 1900 GMT"
    if (YEAR_BAD_NEXT.test(text.slice(y1End, y1End + 20)) && !g.y2) continue;
    // A capitalised word right before a number is a name with a number ("Vision 2030" stays,
    // "Resolution 2334" went above); sentence-initial words are fine.
    if (y1 < 1900 && !YEAR_DATE_PREV.has(pw)) continue;
    // A count before a plural noun: "2020 votes", "1500 people" (unless "the 2020 elections").
    const nextW = nextWord(text, y1End);
    if (!g.y2 && /^[a-z]+s$/.test(nextW) && !/^(?:was|has|is|as|its|his|this|has|does|sees|seems|looks|marks|remains|lies|becomes|brings|means|promises|shows|starts|ends|begins|proves|saw|was)$/.test(nextW) &&
        !/^(?:the|a|an|its|his|her|their|our|this|that|in|since|of|by|from|until|during|before|after|between|mid|early|late|season)$/.test(pw) && !/['’]s$/.test(text.slice(start - 3, start - 1))) continue;
    if (/^\s*(?:,\d|\.\d)/.test(after)) continue;
    // A number among numbers (a table row, a score line) is not a year unless its neighbour is one.
    const isYearish = (tok: string) => /^(?:1[5-9]|20)\d\d$/.test(tok);
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

// ---------------------------------------------------------------------------------------------
// Year anchors: month-days the text writes with a year.

const ANCHOR_RE = new RegExp(
  `\\b(?:(?<m1>${MONTH_FULL}|${MONTH_ABBR})\\.?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>(?:1[5-9]|20)\\d\\d)|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>${MONTH_FULL}|${MONTH_ABBR})\\.?,?\\s+(?<y2>(?:1[5-9]|20)\\d\\d))\\b`,
  "g",
);

function anchorsOf(cands: Candidate[]): Map<string, number> {
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
    const month = MONTHS[(g.m1 ?? g.m2).toLowerCase()];
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

// ---------------------------------------------------------------------------------------------
// Resolution.

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

function resolveMonthDay(ref: Ymd, m: number, d: number, tenseOf: () => Tense, dir?: "next" | "last"): Ymd | undefined {
  let y = ref.y;
  const c = cmp({ y, m, d }, ref);
  if (dir === "next") {
    if (c <= 0) y++;
  } else if (dir === "last") {
    if (c >= 0) y--;
  } else if (c > 0) {
    // After the publication day: last year's, unless the text speaks of the future (or, in a
    // clause without past tense, it is only weeks ahead: "Voters go to the polls on Nov. 5").
    const soon = Date.UTC(y, m - 1, d) - Date.UTC(ref.y, ref.m - 1, ref.d) <= SOON_DAYS * 86400000;
    const tense = tenseOf();
    if (!(tense === "future" || (tense === "neutral" && soon))) y--;
  } else if (c < 0 && monthDistance(ref, m) > 6 && tenseOf() === "future") {
    // "will meet on Jan. 10" in a December article: next January.
    y++;
  }
  if (!validDay(y, m, d)) return undefined;
  return { y, m, d };
}

/** How many months back `m` lies from ref's month (0..11). */
function monthDistance(ref: Ymd, m: number): number {
  return (ref.m - m + 12) % 12;
}

function resolveMonth(ref: Ymd, m: number, tenseOf: () => Tense, dir?: "next" | "last"): { y: number; m: number } {
  let y = ref.y;
  if (dir === "next") {
    if (m <= ref.m) y++;
  } else if (dir === "last") {
    if (m >= ref.m) y--;
  } else if (m > ref.m) {
    const soon = m - ref.m <= 3;
    const tense = tenseOf();
    if (!(tense === "future" || (tense === "neutral" && soon))) y--;
  } else if (m < ref.m && monthDistance(ref, m) > 6 && tenseOf() === "future") y++;
  return { y, m };
}

/** A line of its own, short, capitalised and without final punctuation: a subhead. */
const SUBHEAD_BETWEEN_RE = /[\n\r][ \t]*\p{Lu}[^\n\r.!?:;"”]{0,60}[ \t]*[\n\r]/u;

/** A wire dateline with a month-day at the head of a line: `PARIS, June 10 (Reuters) -`, `TOKYO, June 4 (AP) —`. */
const DATELINE_RE = new RegExp(
  `^[ \\t]*\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,[ \\t]*[\\p{L}\\p{M} .'’-]{2,30})?,[ \\t]+(?<m>${MONTH_FULL}|${MONTH_ABBR})\\.?[ \\t]+(?<d>\\d{1,2})(?![\\d,])[ \\t]*(?:\\([^)\\n\\r]{1,30}\\)[ \\t]*)?[-—–]`,
  "mu",
);

/** The month-day of a wire dateline near the start of an article, if it has one without a year. */
function datelineDay(text: string): { m: number; d: number } | undefined {
  const g = DATELINE_RE.exec(text.slice(0, 3000))?.groups;
  if (!g) return undefined;
  const m = MONTHS[g.m.toLowerCase()];
  const d = Number(g.d);
  return m && d >= 1 && d <= 31 ? { m, d } : undefined;
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
    if (k.k === "year" ? /s$/.test(c.text) || (bare !== undefined && y <= bare) : dated !== undefined && y <= dated) continue; // decades name no year
    if (clauseTense(text, c.start, c.end) === "future") continue; // "will take office on 1 October 2030"
    if (k.k === "year") bare = y;
    else dated = y;
  }
  return dated ?? bare;
}

/** Every date candidate of `text`, in document order, without overlaps. */
function candidatesOf(text: string): Candidate[] {
  const cands: Candidate[] = [];
  // Pre-filter: only lines (cut into pieces of bounded length) that may hold a date go further.
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    let e = pos;
    while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    if (e > pos && !/^\s*(?:https?:\/\/|www\.|URL:|Url:|Link:)/i.test(text.slice(pos, Math.min(e, pos + 12)))) {
      scanLine(text, pos, e, cands);
    }
    pos = e + 1;
  }
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop candidates overlapping an earlier, longer one (chrono's "Oct. 7, 2023" over our "2023").
  const kept: Candidate[] = [];
  for (const c of cands) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return kept;
}

/**
 * Every date expression in one article, in document order, resolved against `reference` (the
 * article's publication day, ISO), or, when that is unknown, against the month-day of a wire
 * dateline in `options.fallbackYear`, else against the latest absolute date the text gave before
 * the expression (expressions with nothing to resolve against are left out).
 */
export function findDates(text: string, reference: string | undefined, options: FindDatesOptions = {}): DateSpan[] {
  const kept = candidatesOf(text);
  let ref = parseIso(reference);
  if (!ref && options.fallbackYear !== undefined) {
    // A wire dateline with a month-day and no year: that day, in the year the dump gives.
    const dl = datelineDay(text);
    if (dl && validDay(options.fallbackYear, dl.m, dl.d)) ref = { y: options.fallbackYear, m: dl.m, d: dl.d };
  }
  // Month-days this text writes with a year ("October 7, 2023") fix the year of the same
  // month-day written without one, anywhere in the text.
  const localAnchors = anchorsOf(kept);
  const out: DateSpan[] = [];
  let lastDay: Ymd | undefined; // the last day-precision date given, for "The next day"
  let latestAbsolute: Ymd | undefined; // fallback reference when `reference` is unknown
  let lastDayEnd = 0;
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    const r = ref ?? latestAbsolute;
    const k = c.kind;
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
        if (options.dayFirst !== undefined) day = options.dayFirst ? df : mf;
        else if (mf && df && r) {
          // Prefer what lies on or before the reference, and closest to it.
          const dist = (x: Ymd) => Math.abs(Date.UTC(x.y, x.m - 1, x.d) - Date.UTC(r.y, r.m - 1, r.d));
          const okM = cmp(mf, r) <= 0, okD = cmp(df, r) <= 0;
          day = okM !== okD ? (okM ? mf : df) : dist(mf) <= dist(df) ? mf : df;
        } else day = mf ?? df;
        if (day && (!latestAbsolute || cmp(day, latestAbsolute) > 0)) latestAbsolute = day;
        break;
      }
      case "monthDay": {
        const key = `${pad2(k.m)}-${pad2(k.d)}`;
        const anchored = localAnchors.get(key) ?? (k.event ? options.yearAnchors?.get(key) : undefined);
        if (anchored !== undefined && !k.dir && (!r || anchored <= r.y + 1)) {
          if (validDay(anchored, k.m, k.d)) day = { y: anchored, m: k.m, d: k.d };
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
        break;
      }
      case "month":
        if (r) {
          const x = resolveMonth(r, k.m, k.tense, k.dir);
          value = isoMonth(x.y, x.m);
        }
        break;
      case "weekday":
        if (r) day = resolveWeekday(r, k.wd, k.future, k.dir);
        break;
      case "ago":
        if (r) {
          if (k.unit === "day") day = addDays(r, -k.n);
          else if (k.unit === "week") day = addDays(r, -7 * k.n);
          else if (k.unit === "month") {
            const x = monthShift(r.y, r.m, -k.n);
            value = isoMonth(x.y, x.m);
          } else if (k.unit === "year") value = pad4(r.y - k.n);
          else if (k.unit === "decade") value = pad4(r.y - 10 * k.n);
        }
        break;
      case "casual":
        if (r) day = addDays(r, k.offset);
        break;
      case "rel":
        if (r) {
          if (k.unit === "year") value = pad4(r.y + k.n);
          else {
            const x = monthShift(r.y, r.m, k.n);
            value = isoMonth(x.y, x.m);
          }
        }
        break;
      case "dayRel": {
        // "The next day, on October 30, …": the date written beside it is the mention.
        const next = kept[i + 1];
        if (next && /^\s*,?\s*(?:on\s+|in\s+)?$/.test(text.slice(c.end, next.start)) &&
            (next.kind.k === "full" || next.kind.k === "monthDay" || next.kind.k === "weekday" || next.kind.k === "numericAmbiguous")) break;
        // A subhead between the date and "two days later" starts another part of the story.
        if (lastDay && !SUBHEAD_BETWEEN_RE.test(text.slice(lastDayEnd, c.start))) day = addDays(lastDay, k.n);
        break;
      }
    }
    if (day) {
      value = isoDay(day);
      lastDay = day;
      lastDayEnd = c.end;
    }
    if (value === undefined) continue;
    out.push({ start: c.start, end: c.end, text: c.text, value });
  }
  return out;
}

/** A word every relative expression has (one test: lower-casing each line cost more than the scan). */
const RELATIVE_HINT = /ago|day|night|month|year|tomorrow/i;

function scanLine(text: string, from: number, to: number, out: Candidate[]): void {
  // Scrape-relative boilerplate: "Updated 3 sec ago", "Updated 56 min 29 sec ago", "Posted 2 hours ago".
  const line = text.slice(from, to);
  if (/^\s*(?:Updated|Posted|Published|Last updated|Edited)\s*:?\s*(?:\d+|an?|one|few)\s+\w+.*\bago\s*$/i.test(line)) return;
  // Each layer runs only where its cheap trigger occurs (chrono only sees small windows anyway).
  chronoCandidates(text, from, to, out);
  if (RELATIVE_HINT.test(line)) relativeCandidates(text, from, to, out);
  if (/\d\d/.test(line)) yearCandidates(text, from, to, out);
  if (line.includes("May ") || line.includes("March ")) monthEventCandidates(text, from, to, out);
}

/** "rules out May election": chrono reads no month in "May"/"March" before a noun; we do, when the noun is an event's. */
function monthEventCandidates(text: string, from: number, to: number, out: Candidate[]): void {
  const re = /\b(May|March)\s+([a-z]+)/g;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (!MONTH_EVENT_NOUN_RE.test(m[2]!)) continue;
    const start = from + m.index;
    const end = start + m[1]!.length;
    const pw = prevWord(text, start);
    if (!/^[a-z]/.test(pw) && !/^(?:In|From|By|Since|Until|Before|After|During|The|A|Early|Late)$/.test(pw)) continue; // "Theresa May …"
    const dir = direction(text, start, m[1]!);
    out.push({
      start, end, text: m[1]!,
      kind: { k: "month", m: MONTHS[m[1]!.toLowerCase()]!, tense: lazyTense(text, start, end), dir: dir === "this" ? undefined : dir },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Publication dates.

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
    const a = +num[1], b = +num[3];
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
    const y = c.get("year") ?? 0, m = c.get("month") ?? 0, d = c.get("day") ?? 0;
    if (validDay(y, m, d)) return isoDay({ y, m, d });
  }
  return undefined;
}
