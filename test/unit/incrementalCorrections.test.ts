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
/** An edit as the session takes it: lines [line, line + remove) replaced by the pieces' lines. */
const lineEdit = fc.record({ line: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }) });

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
    fc.property(fc.array(lineEdit, { minLength: 1, maxLength: 4 }), fc.nat({ max: 3 }), (edits, changeAt) => {
      const session = new DumpSession(base, { nerModel, corrections: first });
      let c = first;
      const lines = base.split("\n");
      assert.deepEqual(session.stage("entities"), fresh(base, c));
      edits.forEach((e, k) => {
        const from = e.line % (lines.length + 1);
        const to = Math.min(lines.length, from + e.remove);
        const inserted = e.insert.length ? e.insert.join("").split("\n") : [];
        lines.splice(from, to - from, ...inserted);
        if (!lines.length) lines.push(""); // as the session keeps an empty dump
        session.replaceLines(from, to, inserted);
        const text = lines.join("\n");
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

/** Articles as the session finds them in `text` (records between separator lines). */
function articlesOf(text: string): { lines: readonly string[]; articles: readonly Article[] } {
  const session = new DumpSession(text);
  return { lines: session.lines, articles: session.articles() };
}
const record = (headline: string, body: string) => `=====\nTitle: ${headline}\n\n${body}\n`;
const BODY = "Esmail Qaani met leaders in Baghdad.";
const TWO = articlesOf(record("Qaani visits Baghdad", BODY) + record("Storm hits Baghdad", BODY));

/** A model mention of the first `text` on `line`. */
const mention = (line: number, text: string, canonical: string, article: number): EntityMention => {
  const start = TWO.lines[line]!.indexOf(text);
  return { text, type: "person", canonical, range: { start: { line, character: start }, end: { line, character: start + text.length } }, article };
};
const findingsOf = (file: AnnotationsFile, { lines, articles } = TWO) =>
  articles.map((a) => findCorrections(lines.slice(a.range.start.line, a.range.end.line + 1), a.headline, file));
/** The line of the body of article `i` of TWO. */
const bodyLine = (i: number) => TWO.lines.indexOf(BODY, TWO.articles[i]!.range.start.line);

test("the two records are two articles", () => {
  assert.deepEqual(
    TWO.articles.map((a) => a.headline),
    ["Qaani visits Baghdad", "Storm hits Baghdad"],
  );
});

test("a confirmed mention that borrows its canonical name from another article follows that name when it changes", () => {
  // "Baghdad" marked a person everywhere: where the model has no mention of it, its canonical
  // name is the one the model gives "Baghdad" elsewhere (here, in article 0's headline).
  const file: AnnotationsFile = { version: 1, corrections: [{ text: "Baghdad", type: "person", scope: "all" }] };
  const findings = findingsOf(file);
  const headline = TWO.articles[0]!.headlineRange.start.line;
  const memo: CorrectionMemo = new WeakMap();
  correctMentions(TWO.articles, findings, [mention(headline, "Baghdad", "Baghdad City", 0)], file, memo);
  const after = [mention(headline, "Baghdad", "Greater Baghdad", 0)];
  const corrected = correctMentions(TWO.articles, findings, after, file, memo);
  assert.deepEqual(corrected, correctMentions(TWO.articles, findings, after, file));
  assert.ok(corrected.filter((m) => m.article === 1).every((m) => m.canonical === "Greater Baghdad"));
});

test("a mention correction that moves to another article is applied there, and no longer where it was", () => {
  // Equally well anchored in both articles: the first occurrence. Once article 0 says it
  // otherwise, article 1's (whose text and findings did not change) is the one.
  const file: AnnotationsFile = { version: 1, corrections: [{ text: "Esmail Qaani", type: "none", scope: "mention", before: "", after: " met leaders" }] };
  const memo: CorrectionMemo = new WeakMap();
  const entities = [mention(bodyLine(0), "Esmail Qaani", "Esmail Qaani", 0), mention(bodyLine(1), "Esmail Qaani", "Esmail Qaani", 1)];
  const findings = findingsOf(file);
  assert.deepEqual(
    correctMentions(TWO.articles, findings, entities, file, memo).map((m) => m.article),
    [1],
  );
  const edited = articlesOf(record("Qaani visits Baghdad", "Esmail Qaani visited leaders in Baghdad."));
  const after = [findingsOf(file, edited)[0]!, findings[1]!];
  const corrected = correctMentions(TWO.articles, after, entities, file, memo);
  assert.deepEqual(corrected, correctMentions(TWO.articles, after, entities, file));
  assert.deepEqual(
    corrected.map((m) => m.article),
    [0],
  );
});

test("two copies of an article share what the corrections find in them, each gets its own result", () => {
  // One findings object for both copies (a session keeps one per article text), no model mentions.
  const copies = articlesOf(record("Storm hits Baghdad", BODY) + record("Storm hits Baghdad", BODY));
  const file: AnnotationsFile = { version: 1, corrections: [{ text: "Baghdad", type: "location", scope: "all" }] };
  const found = findingsOf(file, copies)[0]!;
  const lines = correctMentions(copies.articles, [found, found], [], file, new WeakMap()).map((m) => m.range.start.line);
  const expected = copies.lines.flatMap((line, i) => (line.includes("Baghdad") ? [i] : []));
  assert.deepEqual(lines, expected);
  assert.equal(expected.length, 4);
});
