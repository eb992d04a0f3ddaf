// Inlay hints after relative date expressions ("Tuesday", "a year ago", "Jan. 29"): the resolved
// date, so the reader does not have to count back from the publication day.

import { type InlayHint, InlayHintKind, type Range } from "vscode-languageserver";
import { type DumpAnalysis, formatDateValue } from "../../analysis/index.js";

export function inlayHints(analysis: DumpAnalysis, range: Range): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const date of analysis.dates) {
    const line = date.range.end.line;
    if (line < range.start.line || line > range.end.line) continue;
    if (date.text.includes(date.value.slice(0, 4))) continue; // the text already says the year: not relative
    hints.push({
      position: date.range.end,
      label: `= ${formatDateValue(date.value)}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: `“${date.text}” resolved against the article's date: ${date.value}`,
    });
  }
  return hints;
}
