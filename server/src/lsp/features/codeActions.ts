// Quick fixes for duplicates: go to the first copy, delete a duplicate article (one edit removing
// the whole article), remove the scraper's repeated headline lines (this article or the dump).

import { type CodeAction, CodeActionKind, type Diagnostic, type Position, type Range, type TextEdit } from "vscode-languageserver";
import { type Article, DUPLICATE_BODY, DUPLICATE_HEADLINE, type DumpAnalysis, type DuplicateData, REPEATED_HEADLINE } from "../../analysis/index.js";
import { commands } from "../../protocol.js";

export function codeActions(analysis: DumpAnalysis, uri: string, diagnostics: readonly Diagnostic[], endOfDocument: Position): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== "news-lens") continue;
    if (diagnostic.code === DUPLICATE_HEADLINE || diagnostic.code === DUPLICATE_BODY) {
      const data = diagnostic.data as DuplicateData & { acrossFiles?: boolean };
      const target = data?.acrossFiles ? diagnostic.relatedInformation?.[0]?.location : firstCopy(analysis, uri, data);
      if (target) {
        actions.push({
          title: "Go to first copy",
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: "Go to first copy", command: commands.revealLocation, arguments: [target.uri, target.range] },
        });
      }
      const article = analysis.articles.find((a) => a.headlineRange.start.line === diagnostic.range.start.line);
      if (article) {
        actions.push({
          title: "Delete this duplicate article",
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [uri]: [{ range: articleDeletionRange(analysis.articles, article, endOfDocument), newText: "" }] } },
        });
      }
    }
    if (diagnostic.code === REPEATED_HEADLINE) {
      const article = analysis.articles.find((a) => a.range.start.line <= diagnostic.range.start.line && diagnostic.range.start.line <= a.range.end.line);
      if (!article) continue;
      actions.push({
        title: "Remove the scraper's repeated headline lines in this article",
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: lineDeletions(article.repeatedHeadlineLines, endOfDocument) } },
      });
      actions.push({
        title: "Remove the scraper's repeated headline lines in the whole dump",
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {
          changes: {
            [uri]: lineDeletions(
              analysis.articles.flatMap((a) => a.repeatedHeadlineLines),
              endOfDocument,
            ),
          },
        },
      });
    }
  }
  return actions;
}

function firstCopy(analysis: DumpAnalysis, uri: string, data: DuplicateData | undefined): { uri: string; range: Range } | undefined {
  const first = data?.articles?.[0];
  const article = first === undefined ? undefined : analysis.articles[first];
  return article ? { uri, range: article.headlineRange } : undefined;
}

/** The article's lines and the blank lines after it, up to the next article (or the end). */
export function articleDeletionRange(articles: readonly Article[], article: Article, endOfDocument: Position): Range {
  const next = articles[article.index + 1];
  if (next) return { start: { line: article.range.start.line, character: 0 }, end: { line: next.range.start.line, character: 0 } };
  const previous = articles[article.index - 1];
  // The last article: remove from the end of the previous one, so no blank lines are left dangling.
  return previous ? { start: previous.range.end, end: endOfDocument } : { start: { line: article.range.start.line, character: 0 }, end: endOfDocument };
}

/** Whole-line deletions (each line with its line end). */
function lineDeletions(lines: readonly number[], endOfDocument: Position): TextEdit[] {
  return [...new Set(lines)]
    .sort((a, b) => a - b)
    .map((line) => ({
      range: { start: { line, character: 0 }, end: line + 1 <= endOfDocument.line ? { line: line + 1, character: 0 } : endOfDocument },
      newText: "",
    }));
}
