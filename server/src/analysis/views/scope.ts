// Which articles a view covers: the whole dump, one article (the cursor's), and/or the articles
// of a span of days brushed on the timeline chart. Pure.

import type { DateMention, DumpAnalysis } from "../types.js";

/** Days from `from` to `to`, both included, as ISO dates (YYYY-MM-DD). */
export interface CalendarSpan {
  readonly from: string;
  readonly to: string;
}

export interface ViewScope {
  readonly article?: number;
  readonly span?: CalendarSpan;
}

/** The first and last day a date value (YYYY-MM-DD, YYYY-MM or YYYY) covers. */
export function daysOf(value: string): CalendarSpan {
  if (value.length >= 10) return { from: value.slice(0, 10), to: value.slice(0, 10) };
  if (value.length === 7) {
    const [year, month] = value.split("-").map(Number);
    const last = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
    return { from: `${value}-01`, to: `${value}-${String(last).padStart(2, "0")}` };
  }
  return { from: `${value}-01-01`, to: `${value}-12-31` };
}

/**
 * Whether a date value shares a day with the span. ISO dates compare as strings, and a month or
 * year padded to its first day and to a 31st that sorts after every real last day ("2024-02-31")
 * compares the same as its real bounds: no calendar arithmetic in this hot loop.
 */
export function overlaps(value: string, span: CalendarSpan): boolean {
  const from = value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
  const to = value.length === 4 ? `${value}-12-31` : value.length === 7 ? `${value}-31` : value;
  return from <= span.to && to >= span.from;
}

/**
 * The articles a scope covers, or undefined for every article. An article is in a span when the
 * day it was published (or inferred to be) or one of its dated mentions falls in it: a brushed
 * span of days shows what was reported then and what the reports say happened then.
 */
export function scopedArticles(analysis: Pick<DumpAnalysis, "articles" | "dates">, scope: ViewScope): Set<number> | undefined {
  if (scope.article === undefined && !scope.span) return undefined;
  const span = scope.span;
  if (!span) return new Set([scope.article!]);
  const chosen = new Set<number>();
  for (const article of analysis.articles) {
    const published = article.published ?? article.publishedInferred;
    if (published && overlaps(published, span)) chosen.add(article.index);
  }
  for (const date of analysis.dates) if (overlaps(date.value, span)) chosen.add(date.article);
  if (scope.article !== undefined) return chosen.has(scope.article) ? new Set([scope.article]) : new Set();
  return chosen;
}

/** The items of the chosen articles (all of them when `articles` is undefined). */
export function inArticles<T extends Pick<DateMention, "article">>(items: readonly T[], articles: Set<number> | undefined): readonly T[] {
  return articles ? items.filter((item) => articles.has(item.article)) : items;
}
