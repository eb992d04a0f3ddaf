// Articles and mentions in dump coordinates, from the document's slots and the article-relative
// results. What is placed is kept per document (a Placement) and made again only for what moved.

import type { Article, Range } from "../types.js";
import { type ArticleCore, type ArticleSlot, type DumpDocument, ResultSlot } from "./dumpDocument.js";
import { type HeadlineFieldShape, headlinePrefix } from "./headline.js";
import type { DumpDates } from "./published.js";

/**
 * Places one document's articles and per-article spans in the dump. It remembers what it made, so
 * an article or a span list that did not move keeps its objects between versions (after an edit,
 * most did not): they are shared between analyses, and consumers must not change them.
 */
export class Placement {
  /** The last articles placed, with the core and the place each was made from (by index). */
  private placed: { cores: ArticleCore[]; places: ArticlePlace[]; articles: Article[] } | undefined;
  /** The cores the last headline fields were counted over, and the counts. */
  private counted: { cores: ArticleCore[]; counts: HeadlineCounts } | undefined;
  private readonly mentionLists = new WeakMap<object, { start: number; article: number; variant: string; mentions: unknown[] }>();

  /**
   * The articles alone: what the Outline, folding and workspace symbols need, cheap to rebuild. An
   * article whose core, place, day and the dump's headline fields are as last time keeps its object.
   */
  articles(doc: DumpDocument): Article[] {
    const dates = doc.dates();
    const fields = this.headlineFields(doc);
    const { slots, lines } = doc;
    const last = this.placed;
    const cores: ArticleCore[] = [];
    const places: ArticlePlace[] = [];
    const articles: Article[] = [];
    for (let index = 0; index < slots.length; index++) {
      const slot = slots[index]!;
      const d = dates[index]!;
      const endLength = lines[slot.end]!.length;
      cores.push(slot.core);
      if (last && last.cores[index] === slot.core && samePlace(last.places[index]!, slot, index, endLength, d, fields)) {
        places.push(last.places[index]!);
        articles.push(last.articles[index]!);
        continue;
      }
      places.push({ start: slot.start, end: slot.end, endLength, index, dates: d, fields });
      articles.push(toArticle(doc, slot, index, d, fields));
    }
    this.placed = { cores, places, articles };
    return articles;
  }

  /** The dump's headline fields, from counts kept by article: after an edit only the changed articles are counted again. */
  private headlineFields(doc: DumpDocument): HeadlineFields {
    const cores = doc.slots.map((slot) => slot.core);
    const last = this.counted;
    let counts: HeadlineCounts;
    if (last && last.cores.length === cores.length) {
      counts = { ...last.counts };
      for (let i = 0; i < cores.length; i++) {
        if (cores[i] === last.cores[i]) continue;
        count(counts, last.cores[i]!, -1);
        count(counts, cores[i]!, 1);
      }
    } else {
      counts = { dash: 0, pipe: 0, site: 0, paren: 0, prefixed: 0 };
      for (const core of cores) count(counts, core, 1);
    }
    this.counted = { cores, counts };
    return commonHeadlineFields(counts, cores.length);
  }

  /**
   * An article's results (`results`: a cached result, the key of what is kept) as mentions of the
   * dump: made again by `make` only when the results, what else the mentions say (`variant`) or the
   * article's place changed, so an edit elsewhere costs nothing here.
   */
  mentions<M>(slot: ArticleSlot, article: number, results: object, variant: string, make: () => M[]): M[] {
    let held = this.mentionLists.get(results);
    if (held?.start !== slot.start || held.article !== article || held.variant !== variant) {
      held = { start: slot.start, article, variant, mentions: make() };
      this.mentionLists.set(results, held);
    }
    return held.mentions as M[];
  }
}

/** Everything an article object depends on beyond its core: where it is, its index, what the dump says of its day, the dump's headline fields. */
interface ArticlePlace {
  readonly start: number;
  readonly end: number;
  readonly endLength: number;
  readonly index: number;
  readonly dates: DumpDates;
  readonly fields: HeadlineFields;
}

