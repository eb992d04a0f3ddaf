// Where articles start. Every rule looks only at a few lines around the candidate (never at
// the whole dump) and at the dump's layout profile, so re-segmenting a window around an edit gives
// what a full pass gives while the profile stays the same.
//
// In a dump whose profile names an opener (records mode), records start at their opener lines (or
// at the headline the template writes above them). Otherwise the headline rules serve the family
// of layouts:
//   - after a separator line (`=====`, `-----`, `***`, a form feed): a new article;
//   - a header block with `Title:`/`Headline:` (or two headers such as `Date:` + `Source:`);
//   - the scraper layout: a title-like line whose paragraph carries boilerplate (`Updated …`,
//     `Follow`) or a date/byline line within a few lines; earlier copies of it pull the start up;
//   - the blank-line layout: a title-like line followed by a date/byline line, or by a paragraph
//     opening with a wire dateline (`LONDON (Reuters) -`), or, with no such mark, by a paragraph
//     that tells a new story (it shares almost no words with the paragraphs above it, and the
//     title reads as a headline: long, or echoed by the lead).
// The first non-blank line of a dump always starts an article, so a dump with no recognisable
// structure is one article.

import { NEWSLETTER_FURNITURE } from "../words/boilerplate.js";
import { isAcquisitionKey, isBannerKey } from "../words/metadata.js";
import { FUNCTION_WORDS } from "../words/stopWords.js";
import {
  canOpen,
  isRunningHead,
  isSectionFlag,
  type LayoutProfile,
  leadsBlock,
  opensAnywhere,
  opensHeaderBlock,
  signatureNamespace,
  signatureOf,
} from "./layout.js";
import { datelineOf, endsOnJoiningWord, headerField, isBulletedTitle, isText, isTitleLike, LineKind, mastheadDate, opensWithDateline } from "./lines.js";
import { opensRow } from "./table.js";

/** How far (in lines) any rule looks around a candidate line. */
export const RULE_REACH = 16;

/** The lines, their kinds and the dump's layout profile: all a rule reads. */
export interface LineSource {
  readonly lines: readonly string[];
  readonly kinds: readonly LineKind[];
  readonly profile: LayoutProfile;
}

export function isArticleStart(src: LineSource, i: number, memo: ContentWordMemo = new ContentWordMemo()): boolean {
  const k = src.kinds[i];
  // (a page's number, a jump to another page or a scan's frame marker is page furniture)
  if (k === undefined || k === LineKind.Blank || k === LineKind.Separator || k === LineKind.PageNumber) return false;
  if (isRunningHead(src.profile, src.lines[i]!) || isSectionFlag(src.profile, src.lines, i)) return false;
  switch (src.profile.mode) {
    case "single":
      return previousNonBlank(src, i) < 0;
    case "separators": {
      const prev = previousNonBlank(src, i);
      return prev < 0 || src.kinds[prev] === LineKind.Separator;
    }
    case "records":
      if (!src.profile.opener) return startsByHeadline(src, i, "all", memo);
      // Records of the template; and, for dumps put together from several tools, pages and header
      // blocks of other layouts that the strong headline rules recognise outside any record's head.
      // Records of the template; where its opener is a weak shape (a date line, a key, a URL…), also
      // the pages and header blocks of other layouts that the strong headline rules recognise
      // outside any record's head (dumps put together from several tools). A counter, an mbox line,
      // an id or a slug leaves no doubt where each record starts.
      return (
        startsRecord(src, i, src.profile.opener) ||
        (!opensAnywhere(src.profile.opener) &&
          startsByHeadline(src, i, "strong") &&
          !inRecordHead(src, i, src.profile.opener) &&
          !bodilessBlock(src, i, src.profile.opener))
      );
    default:
      return startsByHeadline(src, i, "all", memo);
  }
}

// ---- records ------------------------------------------------------------------------------------

/**
 * A record starts at its opener line (the first line of a block that has the opener's shape), or,
 * where the template writes the headline above the opener (`Headline` / `Outlet — 6 March 2023`),
 * at that headline; after a separator opener, on the first line after it. Lines before the first
 * record (an export's banner) belong to no article.
 */
