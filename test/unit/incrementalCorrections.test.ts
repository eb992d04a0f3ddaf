// The user's corrections applied per article through the session (what they find in an article
// kept with it, what an article gave kept between versions) equal a fresh application to the
// whole dump, after every edit and after every change of the corrections.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { applyCorrections, type CorrectionMemo, correctMentions, findCorrections } from "../../server/src/analysis/corrections/annotations.js";
import {
  type AnnotationsFile,
  type Article,
  type Corrections,
  DumpSession,
  type EntityMention,
  type Lexicon,
  makeCorrection,
} from "../../server/src/analysis/index.js";
import { lazyNerModel } from "../../server/src/node/modelFile.js";

const nerModel = lazyNerModel();
const sample = readFileSync(join(__dirname, "..", "..", "..", "shared", "samples", "middle-east-2024.txt"), "utf8");
// Two copies: "mention" corrections then have equally good occurrences in two articles (nth).
const base = `${sample.replace(/\s*$/, "")}\n\n${sample}`;

// Names that change the dump-wide decisions (an article's mentions change while its text does not), prose, lines and articles.
const pieces = [
  "Qaani said ",
  "Esmail Qaani",
  "Qaani Group ",
  "Baghdad",
  "Kataib Hezbollah ",
  "Hezbollah (KH) ",
  "the minister ",
  "x",
  "\n",
  "\n\nStorm hits Baghdad\nBy Jane Doe | June 3, 2024\n\n",
  "",
];
const edit = (len: number) =>
  fc.record({ at: fc.nat({ max: len }), remove: fc.nat({ max: 40 }), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }).map((a) => a.join("")) });

/** Corrections as a user makes them on the text as it is: "all", "mention" (anchored) and lexicon entries; `round` picks which. */
function corrections(text: string, round: number): Corrections {
  const session = new DumpSession(text, { nerModel });
  const analysis = session.analysis(["entities"])!;
  const lines = session.lines;
  const annotations: AnnotationsFile = { version: 1, corrections: [] };
  analysis.entities.slice(round * 40, round * 40 + 60).forEach((e, i) => {
    if (e.range.start.line !== e.range.end.line) return;
    const type = (["none", "organization", "location", "person"] as const)[(i + round) % 4];
    annotations.corrections.push(makeCorrection(lines, analysis, e.range, type, i % 3 === 0 ? "all" : "mention"));
  });
  annotations.corrections.push({ text: "Qaani", type: "location", scope: "mention", before: "", after: "", nth: 1 });
  const lexicon: Lexicon = {
    version: 1,
    entries: [
      { text: "Baghdad", type: "organization" },
      { text: "Iran", type: "none" },
    ],
  };
  return { annotations, lexicon };
}

const fresh = (text: string, c: Corrections) => {
  const s = new DumpSession(text, { nerModel });
  const model = s.analysis(["entities"])!;
  return applyCorrections(s.lines, model, c.annotations, c.lexicon);
};

