// Exports take time in proportion to the text: a 250 KB article without a full stop and 1 MB of
// unstructured text with thousands of names (one article, one line of megabytes, or many lines)
// export in well under a second each (it took 6 to 33 s), in every format, done in steps.

import assert from "node:assert/strict";
import { performance } from "node:perf_hooks";
import { test } from "node:test";
import type { Article, DumpAnalysis, EntityMention } from "../../server/src/analysis/index.js";
import { exportAnnotations, exportFormats, exportSteps, splitLinesWithEnds } from "../../server/src/analysis/index.js";

const words = "the minister said on Tuesday that talks in Geneva with Angela Merkel would resume next week after a pause 😀 and".split(" ");
function prose(chars: number, sentenceEvery = 0): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    let w = words[i % words.length]!;
    if (sentenceEvery && i % sentenceEvery === sentenceEvery - 1) w += ".";
    out.push(w);
    n += w.length + 1;
  }
  return out.join(" ");
}

/** A one-article dump of `text` (after a headline) with every "Angela Merkel" and "Geneva" as an entity. */
function dump(text: string): { lines: string[]; analysis: DumpAnalysis } {
  const lines = splitLinesWithEnds(`Talks resume\n\n${text}\n`).lines;
  const entities: EntityMention[] = [];
  lines.forEach((line, l) => {
    for (const m of line.matchAll(/Angela Merkel|Geneva/g)) {
      const type = m[0] === "Geneva" ? "location" : "person";
      entities.push({
        text: m[0],
        type,
        canonical: m[0],
        article: 0,
        range: { start: { line: l, character: m.index }, end: { line: l, character: m.index + m[0].length } },
      });
    }
  });
  const last = lines.length - 1;
  const article: Article = {
    index: 0,
    headline: "Talks resume",
    headlineRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } },
    range: { start: { line: 0, character: 0 }, end: { line: last, character: lines[last]!.length } },
    sections: [],
    repeatedHeadlineLines: [],
    boilerplateLines: [],
  };
  return { lines, analysis: { version: 1, file: "t.txt", lineCount: lines.length, articles: [article], entities, dates: [], diagnostics: [] } };
}

const cases: [string, string][] = [
  ["250 KB without a full stop", prose(250_000)],
  ["1 MB on one line", prose(1_000_000, 30)],
  ["1 MB of short lines", prose(1_000_000, 30).replace(/(.{180}) /g, "$1\n")],
];

for (const [name, text] of cases) {
  test(`every format exports ${name} in well under a second`, () => {
    const { lines, analysis } = dump(text);
    assert.ok(analysis.entities.length > 4000);
    for (const format of exportFormats) {
      const start = performance.now();
      const files = exportAnnotations(lines, analysis, format, { dates: false });
      const ms = performance.now() - start;
      // A generous bound for a busy machine: the quadratic exports took 6-33 s here.
      assert.ok(ms < 4000, `${format}: ${ms.toFixed(0)} ms`);
      const content = files.map((f) => f.content).join("");
      if (format === "conll") assert.equal(content.match(/ B-PER$/gm)!.length, analysis.entities.filter((e) => e.type === "person").length);
      if (format === "brat") assert.equal(content.match(/^T\d+\tPER /gm)!.length, analysis.entities.filter((e) => e.type === "person").length);
    }
  });
}

test("an export is made in steps, at least one per article, and the steps give the one-shot export", () => {
  const one = dump(prose(5_000, 10));
  const articles = [0, 1, 2].map((i) => ({ ...one.analysis.articles[0]!, index: i }));
  // Three copies of the article, one after another.
  const lines = [...one.lines, ...one.lines, ...one.lines];
  const n = one.lines.length;
  const placed = articles.map((a, i) => ({
    ...a,
    headlineRange: { start: { line: i * n, character: 0 }, end: { line: i * n, character: 12 } },
    range: { start: { line: i * n, character: 0 }, end: { line: i * n + n - 1, character: lines[i * n + n - 1]!.length } },
  }));
  const entities = placed.flatMap((_, i) =>
    one.analysis.entities.map((e) => ({
      ...e,
      article: i,
      range: { start: { ...e.range.start, line: e.range.start.line + i * n }, end: { ...e.range.end, line: e.range.end.line + i * n } },
    })),
  );
  const analysis: DumpAnalysis = { ...one.analysis, lineCount: lines.length, articles: placed, entities };
  for (const format of exportFormats) {
    const steps = exportSteps(lines, analysis, format, { dates: false });
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    assert.ok(yields >= 3, format);
    assert.deepEqual(step.value, exportAnnotations(lines, analysis, format, { dates: false }), format);
  }
});