function startsRecord(src: LineSource, i: number, opener: string): boolean {
  if (opener === "row") return src.profile.table !== undefined && opensRow(src.lines[i]!, src.profile.table);
  if (opener === "separator" || opener === "formfeed") {
    const prev = previousNonBlank(src, i);
    // Before the first separator: a record if it has the template's lines, else the dump's banner.
    if (prev < 0) return hasTemplateLine(src, i);
    // (a mailing list's footer under its rule, `hoops-l mailing list -- unsubscribe …`, closes the message above it)
    if (NEWSLETTER_FURNITURE.test(src.lines[i]!)) return false;
    // A separator that closes a header block (front matter's closing `---`) opens nothing, unless a header block follows it too.
    return signatureOf(src.lines[prev]!, src.kinds[prev]!) === opener && (leadsBlock(src, prev) || opensHeaderBlock(src, prev));
  }
  // (a masthead opening the dump is its banner, even where date lines open the records)
  if (isOpenerLine(src, i, opener))
    return (
      headlineAbove(src, i) === undefined &&
      !(opener === "dated" && openerInSameHead(src, i, opener)) &&
      !(opener === "dated" && onlyFurnitureAbove(src, i) && isMastheadBlock(src, i))
    );
  if (!(isText(src.kinds[i]) || isBulletedTitle(src.lines[i]!, src.kinds[i])) || !takesHeadlineAbove(src.profile)) return false;
  // A scraped page may give the headline twice or more before the record's lines: the first copy starts the record.
  if (copyAbove(src, i)) return false;
  const last = lastCopyBelow(src, i);
  // The first line of a headline block that an opener follows.
  let end = last;
  while (end + 1 < src.lines.length && end - i < MAX_HEADLINE_LINES && isHeadlineLine(src, end + 1, false)) end++;
  let next = end + 1;
  if (src.kinds[next] === LineKind.Blank) next++;
  return isOpenerLine(src, next, opener) && headlineAbove(src, next) === last;
}

/**
 * Whether another opener line stands above line i in the same unbroken run of short lines (a pasted
 * story's own `Published …` line under a forum post's header): one record's head, not two.
 */
function openerInSameHead(src: LineSource, i: number, opener: string): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 6; j--) {
    const k = src.kinds[j];
    if (k === LineKind.Blank || (isText(k) && !isTitleLike(src.lines[j]!) && src.lines[j]!.length > 60)) return false;
    if (isOpenerLine(src, j, opener)) return true;
  }
  return false;
}

/** Whether a copy of line i stands just above it, with only blank lines between. */
function copyAbove(src: LineSource, i: number): boolean {
  const p = previousNonBlank(src, i);
  return p >= 0 && i - p <= 3 && src.lines[p]!.trim() === src.lines[i]!.trim();
}

/** The last of the copies of line i that follow it, with only blank lines between (i itself if none does). */
function lastCopyBelow(src: LineSource, i: number): number {
  const text = src.lines[i]!.trim();
  let last = i;
  for (let j = i + 1; j < src.lines.length && j - last <= 3; j++) {
    if (src.kinds[j] === LineKind.Blank) continue;
    if (src.lines[j]!.trim() !== text) break;
    last = j;
  }
  return last;
}

/**
 * The first line of a headline in capitals that a standfirst of ordinary case separates from
 * line `first` (`RAIN ON` / `THE SUMMIT` / `Last August it rained …` / … / opener), with a blank
 * line or the dump's start above it.
 */
function displayHeadlineAbove(src: LineSource, first: number): number | undefined {
  let top = first;
  while (top > 0 && first - top < 4 && isText(src.kinds[top - 1]) && src.lines[top - 1]!.length <= 80) top--;
  if (top === first || !(top === 0 || src.kinds[top - 1] === LineKind.Blank || src.kinds[top - 1] === LineKind.Separator)) return undefined;
  const capitals = (j: number) => /\p{Lu}.*\p{Lu}/u.test(src.lines[j]!) && !/\p{Ll}/u.test(src.lines[j]!);
  return capitals(top) ? top : undefined;
}

