// The layout profile: what the tool that made a dump repeats for every article, inferred from the
// dump itself. A dump is made by one tool with one template per record: an archive export opens
// each record with `3 of 50 DOCUMENTS`, a feed reader with `Title:`, a mail archive with an mbox
// `From ` line, a scraper with `[id: 4821]` or a URL, other dumps with a date line under each
// headline. The profile names the line that opens records (the opener), the keys that are fields
// of the template, the dump's convention for numeric dates, and whether form feeds break pages
// (a PDF export) or separate articles. Segmentation and article structure read it; when the dump
// shows no opener, the headline rules of segment.ts find the articles.
//
// The profile depends only on the dump's structural lines (metadata, separators, boilerplate,
// trailers, lines a form feed opens) and on which line precedes each of them: an edit that
// touches none of these keeps it (see `touchesProfile`).

import type { LayoutName } from "../../vocabulary/settings.js";
import { parsePublicationDate } from "../dates/publication.js";
import { ARCHIVE_TOOLBAR, ENGAGEMENT_LINE, FURNITURE_LINE, NAVIGATION_LINE, NEWSLETTER_FURNITURE } from "../words/boilerplate.js";
import { ACQUISITION_KEYS, TRAILER_KEYS } from "../words/metadata.js";
import {
  BOX_BORDER,
  dateInDateLine,
  datelineDate,
  FRAME_MARKER,
  headerField,
  isBulletedTitle,
  isMetadataKind,
  isText,
  isTitleLike,
  LineKind,
  opensWithDateline,
  withoutMarkup,
} from "./lines.js";
import { cellsOf, columnNamesOf, opensRow, type TableColumns } from "./table.js";

export interface LayoutProfile {
  /** How articles are found: from an opener line (records), from headlines (the scraper and blank-line rules), between separators, or one article. */
  readonly mode: Exclude<LayoutName, "auto">;
  /** Whether the user chose the mode (`newsLens.layout`) rather than inference. */
  readonly chosen: boolean;
  /** The signature of the lines that open records (records mode). */
  readonly opener: string | undefined;
  /** The shapes that recur in the records (counted twice or more): what tells a record from a banner. */
  readonly templateSignatures: ReadonlySet<string>;
  /** The records carry their headline in a title key (`Title:`, `Subject:`): none stands above the opener. */
  readonly titleKeyed: boolean;
  /** The template writes the headline just above its opener line (`Headline` / `By Jane Doe | 3 March 2023`), not below it. */
  readonly headlineAbove: boolean;
  /** Keys the vocabulary does not know that the dump repeats record after record: fields of its template. */
  readonly fieldKeys: ReadonlySet<string>;
  /** The dump writes numeric dates day first (true), month first (false), or does not say. */
  readonly dayFirst: boolean | undefined;
  /** Form feeds glued to text break pages inside articles (a PDF export): they separate nothing. */
  readonly pageBreaks: boolean;
  /** The running heads of a PDF export's pages, as `pageHeadKey` gives them: page furniture, never a headline. */
  readonly runningHeads: ReadonlySet<string>;
  /** A table saved as text (a CSV export): its columns, when a row of column names opens it; each row is then a record. */
  readonly table: TableColumns | undefined;
  /** What was inferred, in words, for the Outline and the hovers. */
  readonly description: string;
  /** Equal for equal profiles. */
  readonly key: string;
}

/** Lines a segmentation rule reads. */
export interface ProfileSource {
  readonly lines: readonly string[];
  readonly kinds: readonly LineKind[];
}

/** Kinds that are evidence for the profile; the others (text, blanks, bullets, quotes) are not. */
export function isStructural(kind: LineKind): boolean {
  return kind !== LineKind.Text && kind !== LineKind.Blank && kind !== LineKind.Bullet && kind !== LineKind.Quote && kind !== LineKind.PageNumber;
}

/** Shapes that open a record wherever they stand, and count as openers from two records on. */
const STRONG_OPENERS: ReadonlySet<string> = new Set(["counter", "mbox", "slug", "id", "row"]);

