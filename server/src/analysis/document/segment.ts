// Where articles start. Every rule looks only at a few lines around the candidate (never at
// the whole dump), so re-segmenting a window around an edit gives what a full pass gives.
//
// One set of rules serves the whole family of layouts:
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

import { FUNCTION_WORDS } from "../words/stopWords.js";
import { datelineOf, isTitleLike, LineKind } from "./lines.js";

/** How far (in lines) any rule looks around a candidate line. */
export const RULE_REACH = 16;

export interface LineSource {
  readonly lines: readonly string[];
  readonly kinds: readonly LineKind[];
}

export function isArticleStart(src: LineSource, i: number): boolean {
  const { lines, kinds } = src;
  const k = kinds[i];
  if (k === undefined || k === LineKind.Blank || k === LineKind.Separator) return false;
  const prev = previousNonBlank(src, i);
  if (prev < 0) return true;
  if (kinds[prev] === LineKind.Separator) return true;
  const paragraphStart = kinds[i - 1] === LineKind.Blank || kinds[i - 1] === LineKind.Separator;

  if (k === LineKind.TitleHeader || k === LineKind.Header) {
    if (kinds[i - 1] === LineKind.TitleHeader || kinds[i - 1] === LineKind.Header) return false;
    return headerBlockOpensArticle(src, i);
  }
  if (k !== LineKind.Text) return false;
  const line = lines[i]!;
  if (!isTitleLike(line)) return false;
  const text = line.trim();
  // A copy of a headline given just above is not a new article.
  for (let j = i - 1; j >= 0 && j >= i - RULE_REACH; j--) if (lines[j]!.trim() === text) return false;
  const head = headOfScrapedArticle(src, i, text);
  // Glued to the text above (dumps concatenated without a blank line) only with the strongest clue.
  if (!paragraphStart) return head === "with copy";
  if (head) return true;
  // The weaker clues do not apply in an article's head (a photo caption before the dateline).
  return !inArticleHead(src, i) && (followedByDatedParagraph(src, i) || opensNewStory(src, i));
}

/** Boilerplate, a header or a date/byline line among the three non-blank lines above. */
function inArticleHead(src: LineSource, i: number): boolean {
  let seen = 0;
  for (let p = i - 1; p >= 0 && p >= i - 6 && seen < 3; p--) {
    const k = src.kinds[p];
    if (k === LineKind.Blank) continue;
    if (k === LineKind.Boilerplate || k === LineKind.DateOrByline || k === LineKind.Header || k === LineKind.TitleHeader) return true;
    seen++;
  }
  return false;
}

function previousNonBlank(src: LineSource, i: number): number {
  let j = i - 1;
  while (j >= 0 && src.kinds[j] === LineKind.Blank) j--;
  return j;
}

function headerBlockOpensArticle(src: LineSource, i: number): boolean {
  let headers = 0;
  for (let j = i; j < src.kinds.length && j < i + RULE_REACH; j++) {
    const k = src.kinds[j];
    if (k === LineKind.TitleHeader) return true;
    if (k !== LineKind.Header) break;
    headers++;
  }
  return headers >= 2;
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
    if (k === LineKind.Boilerplate || k === LineKind.DateOrByline) return copied ? "with copy" : "without copy";
    if (lines[j]!.trim() === text) {
      copied = true;
      continue;
    }
    if (k === LineKind.Text && captions++ === 0) continue;
    return false;
  }
  return false;
}

/** A headline followed by a paragraph that opens with a dateline: a wire story. */
function followedByDatedParagraph(src: LineSource, i: number): boolean {
  const { lines, kinds } = src;
  let j = i + 1;
  if (kinds[j] === LineKind.Blank) j++;
  return kinds[j] === LineKind.Text && !isTitleLike(lines[j]!) && datelineOf(lines[j]!) !== undefined;
}

/** Words that say nothing of a paragraph's topic. */
const TOPICLESS_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, "not", "more", "also", "all", "one", "two", "three", "first", "last"]);

function contentWords(line: string): Set<string> {
  const words = new Set<string>();
  for (const m of line.toLowerCase().matchAll(/\p{L}[\p{L}'’-]+/gu)) {
    const w = m[0].replace(/['’]s$/, "");
    if (w.length > 2 && !TOPICLESS_WORDS.has(w)) words.add(w);
  }
  return words;
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/**
 * A title-like line between blank-separated paragraphs that opens a new story rather than a
 * section: the paragraph after it shares (almost) no words with the paragraphs above, and the
 * title is long enough for a headline or its words come back in the lead.
 */
function opensNewStory(src: LineSource, i: number): boolean {
  const { lines, kinds } = src;
  let j = i + 1;
  if (kinds[j] === LineKind.Blank) j++;
  if (kinds[j] !== LineKind.Text || isTitleLike(lines[j]!)) return false;
  const title = contentWords(lines[i]!);
  const lead = contentWords(lines[j]!);
  const above = new Set<string>();
  let paragraphs = 0;
  let blanks = 0;
  for (let p = i - 1; p >= 0 && p >= i - RULE_REACH && paragraphs < 3; p--) {
    const k = kinds[p];
    if (k === LineKind.Blank) {
      if (paragraphs === 0) blanks++;
      continue;
    }
    if (k !== LineKind.Text && k !== LineKind.Bullet) return false;
    for (const w of contentWords(lines[p]!)) above.add(w);
    paragraphs++;
  }
  if (paragraphs === 0 || lead.size === 0 || title.size === 0) return false;
  const continuity = shared(lead, above) / lead.size;
  if (shared(title, above) / title.size >= 0.5) return false;
  const echoed = shared(title, lead) / title.size >= 0.5;
  const headlineLength = lines[i]!.trim().split(/\s+/).length >= 6;
  return continuity <= (blanks >= 2 ? 0.1 : 0.06) && (headlineLength || echoed);
}

/** Article starts among lines [from, to). */
export function findArticleStarts(src: LineSource, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let i = from; i < to; i++) if (isArticleStart(src, i)) starts.push(i);
  return starts;
}

/** The last line of the article starting at `start`: the last non-blank, non-separator line before `next`. */
export function articleEnd(src: LineSource, start: number, next: number): number {
  let end = next - 1;
  while (end > start && (src.kinds[end] === LineKind.Blank || src.kinds[end] === LineKind.Separator)) end--;
  return end;
}