/** A headline set over more lines than this is a paragraph. */
const MAX_HEADLINE_LINES = 4;

function takesHeadlineAbove(profile: LayoutProfile): boolean {
  return (
    profile.headlineAbove &&
    profile.opener !== undefined &&
    !opensAnywhere(profile.opener) &&
    profile.opener !== "separator" &&
    !profile.opener.startsWith("heading:")
  );
}

/**
 * Line `o` has the opener's shape and leads its block (a field further down a header block opens
 * nothing). Where keys open records, any header block of two keys or more does, whatever key comes
 * first (exporters vary the order of a record's fields), unless it is a record's closing block
 * (`LOAD-DATE:`, `LANGUAGE:`).
 */
export function isOpenerLine(src: LineSource, o: number, opener: string): boolean {
  const kind = src.kinds[o];
  if (kind === undefined || isRunningHead(src.profile, src.lines[o]!)) return false;
  const signature = signatureOf(src.lines[o]!, kind, src.profile.fieldKeys);
  if (!signature) return false;
  // A counter, an mbox line, a slug or an id opens a record wherever it stands.
  if (signature === opener && opensAnywhere(opener)) return true;
  if (!leadsBlock(src, o)) return false;
  if (signature === opener) return true;
  return opener.startsWith("key:") && signature.startsWith("key:") && canOpen(signature, src.profile.pageBreaks) && headerBlockHas(src, o, opener);
}

/** Whether the block of key lines from line `o` holds the opener's key or a title key of the opener's namespace (not a feed's `channel.title`). */
function headerBlockHas(src: LineSource, o: number, opener: string): boolean {
  for (let n = 0; o + n < src.kinds.length && n < RULE_REACH; n++) {
    const signature = signatureOf(src.lines[o + n]!, src.kinds[o + n]!, src.profile.fieldKeys);
    if (!signature?.startsWith("key:")) return false;
    if (signature === opener || (src.kinds[o + n] === LineKind.TitleHeader && signatureNamespace(signature) === signatureNamespace(opener))) return true;
  }
  return false;
}

/** Whether lines from `i` up to the next separator (or `reach` lines) hold a line of the template (the records' recurring shapes). */
function hasTemplateLine(src: LineSource, i: number, reach = RULE_REACH): boolean {
  for (let j = i; j < src.kinds.length && j < i + reach && src.kinds[j] !== LineKind.Separator; j++) {
    const signature = signatureOf(src.lines[j]!, src.kinds[j]!, src.profile.fieldKeys);
    if ((signature && src.profile.templateSignatures.has(signature)) || src.kinds[j] === LineKind.TitleHeader) return true;
  }
  return false;
}

/**
 * A line that can be part of a headline set above an opener: short text without a sentence's end,
 * no page furniture, no paragraph opening with a dateline. The first line of the headline starts
 * like a title; the lines it runs on to need not (`Canada hits back with` / `25% tariffs on US goods`).
 */
function isHeadlineLine(src: LineSource, j: number, first = true): boolean {
  const line = src.lines[j]!;
  // (a starred title right above the opener: an outline's heading over its drawer)
  if (isBulletedTitle(line, src.kinds[j]) && isOpenerLine(src, j + 1, src.profile.opener ?? "")) return true;
  if (!isText(src.kinds[j]) || isRunningHead(src.profile, line) || opensWithDateline(line)) return false;
  return first ? isTitleLike(line) : isTitleLike(line.replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase()));
}

/**
 * The first line of the headline written above opener line `o` (its block of title-like lines,
 * at most one blank line away), if the profile's template puts one there.
 */
