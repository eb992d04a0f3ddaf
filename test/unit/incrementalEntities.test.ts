// Entities and dates kept across edits (the dump-wide entity decisions are remade only when their
// inputs change, per-article results are reused) equal those of a fresh analysis, after every edit.

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { EntityResolver, resolveEntities } from "../../server/src/analysis/entities/resolve.js";
import { DumpSession } from "../../server/src/analysis/index.js";
import { OpenDump } from "../../server/src/lsp/documents.js";
import { lazyNerModel } from "../../server/src/node/modelFile.js";
import { applyEdit, randomEdit } from "../support/edits.js";

const nerModel = lazyNerModel();
const sample = join(__dirname, "..", "fixtures", "sample", "middle-east-2024.txt");
const fixture = join(__dirname, "..", "fixtures", "layouts");
const texts = [sample, join(fixture, "duplicates.txt")].filter(existsSync).map((f) => readFileSync(f, "utf8").replace(/^\uFEFF/, ""));

// Edits that add, cut and retype names (so the dump-wide decisions change), and plain prose (so they do not).
const pieces = [
  "Benjamin Netanyahu said ",
  "Netanyahu",
  "Kataib Hezbollah ",
  "Hezbollah (KH) ",
  "BAGHDAD",
  "Kamal Adwan Hospital ",
  "the army ",
  "x",
  "\n",
  "\n\nStorm hits coast\nBy Jane Doe | June 3, 2024\n\n",
  "on March 5 ",
  "",
];
const edit = (length: number) => randomEdit(pieces, length, 60, 3);

const stages = (session: DumpSession) => {
  session.configure({ nerModel });
  return { entities: session.stage("entities"), dates: session.stage("dates") };
};

for (const [n, base] of texts.entries()) {
  test(`entities and dates after each edit equal a fresh analysis (text ${n})`, (t) => {
    if (!nerModel()) return t.skip("NER model unavailable");
    fc.assert(
      fc.property(fc.array(edit(base.length), { minLength: 1, maxLength: 5 }), (edits) => {
        const open = new OpenDump("file:///t.txt", 1, base);
        stages(open.session);
        let text = base;
        let version = 1;
        for (const e of edits) {
          const applied = applyEdit(text, e);
          text = applied.text;
          open.applyChanges([applied.change], ++version);
          assert.equal(open.getText(), text);
          assert.deepEqual(stages(open.session), stages(new DumpSession(text)));
        }
      }),
      { numRuns: 12, seed: 77 + n },
    );
  });
}

test("a name dropped in one article re-resolves the other articles that have it", () => {
  // Article 1 teaches the dump the longer name; article 2's model output has only its tail.
  const one = { text: "Kataib Hezbollah claimed the attack.", spans: [{ start: 0, end: 16, type: "organization" as const, text: "Kataib Hezbollah" }] };
  const two = { text: "Officials blamed Kataib Hezbollah again.", spans: [{ start: 24, end: 33, type: "organization" as const, text: "Hezbollah" }] };
  const resolver = new EntityResolver();
  assert.deepEqual(
    resolver.resolve([one, two]).articles[1]!.map((s) => s.text),
    ["Kataib Hezbollah"],
  );
  // An edit takes the name out of article 1: article 2 keeps only what its model found.
  const edited = { text: "The group claimed the attack.", spans: [] };
  assert.deepEqual(
    resolver.resolve([edited, two]).articles[1]!.map((s) => s.text),
    ["Hezbollah"],
  );
  assert.deepEqual(
    resolver.resolve([edited, two]).articles,
    resolveEntities([edited, two]).map((list) => list.map(({ canonical: _, ...s }) => s)),
  );
});

test("a name retyped by the dump's votes is retyped in every article that has it", () => {
  // Not a surface looked for elsewhere (it starts with a digit): only the vote changes it.
  const span = (start: number, type: "organization" | "location") => ({ start, end: start + 13, type, text: "1st Battalion" });
  const a = { text: "1st Battalion moved.", spans: [span(0, "organization")] };
  const b = { text: "At 1st Battalion HQ.", spans: [span(3, "location")] };
  const c = { text: "1st Battalion said so.", spans: [span(0, "organization")] };
  const resolver = new EntityResolver();
  assert.equal(resolver.resolve([a, b, c]).articles[1]![0]!.type, "organization");
  // A tie now: each mention keeps its own type.
  const edited = { text: "The unit moved.", spans: [] };
  assert.equal(resolver.resolve([edited, b, c]).articles[1]![0]!.type, "location");
});

test("a full name dropped in one article changes the canonical name of the other articles' mentions", (t) => {
  if (!nerModel()) return t.skip("NER model unavailable");
  const article = (headline: string, body: string) => `=====\nTitle: ${headline}\nDate: 2024-01-29\n\n${body}\n`;
  const text =
    article("Iran commander in Baghdad", "Quds Force commander Esmail Qaani met officials in Baghdad on Monday.") +
    article("Talks continue", "Officials said Qaani asked armed groups to stop attacks.");
  const open = new OpenDump("file:///t.txt", 1, text);
  const qaani = (doc: DumpSession) =>
    stages(doc)
      .entities!.filter((e) => e.text === "Qaani")
      .map((e) => e.canonical);
  assert.deepEqual(qaani(open.session), ["Esmail Qaani"]);
  const line = open.session.lines.findIndex((l) => l.includes("Esmail Qaani"));
  const character = open.session.lines[line]!.indexOf("Esmail Qaani");
  open.applyChanges([{ range: { start: { line, character }, end: { line, character: character + "Esmail Qaani".length } }, text: "the commander" }], 2);
  assert.deepEqual(qaani(open.session), ["Qaani"]);
  assert.deepEqual(stages(open.session), stages(new DumpSession(open.getText())));
});