/** Whether lines of this opener open a record wherever they stand (a form feed does too once it is the opener). */
export function opensAnywhere(opener: string): boolean {
  return STRONG_OPENERS.has(opener) || opener === "formfeed";
}
const NOT_OPENER_KEYS: ReadonlySet<string> = new Set([...ACQUISITION_KEYS, ...TRAILER_KEYS]);

/**
 * What a structural line is as evidence: `key:date`, `counter`, `dated`, `separator`, … (undefined
 * for lines that are no evidence). Unknown keys count only when `fieldKeys` lists them.
 */
export function signatureOf(line: string, kind: LineKind, fieldKeys?: ReadonlySet<string>): string | undefined {
  switch (kind) {
    case LineKind.Separator:
      return /^\s*\f+\s*$/.test(line) ? "formfeed" : "separator";
    case LineKind.TitleHeader:
    case LineKind.Header:
      return `key:${fieldSignature(line)}`;
    case LineKind.KeyValue: {
      const key = headerField(line)?.name ?? "";
      return !fieldKeys || fieldKeys.has(key) ? `key:${fieldSignature(line)}` : undefined;
    }
    case LineKind.Counter:
      return "counter";
    case LineKind.MailFrom:
      return "mbox";
    case LineKind.RecordId:
      return "id";
    case LineKind.Url:
      return "url";
    case LineKind.Slug:
      return "slug";
    case LineKind.DateOrByline:
      return "dated";
    case LineKind.Boilerplate:
      // Furniture by its words (`Short Url`, `Follow`); stamps (`Updated 3 sec ago`) as one.
      // A post's counts are the template's own line (each record has one), not a scraped page's furniture.
      if (ENGAGEMENT_LINE.test(line)) return "counts";
      if (BOX_BORDER.test(line)) return "card";
      // A web archive's toolbar is the archive's, over every page it saved: no scraped page's furniture.
      if (ARCHIVE_TOOLBAR.test(line)) return "toolbar";
      // A text browser's dump opens each page with the site's navigation: the page's first line.
      if (NAVIGATION_LINE.test(line)) return "navigation";
      // A mailed newsletter's or a mailing list's footer is the mail's own, under every message: no scraped page's furniture.
      if (NEWSLETTER_FURNITURE.test(line)) return "mailed";
      return FURNITURE_LINE.test(line) ? `boilerplate:${line.trim().toLowerCase()}` : "boilerplate:stamp";
    case LineKind.Trailer:
      return "trailer";
    case LineKind.Acquired:
      return "acquired";
    case LineKind.Fence:
      return "fence";
    case LineKind.Heading:
      // By its mark: `## ` headlines are not `### ` subheads.
      return `heading:${/^\s*(#{1,6}|\*+|[▶►]|h[1-6]\.|\[|\(|\d{1,3}[.)/])/.exec(line)?.[1]?.replace(/^\d+/, "n") ?? ""}`;
    default:
      return undefined;
  }
}

/** A key as the template writes it: its name, after its namespace if it has one (`item.title` is not `channel.title`). */
function fieldSignature(line: string): string {
  const field = headerField(line);
  return field ? (field.namespace ? `${field.namespace}.${field.name}` : field.name) : "";
}

/** The namespace of a key signature (`item` of `key:item.title`). */
export function signatureNamespace(signature: string): string {
  const dot = signature.lastIndexOf(".");
  return signature.startsWith("key:") && dot > 0 ? signature.slice(4, dot) : "";
}

/**
 * A line's kind as the profile sees it: a `key: value` line with a key the dump does not repeat
 * (`Ukraine: Russia strikes …`, `Kyushu floods: death toll rises`) is text.
 */
export function effectiveKind(line: string, kind: LineKind, fieldKeys: ReadonlySet<string>): LineKind {
  return kind === LineKind.KeyValue && !fieldKeys.has(headerField(line)?.name ?? "") ? LineKind.Text : kind;
}

