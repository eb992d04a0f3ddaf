// Articles in dump coordinates, from the document's slots and their article-relative structure.

import type { ArticleSlot, DumpDocument } from "./dump.js";
import { localPosition } from "./text.js";
import type { Article, Range } from "./types.js";

/** The articles alone: what the Outline, folding and workspace symbols need, cheap to rebuild. */
export function articlesOf(doc: DumpDocument): Article[] {
  const inferred = doc.publishedInferred();
  return doc.slots.map((slot, index) => toArticle(doc, slot, index, inferred[index]));
}

function toArticle(doc: DumpDocument, slot: ArticleSlot, index: number, inferred: string | undefined): Article {
  const s = slot.core.structure;
  const at = (rel: number) => slot.start + rel;
  const headLine = at(s.headlineLine);
  const article: Article = {
    index,
    headline: s.headline,
    headlineRange: lineRange(headLine, s.headlineStart, s.headlineStart + s.headline.length),
    range: { start: { line: slot.start, character: 0 }, end: { line: slot.end, character: doc.lines[slot.end]!.length } },
    sections: s.sections.map((x) => ({ title: x.title, range: lineRange(at(x.line), x.start, x.start + x.title.length) })),
    repeatedHeadlineLines: s.repeatedHeadlineLines.map(at),
    boilerplateLines: s.boilerplateLines.map(at),
  };
  if (s.published) article.published = s.published;
  else if (inferred) article.publishedInferred = inferred;
  if (s.dateline) article.dateline = s.dateline;
  return article;
}

/** A span of an article's text (local UTF-16 offsets) as a range of the dump. */
export function spanRange(slot: ArticleSlot, span: { start: number; end: number }): Range {
  const start = localPosition(slot.core.lineStarts, span.start);
  const end = localPosition(slot.core.lineStarts, span.end);
  return {
    start: { line: slot.start + start.line, character: start.character },
    end: { line: slot.start + end.line, character: end.character },
  };
}

export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