function samePlace(p: ArticlePlace, slot: ArticleSlot, index: number, endLength: number, dates: DumpDates, fields: HeadlineFields): boolean {
  return (
    p.start === slot.start &&
    p.end === slot.end &&
    p.endLength === endLength &&
    p.index === index &&
    p.dates.published === dates.published &&
    p.dates.inferred === dates.inferred &&
    p.fields.suffix === fields.suffix &&
    p.fields.prefix === fields.prefix
  );
}

/** What one headline says of the dump's headline fields: its suffix's shape, and whether a section tag leads it (kept with the article). */
const HEADLINE_TRAITS = new ResultSlot<{ shape: HeadlineFieldShape | undefined; prefixed: boolean }>("headline traits");

/**
 * The field most headlines of the dump end with (` - Outlet`, ` | Outlet | date`): the dump adds it
 * to every headline, so it is no part of any. Undefined when fewer than four in five headlines (or
 * fewer than three) have one of the same shape.
 */
/** The fields a dump adds to every headline: a suffix of one shape, a section tag before it. */
interface HeadlineFields {
  suffix: HeadlineFieldShape | "any" | undefined;
  prefix: boolean;
}

/** How many of the dump's headlines end with a field of each shape, and how many a section tag leads. */
interface HeadlineCounts {
  dash: number;
  pipe: number;
  site: number;
  paren: number;
  prefixed: number;
}

/** Adds (`by` 1) or takes away (-1) one article's headline from the counts. */
function count(counts: HeadlineCounts, core: ArticleCore, by: number): void {
  const { shape, prefixed } = core.result(HEADLINE_TRAITS, () => ({
    shape: core.structure.headlineField?.shape,
    prefixed: headlinePrefix(core.structure.headline) !== undefined,
  }));
  if (shape) counts[shape] += by;
  if (prefixed) counts.prefixed += by;
}

/** Which fields most of the dump's `n` headlines (four in five, of three or more) carry: those are the template's, not the stories'. */
function commonHeadlineFields({ dash, pipe, site, paren, prefixed }: HeadlineCounts, n: number): HeadlineFields {
  if (n < 3) return { suffix: undefined, prefix: false };
  // Pages saved from many sites (a browser's tabs) end each title with its own site's field: any shape, then.
  // (An outlet in parentheses is that only when the dump adds it to nearly every headline.)
  const suffix =
    dash >= 0.8 * n
      ? "dash"
      : pipe >= 0.8 * n
        ? "pipe"
        : site >= 0.8 * n
          ? "site"
          : paren >= 0.8 * n
            ? "paren"
            : dash + pipe + site >= 0.8 * n
              ? "any"
              : undefined;
  return { suffix, prefix: prefixed >= 0.8 * n };
}

function toArticle(doc: DumpDocument, slot: ArticleSlot, index: number, dates: DumpDates, fields: HeadlineFields): Article {
  const s = slot.core.structure;
  const at = (rel: number) => slot.start + rel;
  const headLine = at(s.headlineLine);
  const cut = s.headlineField && (fields.suffix === "any" || s.headlineField.shape === fields.suffix) ? s.headlineField.at : s.headline.length;
  const skip = (fields.prefix && headlinePrefix(s.headline)) || 0;
  const headline = s.headline.slice(skip, cut).trimEnd();
  // The range covers the headline's text on its first line (and stops where a removed field begins).
  const start = Math.min(s.headlineEnd, s.headlineStart + skip);
  const end = Math.min(s.headlineEnd, start + headline.length);
  const published = s.published ?? dates.published;
  return {
    index,
    headline,
    headlineRange: lineRange(headLine, start, Math.max(start, end)),
    range: { start: { line: slot.start, character: 0 }, end: { line: slot.end, character: doc.lines[slot.end]!.length } },
    ...(published ? { published } : dates.inferred ? { publishedInferred: dates.inferred } : {}),
    ...(s.dateline ? { dateline: s.dateline } : {}),
    sections: s.sections.map((x) => ({ title: x.title, range: lineRange(at(x.line), x.start, x.start + x.title.length) })),
    repeatedHeadlineLines: s.repeatedHeadlineLines.map(at),
    boilerplateLines: s.boilerplateLines.map(at),
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