export function headlineAbove(src: LineSource, o: number): number | undefined {
  if (!takesHeadlineAbove(src.profile)) return undefined;
  let p = o - 1;
  if (src.kinds[p] === LineKind.Blank) p--;
  if (p < 0 || !isHeadlineLine(src, p, false)) return undefined;
  let first = p;
  while (first > 0 && p - first < MAX_HEADLINE_LINES - 1 && isHeadlineLine(src, first - 1, false)) first--;
  // A display headline in capitals may stand over a standfirst of a few lines (a magazine's page).
  const display = displayHeadlineAbove(src, first);
  if (display !== undefined) return display;
  // The headline's first line starts like a title; more such lines above make a paragraph of short lines (a poem, a list).
  while (first < p && !isHeadlineLine(src, first)) first++;
  if (!isHeadlineLine(src, first) || (first > 0 && isHeadlineLine(src, first - 1, false) && first === p - MAX_HEADLINE_LINES + 1)) return undefined;
  return first;
}

// ---- headlines ------------------------------------------------------------------------------------

/**
 * The headline rules: scraper pages, header blocks, blank-line dumps, wire copy. The "strong"
 * ones only (among records of a template): no start merely for being first or after a separator,
 * and no new story told by its words alone.
 */
function startsByHeadline(src: LineSource, i: number, rules: "all" | "strong", memo?: ContentWordMemo): boolean {
  const { lines, kinds } = src;
  const k = kinds[i]!;
  const prev = previousNonBlank(src, i);
  if (rules === "all") {
    // (the dump's first line of text, after any page furniture above it)
    if (prev < 0 || onlyFurnitureAbove(src, i)) return !isExportBanner(src, i);
    // (a newsletter's footer under its last rule closes the last story)
    if (kinds[prev] === LineKind.Separator && !(src.profile.pageBreaks && /\f/.test(lines[prev]!)) && !NEWSLETTER_FURNITURE.test(lines[i]!)) return true;
  }
  const paragraphStart = kinds[i - 1] === LineKind.Blank || kinds[i - 1] === LineKind.Separator;

  if (k === LineKind.TitleHeader || k === LineKind.Header) {
    // (a field of the template's own, `URLTOIMAGE:`, holds the block together as a known key does)
    const fieldAbove = kinds[i - 1] === LineKind.KeyValue && src.profile.fieldKeys.has(headerField(lines[i - 1]!)?.name ?? "");
    if ((kinds[i - 1] === LineKind.TitleHeader || kinds[i - 1] === LineKind.Header || fieldAbove) && !opensGluedRecord(src, i)) return false;
    // Among records whose keys have a namespace (`item.title`), a block of another (`channel.title`) is the feed's own.
    const opener = src.profile.opener;
    if (opener && signatureNamespace(opener) && signatureNamespace(signatureOf(lines[i]!, k) ?? "") !== signatureNamespace(opener)) return false;
    return headerBlockOpensArticle(src, i, rules === "strong");
  }
  if (!isText(k)) return false;
  const line = lines[i]!;
  if (!isTitleLike(line)) return false;
  const text = line.trim();
  // A copy of a headline given just above (in the same article's head) is not a new article; after a
  // paragraph of prose, the same headline starts another article (a story filed twice).
  for (let j = i - 1; j >= 0 && j >= i - RULE_REACH; j--) {
    if (lines[j]!.trim() === text) return false;
    if (isText(kinds[j]) && !isTitleLike(lines[j]!) && lines[j]!.length > 60) break;
  }
  const head = headOfScrapedArticle(src, i, text);
  // Glued to the text above (dumps concatenated without a blank line) only with the strongest clue.
  if (!paragraphStart) return head === "with copy";
  if (head) return true;
  // The weaker clues do not apply in an article's head (a photo caption before the dateline), nor to a hard-wrapped paragraph's first line.
  if (inArticleHead(src, i) || runsOnIntoProse(src, i)) return false;
  return (
    followedByDatedParagraph(src, i) ||
    capitalsOverByline(src, i) ||
    (rules === "all" && opensNewStory(src, i, memo ?? new ContentWordMemo()) && !beforeClosingTrailer(src, i))
  );
}

/** Whether a line is a key line of a record's block of keys. */
function isKeyLine(kind: LineKind | undefined): boolean {
  return kind === LineKind.TitleHeader || kind === LineKind.Header || kind === LineKind.KeyValue;
}

