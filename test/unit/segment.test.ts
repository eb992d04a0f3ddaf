// Segmentation against hand-made gold: the shared sample and one fixture per layout.

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { DumpSession } from "../../server/src/analysis/index.js";

interface GoldArticle {
  headline: string;
  headlineLine: number;
  startLine: number;
  endLine: number;
  published: string | null;
  publishedInferred?: string;
  dateline: string | null;
  sections: { title: string; line: number }[];
}
interface Gold {
  articles: GoldArticle[];
  repeatedHeadlineLines?: { article: number; lines: number[] }[];
}

const fixtureDirs = ["layouts", "layouts-hard"].map((d) => join(__dirname, "..", "fixtures", d)).filter(existsSync);
const sample = join(__dirname, "..", "fixtures", "sample", "middle-east-2024.txt");
const cases = fixtureDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(dir, f)),
);
cases.unshift(sample);

for (const file of cases) {
  test(`segments ${file.split("/").pop()} as its gold says`, () => {
    const gold = JSON.parse(readFileSync(file.replace(/\.txt$/, ".gold.json"), "utf8")) as Gold;
    const articles = new DumpSession(readFileSync(file, "utf8")).articles();
    const got = articles.map((a) => ({
      headline: a.headline,
      headlineLine: a.headlineRange.start.line,
      startLine: a.range.start.line,
      endLine: a.range.end.line,
      published: a.published ?? null,
      publishedInferred: a.publishedInferred ?? null,
      dateline: a.dateline ?? null,
      sections: a.sections.map((s) => ({ title: s.title, line: s.range.start.line })),
      repeated: a.repeatedHeadlineLines,
    }));
    const want = gold.articles.map((g, i) => ({
      headline: g.headline,
      headlineLine: g.headlineLine,
      startLine: g.startLine,
      endLine: g.endLine,
      published: g.published,
      publishedInferred: g.published ? null : (g.publishedInferred ?? null),
      dateline: g.dateline,
      sections: g.sections.map((s) => ({ title: s.title, line: s.line })),
      repeated: gold.repeatedHeadlineLines?.find((r) => r.article === i)?.lines ?? [],
    }));
    assert.deepEqual(got, want);
  });
}
