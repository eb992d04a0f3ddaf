// Articles written by hand for tests of what reads them (corrections, exports): the headline is
// the first line, the article runs from line `from` to line `to`.

import type { Article } from "../../server/src/analysis/index.js";

export function articleOn(lines: readonly string[], index: number, from: number, to: number): Article {
  return {
    index,
    headline: lines[from]!,
    sections: [],
    repeatedHeadlineLines: [],
    boilerplateLines: [],
    headlineRange: { start: { line: from, character: 0 }, end: { line: from, character: lines[from]!.length } },
    range: { start: { line: from, character: 0 }, end: { line: to, character: lines[to]!.length } },
  };
}
