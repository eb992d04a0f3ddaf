// The structure of one article, from its lines and the dump's layout profile: headline, date of
// publication, dateline, sections, the scraper's copies of the headline. Line numbers here are
// relative to the article's first line, so the result can be cached by the article's text (under
// one profile) and reused wherever it moves.

import { isoDay, validDay } from "../dates/calendar.js";
import {
  parseAgencyStamp,
  parseFaxHeader,
  parseMonitoringCredit,
  parsePublicationDate,
  parseSignatureDate,
  parseTransmissionStamp,
  parseTransmittedStamp,
} from "../dates/publication.js";
import { ARCHIVE_TOOLBAR } from "../words/boilerplate.js";
import { namesDayFirstCountry } from "../words/calendar.js";
import { isAcquisitionKey, isBodyKey, isDateKey, normalKey, saysAcquisition, TITLE_KEYS } from "../words/metadata.js";
import { cleanHeadline, type HeadlineFieldShape, type HeadlineText, headlineField } from "./headline.js";
import { isRunningHead, isSectionFlag, type LayoutProfile } from "./layout.js";
import {
  ageInDateLine,
  bulletedTitle,
  chatShareTime,
  dateInDateLine,
  datelineDate,
  datelineOf,
  endsOnJoiningWord,
  type HeaderField,
  headerField,
  isMetadataKind,
  isText,
  isTitleLike,
  LineKind,
  logFields,
  monthDayInDateLine,
  opensWithDateline,
  pageHeaderDay,
  recordPairs,
} from "./lines.js";
import { dayBefore, type MonthDay, type RelativeAge, relativeAge } from "./published.js";
import { opensRow, rowCells, type TableColumns } from "./table.js";

export interface ArticleStructure {
  /** As a reader sees it (see headline.ts); the dump-wide pass may still remove a field every headline has. */
  headline: string;
  headlineLine: number;
  /** Columns of the headline's text on its (first) line. */
  headlineStart: number;
  headlineEnd: number;
  /** Where a field such as ` - Outlet` or ` | Outlet | date` starts in `headline`, and its shape. */
  headlineField?: { at: number; shape: HeadlineFieldShape };
  published?: string;
  /** The age a relative date line gives (`Updated 3 sec ago`, `2 hours ago`). */
  relativeAge?: RelativeAge;
  /** When the record says it was saved or scraped (`Scraped at 2023-04-06T22:54:21Z`): ISO day and hour. */
  scrapedAt?: { day: string; hour: number | undefined; byReader?: true; agesFrom?: true };
  /** The day and month a transmission stamp gives without its year (`P104 CEEFAX 104 Mon 25 Mar 18:02/33`): the dump's stamp gives the year. */
  undatedDay?: MonthDay;
  /** Line where the date of publication is written, if any. */
  publishedLine?: number;
  dateline?: string;
  datelineLine?: number;
  bodyStart: number;
  sections: { title: string; line: number; start: number }[];
  repeatedHeadlineLines: number[];
  boilerplateLines: number[];
  lastLine: number; // last non-blank line
}

/** How many paragraphs of notes and quotes may stand above the copy a message sends (see storyAfterNote). */
const NOTE_PARAGRAPHS = 4;

/** A value that holds a numeric date (`2026-11-09T06:40:12+05:30`, `09.11.2026`), as a record line's pairs give one under any key. */
const NUMERIC_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]|$)|^\d{1,2}[/.]\d{1,2}[/.]\d{4}\b/;