test("corrected entities after each edit, and after the corrections change, equal a fresh application", (t) => {
  if (!nerModel()) return t.skip("NER model unavailable");
  const first = corrections(base, 0);
  fc.assert(
    fc.property(fc.array(edit(base.length), { minLength: 1, maxLength: 4 }), fc.nat({ max: 3 }), (edits, changeAt) => {
      const session = new DumpSession(base, { nerModel, corrections: first });
      let c = first;
      let text = base;
      assert.deepEqual(session.stage("entities"), fresh(text, c));
      edits.forEach((e, k) => {
        const start = Math.min(e.at, text.length);
        const end = Math.min(text.length, start + e.remove);
        const lines = text.split(/\r\n|\r|\n/);
        const line = (offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length - 1;
        const [from, to] = [line(start), line(end)];
        text = text.slice(0, start) + e.insert + text.slice(end);
        const newLines = text.split(/\r\n|\r|\n/).slice(from, from + (to - from + 1) + (text.split(/\r\n|\r|\n/).length - lines.length));
        session.replaceLines(from, to + 1, newLines);
        assert.equal(session.lines.join("\n"), text.split(/\r\n|\r|\n/).join("\n"));
        if (k === changeAt) {
          // The user records more corrections: a new corrections object, as the server reads it.
          c = corrections(text, 1);
          session.configure({ corrections: c });
        }
        assert.deepEqual(session.stage("entities"), fresh(text, c));
      });
    }),
    { numRuns: 30 },
  );
});

// ---- the kept results of an article are given again only when all they depend on is as it was ----

const LINES = [
  "Qaani visits Baghdad", // 0 article 0
  "", // 1
  "Esmail Qaani met leaders in Baghdad.", // 2
  "", // 3
  "Storm hits Baghdad", // 4 article 1
  "", // 5
  "Esmail Qaani met leaders in Baghdad.", // 6
];

function article(index: number, from: number, to: number): Article {
  return {
    index,
    headline: LINES[from]!,
    sections: [],
    repeatedHeadlineLines: [],
    boilerplateLines: [],
    headlineRange: { start: { line: from, character: 0 }, end: { line: from, character: LINES[from]!.length } },
    range: { start: { line: from, character: 0 }, end: { line: to, character: LINES[to]!.length } },
  };
}
const ARTICLES = [article(0, 0, 2), article(1, 4, 6)];
const mention = (line: number, text: string, canonical: string, articleIndex: number): EntityMention => {
  const start = LINES[line]!.indexOf(text);
  return {
    text,
    type: "person",
    canonical,
    range: { start: { line, character: start }, end: { line, character: start + text.length } },
    article: articleIndex,
  };
};
const findingsOf = (file: AnnotationsFile) => ARTICLES.map((a) => findCorrections(LINES.slice(a.range.start.line, a.range.end.line + 1), a.headline, file));

test("a confirmed mention that borrows its canonical name from another article follows that name when it changes", () => {
  // "Baghdad" marked a person everywhere: the model has it as nobody, so its canonical name is
  // the one the model gives "Baghdad" elsewhere (here, on line 0).
  const file: AnnotationsFile = { version: 1, corrections: [{ text: "Baghdad", type: "person", scope: "all" }] };
  const findings = findingsOf(file);
  const memo: CorrectionMemo = new WeakMap();
  const before = [mention(0, "Baghdad", "Baghdad City", 0)];
  correctMentions(ARTICLES, findings, before, file, memo);
  const after = [mention(0, "Baghdad", "Greater Baghdad", 0)];
  assert.deepEqual(correctMentions(ARTICLES, findings, after, file, memo), correctMentions(ARTICLES, findings, after, file));
  assert.ok(
    correctMentions(ARTICLES, findings, after, file, memo)
      .filter((m) => m.article === 1)
      .every((m) => m.canonical === "Greater Baghdad"),
  );
});

test("a mention correction that moves to another article is applied there, and no longer where it was", () => {
  // Equally well anchored in both articles: the first occurrence. Once article 0 says it
  // otherwise, article 1's (whose text and findings did not change) is the one.
  const file: AnnotationsFile = { version: 1, corrections: [{ text: "Esmail Qaani", type: "none", scope: "mention", before: "", after: " met leaders" }] };
  const memo: CorrectionMemo = new WeakMap();
  const entities = [mention(2, "Esmail Qaani", "Esmail Qaani", 0), mention(6, "Esmail Qaani", "Esmail Qaani", 1)];
  const findings = findingsOf(file);
  assert.deepEqual(
    correctMentions(ARTICLES, findings, entities, file, memo).map((m) => m.article),
    [1],
  );
  const edited = findCorrections(["Qaani visits Baghdad", "", "Esmail Qaani visited leaders in Baghdad."], ARTICLES[0]!.headline, file);
  const after = correctMentions(ARTICLES, [edited, findings[1]!], entities, file, memo);
  assert.deepEqual(after, correctMentions(ARTICLES, [edited, findings[1]!], entities, file));
  assert.deepEqual(
    after.map((m) => m.article),
    [0],
  );
});

test("two copies of an article share what the corrections find in them, each gets its own result", () => {
  // One findings object for both copies (a session keeps one per article text), no model mentions.
  const file: AnnotationsFile = { version: 1, corrections: [{ text: "Baghdad", type: "location", scope: "all" }] };
  const found = findCorrections(LINES.slice(4, 7), LINES[4], file);
  const copies = [article(0, 0, 2), article(1, 4, 6)].map((a) => ({ ...a, headline: LINES[4]! }));
  const lines = correctMentions(copies, [found, found], [], file, new WeakMap()).map((m) => m.range.start.line);
  assert.deepEqual(lines, [0, 2, 4, 6]);
});