/** Kinds that make a block of lines the head of a record: a line after one of them does not lead. */
function isAnchorKind(kind: LineKind): boolean {
  return kind === LineKind.Separator || isMetadataKind(kind);
}

/**
 * Whether line i is the first anchor of its block of lines: a blank line (or nothing) is above it,
 * or the line above is no anchor (indented list items under a key, as front matter writes
 * `tags:`, belong to the key).
 */
export function leadsBlock(src: ProfileSource, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && src.kinds[p] === LineKind.Bullet && /^\s/.test(src.lines[p]!)) p--;
  // a rule between records (`________`) bounds the block below it as a blank line does, and so does an
  // export's stamp in the banner's first lines (`SAVED POSTS · … · exported 2024-04-21 22:10 UTC`, or under the
  // export's title: `=== Saved posts ===` / `Saved by @reader on Sat 18 Jan 2025, 21:40`)
  return (
    p < 0 ||
    src.kinds[p] === LineKind.Blank ||
    src.kinds[p] === LineKind.Separator ||
    // (a date line right under a list's item closes the list, as a digest cites its source and age under its bullets: no record's head)
    (!isAnchorKind(src.kinds[p]!) && !(src.kinds[p] === LineKind.Bullet && src.kinds[i] === LineKind.DateOrByline)) ||
    (p < BANNER_LINES && src.kinds[p] === LineKind.Acquired)
  );
}

/** How many lines an export's banner takes at most, at the dump's start. */
const BANNER_LINES = 4;

/** Whether the first non-blank line after line i is a `key: value` line (a separator before a record's header block). */
export function opensHeaderBlock(src: ProfileSource, i: number): boolean {
  let n = i + 1;
  while (n < src.kinds.length && src.kinds[n] === LineKind.Blank) n++;
  const k = src.kinds[n];
  return k === LineKind.TitleHeader || k === LineKind.Header || k === LineKind.KeyValue;
}

/** A form feed glued to the start of a line (pdftotext begins each page so). */
export function opensPage(line: string): boolean {
  return line.charCodeAt(0) === 12 && /\S/.test(line);
}

/**
 * A running head without what changes from page to page (page numbers and letters, the order of
 * its fields on left and right pages): `A4  THE DAILY MERIDIAN  Thursday, October 12, 2023` and
 * `\fThursday, October 12, 2023  THE DAILY MERIDIAN  A5` give the same key.
 */
export function pageHeadKey(line: string): string {
  const words = line.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
  return words
    .filter((w) => !PAGE_WORDS.has(w))
    .sort()
    .join(" ");
}
/** The word before a page's number, which the first page's head may leave out. */
const PAGE_WORDS: ReadonlySet<string> = new Set(["page", "pg", "seite", "página", "pagina"]);

/**
 * The heads of pages that a form feed alone on its line opens (a converter that puts the page break
 * on a line of its own), with the dump's first line as the first page's head: the first non-blank
 * line of each page that gives a date, counted by key and date. A newspaper's running head gives
 * one issue's date on every page; a cuttings book's page heads give each cutting's own date.
 */
function headsUnderLoneFeeds(lines: readonly string[], kinds: readonly LineKind[]): Map<string, number> {
  const keyed = new Map<string, { head: string; count: number }>();
  let feeds = 0;
  let pageOpens = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes("\f") && /^\s*\f+\s*$/.test(line)) {
      feeds++;
      pageOpens = true;
      continue;
    }
    if (kinds[i] === LineKind.Blank) continue;
    const date = pageOpens ? issueDateOf(line) : undefined;
    if (date) {
      const key = `${pageHeadKey(line)}\n${date}`;
      keyed.set(key, { head: pageHeadKey(line), count: (keyed.get(key)?.count ?? 0) + 1 });
    }
    pageOpens = false;
  }
  const heads = new Map<string, number>();
  if (feeds > 0) for (const { head, count } of keyed.values()) heads.set(head, Math.max(count, heads.get(head) ?? 0));
  return heads;
}