/**
 * Keys whose value is the story's whole text, which a record of keys gives last (a news API's
 * `CONTENT:`, an export's `BODY:`); a teaser's keys (`DESCRIPTION:`, `SUMMARY:`) stand among the others.
 */
const TEXT_KEYS: ReadonlySet<string> = new Set(["content", "body", "text"]);

/**
 * Whether key line i opens a record glued to the one above it, as an API's dump writes records of
 * keys without a blank line between (`SOURCE.NAME:` … `CONTENT: …` then `SOURCE.NAME:` again): the
 * record above ends with its text's key, and line i gives a key again that the run of keys above
 * has given (a record gives each key once).
 */
function opensGluedRecord(src: LineSource, i: number): boolean {
  const key = (j: number) => headerField(src.lines[j]!)?.name ?? "";
  const name = key(i);
  if (!TEXT_KEYS.has(key(i - 1)) || TEXT_KEYS.has(name)) return false;
  for (let j = i - 1; j >= 0 && i - j <= RULE_REACH && isKeyLine(src.kinds[j]); j--) if (key(j) === name) return true;
  return false;
}

/**
 * Whether the block of lines from line i is all there is before the next record's opener: a page's
 * own header block (`Title: Press review - week 23` / `Created by …` above the first item) that
 * has no story of its own.
 */
function bodilessBlock(src: LineSource, i: number, opener: string): boolean {
  let j = i;
  while (j < src.kinds.length && j - i <= RULE_REACH && src.kinds[j] !== LineKind.Blank) j++;
  while (j < src.kinds.length && j - i <= RULE_REACH && src.kinds[j] === LineKind.Blank) j++;
  return j < src.kinds.length && j - i <= RULE_REACH && isOpenerLine(src, j, opener);
}

/** Whether line i lies in the head of a record: an opener line comes above it before any paragraph of prose. */
function inRecordHead(src: LineSource, i: number, opener: string): boolean {
  for (let j = i - 1; j >= 0 && j >= i - RULE_REACH; j--) {
    if (isOpenerLine(src, j, opener)) return true;
    if (isText(src.kinds[j]) && !isTitleLike(src.lines[j]!) && src.lines[j]!.length > 60) return false;
  }
  return false;
}

/**
 * Whether line i lies inside a story that a trailer closes (`Reporting by …; Editing by …`): the
 * next trailer below comes before any paragraph opening with a dateline, and none lies between the
 * dateline that opened the story above and line i. A short line there is a subhead.
 */
function beforeClosingTrailer(src: LineSource, i: number): boolean {
  const { lines, kinds } = src;
  let below = false;
  for (let j = i + 1; j < kinds.length && j <= i + RULE_REACH; j++) {
    if (kinds[j] === LineKind.Trailer) {
      below = true;
      break;
    }
    if (isText(kinds[j]) && opensWithDateline(lines[j]!)) return false;
  }
  if (!below) return false;
  for (let j = i - 1; j >= 0 && j >= i - RULE_REACH; j--) {
    if (kinds[j] === LineKind.Trailer) return false;
    if (isText(kinds[j]) && opensWithDateline(lines[j]!)) return true;
  }
  return false;
}

/**
 * Whether the block of lines from `i` (up to a separator or a blank line) is an export tool's
 * banner before its records: a few short lines that say when or from where the export was made
 * (`Exported: …`, `Channel: …`), no title key, and more lines after it.
 */
function isExportBanner(src: LineSource, i: number): boolean {
  const { lines, kinds } = src;
  if (isMastheadBlock(src, i)) return true;
  let stamped = false;
  let j = i;
  for (; j < kinds.length && j < i + 8 && kinds[j] !== LineKind.Blank && kinds[j] !== LineKind.Separator; j++) {
    if (kinds[j] === LineKind.TitleHeader || lines[j]!.length > 120) return false;
    const field = kinds[j] === LineKind.Header || kinds[j] === LineKind.KeyValue ? headerField(lines[j]!) : undefined;
    if (kinds[j] === LineKind.Acquired || (field && (isAcquisitionKey(field.name) || isBannerKey(field.name)))) stamped = true;
  }
  return stamped && j < kinds.length && (kinds[j] === LineKind.Blank || kinds[j] === LineKind.Separator);
}

