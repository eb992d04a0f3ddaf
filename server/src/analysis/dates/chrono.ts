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
export const parser = calendarParser();

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
