// The benchmark's generated dumps (scripts/newsDump.ts): the same bytes for the same seed, the
// size asked for, no article or sentence written twice, and structure lines the analyser reads: it
// finds every generated article with its headline and its stated day of publication.

import assert from "node:assert/strict";
import { test } from "node:test";
import { DUMP_LAYOUTS, type DumpLayout, generateNewsDump, UNIQUE_FROM } from "../../scripts/newsDump.js";
import { analyzeDump } from "../../server/src/analysis/index.js";

const LAYOUTS: readonly DumpLayout[] = [...DUMP_LAYOUTS, "mix"];

/**
 * The sentences of a dump: the text between sentence ends, within a line (a line end ends a
 * sentence too, except in the mail layout, whose paragraphs are wrapped), of at least `minLength`
 * characters and ending as a sentence does; headlines, bylines and other structure lines end otherwise.
 */
function sentencesOf(text: string, layout: DumpLayout, minLength: number): string[] {
  const pieces = layout === "mail" ? text.split(/\n\s*\n/).map((block) => block.replace(/\n/g, " ")) : text.split("\n");
  return pieces
    .flatMap((piece) => piece.split(/(?<=[.!?]["”]?)\s+(?=["“A-Z0-9])/))
    .map((s) => s.trim())
    .filter((s) => s.length >= minLength && /[.!?]["”]?$/.test(s));
}

const repeated = (items: readonly string[]) => items.filter((item, i) => items.indexOf(item) !== i);

test("the same seed gives the same dump, another seed another one", () => {
  for (const layout of LAYOUTS) {
    const a = generateNewsDump(60_000, 4, layout).text;
    assert.equal(generateNewsDump(60_000, 4, layout).text, a, layout);
    assert.notEqual(generateNewsDump(60_000, 5, layout).text, a, layout);
  }
});

test("a dump is as big as asked, to within an article", () => {
  for (const bytes of [100_000, 1_000_000]) {
    const { text } = generateNewsDump(bytes, 2, "bylines");
    assert.ok(text.length >= bytes && text.length < bytes + 25_000, `${bytes}: ${text.length}`);
  }
});

test("no sentence and no article body occurs twice", () => {
  for (const layout of LAYOUTS) {
    const { text } = generateNewsDump(1_000_000, 7, layout);
    const sentences = sentencesOf(text, layout, UNIQUE_FROM);
    assert.ok(sentences.length > 5_000, `${layout}: ${sentences.length} sentences`);
    assert.deepEqual(repeated(sentences).slice(0, 5), [], `${layout}: repeated sentences`);
    const lines = text.split("\n");
    const bodies = analyzeDump(text, { stages: [] }).articles.map((a) =>
      lines
        .slice(a.range.start.line, a.range.end.line + 1)
        .filter((line) => line.trim() !== a.headline)
        .join("\n"),
    );
    assert.deepEqual(repeated(bodies).slice(0, 1), [], `${layout}: repeated article bodies`);
  }
});

test("the splitter finds a repeated sentence where there is one (the check above can fail)", () => {
  const { text } = generateNewsDump(100_000, 3, "separators");
  const sentence = sentencesOf(text, "separators", UNIQUE_FROM)[10]!;
  assert.deepEqual(repeated(sentencesOf(`${text}\n${sentence}\n`, "separators", UNIQUE_FROM)), [sentence]);
});

test("the analyser finds every generated article, its headline and its stated day", () => {
  for (const layout of LAYOUTS) {
    for (const seed of [1, 2]) {
      const dump = generateNewsDump(300_000, seed, layout);
      const found = analyzeDump(dump.text, { stages: [] }).articles;
      const where = `${layout}, seed ${seed}`;
      assert.ok(dump.articles.length >= 40, `${where}: ${dump.articles.length} articles`);
      assert.deepEqual(
        found.map((a) => a.headline),
        dump.articles.map((a) => a.headline),
        where,
      );
      dump.articles.forEach((a, i) => {
        if (a.published) assert.equal(found[i]!.published, a.published, `${where}: article ${i}`);
      });
    }
  }
});

test("a mixed dump holds runs of several tools' records", () => {
  const { articles } = generateNewsDump(300_000, 1, "mix");
  const runs = articles.filter((a, i) => i === 0 || a.layout !== articles[i - 1]!.layout);
  assert.ok(new Set(articles.map((a) => a.layout)).size >= 3, "three layouts");
  assert.ok(runs.length >= 5 && runs.length < articles.length / 2, `${runs.length} runs of ${articles.length} articles`);
});
