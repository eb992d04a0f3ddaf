// The layout zoo: known articles rendered through many tools' record templates (see
// test/zoo/README.md). One test per template checks what the analysis makes of the dump against
// the truth the template states: the articles, where each starts, its headline line and text,
// and its date of publication. `node --import tsx scripts/zoo-report.ts` prints the same as a table.

import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeDump } from "../../server/src/analysis/index.js";
import { articles as pool } from "../zoo/articles.js";
import { compareDump, describe, dumpLines, foundArticles } from "../zoo/compare.js";
import { renderZoo } from "../zoo/templates.js";

const zoo = renderZoo();

/** A separator line as the guidelines define it: it belongs to no article. */
const SEPARATOR = /^\s*(?:([=\-*_~#])\1{2,}|(?:[=\-*_~#] ){2,}[=\-*_~#]|\f+)\s*$/;

/** Letters and digits only, lower case: a headline's words as they appear on its line, whatever the markup or escaping. */
const words = (text: string) =>
  text
    .toLocaleLowerCase("en")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

test("the zoo renders the same dumps every time", () => {
  assert.deepEqual(renderZoo(), zoo);
  assert.ok(zoo.length >= 30, `${zoo.length} templates`);
  assert.equal(new Set(zoo.map((d) => d.name)).size, zoo.length, "template names are unique");
  assert.equal(new Set(zoo.map((d) => d.text)).size, zoo.length, "no two templates render the same text");
});

test("every truth points at the lines it names", () => {
  const poolHeadlines = new Set(pool.flatMap((a) => [a.headline, a.headline.toLocaleUpperCase("en")]));
  for (const dump of zoo) {
    const lines = dumpLines(dump.text);
    const where = (i: number) => `${dump.name} #${i}`;
    assert.ok(dump.truth.length >= 5, `${dump.name}: ${dump.truth.length} articles`);
    dump.truth.forEach((t, i) => {
      const next = dump.truth[i + 1];
      assert.ok(t.startLine <= t.headlineLine, `${where(i)}: starts after its headline`);
      if (next) assert.ok(t.headlineLine < next.startLine, `${where(i)}: the next record starts before this headline`);
      assert.match(lines[t.startLine] ?? "", /\S/, `${where(i)}: start line ${t.startLine} is blank`);
      assert.doesNotMatch(lines[t.startLine]!, SEPARATOR, `${where(i)}: starts on a separator line`);
      const firstWords = words(t.headline).split(" ").slice(0, 3).join(" ");
      assert.ok(
        words(lines[t.headlineLine] ?? "").includes(firstWords),
        `${where(i)}: line ${t.headlineLine} ${JSON.stringify(lines[t.headlineLine])} lacks "${firstWords}"`,
      );
      // A wrapped or folded headline continues on the next lines.
      const headlineLines = lines.slice(t.headlineLine, t.headlineLine + 3).join(" ");
      assert.ok(words(headlineLines).includes(words(t.headline)), `${where(i)}: the headline is not written from line ${t.headlineLine} on`);
      assert.ok(poolHeadlines.has(t.headline.replace(/^(?:Re|Fwd): /, "")), `${where(i)}: headline ${JSON.stringify(t.headline)} is not a pool headline`);
      for (const day of [t.published, t.publishedInferred]) {
        if (day !== null) assert.equal(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10), day, `${where(i)}: ${day} is an ISO day`);
      }
      assert.ok(t.published === null || t.publishedInferred === null, `${where(i)}: publishedInferred only without published`);
    });
  }
});

for (const dump of zoo) {
  test(`zoo: ${dump.name}`, () => {
    const analysis = analyzeDump(dump.text, { stages: [] });
    const result = compareDump(dump, foundArticles(analysis.articles));
    if (!result.perfect) assert.fail(describe(dump, result));
  });
}
