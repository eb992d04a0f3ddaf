// What an analysis got right in a zoo dump, and a diff a person can read when it did not.
// Articles are matched on their headline line, as the shared scorer matches them.

import type { TruthArticle, ZooDump } from "./templates.js";

/** The fields of an analysed article the zoo checks. */
export interface FoundArticle {
  startLine: number;
  headlineLine: number;
  headline: string;
  /** `published`, else `publishedInferred`, else null. */
  date: string | null;
}

/** The zoo's view of the articles of a `DumpAnalysis`. */
export function foundArticles(
  articles: readonly {
    headline: string;
    headlineRange: { start: { line: number } };
    range: { start: { line: number } };
    published?: string;
    publishedInferred?: string;
  }[],
): FoundArticle[] {
  return articles.map((a) => ({
    startLine: a.range.start.line,
    headlineLine: a.headlineRange.start.line,
    headline: a.headline,
    date: a.published ?? a.publishedInferred ?? null,
  }));
}

export interface ArticleResult {
  truth: TruthArticle;
  /** The analysed article on the same headline line, if any. */
  found?: FoundArticle;
  startRight: boolean;
  headlineRight: boolean;
  dateRight: boolean;
}

export interface DumpResult {
  name: string;
  expected: number;
  /** How many articles the analysis made. */
  made: number;
  /** Expected articles with an analysed article on their headline line. */
  found: number;
  startsRight: number;
  headlinesRight: number;
  datesRight: number;
  articles: ArticleResult[];
  /** Analysed articles on no expected headline line. */
  extra: FoundArticle[];
  /** Everything right: the same number of articles, each with its start, headline and date. */
  perfect: boolean;
}

export const expectedDate = (t: TruthArticle) => t.published ?? t.publishedInferred;

export function compareDump(dump: ZooDump, got: readonly FoundArticle[]): DumpResult {
  const byHeadlineLine = new Map(got.map((g) => [g.headlineLine, g]));
  const articles = dump.truth.map((truth): ArticleResult => {
    const found = byHeadlineLine.get(truth.headlineLine);
    return {
      truth,
      ...(found ? { found } : {}),
      startRight: found?.startLine === truth.startLine,
      headlineRight: found?.headline === truth.headline,
      dateRight: found !== undefined && found.date === expectedDate(truth),
    };
  });
  const expectedLines = new Set(dump.truth.map((t) => t.headlineLine));
  const extra = got.filter((g) => !expectedLines.has(g.headlineLine));
  const count = (f: (r: ArticleResult) => boolean) => articles.filter(f).length;
  const result = {
    name: dump.name,
    expected: dump.truth.length,
    made: got.length,
    found: count((r) => r.found !== undefined),
    startsRight: count((r) => r.startRight),
    headlinesRight: count((r) => r.headlineRight),
    datesRight: count((r) => r.dateRight),
    articles,
    extra,
  };
  const perfect = got.length === dump.truth.length && articles.every((r) => r.startRight && r.headlineRight && r.dateRight);
  return { ...result, perfect };
}

/** The dump's lines as the guidelines count them: `\r` removed, no byte-order mark, split on `\n`. */
export function dumpLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r/g, "")
    .split("\n");
}

function shown(text: string | null | undefined, max = 90): string {
  if (text === null || text === undefined) return "—";
  const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(clipped);
}

/** A per-article account of what differs, with the text of the lines involved. */
export function describe(dump: ZooDump, result: DumpResult): string {
  const lines = dumpLines(dump.text);
  const lineText = (n: number) => `      line ${n}: ${shown(lines[n])}`;
  const out = [
    `${dump.name} (${dump.kind}): ${result.made} articles made, ${result.expected} expected; ` +
      `${result.found} found on their headline line, ${result.startsRight} starts, ${result.headlinesRight} headlines, ${result.datesRight} dates right`,
  ];
  result.articles.forEach((r, i) => {
    const t = r.truth;
    if (r.startRight && r.headlineRight && r.dateRight) {
      out.push(`  #${i} ok      line ${t.headlineLine} ${shown(t.headline, 60)}`);
      return;
    }
    const wrong = r.found ? [!r.startRight && "start", !r.headlineRight && "headline", !r.dateRight && "date"].filter(Boolean).join(", ") : "missing";
    out.push(`  #${i} ${wrong}`);
    out.push(`    expected  start ${t.startLine}, headline line ${t.headlineLine} ${shown(t.headline)}, date ${expectedDate(t) ?? "—"}`);
    if (r.found)
      out.push(`    got       start ${r.found.startLine}, headline line ${r.found.headlineLine} ${shown(r.found.headline)}, date ${r.found.date ?? "—"}`);
    const involved = new Set([t.startLine, t.headlineLine, ...(r.found ? [r.found.startLine] : [])]);
    for (const n of [...involved].sort((a, b) => a - b)) out.push(lineText(n));
  });
  for (const g of result.extra) {
    out.push(`  extra   start ${g.startLine}, headline line ${g.headlineLine} ${shown(g.headline)}, date ${g.date ?? "—"}`);
    out.push(lineText(g.headlineLine));
  }
  return out.join("\n");
}
