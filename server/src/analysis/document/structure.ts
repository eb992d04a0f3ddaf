// The structure of one article, from its lines alone: headline, date line, dateline, sections,
// the scraper's copies of the headline. Line numbers here are relative to the article's first
// line, so the result can be cached by the article's text and reused wherever it moves.

import { parsePublicationDate } from "../dates/publication.js";
import { DATE_KEYS } from "../words/metadata.js";
import { classifyLine, dateInDateLine, datelineOf, headerField, isTitleLike, LineKind } from "./lines.js";
import { relativeAgeDays } from "./published.js";

export interface ArticleStructure {
  headline: string;
  headlineLine: number;
  headlineStart: number; // column of the headline text on its line
  published?: string;
  relativeAgeDays?: number;
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

const DATE_HEADERS: ReadonlySet<string> = new Set(DATE_KEYS);

export function articleStructure(lines: readonly string[], kinds?: readonly LineKind[]): ArticleStructure {
  const kind = (i: number) => kinds?.[i] ?? classifyLine(lines[i]!);
  let lastLine = lines.length - 1;
  while (lastLine > 0 && kind(lastLine) === LineKind.Blank) lastLine--;

  // Headline: the value of a Title:/Headline: header in the opening header block, else line 0.
  let headlineLine = 0;
  let headline = lines[0]!.trim();
  let headlineStart = lines[0]!.length - lines[0]!.trimStart().length;
  let published: string | undefined;
  let publishedLine: number | undefined;
  let titleFound = false;
  let i = 0;
  while (i <= lastLine && (kind(i) === LineKind.TitleHeader || kind(i) === LineKind.Header)) {
    const field = headerField(lines[i]!);
    if (field && kind(i) === LineKind.TitleHeader && !titleFound) {
      titleFound = true;
      headlineLine = i;
      headline = field.value.trim();
      headlineStart = field.valueStart + (field.value.length - field.value.trimStart().length);
    } else if (field && DATE_HEADERS.has(field.name) && published === undefined) {
      published = parsePublicationDate(field.value);
      if (published) publishedLine = i;
    }
    i++;
  }

  const headKey = headline;
  const repeatedHeadlineLines: number[] = [];
  const boilerplateLines: number[] = [];
  let relativeAge: number | undefined;
  for (let j = 0; j <= lastLine; j++) {
    if (j !== headlineLine && lines[j]!.trim() === headKey && headKey) repeatedHeadlineLines.push(j);
    const k = kind(j);
    if (k === LineKind.Boilerplate || k === LineKind.Header || k === LineKind.TitleHeader || k === LineKind.DateOrByline) {
      if (j !== headlineLine) boilerplateLines.push(j);
    }
  }

  // The head: copies of the headline, boilerplate, date/byline lines, bullets and an image
  // caption (a text line followed closely by boilerplate). The body starts after it.
  let bodyStart = Math.max(i, headlineLine + 1);
  for (let j = bodyStart; j <= lastLine; j++) {
    const k = kind(j);
    const line = lines[j]!;
    if (k === LineKind.Blank || k === LineKind.Separator || repeatedHeadlineLines.includes(j)) {
      bodyStart = j + 1;
      continue;
    }
    if (k === LineKind.Boilerplate || k === LineKind.DateOrByline || k === LineKind.Header || k === LineKind.Bullet) {
      if (published === undefined) {
        const age = k === LineKind.Boilerplate ? relativeAgeDays(line) : undefined;
        const abs = k === LineKind.DateOrByline ? parsePublicationDate(dateInDateLine(line) ?? line) : undefined;
        const field = k === LineKind.Header ? headerField(line) : undefined;
        const fromHeader = field && DATE_HEADERS.has(field.name) ? parsePublicationDate(field.value) : undefined;
        if (abs ?? fromHeader) {
          published = abs ?? fromHeader;
          publishedLine = j;
        } else if (age !== undefined && relativeAge === undefined) {
          relativeAge = age;
          publishedLine = j;
        }
      }
      bodyStart = j + 1;
      continue;
    }
    if (isCaption(j)) {
      bodyStart = j + 1;
      continue;
    }
    break;
  }

  function isCaption(j: number): boolean {
    // A caption sits in the head: within the next two non-blank lines come boilerplate or the
    // summary bullets, or right after it the paragraph that opens with the dateline.
    let seen = 0;
    for (let x = j + 1; x <= lastLine && seen < 2; x++) {
      const k = kind(x);
      if (k === LineKind.Blank) continue;
      if (k === LineKind.Boilerplate || k === LineKind.DateOrByline || k === LineKind.Bullet) return true;
      if (seen === 0 && k === LineKind.Text && datelineOf(lines[x]!) && !datelineOf(lines[j]!)) return true;
      seen++;
    }
    return false;
  }

  let dateline: string | undefined;
  let datelineLine: number | undefined;
  if (bodyStart <= lastLine && kind(bodyStart) === LineKind.Text) {
    dateline = datelineOf(lines[bodyStart]!);
    if (dateline) datelineLine = bodyStart;
  }

  const sections: ArticleStructure["sections"] = [];
  for (let j = bodyStart + 1; j < lastLine; j++) {
    if (kind(j) !== LineKind.Text || !(kind(j - 1) === LineKind.Blank || endsSentence(lines[j - 1]!))) continue;
    const line = lines[j]!;
    if (isSubhead(line) && line.trim() !== headKey && opensParagraph(j + 1)) {
      sections.push({ title: line.trim(), line: j, start: line.length - line.trimStart().length });
    }
  }

  /** A body paragraph (or a list) follows at `j`, right away or after one blank line (blank-line layouts). */
  function opensParagraph(j: number): boolean {
    if (kind(j) === LineKind.Blank) j++;
    if (j <= lastLine && kind(j) === LineKind.Bullet) return true;
    if (j > lastLine || kind(j) !== LineKind.Text) return false;
    const next = lines[j]!.trim();
    return kind(j - 1) !== LineKind.Blank || (next.length >= 60 && !isTitleLike(next)) || /[.!?”"]$/.test(next);
  }

  return {
    headline,
    headlineLine,
    headlineStart,
    ...(published ? { published } : {}),
    ...(relativeAge !== undefined && !published ? { relativeAgeDays: relativeAge } : {}),
    ...(publishedLine !== undefined ? { publishedLine } : {}),
    ...(dateline ? { dateline, datelineLine } : {}),
    bodyStart,
    sections,
    repeatedHeadlineLines,
    boilerplateLines,
    lastLine,
  };
}

function endsSentence(line: string): boolean {
  return /[.!?:]["”’)]?\s*$/.test(line) && line.trim().length >= 40;
}

const CREDIT = /^(?:\(?reporting|editing|additional reporting|writing|compiled|produced|copyright|©|all rights reserved|photo:|image:|source:)/i;

/** A one-line subhead: short, title-like, no sentence punctuation at the end, not a quote. */
export function isSubhead(line: string): boolean {
  const t = line.trim();
  if (t.length > 90 || !isTitleLike(t)) return false;
  if (/["”’»›)\]!?]$/.test(t) || /^["“‘«‹']/.test(t) || CREDIT.test(t) || /[|\t]/.test(t)) return false;
  if (datelineOf(t)) return false;
  return t.split(/\s+/).length <= 12;
}