/**
 * Whether the block of lines from `i` (up to a blank line or a separator) is a newspaper's masthead
 * over a converted PDF's first page: the paper's name and the edition's date, maybe an issue number
 * under it, and more lines after it. The edition's date is no story's own date line.
 */
export function isMastheadBlock(src: LineSource, i: number): boolean {
  const { lines, kinds } = src;
  let edition: string | undefined;
  let j = i;
  for (; j < kinds.length && kinds[j] !== LineKind.Blank && kinds[j] !== LineKind.Separator; j++) {
    const day = kinds[j] === LineKind.DateOrByline ? mastheadDate(lines[j]!) : undefined;
    if (day && edition === undefined) edition = day;
    else if (kinds[j] !== LineKind.PageNumber) return false;
  }
  if (edition === undefined || j >= kinds.length) return false;
  // An outlet's date line of another day further on makes it the first record's own line (`Reuters | 9 Nov 2023` over each story).
  for (let n = j; n < kinds.length; n++) {
    if (kinds[n] === LineKind.DateOrByline && lines[n]!.length <= 160) {
      const day = mastheadDate(lines[n]!);
      if (day !== undefined && day !== edition) return false;
    }
  }
  return true;
}

/** Boilerplate, a header or a date/byline line among the three non-blank lines above. */
function inArticleHead(src: LineSource, i: number): boolean {
  let seen = 0;
  for (let p = i - 1; p >= 0 && p >= i - 6 && seen < 3; p--) {
    const k = src.kinds[p];
    // (a page's furniture above a story, its running head and number, is no head of an article)
    if (k === LineKind.Blank || k === LineKind.PageNumber || isRunningHead(src.profile, src.lines[p]!)) continue;
    if (k === LineKind.Boilerplate || k === LineKind.DateOrByline || k === LineKind.Header || k === LineKind.TitleHeader) return true;
    seen++;
  }
  return false;
}

/** Whether only blank lines and page furniture (page numbers, frame markers) stand above line i. */
function onlyFurnitureAbove(src: LineSource, i: number): boolean {
  let j = i - 1;
  while (
    j >= 0 &&
    (src.kinds[j] === LineKind.Blank ||
      src.kinds[j] === LineKind.PageNumber ||
      isRunningHead(src.profile, src.lines[j]!) ||
      isSectionFlag(src.profile, src.lines, j))
  )
    j--;
  return j < 0;
}

function previousNonBlank(src: LineSource, i: number): number {
  let j = i - 1;
  while (j >= 0 && src.kinds[j] === LineKind.Blank) j--;
  return j;
}

/**
 * A header block opens an article if it has a title key or (`titled` not required) two keys or
 * more, and does not begin with a key that closes a record (`LOAD-DATE:`, `LANGUAGE:` after an
 * archive record's body). Among records of another template, only a titled block does: an
 * export's banner (`CHANNEL:`, `EXPORTED:`) opens nothing.
 */
function headerBlockOpensArticle(src: LineSource, i: number, titled: boolean): boolean {
  const first = signatureOf(src.lines[i]!, src.kinds[i]!);
  if (first && !canOpen(first, src.profile.pageBreaks)) return false;
  // An export's banner (`Channel:`, `Exported:`) is no article's header block.
  let headers = 0;
  for (let j = i; j < src.kinds.length && j < i + RULE_REACH; j++) {
    const k = src.kinds[j];
    if (k === LineKind.TitleHeader) return true;
    if (k !== LineKind.Header) break;
    const name = headerField(src.lines[j]!)?.name ?? "";
    if (!isAcquisitionKey(name) && !isBannerKey(name)) headers++;
  }
  return !titled && headers >= 2;
}

/**
 * The scraper layout's head: the headline, maybe a blank line and copies of it, maybe an image
 * caption, then boilerplate or a date/byline line.
 */