/**
 * The day a page's running head gives, in English (`Wednesday, October 8, 2025`) or in the
 * languages the dates module reads (`Martes, 14 de octubre de 2025`, `Mittwoch, 8. Oktober 2025`).
 */
export function issueDateOf(line: string): string | undefined {
  const bare = line.replace(/^\f+/, "");
  return parsePublicationDate(dateInDateLine(bare) ?? bare);
}

/** Whether a line is page furniture of the profile's dump: a running head (on any page, the first included). */
export function isRunningHead(profile: LayoutProfile, line: string): boolean {
  return profile.runningHeads.size > 0 && (opensPage(line) || profile.runningHeads.has(pageHeadKey(line)));
}

/**
 * A newspaper page's section flag right under its running head (`BUSINESS`, `ECONOMÍA`, `SPORT`):
 * one to three words in capitals on a line of their own, with no line in capitals under it (a
 * headline in capitals would run on there), page furniture like the head above it.
 */
export function isSectionFlag(profile: LayoutProfile, lines: readonly string[], i: number): boolean {
  if (profile.runningHeads.size === 0 || i === 0 || !isRunningHead(profile, lines[i - 1]!)) return false;
  const capitals = (line: string) => /^\p{Lu}[\p{Lu}&' -]*$/u.test(line);
  const line = lines[i]!.trim();
  return line.length <= 30 && capitals(line) && line.split(/\s+/).length <= 3 && !capitals(lines[i + 1]?.trim() ?? "");
}

/** The profile of a dump: inferred from its lines, or the mode the user chose. */
export function inferProfile(src: ProfileSource, chosen: LayoutName = "auto"): LayoutProfile {
  const { lines, kinds } = src;
  // Unknown keys that recur (3 times at least) are fields of the template.
  const keyCounts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== LineKind.KeyValue) continue;
    const key = headerField(lines[i]!)?.name ?? "";
    keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  }
  const fieldKeys = new Set([...keyCounts].filter(([, n]) => n >= 3).map(([k]) => k));

  const view: ProfileSource = { lines, kinds: kinds.map((k, i) => effectiveKind(lines[i]!, k, fieldKeys)) };

  // Pages first: lines a form feed opens, and the running heads that recur on them.
  let pageOpenings = 0;
  let formFeedLines = 0;
  const heads = new Map<string, number>();
  // (scans of pages mark each with a frame line, and the page's head is the line under it)
  const frameHeads = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (kinds[i] === LineKind.Separator && /^\s*\f+\s*$/.test(line)) formFeedLines++;
    if (i > 0 && FRAME_MARKER.test(lines[i - 1]!)) {
      const head = pageHeadKey(line);
      if (head) frameHeads.set(head, (frameHeads.get(head) ?? 0) + 1);
    }
    if (!opensPage(line)) continue;
    pageOpenings++;
    const head = pageHeadKey(line);
    if (head) heads.set(head, (heads.get(head) ?? 0) + 1);
  }
  const pageBreaks = pageOpenings >= 2 && pageOpenings > formFeedLines;
  const runningHeads: ReadonlySet<string> = new Set(
    [...(pageBreaks ? heads : []), ...frameHeads, ...headsUnderLoneFeeds(lines, kinds)].filter(([, n]) => n >= 2).map(([k]) => k),
  );

  // A heading the records repeat word for word (`## Metadata`, `## Highlights`, `== Sources ==`) is
  // the template's own section title: no headline, so it opens nothing.
  const headingTexts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== LineKind.Heading) continue;
    const text = lines[i]!.trim().toLowerCase();
    headingTexts.set(text, (headingTexts.get(text) ?? 0) + 1);
  }
  const templateHeading = (i: number): boolean => kinds[i] === LineKind.Heading && (headingTexts.get(lines[i]!.trim().toLowerCase()) ?? 0) >= 3;

  // Then the evidence of the records' template (page furniture is none).
  const stats = new Map<string, { count: number; leads: number; first: number; leading: number[] }>();
  let dayFirstEvidence = 0;
  let monthFirstEvidence = 0;
  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i]!;
    const line = lines[i]!;
    if (kind === LineKind.Text) {
      const order = datelineDateOrder(line);
      if (order === "dayFirst") dayFirstEvidence++;
      else if (order === "monthFirst") monthFirstEvidence++;
    }
    if (!isStructural(kind) || opensPage(line) || templateHeading(i) || (runningHeads.size > 0 && runningHeads.has(pageHeadKey(line)))) continue;
    const signature = signatureOf(line, kind, fieldKeys);
    if (!signature) continue;
    let s = stats.get(signature);
    if (!s) stats.set(signature, (s = { count: 0, leads: 0, first: i, leading: [] }));
    s.count++;
    if (leadsBlock(view, i) || (signature === "separator" && opensHeaderBlock(view, i))) {
      s.leads++;
      s.leading.push(i);
    }
    const numeric = numericDateOrder(line, kind);
    if (numeric === "dayFirst") dayFirstEvidence++;
    else if (numeric === "monthFirst") monthFirstEvidence++;
  }
  // A row of column names makes the dump a table, whatever else it holds: its rows are the records,
  // and their date cells show its numeric dates' order.
  const namesLine = kinds.indexOf(LineKind.ColumnNames);
  const columns = namesLine >= 0 ? columnNamesOf(lines[namesLine]!) : undefined;
  if (columns && columns.date >= 0) {
    for (let i = namesLine + 1; i < lines.length; i++) {
      if (kinds[i] === LineKind.ColumnNames || !opensRow(lines[i]!, columns)) continue;
      const order = dateOrder(cellsOf(lines[i]!, columns.delimiter).cells[columns.date]?.value ?? "");
      if (order === "dayFirst") dayFirstEvidence++;
      else if (order === "monthFirst") monthFirstEvidence++;
    }
  }
  const dayFirst = dayFirstEvidence > 0 && monthFirstEvidence === 0 ? true : monthFirstEvidence > 0 && dayFirstEvidence === 0 ? false : undefined;

  let opener: string | undefined;
  let best: { strong: boolean; leads: number; first: number } | undefined;
  const candidates: string[] = [];
  for (const [signature, s] of stats) {
    const strong = STRONG_OPENERS.has(signature);
    // A counter, an mbox line, a slug or an id opens a record wherever it stands; other shapes where they lead a block.
    const opens = strong ? s.count : s.leads;
    // Two records of a weaker shape are no template yet: the headline rules read small dumps.
    if (!canOpen(signature, pageBreaks) || opens < (strong ? 2 : 3)) continue;
    candidates.push(signature);
    const candidate = { strong, leads: opens, first: s.first };
    if (!best || better(candidate, best)) {
      best = candidate;
      opener = signature;
    }
  }
  // A scraper's page furniture (`Short Url`, `Follow`, `Updated …`) on more articles than the opener
  // opens says the headline rules explain the dump better; so does another shape leading blocks
  // half as often as the opener without taking turns with it record by record (a dump put together
  // from several tools' output, where each tool's records keep to themselves).
  let furniture = 0;
  for (const [signature, s] of stats) if (signature.startsWith("boilerplate:")) furniture = Math.max(furniture, s.count);
  const mixed =
    opener !== undefined &&
    candidates.some((other) => {
      const a = stats.get(opener!)!;
      const b = stats.get(other)!;
      return other !== opener && b.leads >= 0.5 * a.leads && interleaving(a.leading, b.leading) < 0.8;
    });
  const records = best !== undefined && (best.strong || (best.leads > furniture && !mixed));
  const inferred: LayoutProfile["mode"] = records ? "records" : "headlines";
  let titled = 0;
  for (let i = 0; i < kinds.length; i++) if (kinds[i] === LineKind.TitleHeader) titled++;
  const titleKeyed = titled >= 2 && titled >= 0.8 * (best?.leads ?? 0);
  const templateSignatures = new Set(
    [...stats].filter(([signature, s]) => s.count >= 2 && signature !== "separator" && !signature.startsWith("boilerplate")).map(([signature]) => signature),
  );
  const mode = chosen === "auto" ? (columns ? "records" : inferred) : chosen;
  const table = mode === "records" ? columns : undefined;
  const useOpener = mode === "records" ? (table ? "row" : opener) : undefined;
  const headlineAbove = useOpener !== undefined && !table && !titleKeyed && headlineStandsAbove(view, stats.get(useOpener)!.leading);
  return {
    mode,
    chosen: chosen !== "auto",
    opener: useOpener,
    titleKeyed,
    headlineAbove,
    templateSignatures,
    fieldKeys,
    dayFirst,
    pageBreaks,
    runningHeads,
    table,
    description: describe(mode, useOpener, chosen !== "auto", pageBreaks, table),
    key: JSON.stringify([
      mode,
      chosen,
      useOpener,
      titleKeyed,
      headlineAbove,
      [...templateSignatures].sort(),
      [...fieldKeys].sort(),
      dayFirst,
      pageBreaks,
      [...runningHeads].sort(),
      table ?? null,
    ]),
  };
}

