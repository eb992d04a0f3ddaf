// What one line of a dump is, judged from that line alone. Segmentation and article structure
// are built on these kinds, so a line's kind never depends on its neighbours (that keeps
// incremental re-segmentation local).

import { DATED_STAMP_LINE, FURNITURE_LINE } from "../words/boilerplate.js";
import { MONTH_PATTERN, WEEKDAY_PATTERN } from "../words/calendar.js";
import { METADATA_KEYS, NOT_A_DATELINE, TITLE_KEYS } from "../words/metadata.js";

export enum LineKind {
  Blank,
  Separator,
  /** `Title:` / `Headline:` header: its value is the headline. */
  TitleHeader,
  /** Other header lines: `Date:`, `Source:`, `By:`, `URL:` … */
  Header,
  /** Scraper boilerplate: `Updated …`, `Follow`, `Short Url` … */
  Boilerplate,
  Bullet,
  /** A short line that is only a date and/or byline: `By Jane Doe | June 3, 2024`. */
  DateOrByline,
  Text,
}

const SEPARATOR = /^\s*(?:([=\-*_~#])\1{2,}|(?:[*=\-~#]\s){2,}[*=\-~#]|\f+)\s*$/;
const TITLE_HEADER = new RegExp(`^\\s*(?:${TITLE_KEYS.join("|")})\\s*:\\s*\\S`, "i");
const HEADER = new RegExp(`^\\s*(?:${METADATA_KEYS.filter((k) => !(TITLE_KEYS as readonly string[]).includes(k)).join("|")})\\s*:`, "i");
const HEADER_NAME = /^\s*([A-Za-z ]+?)\s*:\s*(.*)$/;
const BULLET = /^\s*(?:[•·▪◦‣●○■□►▶✓✔]|[-–*+]\s)\s*\S/;
/** A line that is a date and little else (time, zone, weekday, "Published", separators). */
const DATE_ONLY = new RegExp(
  "^\\s*(?:(?:published|posted|updated|last updated|date)\\s*:?\\s*)?(?:" +
    WEEKDAY_PATTERN +
    ",?\\s*)?" +
    "(?:\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?" +
    "|\\d{1,2}\\s+" +
    MONTH_PATTERN +
    ",?\\s+\\d{4}" +
    "|" +
    MONTH_PATTERN +
    "\\s+\\d{1,2},?\\s+\\d{4}" +
    "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})" +
    "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,5}|GMT[+-]?\\d*|UTC[+-]?\\d*)?)?\\s*$",
  "i",
);
const BYLINE =
  /^\s*(?:by|written by|words by|reporting by)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5}(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4})*\s*$/iu;

export function classifyLine(line: string): LineKind {
  if (line.length === 0 || !/\S/.test(line)) return LineKind.Blank;
  if (line.length > 400) return LineKind.Text;
  if (SEPARATOR.test(line)) return LineKind.Separator;
  if (TITLE_HEADER.test(line)) return LineKind.TitleHeader;
  if (HEADER.test(line)) return LineKind.Header;
  if (isDateOrByline(line)) return LineKind.DateOrByline;
  if (line.length <= 80 && (FURNITURE_LINE.test(line) || DATED_STAMP_LINE.test(line))) return LineKind.Boilerplate;
  if (BULLET.test(line)) return LineKind.Bullet;
  return LineKind.Text;
}

/**
 * A line without the light markup some exporters add: a Markdown heading mark (`## `), a counter
 * (`[3] `, `3. `) or emphasis around the whole line (`*By Jane Doe*`).
 */
export function withoutMarkup(t: string): string {
  return t.replace(/^(?:#{1,6}\s+|\[\d{1,5}\]\s*|\d{1,3}[.)]\s+)/, "").replace(/^([*_]{1,2})(\S(?:.*\S)?)\1$/, "$2");
}

/** The parts of a date/byline line, between `|`, `•` or spaced dashes. */
function dateLineParts(line: string): string[] {
  return withoutMarkup(line.trim()).split(/\s[|•·]\s|\s[-–—]\s/);
}

/** `By Jane Doe`, `June 3, 2024`, `By Jane Doe | June 3, 2024 | 4 min read`. */
export function isDateOrByline(line: string): boolean {
  if (line.length > 160) return false;
  const parts = dateLineParts(line);
  let sawDateOrBy = false;
  for (const part of parts) {
    const p = part.trim();
    if (!p) continue;
    if (DATE_ONLY.test(p) || BYLINE.test(p)) sawDateOrBy = true;
    else if (!/^\d+\s*min(?:ute)?s?\s+read$/i.test(p) && !/^(?:updated|published)\b/i.test(p)) return false;
  }
  return sawDateOrBy;
}

/** The date part of a date/byline line, if any. */
export function dateInDateLine(line: string): string | undefined {
  for (const part of dateLineParts(line)) {
    if (DATE_ONLY.test(part.trim())) return part.trim().replace(/^(?:published|posted|updated|last updated|date)\s*:?\s*/i, "");
  }
  return undefined;
}

/** Name and value of a header line: `Date: 2024-03-05` → ["date", "2024-03-05"]. */
export function headerField(line: string): { name: string; value: string; valueStart: number } | undefined {
  const m = HEADER_NAME.exec(line);
  if (!m) return undefined;
  const value = m[2]!.trimEnd();
  return { name: m[1]!.trim().toLowerCase(), value, valueStart: line.length - m[2]!.length };
}

/**
 * A line that could be a headline or a subhead: short, starts like a title, no sentence-final
 * full stop. (Questions and exclamations are fine; so is a final quote in a headline.)
 */
export function isTitleLike(line: string): boolean {
  const t = withoutMarkup(line.trim());
  if (t.length < 3 || t.length > 200) return false;
  if (!/^[\p{Lu}\p{N}"'“‘«¿¡]|^\p{Lo}/u.test(t)) return false;
  if (/[.,;:]$/.test(t) && !/\b(?:[A-Z]\.|Inc\.|Co\.|Jr\.|Sr\.|St\.|U\.S\.)$/.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words <= 25;
}

/**
 * A line that opens with a dateline: `BAGHDAD: …`, `Jerusalem: …`, `LONDON (Reuters) - …`,
 * `NAIROBI, Kenya — …`, `NEW YORK, May 17 (AP) -- …`. Returns the place as written.
 */
export function datelineOf(line: string): string | undefined {
  const t = line.trimStart();
  // Wire style: PLACE[, Region][, Month Day] [(AGENCY)] - / — / --
  const wire =
    /^([\p{Lu}][\p{Lu}\p{M}'’. -]{1,40}?)(?:,\s*[\p{Lu}][\p{L}. ]{1,30}?)*(?:,\s*\w+\.?\s+\d{1,2})?\s*(?:\([\p{L}\p{N} &.,/-]{1,40}\)\s*)?(?:--|[-–—])\s+\S/u.exec(
      t,
    );
  if (wire && /\p{Lu}{2}/u.test(wire[1]!)) return wire[1]!.trim();
  const wireMixed =
    /^([\p{Lu}][\p{Ll}\p{M}'’.-]+(?:\s[\p{Lu}][\p{Ll}\p{M}'’.-]+){0,2})(?:,\s*[\p{Lu}][\p{L}. ]{1,30}?)*(?:,\s*\w+\.?\s+\d{1,2})?\s*\([\p{L}\p{N} &.,/-]{1,40}\)\s*(?:--|[-–—])\s+\S/u.exec(
      t,
    );
  if (wireMixed) return wireMixed[1]!.trim();
  // Colon style: BAGHDAD: / Jerusalem: / NEW YORK:
  const colon = /^([\p{Lu}][\p{L}\p{M}'’.-]*(?:\s[\p{Lu}][\p{L}\p{M}'’.-]*){0,2}):\s+\S/u.exec(t);
  if (colon) {
    const place = colon[1]!;
    const allCaps = !/\p{Ll}/u.test(place);
    if (allCaps && place.length >= 3) return place;
    if (!allCaps && !NOT_A_DATELINE.has(place.toLowerCase())) return place;
  }
  return undefined;
}