function headOfScrapedArticle(src: LineSource, i: number, text: string): false | "with copy" | "without copy" {
  const { lines, kinds } = src;
  let captions = 0;
  let blanks = 0;
  let copied = false;
  for (let j = i + 1; j < kinds.length && j <= i + 8; j++) {
    const k = kinds[j];
    if (k === LineKind.Blank) {
      if (++blanks > 2) return false;
      continue;
    }
    blanks = 0;
    // The line that opens the template's next record is no part of this head.
    if (src.profile.opener && isOpenerLine(src, j, src.profile.opener)) return false;
    if (k === LineKind.Boilerplate || k === LineKind.DateOrByline) return copied ? "with copy" : "without copy";
    if (lines[j]!.trim() === text) {
      copied = true;
      continue;
    }
    if (isText(k) && captions++ === 0) continue;
    return false;
  }
  return false;
}

/**
 * A headline followed by a paragraph that opens with a dateline: a wire story. (A dateline's line that a narrow column
 * wraps short, `TROMSØ, Sun 29/11/2026 (Nordlys) – Tromsø beat league`, runs on in the line under it.)
 */
function followedByDatedParagraph(src: LineSource, i: number): boolean {
  const { lines, kinds } = src;
  let j = i + 1;
  if (kinds[j] === LineKind.Blank) j++;
  return isText(kinds[j]) && (!isTitleLike(lines[j]!) || (opensWithDateline(lines[j]!) && isText(kinds[j + 1]))) && datelineOf(lines[j]!) !== undefined;
}

/** A sentence's end inside a line, before the next sentence: `… scored twice. The club …`. */
const SENTENCE_INSIDE = /\p{Ll}{2}[.!?]["”’]?\s+\p{Lu}/u;

/**
 * Whether a title-like line is the first line of a hard-wrapped paragraph: the text under it, glued to it, goes on
 * from it (it opens in lower case, or the line ends on a word no headline ends on) and reaches prose within a
 * headline's lines, with no paragraph that a dateline opens on the way (a headline wrapped over two lines above a
 * wire story's first paragraph) and no break (a wrapped headline over its byline).
 */
function runsOnIntoProse(src: LineSource, i: number): boolean {
  const { lines, kinds } = src;
  if (!isText(kinds[i + 1]) || !(endsOnJoiningWord(lines[i]!) || /^\s*\p{Ll}/u.test(lines[i + 1]!))) return false;
  for (let j = i + 1; j <= i + MAX_HEADLINE_LINES; j++) {
    if (!isText(kinds[j]) || opensWithDateline(lines[j]!)) return false;
    if (!isTitleLike(lines[j]!) || SENTENCE_INSIDE.test(lines[j]!)) return true;
  }
  return true;
}

/**
 * A headline set in capitals over a few lines, a blank line, then a byline or a paragraph that opens
 * with a dateline (`MANDELA SWORN IN AS` / `PRESIDENT BEFORE WORLD` / `` / `By a Staff
 * Correspondent`), as a newspaper's page sets a story.
 */
function capitalsOverByline(src: LineSource, i: number): boolean {
  const { lines, kinds } = src;
  const capitals = (j: number) => isText(kinds[j]) && /\p{Lu}.*\p{Lu}/u.test(lines[j]!) && !/\p{Ll}/u.test(lines[j]!);
  if (!capitals(i)) return false;
  let j = i + 1;
  while (j < lines.length && j - i < 4 && capitals(j)) j++;
  if (kinds[j] !== LineKind.Blank) return false;
  j++;
  const next = lines[j] ?? "";
  return (
    kinds[j] === LineKind.DateOrByline || /^\s*(?:by|from)\s+(?:an?|our|the)\s+\p{Lu}/iu.test(next) || (isText(kinds[j]) && datelineOf(next) !== undefined)
  );
}

/** Words that say nothing of a paragraph's topic. */
const TOPICLESS_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, "not", "more", "also", "all", "one", "two", "three", "first", "last"]);

/**
 * The content words of the lines read last, for one pass of segmentation: each title-like line
 * reads the paragraphs above it, which the next title-like line reads again. Kept by the line's
 * text (read-only sets), and dropped with the pass: the lines are slices of the dump's text, which
 * a longer-lived table would keep alive.
 */