/**
 * Whether, at the opener lines `at`, the record's headline stands more often just above the opener
 * than just below it. A headline-like line right above the opener that begins its block of lines
 * is the headline (the record's block starts with it: `Headline` / `July 26, 2023` / `Outlet`);
 * one a blank line away counts only when no headline-like line follows the opener. A paragraph is
 * no headline.
 */
function headlineStandsAbove(src: ProfileSource, at: readonly number[]): boolean {
  let above = 0;
  let below = 0;
  for (const o of at) {
    // an outline's heading right over its drawer (`* Title` / `:PROPERTIES:`)
    if (isBulletedTitle(src.lines[o - 1] ?? "", src.kinds[o - 1])) {
      above++;
      continue;
    }
    let up = nearby(src, o, -1);
    const down = headlineish(src, belowHead(src, o));
    // A headline set over a few lines right above: its first line.
    const tight = up === o - 1;
    while (tight && up > 0 && o - up < 4 && isText(src.kinds[up - 1]) && src.lines[up - 1]!.length <= 80) up--;
    const beginsBlock = up >= 0 && (up === 0 || src.kinds[up - 1] === LineKind.Blank || src.kinds[up - 1] === LineKind.Separator);
    if (headlineish(src, up) && ((tight && beginsBlock) || !down)) above++;
    else if (down) below++;
  }
  return above > below;
}

