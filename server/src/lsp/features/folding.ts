// Folding: each article, each section, and runs of two or more boilerplate lines (`Short Url`,
// `Updated …`, `Follow`, header blocks), which fold as comments so "Fold All Block Comments"
// tucks them away.

import { type FoldingRange, FoldingRangeKind } from "vscode-languageserver";
import type { Article } from "../../analysis/index.js";

export function foldingRanges(articles: readonly Article[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const article of articles) {
    const { start, end } = article.range;
    if (end.line > start.line) ranges.push({ startLine: start.line, endLine: end.line });
    article.sections.forEach((section, i) => {
      const next = article.sections[i + 1];
      const last = next ? next.range.start.line - 1 : end.line;
      if (last > section.range.start.line) ranges.push({ startLine: section.range.start.line, endLine: last });
    });
    const lines = article.boilerplateLines;
    for (let i = 0; i < lines.length; ) {
      let j = i;
      while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
      if (j > i) ranges.push({ startLine: lines[i]!, endLine: lines[j]!, kind: FoldingRangeKind.Comment });
      i = j + 1;
    }
  }
  return ranges;
}
