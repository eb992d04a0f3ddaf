// Articles and mentions in dump coordinates, from the document's slots and the article-relative
// results. What is placed is kept per document (a Placement) and made again only for what moved.

import type { Article, Range } from "../types.js";
import type { ArticleCore, ArticleSlot, DumpDocument } from "./dumpDocument.js";
import { localPosition } from "./text.js";

/**
 * Places one document's articles and per-article spans in the dump. It remembers what it made, so
 * an article or a span list that did not move keeps its objects between versions (after an edit,
 * most did not): they are shared between analyses, and consumers must not change them.
 */
export class Placement {
  private readonly articleObjects = new WeakMap<
    ArticleCore,
    { start: number; end: number; endLength: number; index: number; inferred: string | undefined; article: Article }
  >();
  private readonly mentionLists = new WeakMap<object, { start: number; article: number; variant: string; mentions: unknown[] }>();

  /** The articles alone: what the Outline, folding and workspace symbols need, cheap to rebuild. */
  articles(doc: DumpDocument): Article[] {
    const inferred = doc.publishedInferred();
    return doc.slots.map((slot, index) => {
      const endLength = doc.lines[slot.end]!.length;
      const held = this.articleObjects.get(slot.core);
      if (
        held &&
        held.start === slot.start &&
        held.end === slot.end &&
        held.endLength === endLength &&
        held.index === index &&
        held.inferred === inferred[index]
      ) {
        return held.article;
      }
      const article = toArticle(doc, slot, index, inferred[index]);
      this.articleObjects.set(slot.core, { start: slot.start, end: slot.end, endLength, index, inferred: inferred[index], article });
      return article;
    });
  }

  /**
   * An article's spans as mentions of the dump (ranges, article index): made again only when the
   * spans (a cached result), what else the mentions say (`variant`) or the article's place changed,
   * so an edit elsewhere costs nothing here.
   */
  mentions<S extends { start: number; end: number }, M>(
    slot: ArticleSlot,
    article: number,
    spans: readonly S[],
    variant: string,
    mention: (span: S, range: Range) => M,
  ): M[] {
    let held = this.mentionLists.get(spans);
    if (held?.start !== slot.start || held.article !== article || held.variant !== variant) {
      held = { start: slot.start, article, variant, mentions: spans.map((span) => mention(span, spanRange(slot, span))) };
      this.mentionLists.set(spans, held);
    }
    return held.mentions as M[];
  }
}

function toArticle(doc: DumpDocument, slot: ArticleSlot, index: number, inferred: string | undefined): Article {
  const s = slot.core.structure;
  const at = (rel: number) => slot.start + rel;
  const headLine = at(s.headlineLine);
  return {
    index,
    headline: s.headline,
    headlineRange: lineRange(headLine, s.headlineStart, s.headlineStart + s.headline.length),
    range: { start: { line: slot.start, character: 0 }, end: { line: slot.end, character: doc.lines[slot.end]!.length } },
    ...(s.published ? { published: s.published } : inferred ? { publishedInferred: inferred } : {}),
    ...(s.dateline ? { dateline: s.dateline } : {}),
    sections: s.sections.map((x) => ({ title: x.title, range: lineRange(at(x.line), x.start, x.start + x.title.length) })),
    repeatedHeadlineLines: s.repeatedHeadlineLines.map(at),
    boilerplateLines: s.boilerplateLines.map(at),
  };
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

/** The lists one after another (Array.prototype.concat copies fastest; a bounded number of arguments per call). */
export function concatAll<T>(lists: readonly T[][]): T[] {
  let out: T[] = [];
  for (let i = 0; i < lists.length; i += 10_000) out = out.concat(...lists.slice(i, i + 10_000));
  return out;
}

export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
