// Outline, breadcrumbs and sticky scroll: articles as top-level symbols (date and dateline in the
// detail), their sections as children.

import { type DocumentSymbol, SymbolKind } from "vscode-languageserver";
import type { Article } from "../../analysis/index.js";

export function documentSymbols(articles: readonly Article[]): DocumentSymbol[] {
  return articles.map((article) => {
    let symbol = symbols.get(article);
    if (!symbol) symbols.set(article, (symbol = articleSymbol(article)));
    return symbol;
  });
}

/** Articles keep their objects while they do not move (articlesOf), and so do their symbols. */
const symbols = new WeakMap<Article, DocumentSymbol>();

function articleSymbol(article: Article): DocumentSymbol {
  return {
    name: symbolName(article.headline),
    detail: articleDetail(article),
    kind: SymbolKind.Module,
    range: article.range,
    selectionRange: article.headlineRange,
    children: article.sections.map((section, i) => {
      const next = article.sections[i + 1];
      const endLine = next ? Math.max(section.range.start.line, next.range.start.line - 1) : article.range.end.line;
      return {
        name: section.title,
        kind: SymbolKind.String,
        range: { start: section.range.start, end: endLine === article.range.end.line ? article.range.end : { line: endLine, character: 0 } },
        selectionRange: section.range,
      };
    }),
  };
}

const LONGEST_NAME = 300;

/** A headline as a symbol name: never empty, and cut where a "headline" is really a huge line. */
export function symbolName(headline: string): string {
  if (!headline) return "(untitled article)";
  return headline.length > LONGEST_NAME ? `${headline.slice(0, LONGEST_NAME - 1)}…` : headline;
}

/** `2024-02-19 · BAGHDAD`, `~2024-10-18 (inferred)`. */
export function articleDetail(article: Article): string {
  const parts: string[] = [];
  if (article.published) parts.push(article.published);
  else if (article.publishedInferred) parts.push(`~${article.publishedInferred} (inferred)`);
  if (article.dateline) parts.push(article.dateline);
  return parts.join(" · ");
}
