// Entities and dates kept across edits (the dump-wide entity decisions are remade only when their
// inputs change, per-article results are reused) equal those of a fresh analysis, after every edit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { OpenDump } from "../../server/src/documents.js";
import { DumpDocument } from "../../server/src/analysis/dump.js";
import { analyzeStages } from "../../server/src/analysis/index.js";
import { lazyNerModel } from "../../server/src/modelFile.js";

const nerModel = lazyNerModel();
const sample = join(__dirname, "..", "..", "..", "shared", "samples", "middle-east-2024.txt");
const fixture = join(__dirname, "..", "fixtures", "layouts");
const texts = [sample, join(fixture, "duplicates.txt")].filter(existsSync).map((f) => readFileSync(f, "utf8").replace(/^\uFEFF/, ""));

// Edits that add, cut and retype names (so the dump-wide decisions change), and plain prose (so they do not).
const pieces = ["Benjamin Netanyahu said ", "Netanyahu", "Kataib Hezbollah ", "Hezbollah (KH) ", "BAGHDAD", "Kamal Adwan Hospital ",
  "the army ", "x", "\n", "\n\nStorm hits coast\nBy Jane Doe | June 3, 2024\n\n", "on March 5 ", ""];
const edit = (len: number) =>
  fc.record({ at: fc.nat({ max: len }), remove: fc.nat({ max: 60 }), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }).map((a) => a.join("")) });

const stages = (doc: DumpDocument) => analyzeStages(doc, { nerModel, diagnostics: false });

for (const [n, base] of texts.entries()) {
  test(`entities and dates after each edit equal a fresh analysis (text ${n})`, (t) => {
    if (!nerModel()) return t.skip("NER model unavailable");
    fc.assert(
      fc.property(fc.array(edit(base.length), { minLength: 1, maxLength: 5 }), (edits) => {
        const open = new OpenDump("file:///t.txt", 1, base);
        stages(open.dump);
        let text = base;
        let version = 1;
        for (const e of edits) {
          const start = Math.min(e.at, text.length);
          const end = Math.min(text.length, start + e.remove);
          const before = new DumpDocument(text);
          const range = { start: position(before, start), end: position(before, end) };
          text = text.slice(0, start) + e.insert + text.slice(end);
          open.applyChanges([{ range, text: e.insert }], ++version);
          assert.equal(open.getText(), text);
          assert.deepEqual(stages(open.dump), stages(new DumpDocument(text)));
        }
      }),
      { numRuns: 12, seed: 77 + n },
    );
  });
}

/** Line and character of a UTF-16 offset (the dumps here use \n line ends). */
function position(doc: DumpDocument, offset: number) {
  let line = 0;
  let at = 0;
  while (line < doc.lines.length - 1 && at + doc.lines[line]!.length + 1 <= offset) at += doc.lines[line++]!.length + 1;
  return { line, character: offset - at };
}
