// Whether a plain-text document looks like a news dump, judged cheaply from its first 64 KB:
// the marks scrapers and exporters leave (separators, `Title:`/`Date:` headers, `Updated …`,
// date and byline lines, datelines) in text that reads as prose.

import { classifyLine, datelineOf, LineKind } from "./lines.js";
import { binaryReason, splitLines } from "./text.js";

const SAMPLE = 65536;

export function looksLikeNewsDump(text: string): boolean {
  const head = text.slice(0, SAMPLE);
  if (binaryReason(head)) return false;
  const lines = splitLines(head);
  let marks = 0;
  let prose = 0;
  let nonBlank = 0;
  let code = 0;
  for (const line of lines) {
    const kind = classifyLine(line);
    if (kind === LineKind.Blank) continue;
    nonBlank++;
    switch (kind) {
      case LineKind.TitleHeader:
        marks += 2;
        break;
      case LineKind.Separator:
      case LineKind.Header:
      case LineKind.Boilerplate:
      case LineKind.DateOrByline:
        marks++;
        break;
      case LineKind.Text:
        if (line.length >= 80 && /[.!?”"]\s*$/.test(line) && / \p{Ll}+ \p{Ll}+ /u.test(line)) prose++;
        if (datelineOf(line)) marks++;
        if (/[{};]\s*$|^\s*(?:import|def|function|class|#include|<\/?\w+>)/.test(line)) code++;
        break;
      default:
        break;
    }
  }
  if (nonBlank === 0 || code > nonBlank / 10) return false;
  return marks >= 3 && prose >= 3;
}