class ContentWordMemo {
  private readonly recent = new Map<string, ReadonlySet<string>>();

  of(line: string): ReadonlySet<string> {
    let words = this.recent.get(line);
    if (!words) {
      if (this.recent.size >= 64) this.recent.clear();
      this.recent.set(line, (words = wordsOfContent(line)));
    }
    return words;
  }
}

/** Words of two letters or more (with apostrophes and hyphens inside), as WORD_RE finds them. */
const WORD_RE = /\p{L}[\p{L}'’-]+/gu;
const NON_ASCII = /[\u0080-\uffff]/;

function wordsOfContent(line: string): Set<string> {
  const words = new Set<string>();
  const lower = line.toLowerCase();
  if (NON_ASCII.test(lower)) {
    for (const m of lower.matchAll(WORD_RE)) addContentWord(words, m[0]);
    return words;
  }
  // ASCII only (most lines): the letters are a-z, and WORD_RE's matches are scanned by hand.
  for (let i = 0; i < lower.length; ) {
    if (!isLowerAsciiLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    for (let c = lower.charCodeAt(end); isLowerAsciiLetter(c) || c === 0x27 || c === 0x2d; c = lower.charCodeAt(++end));
    if (end - i >= 2) addContentWord(words, lower.slice(i, end));
    i = end;
  }
  return words;
}

function addContentWord(words: Set<string>, word: string): void {
  const w = word.endsWith("'s") || word.endsWith("’s") ? word.slice(0, -2) : word;
  if (w.length > 2 && !TOPICLESS_WORDS.has(w)) words.add(w);
}

function isLowerAsciiLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/**
 * A title-like line between blank-separated paragraphs that opens a new story rather than a
 * section: the paragraph after it shares (almost) no words with the paragraphs above, and the
 * title is long enough for a headline or its words come back in the lead.
 */
function opensNewStory(src: LineSource, i: number, memo: ContentWordMemo): boolean {
  const { lines, kinds } = src;
  let j = i + 1;
  if (kinds[j] === LineKind.Blank) j++;
  if (!isText(kinds[j]) || isTitleLike(lines[j]!)) return false;
  const title = memo.of(lines[i]!);
  const lead = memo.of(lines[j]!);
  const above = new Set<string>();
  let paragraphs = 0;
  let blanks = 0;
  for (let p = i - 1; p >= 0 && p >= i - RULE_REACH && paragraphs < 3; p--) {
    const k = kinds[p];
    if (k === LineKind.Blank) {
      if (paragraphs === 0) blanks++;
      continue;
    }
    if (!isText(k) && k !== LineKind.Bullet) return false;
    for (const w of memo.of(lines[p]!)) above.add(w);
    paragraphs++;
  }
  if (paragraphs === 0 || lead.size === 0 || title.size === 0) return false;
  const continuity = shared(lead, above) / lead.size;
  if (shared(title, above) / title.size >= 0.5) return false;
  const echoed = shared(title, lead) / title.size >= 0.5;
  const headlineLength = lines[i]!.trim().split(/\s+/).length >= 6;
  // A short line glued to the paragraph under it is a subhead (`Costs for workers` / `Near the …`).
  const glued = kinds[i + 1] !== LineKind.Blank;
  return continuity <= (blanks >= 2 ? 0.1 : 0.06) && (headlineLength || (echoed && !glued));
}

/** Article starts among lines [from, to). */
export function findArticleStarts(src: LineSource, from: number, to: number): number[] {
  const starts: number[] = [];
  const memo = new ContentWordMemo();
  for (let i = from; i < to; i++) if (isArticleStart(src, i, memo)) starts.push(i);
  return starts;
}

/** The last line of the article starting at `start`: the last non-blank, non-separator line before `next`. */
export function articleEnd(src: LineSource, start: number, next: number): number {
  let end = next - 1;
  while (end > start && (src.kinds[end] === LineKind.Blank || src.kinds[end] === LineKind.Separator)) end--;
  return end;
}