export function articleStructure(lines: readonly string[], kinds: readonly LineKind[], profile: LayoutProfile): ArticleStructure {
  const kind = (i: number) => kinds[i]!;
  let lastLine = lines.length - 1;
  while (lastLine > 0 && kind(lastLine) === LineKind.Blank) lastLine--;
  const furniture = (j: number) => isRunningHead(profile, lines[j]!) || kind(j) === LineKind.PageNumber || isSectionFlag(profile, lines, j);
  if (profile.table) {
    const row = rowStructure(lines, kinds, profile.table, profile.dayFirst, lastLine);
    if (row) return row;
  }
  const metadata = (j: number) =>
    isMetadataKind(kind(j)) && (kind(j) !== LineKind.KeyValue || profile.fieldKeys.has(headerField(lines[j]!)?.name ?? "")) && !furniture(j);

  // ---- headline ----------------------------------------------------------------------------------
  const head = profile.mode === "records" ? recordHeadline() : pageHeadline();

  /** A record's headline: its title key, else the headline it opens with (over one or more lines), else the best title-like line of its head. */
  function recordHeadline(): { line: number; lines: number; text: HeadlineText } {
    for (let j = 0; j <= lastLine; j++) {
      if (kind(j) !== LineKind.TitleHeader) {
        // A title key after the story's prose is a record's closing field (a database's `Subject:` terms), not its title;
        // a JSON object's members come in any order (`"articleBody"` before `"headline"`).
        if (readsAsProse(j) && !JSON_MEMBERS.test(lines[j]!)) break;
        continue;
      }
      const field = headerField(lines[j]!)!;
      const text = fieldHeadline(lines[j]!, field);
      // A folded header (RFC 5322): the next line goes on after a space (a JSON object's next member is no fold).
      let joined = text.text;
      let n = 1;
      while (j + n <= lastLine && /^[ \t]+\S/.test(lines[j + n]!) && isText(kind(j + n)) && !JSON_MEMBERS.test(lines[j + n]!))
        joined += ` ${lines[j + n++]!.trim()}`;
      return { line: j, lines: n, text: { ...text, text: joined } };
    }
    // A JSON object written compactly: its title member, among others on the line (`{"@type":"NewsArticle","headline":"…",`).
    for (let j = 0; j <= lastLine; j++) {
      const title = JSON_MEMBERS.test(lines[j]!) ? jsonMembers(lines[j]!).find((m) => TITLE_KEY_NAMES.has(m.name)) : undefined;
      if (title) {
        const text = cleanHeadline(lines[j]!, title.valueStart, title.valueStart + title.raw.length);
        return { line: j, lines: 1, text: { ...text, text: title.value } };
      }
    }
    if (isText(kind(0)) && isTitleLike(lines[0]!) && !furniture(0) && fieldLines(0) === 0) return headlineBlock(0);
    // An outline's heading of one star over its drawer (`* Title` / `:PROPERTIES:`), a feed reader's item
    // over its fields (`■ Title` / `feed: …`): the title without the mark.
    const bulleted = bulletedTitle(lines[0]!, kind(0));
    if (bulleted && metadata(1)) {
      const title = bulleted;
      return { line: 0, lines: 1, text: cleanHeadline(lines[0]!, title.start, title.end) };
    }
    // The head of the record: its metadata and the short lines among them, up to the first paragraph.
    let best: { line: number; lines: number; text: HeadlineText } | undefined;
    for (let j = 0; j <= lastLine && j < 24; j++) {
      const k = kind(j);
      if (k === LineKind.Blank || k === LineKind.Separator || k === LineKind.Boilerplate || furniture(j) || metadata(j)) continue;
      const field = fieldLines(j);
      if (field > 0) {
        j += field - 1;
        continue;
      }
      // A headline the template sets as a quoted bold line (`> **RSF shells El Fasher market**`).
      if (k === LineKind.Quote && EMPHASISED_QUOTE.test(lines[j]!)) return { line: j, lines: 1, text: cleanHeadline(lines[j]!) };
      if (!isText(k)) break;
      // A block of short lines that a date, byline or key line closes is a headline, whatever it opens
      // with (`POWER — Germany sticks to …` / `by Jonas Hartmann · Mon 6 Mar 2023`); else a line that
      // opens with a dateline starts the body.
      const eligible = isTitleLike(lines[j]!) && !opensWithDateline(lines[j]!);
      const block = eligible ? undefined : headlineBlock(j);
      if (block && !(metadata(j + block.lines) && lines[j]!.length <= 120)) break;
      // A wire's topic line in capitals (`COLOMBIA ELECTIONS`) right over the headline in ordinary case is its kicker.
      if (!block && isKicker(j)) continue;
      // (a title-like line may run on over lines in capitals: `"CAN MEXICO CITY'S WATER LAST THE` / `SUMMER?"`)
      // (or it runs on in a line that opens in lower case, as a subtitle's cue or a narrow column wraps it,
      // or after a word no headline ends on, as an archive's export wraps it: `… jailed for 32 years after` / `Crown Court trial`)
      const runsOn = j < lastLine && (/^\s*\p{Ll}/u.test(lines[j + 1]!) || endsOnJoiningWord(lines[j]!));
      const candidate = block ?? (isAllCapitals(lines[j]!) || runsOn ? headlineBlock(j) : { line: j, lines: 1, text: cleanHeadline(lines[j]!) });
      // The first line set flush left is the headline (the guidelines' "first line that is neither
      // metadata nor a date or byline"); centred lines (an archive's outlet and edition) only when
      // no line is flush left.
      const indented = /^\s{8,}/.test(lines[j]!);
      if (!indented) return candidate;
      best ??= candidate;
      j += candidate.lines - 1;
    }
    return best ?? { line: 0, lines: 1, text: cleanHeadline(lines[0]!) };
  }

  /**
   * How many lines from `j` a field of the record's head takes that no key shape tells: a label whose
   * value stands on the next line (`NEWS PROVIDED BY` / `Embraer S.A.`, `Source:` / `Reuters`), or a
   * row of tab-separated cells (a results service's `Monterrey<TAB>2 - 1<TAB>Guadalajara`). 0 for others.
   */
  function fieldLines(j: number): number {
    if (!isText(kind(j))) return 0;
    const line = lines[j]!;
    if (TAB_CELLS.test(line)) return 1;
    if (!(VALUE_BELOW_LABEL.test(line) || headerField(line)?.value === "")) return 0;
    const value = lines[j + 1];
    return value !== undefined && isText(kind(j + 1)) && value.trim().length <= 80 && !opensWithDateline(value) ? 2 : 1;
  }

  /** A paragraph's line, or a key whose value is a paragraph (`Full text: SEOUL -- The company said …`). */
  function readsAsProse(j: number): boolean {
    const line = lines[j]!;
    if (line.length <= 60) return false;
    if (isText(kind(j))) return !isTitleLike(line);
    const value = headerField(line)?.value ?? "";
    return value.length > 60 && /[.!?]["”’)]?$/.test(value);
  }

  /**
   * A short line in capitals right over a title-like line in ordinary case that no full stop ends (a
   * standfirst ends with one). A line under it set in from the left, or run on in lower case on the
   * line after, opens a paragraph instead (an official notice's `  PURSUANT to section 46 of the …` /
   * `Competition Authority gives notice …`): the capitals are the headline.
   */
  function isKicker(j: number): boolean {
    const next = lines[j + 1];
    const indent = (line: string) => line.length - line.trimStart().length;
    const after = lines[j + 2];
    const opensParagraph =
      next !== undefined && (indent(next) > indent(lines[j]!) || (after !== undefined && isText(kind(j + 2)) && /^\s*\p{Ll}/u.test(after)));
    return (
      next !== undefined &&
      !opensParagraph &&
      isAllCapitals(lines[j]!) &&
      lines[j]!.trim().split(/\s+/).length <= 4 &&
      isText(kind(j + 1)) &&
      !isAllCapitals(next) &&
      isTitleLike(next) &&
      !opensWithDateline(next)
    );
  }

  /** The headline that starts at line `first`, set over as many title-like lines as follow without a break. */
  function headlineBlock(first: number): { line: number; lines: number; text: HeadlineText } {
    const text = cleanHeadline(lines[first]!);
    let joined = text.text;
    let n = 1;
    // A headline in capitals goes on in capitals; the standfirst under it is in ordinary case.
    const capitals = isAllCapitals(lines[first]!);
    while (
      first + n <= lastLine &&
      n < 4 &&
      isText(kind(first + n)) &&
      continuesHeadline(lines[first + n]!) &&
      !furniture(first + n) &&
      (!capitals || isAllCapitals(lines[first + n]!))
    ) {
      joined += ` ${cleanHeadline(lines[first + n]!).text}`;
      n++;
    }
    // The block ends at a date, byline or header line; a block that runs into prose is one headline line and a paragraph,
    // unless the headline is hard-wrapped (each line runs on from the one above: `Iron ore leaves Moribaya as Simandou` /
    // `ships its first cargo`) and the paragraph a dateline opens follows (a wire item's `CONAKRY, Oct 13 (PAEW) - …`).
    const caseChanges = capitals && first + n <= lastLine && !isAllCapitals(lines[first + n]!);
    const wrapped = Array.from({ length: n - 1 }, (_, m) => first + m + 1).every((x) => /^\s*\p{Ll}/u.test(lines[x]!) || endsOnJoiningWord(lines[x - 1]!));
    const closed =
      first + n > lastLine ||
      kind(first + n) === LineKind.Blank ||
      metadata(first + n) ||
      caseChanges ||
      (wrapped && isText(kind(first + n)) && opensWithDateline(lines[first + n]!));
    if (n > 1 && !closed) return { line: first, lines: 1, text };
    // quotes around the whole headline, opened on its first line and closed on its last
    const quoted = /^["“‘'](.+)["”’']$/.exec(joined);
    return { line: first, lines: n, text: { ...text, text: n > 1 && quoted ? quoted[1]! : joined } };
  }

  /** A page's headline (headline rules): the value of a title key in the opening header block, else the first line. */
  function pageHeadline(): { line: number; lines: number; text: HeadlineText } {
    for (let j = 0; j <= lastLine && (kind(j) === LineKind.TitleHeader || kind(j) === LineKind.Header); j++) {
      if (kind(j) !== LineKind.TitleHeader) continue;
      const field = headerField(lines[j]!)!;
      return { line: j, lines: 1, text: fieldHeadline(lines[j]!, field) };
    }
    // a page's headline in capitals may run over lines
    return isAllCapitals(lines[0]!) ? headlineBlock(0) : { line: 0, lines: 1, text: cleanHeadline(lines[0]!) };
  }

  const headlineLine = head.line;
  const headline = head.text.text;
  const headlineLines = new Set(Array.from({ length: head.lines }, (_, n) => headlineLine + n));

  // ---- what is no text of the story ---------------------------------------------------------------
  const repeatedHeadlineLines: number[] = [];
  const boilerplateLines: number[] = [];
  for (let j = 0; j <= lastLine; j++) {
    if (headlineLines.has(j)) continue;
    const k = kind(j);
    if (headline && lines[j]!.trim() === headline) repeatedHeadlineLines.push(j);
    const storyText = k === LineKind.Header && isBodyKey(headerField(lines[j]!)?.name ?? "");
    if (k === LineKind.Boilerplate || k === LineKind.Trailer || (metadata(j) && !storyText) || furniture(j)) boilerplateLines.push(j);
  }

  // ---- where the body starts ---------------------------------------------------------------------
  let bodyStart = Math.max(...headlineLines) + 1;
  if (profile.mode === "records") {
    // After the record's head: its metadata and the short lines among them (an outlet, an edition, a byline).
    while (bodyStart <= lastLine && !opensBody(bodyStart)) bodyStart++;
  } else {
    // The head of a page: copies of the headline, boilerplate, date/byline lines, bullets and an
    // image caption (a text line followed closely by boilerplate).
    for (let j = bodyStart; j <= lastLine; j++) {
      const k = kind(j);
      if (k === LineKind.Blank || k === LineKind.Separator || repeatedHeadlineLines.includes(j) || furniture(j)) {
        bodyStart = j + 1;
        continue;
      }
      if (k === LineKind.Boilerplate || k === LineKind.Bullet || metadata(j) || isCaption(j)) {
        bodyStart = j + 1;
        continue;
      }
      break;
    }
  }

  /** A line the body can open with: text that reads as prose (or opens with a dateline), or a bullet. */
  function opensBody(j: number): boolean {
    const k = kind(j);
    if (k === LineKind.Bullet) return true;
    if (!isText(k) || furniture(j) || repeatedHeadlineLines.includes(j) || isShortField(lines[j]!)) return false;
    // A standfirst that the record's credit or date line closes is still its head.
    if (!datelineOf(lines[j]!) && closedByMetadata(j)) return false;
    return !isTitleLike(lines[j]!) || datelineOf(lines[j]!) !== undefined || isText(kind(j + 1));
  }

  /** Whether the text lines from j run, without a blank line, into a metadata line within a few lines. */
  function closedByMetadata(j: number): boolean {
    for (let n = j; n <= lastLine && n < j + 4; n++) {
      if (metadata(n)) return true;
      if (!isText(kind(n))) return false;
    }
    return false;
  }

  // ---- the date of publication: the head's date keys and date lines, a transmission stamp, a date field of the headline
  let published: string | undefined;
  let publishedLine: number | undefined;
  let publishedRank = Number.POSITIVE_INFINITY;
  const offer = (value: string | undefined, line: number, rank: number) => {
    if (value && rank < publishedRank) {
      published = value;
      publishedLine = line;
      publishedRank = rank;
    }
  };
  let age: RelativeAge | undefined;
  let undatedDay: MonthDay | undefined;
  let scrapedAt: ArticleStructure["scrapedAt"];
  const otherDates: { day: string; line: number; rank: number; value: string }[] = [];
  let lastNonBlank = lastLine;
  while (lastNonBlank > 0 && kind(lastNonBlank) === LineKind.Blank) lastNonBlank--;
  const dayFirst = { dayFirst: profile.dayFirst };
  let proseSeen = false;
  for (let j = 0; j <= lastLine; j++) {
    const k = kind(j);
    const line = lines[j]!;
    const inHead = j < bodyStart;
    if (!inHead && isText(k) && (line.length > 100 || opensWithDateline(line))) proseSeen = true;
    if ((k === LineKind.Header || k === LineKind.KeyValue) && (inHead || profile.mode === "records")) {
      const field = headerField(line);
      // `Date of issue: 2 days ago (web capture 21.03.2023 09:12)`: an age and the time it counts from (an outlet may follow)
      const aged = field && isDateKey(field.name) ? /^(.*?\bago)\s*[([]\s*(.*?)\s*[)\]](?:\s*[,|·]\s*[^()[\]]{1,40})?$/.exec(field.value) : null;
      if (aged && relativeAge(aged[1]!)) {
        age ??= relativeAge(aged[1]!);
        scrapedAt ??= stampOf(aged[2]!, profile.dayFirst);
      } else if (field && SENT_KEY.test(field.name)) {
        // `Sent:` in a mail's header block is when the clipping was forwarded (what its ages count from);
        // elsewhere (an emergency alert's, a wire item's) it is when the record was issued
        if (inMailHeader(lines, j)) scrapedAt ??= stampOf(field.value, profile.dayFirst);
        else offer(parsePublicationDate(field.value, dayFirst), j, inHead ? 0 : 2);
      } else if (field && isDateKey(field.name)) {
        // the date may come with more after a separator (`Aired: 1749542400 · 44:50`)
        const first = field.value.split(/\s+[|·•]\s+/)[0]!;
        const day = parsePublicationDate(field.value, dayFirst) ?? parsePublicationDate(first, dayFirst);
        // when a note or a page was made or changed yields to a date that says publication (`Published:` over `Created:`)
        if (!keepsRecordTime(field.name)) offer(day, j, inHead ? 0 : 2);
        else if (day) otherDates.push({ day, line: j, rank: inHead ? 0.5 : 2.5, value: field.value });
        // `Posted: 5 hours ago`: an age, counted from the save or scrape time
        if (inHead) age ??= relativeAge(first);
      } else if (field && isAcquisitionKey(field.name)) scrapedAt ??= stampOf(field.value, profile.dayFirst);
      else if (field) {
        // `Source: AP News · published Oct 8th, 2024 11:45`: a date part in another field's value
        const part = publishedPart(field.value);
        if (part) {
          offer(parsePublicationDate(part, dayFirst), j, inHead ? 1 : 2);
          age ??= relativeAge(part);
        } else if (inHead) {
          // `source: Globo Esporte · 2 days ago · by Thiago Lacerda`: the age beside the outlet and the byline
          const ageText = ageInDateLine(field.value);
          if (ageText) age ??= relativeAge(ageText);
        }
      }
    } else if (inHead && k === LineKind.Quote && !EMPHASISED_QUOTE.test(line)) {
      // A clipping app quotes the record's own line under its title (`> source: Globo Esporte · 2 days ago · by …`,
      // `> Reuters · 12 March 2026`): the date or the age it gives, as the same line unquoted would.
      const unquoted = line.replace(/^\s*>\s?/, "");
      const field = headerField(unquoted);
      const value = field ? field.value : unquoted;
      const ageText = ageInDateLine(value) ?? (field && isDateKey(field.name) ? value : undefined);
      if (ageText) age ??= relativeAge(ageText);
      const date = field && !isDateKey(field.name) ? undefined : dateInDateLine(value);
      if (date && !saysAcquisition(value.slice(0, value.indexOf(date)))) offer(parsePublicationDate(date, dayFirst), j, 1);
    } else if (k === LineKind.TitleHeader && logFields(line).length > 1) {
      // a scraper's log line with the page's fields (`parse title="…" published="…" author="…"`): its date pair
      for (const field of logFields(line)) {
        if (!isDateKey(field.name) || keepsRecordTime(field.name)) continue;
        offer(parsePublicationDate(field.value, dayFirst), j, inHead ? 0 : 2);
        age ??= relativeAge(field.value);
      }
    } else if (k === LineKind.Bullet && profile.mode === "records") {
      // a notes app's metadata list (`- Published Date: 2023-11-08`, `* Date: 08/11/2023`): its date item is a date key's
      const field = headerField(line.replace(LIST_ITEM_MARK, ""));
      if (field && isDateKey(field.name) && !keepsRecordTime(field.name)) offer(parsePublicationDate(field.value, dayFirst), j, inHead ? 0 : 2);
    } else if (inHead && k === LineKind.Acquired) scrapedAt ??= acquisitionPart(line, profile.dayFirst) ?? stampOf(line, profile.dayFirst);
    else if (inHead && k === LineKind.RecordId && chatShareTime(line)) {
      // when a chat member shared the story: what the outlet line's age (`2h ago`) counts from, not its publication
      scrapedAt ??= stampOf(chatShareTime(line)!, profile.dayFirst);
    } else if (inHead && k === LineKind.RecordId && /^\s*\[[^\]]*\bago\]|^\s*\[yesterday\b/i.test(line)) {
      // a chat post's header that gives its age (`[3h ago] Balkan Brief:`, `[yesterday 19:30] …`)
      age ??= relativeAge(/^\s*\[([^\]]*)\]/.exec(line)![1]!.replace(/\s+\d{1,2}:\d{2}$/, ""));
    } else if (inHead && k === LineKind.RecordId && recordPairs(line).length > 0) {
      // a scraper's record line of pairs (`id=7f3a9c ts=2026-11-09T06:40:12+05:30 src=…`): a pair whose key says
      // when the page was taken is the scrape time; another that holds a date, whatever its key, dates the record
      for (const pair of recordPairs(line)) {
        if (isAcquisitionKey(pair.name)) scrapedAt ??= stampOf(pair.value, profile.dayFirst);
        else if (isDateKey(pair.name) || NUMERIC_DATE.test(pair.value)) offer(parsePublicationDate(pair.value, dayFirst), j, 1);
      }
    } else if (inHead && k === LineKind.RecordId && pageHeaderDay(line)) {
      // a teletext page's header: the service's transmission stamp, often without its year
      const written = pageHeaderDay(line)!;
      const day = parsePublicationDate(written, { dayFirst: true });
      offer(day, j, 1);
      if (!day) undatedDay ??= monthDayInDateLine(written);
    } else if (inHead && k === LineKind.RecordId && parseFaxHeader(line)) {
      // a fax's header: the day it was sent
      offer(parseFaxHeader(line, dayFirst)!.day, j, 1);
    } else if (
      inHead &&
      (k === LineKind.DateOrByline || k === LineKind.RecordId || k === LineKind.Boilerplate) &&
      !furniture(j) &&
      !ARCHIVE_TOOLBAR.test(line)
    ) {
      // (a web archive's toolbar gives the days of its captures, not the story's)
      const date = dateInDateLine(line);
      // `crawled 06.02.2024 05:50`, `saved …`: when the record was taken, not published.
      if (saysAcquisition(date ? line.slice(0, line.indexOf(date)) : line)) {
        const stamp = acquisitionPart(line, profile.dayFirst) ?? stampOf(date ?? line, profile.dayFirst);
        scrapedAt ??= stamp;
        // An older item's day without its year, beside the save stamp: the year of the stamp (or the one before).
        const monthDay = monthDayInDateLine(line);
        if (monthDay && stamp) offer(dayBefore(stamp.day, monthDay), j, 1);
        const ageText = ageInDateLine(line);
        if (ageText) age ??= relativeAge(ageText);
        continue;
      }
      const ageText = ageInDateLine(line);
      // (a line dated only by its age has no other date: digits in its link are the site's, `[Kompas](…/2024/03/07/…) · 1d ago`)
      const dated = date ?? (ageText ? undefined : line);
      // without the dump's own convention, the outlet's country says which comes first
      if (dated) offer(parsePublicationDate(dated, profile.dayFirst === undefined && namesDayFirstCountry(line) ? { dayFirst: true } : dayFirst), j, 1);
      age ??= relativeAge(ageText ?? line);
    } else if (k === LineKind.Trailer)
      offer(
        parseTransmissionStamp(line) ??
          parseTransmittedStamp(line, dayFirst) ??
          parseAgencyStamp(line, dayFirst) ??
          parseSignatureDate(line) ??
          parseMonitoringCredit(line),
        j,
        2,
      );
    else if (k === LineKind.DateOrByline && !inHead && !furniture(j) && (!proseSeen || j === lastNonBlank)) {
      // a date line in the body dates the record when its head gives none: a forwarded clipping's outlet and date under a
      // note (`FYI, …` / `Business Daily | Friday, May 9, 2025`), before the story's prose, or a wire's filing time closing
      // the record; a capture time there (`Document PRX-… | captured 21.03.2023 09:12`) is what its ages count from
      if (saysAcquisition(line)) scrapedAt ??= acquisitionPart(line, profile.dayFirst);
      else {
        const ageText = ageInDateLine(line);
        const dated = dateInDateLine(line) ?? (ageText ? undefined : line);
        if (dated) offer(parsePublicationDate(dated, dayFirst), j, 3);
        age ??= relativeAge(ageText ?? line);
      }
    } else if (profile.mode === "records" && (isText(k) || k === LineKind.TitleHeader) && JSON_MEMBERS.test(line)) {
      // a JSON object written compactly, several members to a line (`{"@type":"NewsArticle","datePublished":"…",`): its date member
      for (const member of jsonMembers(line)) {
        if (isDateKey(member.name) && !keepsRecordTime(member.name)) offer(parsePublicationDate(member.value, dayFirst), j, inHead ? 0 : 2);
      }
    } else if (j === bodyStart && isText(k) && datelineDate(line)) {
      // the day in the dateline that opens the story (`Kano, Sunday 8 November 2026 (Sahel Courier) – …`), when nothing else dates it
      offer(parsePublicationDate(datelineDate(line)!, dayFirst), j, 3);
    } else if (k === LineKind.MailFrom) offer(parsePublicationDate(line.replace(/^From (?:\S+ at \S+|\S+)\s+/, ""), dayFirst), j, 4);
    else if (inHead && isText(k) && !headlineLines.has(j)) age ??= relativeAge(line);
  }
  // Another date of the record (`Created: March 5, 2024 7:02 AM`) beside a publication that is only an
  // age (`Published: 2 days ago`) is when it was clipped, which the age counts from; else it may date it.
  for (const other of otherDates) {
    if (!published && age && !scrapedAt) scrapedAt = stampOf(other.value, profile.dayFirst);
    else offer(other.day, other.line, other.rank);
  }
  const dateField = /\s\|\s([^|]+)$/.exec(headline);
  if (dateField) offer(parsePublicationDate(dateField[1]!, dayFirst), headlineLine, 3);
  if (published) {
    age = undefined;
    undatedDay = undefined;
  }

  function isCaption(j: number): boolean {
    // A caption sits in the head: within the next two non-blank lines come boilerplate or the
    // summary bullets, or right after it the paragraph that opens with the dateline.
    let seen = 0;
    for (let x = j + 1; x <= lastLine && seen < 2; x++) {
      const k = kind(x);
      if (k === LineKind.Blank) continue;
      if (k === LineKind.Boilerplate || k === LineKind.DateOrByline || k === LineKind.Bullet) return true;
      if (seen === 0 && isText(k) && datelineOf(lines[x]!) && !datelineOf(lines[j]!)) return true;
      seen++;
    }
    return false;
  }

  let dateline: string | undefined;
  let datelineLine: number | undefined;
  if (bodyStart <= lastLine && isText(kind(bodyStart))) {
    dateline = datelineOf(lines[bodyStart]!);
    if (dateline) datelineLine = bodyStart;
  }
  if (!dateline && profile.mode === "records") {
    // A note's summary bullets and labels before the story it quotes (`Quote:` / `> GOMA – Rebels …`): the quoted story's dateline.
    const quoted = quotedStoryStart(bodyStart);
    dateline = quoted === undefined ? undefined : datelineOf(lines[quoted]!.replace(/^\s*>\s?/, ""));
    if (dateline) datelineLine = quoted;
  }
  if (!dateline && profile.mode === "records") {
    // The story in a field of the record (RIS's `N1  - NAIROBI, March 6 - …`), or in a block that a
    // marker opens, maybe under an age line (`#+BEGIN_QUOTE` / `Posted 3 days ago` / `MUMBAI -- …`).
    const story = storyInField() ?? storyInBlock(bodyStart) ?? storyAfterNote(bodyStart);
    if (story) ({ dateline, line: datelineLine } = story);
  }

  /** The dateline opening a field's value that reads as a story's first sentence. */
  function storyInField(): { dateline: string; line: number } | undefined {
    for (let j = 0; j <= lastLine; j++) {
      const k = kind(j);
      if (k !== LineKind.Header && k !== LineKind.KeyValue) continue;
      const value = headerField(lines[j]!)?.value ?? "";
      const place = value.length > 40 && opensWithDateline(value) ? datelineOf(value) : undefined;
      if (place) return { dateline: place, line: j };
    }
    return undefined;
  }

  /** The dateline of the first paragraph after a block's opening marker and the date lines under it. */
  function storyInBlock(from: number): { dateline: string; line: number } | undefined {
    let j = from;
    if (!BLOCK_OPENING.test(lines[j] ?? "")) return undefined;
    for (j++; j <= lastLine && (kind(j) === LineKind.Blank || kind(j) === LineKind.DateOrByline); j++);
    const place = j <= lastLine && isText(kind(j)) ? datelineOf(lines[j]!) : undefined;
    return place ? { dateline: place, line: j } : undefined;
  }

  /**
   * The dateline of the copy a message sends under a short note to its readers (`Copy for the Wednesday
   * business page, 420 words.` / `ABU DHABI, Dec 1 -- …`), maybe after the quoted message it answers
   * (`Ahmed wrote:` / `> …` / `Confirmed, copy below.` / `DOHA, Dec 2 -- …`): the first paragraph that
   * opens with a dateline, when the paragraphs above it are quotes or a line or two.
   */
  function storyAfterNote(from: number): { dateline: string; line: number } | undefined {
    let j = from;
    for (let paragraph = 0; paragraph < NOTE_PARAGRAPHS && j <= lastLine; paragraph++) {
      while (j <= lastLine && kind(j) === LineKind.Blank) j++;
      if (j > lastLine || !(isText(kind(j)) || kind(j) === LineKind.Quote)) return undefined;
      const place = isText(kind(j)) ? datelineOf(lines[j]!) : undefined;
      if (place) return paragraph > 0 ? { dateline: place, line: j } : undefined;
      let noteLines = 0;
      for (; j <= lastLine && kind(j) !== LineKind.Blank; j++) {
        if (kind(j) === LineKind.Quote) continue;
        if (!isText(kind(j)) || ++noteLines > 2 || lines[j]!.length > 100) return undefined;
      }
    }
    return undefined;
  }

  /** The first line of the story a record quotes (`> …`) after its summary bullets and short label lines (`Quote:`), if it does. */
  function quotedStoryStart(from: number): number | undefined {
    for (let j = from; j <= lastLine && j < from + QUOTED_STORY_REACH; j++) {
      const k = kind(j);
      if (k === LineKind.Quote) return j;
      const label = /^\s*\p{L}[\p{L} ]{0,30}:\s*$/u.test(lines[j]!);
      if (k !== LineKind.Blank && k !== LineKind.Bullet && !label && !metadata(j)) return undefined;
    }
    return undefined;
  }

  const sections: ArticleStructure["sections"] = [];
  for (let j = bodyStart + 1; j < lastLine; j++) {
    if (!isText(kind(j)) || furniture(j) || !(kind(j - 1) === LineKind.Blank || endsSentence(lines[j - 1]!))) continue;
    const line = lines[j]!;
    if (isSubhead(line) && line.trim() !== headline && opensParagraph(j + 1) && !runsOnBelow(j)) {
      sections.push({ title: line.trim(), line: j, start: line.length - line.trimStart().length });
    }
  }

  /**
   * The line under `j` (past page furniture) goes on with its sentence in lower case: `j` is a hard-wrapped
   * paragraph's line (`… said loadings would reach 180,000 barrels` / `a day by the weekend.`), no subhead.
   */
  function runsOnBelow(j: number): boolean {
    let next = j + 1;
    while (next <= lastLine && furniture(next)) next++;
    return next <= lastLine && isText(kind(next)) && /^\s*\p{Ll}/u.test(lines[next]!);
  }

  /** A body paragraph (or a list) follows at `j`, right away or after one blank line (blank-line layouts). */
  function opensParagraph(j: number): boolean {
    if (kind(j) === LineKind.Blank) j++;
    if (j <= lastLine && kind(j) === LineKind.Bullet) return true;
    if (j > lastLine || !isText(kind(j))) return false;
    const next = lines[j]!.trim();
    return kind(j - 1) !== LineKind.Blank || (next.length >= 60 && !isTitleLike(next)) || (next.length > 0 && '.!?”"'.includes(next[next.length - 1]!));
  }

  const field = headlineField(headline);
  return {
    headline,
    headlineLine,
    headlineStart: head.text.start,
    headlineEnd: head.lines > 1 ? lines[headlineLine]!.trimEnd().length : head.text.end,
    ...(field ? { headlineField: field } : {}),
    ...(published ? { published } : {}),
    ...(age !== undefined ? { relativeAge: age } : {}),
    ...(scrapedAt ? { scrapedAt } : {}),
    ...(undatedDay ? { undatedDay } : {}),
    ...(publishedLine !== undefined ? { publishedLine } : {}),
    ...(dateline ? { dateline, datelineLine } : {}),
    bodyStart,
    sections,
    repeatedHeadlineLines,
    boilerplateLines,
    lastLine,
  };
}

/** The headline a title key's value gives (a JSON string's escaped quotes read as quotes). */
function fieldHeadline(line: string, field: HeaderField): HeadlineText {
  const text = cleanHeadline(line, field.valueStart, field.valueEnd);
  return field.escaped ? { ...text, text: text.text.replace(/\\(["\\/])/g, "$1") } : text;
}

/**
 * A table's row (see table.ts): the headline is the title column's cell, the date of publication the
 * date column's (an age there counts from the column of the save or scrape time), the dateline
 * opens the longest cell (the body); the whole row is the story's text.
 */
function rowStructure(
  lines: readonly string[],
  kinds: readonly LineKind[],
  columns: TableColumns,
  dayFirst: boolean | undefined,
  lastLine: number,
): ArticleStructure | undefined {
  if (!opensRow(lines[0]!, columns)) return undefined;
  const cells = rowCells(lines.slice(0, lastLine + 1), columns.delimiter);
  const title = cells[columns.title]!;
  const onOneLine = cells[columns.title + 1]?.line === title.line || title.end < lines[title.line]!.length;
  const head = cleanHeadline(lines[title.line]!, title.start, title.end);
  // A quote inside a quoted cell is written twice; a title over lines reads as one.
  const headline = onOneLine ? head.text.replace(/""/g, '"') : title.value.replace(/\s+/g, " ").trim();
  const dateCell = columns.date >= 0 ? cells[columns.date]?.value.trim() : undefined;
  const published = dateCell ? parsePublicationDate(dateCell, { dayFirst }) : undefined;
  const age = !published && dateCell ? relativeAge(dateCell) : undefined;
  const acquired = columns.acquired >= 0 ? cells[columns.acquired]?.value.trim() : undefined;
  const scrapedAt = acquired ? stampOf(acquired, dayFirst) : undefined;
  let body = cells[0]!;
  for (const cell of cells) if (cell.value.length > body.value.length) body = cell;
  const dateline = body === title ? undefined : datelineOf(body.value);
  const boilerplateLines: number[] = [];
  for (let j = 1; j <= lastLine; j++) if (kinds[j] === LineKind.ColumnNames) boilerplateLines.push(j);
  return {
    headline,
    headlineLine: title.line,
    headlineStart: head.start,
    headlineEnd: Math.max(head.start, onOneLine ? head.end : lines[title.line]!.trimEnd().length),
    ...(published ? { published, publishedLine: cells[columns.date]!.line } : {}),
    ...(age ? { relativeAge: age } : {}),
    ...(scrapedAt ? { scrapedAt } : {}),
    ...(dateline ? { dateline, datelineLine: body.line } : {}),
    bodyStart: 0,
    sections: [],
    repeatedHeadlineLines: [],
    boilerplateLines,
    lastLine,
  };
}

/** A save or scrape stamp among lines [0, end) (a dump's banner: `Saved: 2023-04-05 10:12`). */
export function scrapeStamp(lines: readonly string[], kinds: readonly LineKind[], end: number, dayFirst: boolean | undefined): ArticleStructure["scrapedAt"] {
  for (let j = 0; j < end; j++) {
    const field = kinds[j] === LineKind.Header ? headerField(lines[j]!) : undefined;
    const stamp = field
      ? isAcquisitionKey(field.name)
        ? stampOf(field.value, dayFirst)
        : undefined
      : kinds[j] === LineKind.Acquired
        ? stampOf(lines[j]!, dayFirst)
        : (acquisitionPart(lines[j]!, dayFirst) ?? sentPart(lines[j]!, dayFirst));
    // `Exported Sun 2 Jun 2024 10:41 (ages are counted from this time)`: the banner says what the records' ages count from
    if (stamp) return AGES_FROM.test(lines[j]!) ? { ...stamp, agesFrom: true } : stamp;
  }
  return undefined;
}

/** When a newsletter's banner says it was sent (`Issue 112 · sent Fri 8 Mar 2024 07:10 CET`): the time its items' ages count from. */
function sentPart(line: string, dayFirst: boolean | undefined): ArticleStructure["scrapedAt"] {
  if (line.length > 200) return undefined;
  const sent = partAfter(line, /^(?:sent|delivered|mailed)(?:\s+(?:at|on))?\s*:?\s+(?=\S)/i);
  if (sent) return stampOf(sent, dayFirst);
  // A digest's generation line names the tool first and the time after it (`Generated by Brieflet AI for Priya · Friday 8 March 2024, 07:30`).
  const generated = GENERATED_BY.exec(line);
  return generated ? stampOf(line.slice(generated[0].length), dayFirst) : undefined;
}

/** A list item's mark and the space after it. */
const LIST_ITEM_MARK = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;

/** The opening of a digest's generation line, up to the separator after the tool's name: `Generated by Brieflet AI for Priya · `, `Erstellt von … | `. */
const GENERATED_BY =
  /^\s*(?:generated|compiled|curated|prepared|created|produced|summari[sz]ed|erstellt|generiert|g[ée]n[ée]r[ée]|compil[ée]|generado|gerado|generato)\b[^·|•]{0,60}\s[·|•]\s/i;

/** The date after `published`, `posted` or `updated` in a field's value (`Source: AP News · published Oct 8th, 2024 11:45`). */
function publishedPart(value: string): string | undefined {
  return partAfter(value, /^(?:published|posted|updated)\s*:?\s+(?=\S)/i);
}

/** What follows `opening` in the first part of `text` (parts set off by `·`, `|` or a dash) that opens with it. */
function partAfter(text: string, opening: RegExp): string | undefined {
  for (const part of text.split(/\s+[|·•—–]\s+/)) {
    const trimmed = part.trim();
    const m = opening.exec(trimmed);
    if (m) return trimmed.slice(m[0].length);
  }
  return undefined;
}

/** A banner's words saying that its stamp is what the records' ages count from. */
const AGES_FROM = /\b(?:ages?|times?)\b.{0,30}\b(?:counted|measured|relative)\b|\brelative\s+to\s+(?:this|the\s+export)/i;

/**
 * A label naming who gives the record, with the name on the next line: `NEWS PROVIDED BY`,
 * `Distributed by:`, `Shared from`. (A longer line that ends so is a headline wrapped after its
 * preposition: `VENEZUELA OPPOSITION BLOCKED FROM` / `REGISTERING ELECTION CANDIDATE`.)
 */
const VALUE_BELOW_LABEL = /^\s*(?:\p{L}+\s+){0,2}(?:by|from|via)\s*:?\s*$/iu;
/** How far past the head a record's quoted story may start. */
const QUOTED_STORY_REACH = 16;
/** A marker opening a block of quoted text: an outline's `#+BEGIN_QUOTE`, HTML's `<blockquote>`. */
const BLOCK_OPENING = /^\s*(?:#\+begin_(?:quote|example|verse)\b|<blockquote\b[^>]*>\s*$)/i;
/** A quoted line emphasised as a whole: `> **Headline**`, `> _Headline_`. */
const EMPHASISED_QUOTE = /^\s*>\s*([*_]{1,2})\S(?:.*\S)?\1\s*$/;
/** A line of a JSON object's members (`  "articleBody": "…",`, `{"@type":"NewsArticle","datePublished":…`): data, not prose. */
const JSON_MEMBERS = /^\s*[{[]?\s*"[^"\n]{1,40}"\s*:/;
/** A JSON object's member with a string value: its key (group 1) and value (group 2, escapes as written). */
const JSON_STRING_MEMBER = /"([A-Za-z@$][\w .:@$-]{0,40})"\s*:\s*"((?:[^"\\]|\\.)*)"/g;

/** The members with string values of a line of JSON: key in normal form, value read and as written (`raw`), where the value starts. */
function jsonMembers(line: string): { name: string; value: string; raw: string; valueStart: number }[] {
  return [...line.matchAll(JSON_STRING_MEMBER)].map((m) => ({
    name: normalKey(m[1]!),
    value: m[2]!.replace(/\\(.)/g, "$1"),
    raw: m[2]!,
    valueStart: m.index + m[0].length - m[2]!.length - 1,
  }));
}
const TITLE_KEY_NAMES: ReadonlySet<string> = new Set(TITLE_KEYS);

/** Three cells or more separated by tabs: a row of fields, never a headline. */
const TAB_CELLS = /\S\t+\S.*\t+\S/;

/** A line in capitals: letters, none of them lower case. */
function isAllCapitals(line: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** A line a headline set over several lines runs on to: title-like but for its first letter, no dateline. */
function continuesHeadline(line: string): boolean {
  return isTitleLike(line.replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase())) && !opensWithDateline(line);
}

/** The key of when a record was sent: `Sent:`, `Sent at:`, `Gesendet:`, `Envoyé :`, `Enviado:`. */
const SENT_KEY = /^(?:sent|sent at|sent on|gesendet|envoy[ée]|enviado|inviato)$/;

/** Whether line `j` lies in a mail's header block: a `From:` or `To:` key in the run of key lines around it. */
function inMailHeader(lines: readonly string[], j: number): boolean {
  const mailKey = /^\s*(?:from|to|cc|von|an|de|à|para|da|a)\s*:/i;
  const keyLine = /^\s*[\p{L}][\p{L} .-]{0,30}:/u;
  for (let n = j; n >= 0 && keyLine.test(lines[n]!); n--) if (mailKey.test(lines[n]!)) return true;
  for (let n = j + 1; n < lines.length && keyLine.test(lines[n]!); n++) if (mailKey.test(lines[n]!)) return true;
  return false;
}

/** A date key that says when the record itself was made or changed (`Created`, `Last modified`), not when the story was published. */
function keepsRecordTime(key: string): boolean {
  return /^(?:(?:date )?(?:created|modified|edited)|last (?:modified|edited)|creation date|modification date)$/.test(key);
}

/** A capture's time in a web archive's address: `/web/` and fourteen digits (year to second). */
const ARCHIVE_TIMESTAMP = /\/web\/((?:19|20)\d{2})(\d{2})(\d{2})(\d{2})\d{4}(?!\d)/;

/** The day and hour of a save or scrape stamp (`2023-04-05 10:12`, `Scraped at 2023-04-06T22:54:21Z`). */
function stampOf(value: string, dayFirst: boolean | undefined): ArticleStructure["scrapedAt"] {
  // a Unix time, as a crawler writes its snapshot's (`t=1717570800`, `ts: 1717570800000`): day and hour in UTC
  const unix = UNIX_STAMP.exec(value);
  if (unix) {
    const time = new Date(unix[1]!.length === 10 ? Number(unix[1]) * 1000 : Number(unix[1]));
    return { day: time.toISOString().slice(0, 10), hour: time.getUTCHours() };
  }
  const word = /^\s*(saved|scraped|retrieved|captured|archived|downloaded|fetched|crawled|exported|added)(?:\s+(?:at|on|from))?\s*:?\s*/i.exec(value);
  // A web archive's address holds the capture's time (`web.archive.org/web/20230612091544/…`), in UTC:
  // the dates of the saved page's own address are no stamp.
  const archived = ARCHIVE_TIMESTAMP.exec(value);
  if (archived) {
    const [y, m, d, hour] = archived.slice(1, 5).map(Number) as [number, number, number, number];
    if (validDay(y, m, d) && hour < 24) return { day: isoDay({ y, m, d }), hour, ...(word && /^saved$/i.test(word[1]!) ? { byReader: true as const } : {}) };
  }
  const day = parsePublicationDate(word ? value.slice(word[0].length) : value, { dayFirst });
  if (!day) return undefined;
  // the hour of the time (`T09:30:00`: not its minutes and seconds)
  const time = /(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?!\d)(?::\d{2})?(?:\s*([ap])\.?m\b)?/i.exec(value);
  // (a clock of twelve hours: `8:05:12 PM` is 20 o'clock)
  const hour = time
    ? Number(time[1]) + (time[3] && /p/i.test(time[3]) && Number(time[1]) < 12 ? 12 : 0) - (time[3] && /a/i.test(time[3]) && Number(time[1]) === 12 ? 12 : 0)
    : undefined;
  // Saved by a reader is not when the page (and its `5d ago`) was rendered.
  return { day, hour, ...(word && /^saved$/i.test(word[1]!) ? { byReader: true } : {}) };
}

/** A Unix time in seconds or milliseconds (2001 to 2033), alone or after a short key (`t=`, `ts:`, `@`). */
const UNIX_STAMP = /(?:^|[\s=:@])(1\d{9}(?:\d{3})?)(?![\d.,])/;

/** A stamp in a part of a banner line (`m.okoro@example.org · 6 items · Exported Sun 2 Jun 2024 10:41`). */
function acquisitionPart(line: string, dayFirst: boolean | undefined): ArticleStructure["scrapedAt"] {
  if (line.length > 200 || !saysAcquisition(line)) return undefined;
  for (const part of line.split(/\s+[|·•—–]\s+|\s{2,}/)) {
    // the word may follow others (`snapshot saved 17/08/2024 10:05`, `# capture of ORACLE, recorded 1991-06-04 21:31`)
    const word = part
      .trim()
      .split(/\s+/)
      .slice(0, 6)
      .find((w) => saysAcquisition(w));
    const from = word === undefined ? undefined : part.slice(part.indexOf(word));
    const stamp = from && stampOf(from, dayFirst);
    if (stamp) return stamp;
  }
  // a Unix time in a part of its own beside the word (`front page snapshot  t=1717570800  (5 stories)`)
  return UNIX_STAMP.test(line) ? stampOf(line, dayFirst) : undefined;
}

/**
 * A `key: value` line whose value is a few words that end no sentence (`Upplaga: Morgon`, `Sidnummer: 12`): a field of the
 * record's head that its template does not repeat often enough to be known, not a paragraph a dateline opens (`OSLO: Prices rose.`).
 */
function isShortField(line: string): boolean {
  const value = headerField(line)?.value.trim();
  return value !== undefined && value !== "" && value.split(/\s+/).length <= 4 && !/[.!?]["”’)]?$/.test(value);
}

/** A line whose last mark (before a closing quote or bracket, and spaces) ends a sentence, 40 characters or more. */
function endsSentence(line: string): boolean {
  // By hand from the end: /[.!?:]["”’)]?\s*$/ tried every position of the line.
  let e = line.length;
  while (e > 0 && SPACE.test(line[e - 1]!)) e--;
  if (e > 0 && CLOSING.includes(line[e - 1]!) && e > 1 && SENTENCE_END.includes(line[e - 2]!)) return line.trim().length >= 40;
  return e > 0 && SENTENCE_END.includes(line[e - 1]!) && line.trim().length >= 40;
}
const SPACE = /\s/;
const SENTENCE_END = ".!?:";
const CLOSING = '"”’)';

const CREDIT = /^(?:\(?reporting|editing|additional reporting|writing|compiled|produced|copyright|©|all rights reserved|photo:|image:|source:)/i;

/** Words that no heading ends on: an article, a preposition, a conjunction (English, Spanish, French, German, Portuguese), in lower case. */
const RUNS_ON_WORD =
  /\s(?:the|a|an|of|in|on|at|to|for|from|with|by|and|or|that|as|el|la|los|las|de|del|en|y|que|le|les|des|du|et|à|der|die|das|den|und|mit|von|für|o|os|da|do|e|com)$/;

/** A one-line subhead: short, title-like, no sentence punctuation at the end, not a quote. */
export function isSubhead(line: string): boolean {
  const t = line.trim();
  if (t.length > 90 || !isTitleLike(t)) return false;
  if ('"”’»›)]!?'.includes(t[t.length - 1]!) || /^["“‘«‹']/.test(t) || CREDIT.test(t) || /[|\t]/.test(t)) return false;
  if (datelineOf(t)) return false;
  // A wrapped paragraph's line that happens to follow a sentence's end: a sentence ends inside it, or
  // it stops on a word that joins it to the next line (`… told Radio Mitre that the`).
  if (/\p{Ll}[.!?] +\p{Lu}/u.test(t) || RUNS_ON_WORD.test(t)) return false;
  return t.split(/\s+/).length <= 12;
}
