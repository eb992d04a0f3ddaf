// chrono-node, configured for news: casual English, calendar parsers only, no forward bias (we
// resolve years ourselves). The candidates of date mentions and the publication dates of date lines
// both parse with it.

import * as chrono from "chrono-node";

// Only the parsers that read calendar names and numeric dates: the relative and time-of-day ones
// are ours or unwanted, and each parser costs time on every window. Picked by class name (the
// bundles keep names: scripts/build.mjs); trying each parser on probe strings instead cost a
// quarter of a second at every start, as V8 compiled the patterns of the unwanted ones.
/** A reference chrono resolves against; the values we keep never depend on it. */
export const FIXED_REF = new Date(Date.UTC(2000, 0, 1, 12));
const CALENDAR_PARSERS = [
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENWeekdayParser",
  "ENMonthNameParser",
];
const parser = calendarParser();

/**
 * What each calendar parser's pattern cannot match without: an ASCII digit, one of chrono's month
 * names or abbreviations, one of its weekday names (or "weekend", "weekday"). A text without it
 * gets no result from that parser, so the parser is not run on it: most windows name a weekday or
 * a month and no numeric date, and every parser scans the whole window.
 */
const NEEDS: readonly RegExp[] = [/[0-9]/, /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i, /sun|mon|tue|wed|thu|fri|sat|week/i];
const PARSER_NEED: Readonly<Record<string, number>> = {
  ENYearMonthDayParser: 0,
  ISOFormatParser: 0,
  SlashDateFormatParser: 0,
  ENMonthNameLittleEndianParser: 1,
  ENMonthNameMiddleEndianParser: 1,
  ENMonthNameParser: 1,
  ENWeekdayParser: 2,
};

/** The parser with only the parsers whose needs a text meets, per set of needs met (a bit each; made when first used). */
const parsersByNeeds = new Map<number, chrono.Chrono>();

/** chrono's calendar results for `text`, against {@link FIXED_REF}: the same as running every calendar parser on it. */
export function parseCalendar(text: string): chrono.ParsedResult[] {
  let met = 0;
  for (let i = 0; i < NEEDS.length; i++) if (NEEDS[i]!.test(text)) met |= 1 << i;
  let chosen = parsersByNeeds.get(met);
  if (!chosen) {
    chosen = parser.clone();
    chosen.parsers = parser.parsers.filter((p) => {
      const need = PARSER_NEED[p.constructor.name];
      return need === undefined || (met & (1 << need)) !== 0;
    });
    parsersByNeeds.set(met, chosen);
  }
  return chosen.parse(text, FIXED_REF);
}

function calendarParser(): chrono.Chrono {
  const casual = chrono.en.casual.clone();
  const wanted = casual.parsers.filter((p) => CALENDAR_PARSERS.includes(p.constructor.name));
  // another chrono with other names: every parser (slower, and addChronoResult still keeps calendar dates only)
  if (wanted.length === CALENDAR_PARSERS.length) casual.parsers = wanted;
  return casual;
}

/** The names of the chrono parsers in use (a test checks that the choice above took effect). */
export function chronoParserNames(): string[] {
  return parser.parsers.map((p) => p.constructor.name);
}