/** The first non-blank line from `o` in direction `step`, at most one blank line away. */
function nearby(src: ProfileSource, o: number, step: 1 | -1): number {
  let j = o + step;
  if (src.kinds[j] === LineKind.Blank) j += step;
  return j;
}

/**
 * The first line below opener `o` past the other lines of the record's head that run on from it
 * (its metadata and the tool's furniture: `Saved from …` / `The Wayback Machine - https://…` / a
 * toolbar / the headline); without such lines, the next line at most one blank line away.
 */
function belowHead(src: ProfileSource, o: number): number {
  let j = o + 1;
  while (j - o <= 4 && (isMetadataKind(src.kinds[j] ?? LineKind.Blank) || src.kinds[j] === LineKind.Boilerplate)) j++;
  return j === o + 1 ? nearby(src, o, 1) : j;
}

/** A line that could be a headline: short title-like text, or a title key. */
function headlineish(src: ProfileSource, j: number): boolean {
  const kind = src.kinds[j];
  if (kind === LineKind.TitleHeader) return true;
  const line = src.lines[j];
  return line !== undefined && isText(kind) && line.length <= 200 && isTitleLike(withoutMarkup(line)) && !opensWithDateline(line);
}

/**
 * How regularly shape `b`'s lines take turns with shape `a`'s: the share of the gaps between
 * consecutive `b` lines that hold an `a` line (1 where every record has both; low where the two
 * come in runs of their own).
 */
function interleaving(a: readonly number[], b: readonly number[]): number {
  if (b.length < 2) return 1;
  let k = 0;
  let held = 0;
  for (let n = 1; n < b.length; n++) {
    while (k < a.length && a[k]! <= b[n - 1]!) k++;
    if (k < a.length && a[k]! < b[n]!) held++;
  }
  return held / (b.length - 1);
}

/** Whether lines of this signature may open records (a record's closing fields and furniture may not). */
export function canOpen(signature: string, pageBreaks: boolean): boolean {
  if (
    signature.startsWith("boilerplate") ||
    signature === "trailer" ||
    signature === "counts" ||
    signature === "card" ||
    signature === "toolbar" ||
    signature === "mailed"
  )
    return false;
  if (signature === "formfeed") return !pageBreaks;
  if (signature.startsWith("key:")) return !NOT_OPENER_KEYS.has(signature.slice(signature.lastIndexOf(".") + 1).replace(/^key:/, ""));
  return true;
}

function better(a: { strong: boolean; leads: number; first: number }, b: { strong: boolean; leads: number; first: number }): boolean {
  if (a.strong !== b.strong) return a.strong;
  if (a.leads !== b.leads) return a.leads > b.leads;
  return a.first < b.first;
}

/** What a numeric date on a line says of the order of day and month: a first part above 12 is a day. */
function numericDateOrder(line: string, kind: LineKind): "dayFirst" | "monthFirst" | undefined {
  if (
    kind !== LineKind.DateOrByline &&
    kind !== LineKind.Header &&
    kind !== LineKind.KeyValue &&
    kind !== LineKind.Boilerplate &&
    kind !== LineKind.Acquired &&
    kind !== LineKind.RecordId &&
    kind !== LineKind.Trailer
  )
    return undefined;
  return dateOrder(line);
}

/** A numeric date near a line's start: a cheap test before reading a dateline. */
const NUMERIC_DATE_AT_START = /^.{0,60}?(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)/;

/**
 * What the numeric date of the wire dateline that opens a paragraph (`REYKJAVÍK, Thu 26/11/2026 (Iceland Monitor) – …`)
 * says of the order of day and month: the dump's convention, as its date lines' numeric dates show it.
 */
export function datelineDateOrder(line: string): "dayFirst" | "monthFirst" | undefined {
  if (!NUMERIC_DATE_AT_START.test(line)) return undefined;
  const date = datelineDate(line);
  return date ? dateOrder(date) : undefined;
}

/** What the first numeric date in a text says of the order of day and month. */
function dateOrder(line: string): "dayFirst" | "monthFirst" | undefined {
  const m = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?!\d)/.exec(line);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return "dayFirst";
  if (b > 12 && a <= 12) return "monthFirst";
  return undefined;
}

const OPENER_WORDS: Record<string, string> = {
  counter: "record counters (`3 of 50 DOCUMENTS`)",
  mbox: "mail messages (mbox `From ` lines)",
  slug: "wire slugs",
  id: "record ids",
  row: "table rows",
  url: "web addresses",
  dated: "date lines under or above the headline",
  acquired: "save or scrape stamps",
  navigation: "pages' navigation lines",
  fence: "lines of marks (`+++`, `<<<>>>`) or braces (`{`)",
  separator: "separator lines",
  formfeed: "form feeds",
};

function describe(mode: LayoutProfile["mode"], opener: string | undefined, chosen: boolean, pageBreaks: boolean, table: TableColumns | undefined): string {
  const how = table
    ? `rows of a table under its column names (${table.names.map((name) => `\`${name}\``).join(", ")})`
    : mode === "records"
      ? `records opened by ${opener ? (OPENER_WORDS[opener] ?? (opener.startsWith("heading:") ? `\`${opener.slice(8)}\` headlines` : `\`${opener.slice(4)}:\` lines`)) : "nothing recurring"}`
      : mode === "headlines"
        ? "articles found by their headlines"
        : mode === "separators"
          ? "articles between separator lines"
          : "one article";
  return `${how}${pageBreaks ? ", pages of a PDF export" : ""}${chosen ? " (set by newsLens.layout)" : ""}`;
}
