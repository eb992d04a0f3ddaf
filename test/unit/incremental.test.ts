// After any sequence of edits, the incrementally kept analysis equals a full re-analysis.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { DumpSession } from "../../server/src/analysis/index.js";
import { OpenDump } from "../../server/src/lsp/documents.js";
import { applyEdit, randomEdit } from "../support/edits.js";
import { renderZoo } from "../zoo/templates.js";

const fixtureDir = join(__dirname, "..", "fixtures");
const sample = join(__dirname, "..", "fixtures", "sample", "middle-east-2024.txt");
const fixtureTexts = (folder: string) =>
  readdirSync(join(fixtureDir, folder))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ name: `${folder}/${f}`, text: readFileSync(join(fixtureDir, folder, f), "utf8") }))
    // Fixtures in other encodings are decoded by the file reader, not here.
    .filter(({ text }) => !text.includes("\uFFFD") && !text.includes("\0"));
const texts = [...fixtureTexts("layouts"), ...fixtureTexts("tools")];
texts.unshift({ name: "sample", text: readFileSync(sample, "utf8") });

// Pieces that edits insert: line ends of every kind, separators, headers, boilerplate, headline-ish
// lines, emoji, and the lines records of other tools open or close with, which change the layout profile.
const pieces = [
  "\n",
  "\r\n",
  "\r",
  "\n\n",
  "=====\n",
  "---\n",
  "\f",
  "\fA4  THE DAILY MERIDIAN  Thursday, October 12, 2023\n",
  "Title: Markets rally\n",
  'title: "Markets rally"\n',
  "Date: 2024-03-05\n",
  "URL: https://news.example.com/a/1\n",
  "https://news.example.com/b/2\n",
  "3 of 50 DOCUMENTS\n",
  "From jane@example.org Tue Mar 16 08:00:00 2021\n",
  "[id: 48213]\n",
  "LOAD-DATE: March 19, 2019\n",
  "Desk: Metro\n",
  "  - tag\n",
  "## Storm hits coast\n",
  "1. Storm hits coast\n",
  "Reuters, 9 Mar 2023\n",
  "Saved 12/03/2024 10:00\n",
  "Reporting by Jane Doe; Editing by John Roe\n",
  "Updated 3 sec ago\n",
  "Follow\n",
  "Storm hits coast\n\n",
  "BAGHDAD: A visit ",
  "x",
  "😀",
  "\u0600ب",
  "",
  "By Jane Doe | June 3, 2024\n",
];

const edit = (length: number) => randomEdit(pieces, length, 400, 4);

function fullArticles(text: string) {
  return new DumpSession(text).articles();
}

/** The duplicate diagnostics of a document (duplicate matching remembers its last groups per document). */
function duplicateDiagnostics(session: DumpSession) {
  return session.stage("diagnostics");
}

/** The layout profile a session's document holds (what segmentation reads). */
const profileKey = (session: DumpSession) => session.layout().key;

/** How many runs of the property changed a dump's layout profile, per text: the edits must reach the profile. */
const profileChanges = new Map<string, number>();

for (const [n, { name, text: base }] of texts.entries()) {
  test(`incremental edits equal a full analysis: articles and duplicates (${name})`, () => {
    fc.assert(
      fc.property(fc.array(edit(base.length), { minLength: 1, maxLength: 12 }), (edits) => {
        // The client's side: the text as the edits make it (applyEdit); the server's side:
        // OpenDump, which keeps only lines. As editors do, the byte-order mark is not part of the
        // text the server is given.
        const bare = base.replace(/^\uFEFF/, "");
        let text = bare;
        const dump = new OpenDump("file:///t.txt", 1, bare);
        let version = 1;
        for (const e of edits) {
          const applied = applyEdit(text, e);
          text = applied.text;
          // Inside a surrogate pair or not, the text the server keeps is the client's text.
          dump.applyChanges([applied.change], ++version);
          assert.deepEqual(duplicateDiagnostics(dump.session), duplicateDiagnostics(new DumpSession(text, { uri: "file:///t.txt" })));
        }
        assert.equal(dump.getText(), text);
        assert.deepEqual(dump.articles(), fullArticles(text));
        const full = new DumpSession(text);
        assert.equal(profileKey(dump.session), profileKey(full));
        if (profileKey(full) !== profileKey(new DumpSession(bare))) profileChanges.set(name, (profileChanges.get(name) ?? 0) + 1);
      }),
      { numRuns: name.startsWith("tools/") ? 60 : 200, seed: 4242 + n },
    );
  });
}

// The articles asked for after every edit: what the dump keeps of its articles' days between edits
// (only the neighbours of an edited article are dated again) must equal a full dating.
const relativeDated = texts.filter(({ text }) => / ago\b/.test(text));
for (const [n, { name, text: base }] of relativeDated.entries()) {
  test(`articles asked for after every edit equal a full analysis, inferred days included (${name})`, () => {
    fc.assert(
      fc.property(fc.array(edit(base.length), { minLength: 1, maxLength: 10 }), (edits) => {
        const bare = base.replace(/^\uFEFF/, "");
        let text = bare;
        const dump = new OpenDump("file:///t.txt", 1, bare);
        dump.articles();
        let version = 1;
        for (const e of edits) {
          const applied = applyEdit(text, e);
          text = applied.text;
          dump.applyChanges([applied.change], ++version);
          assert.deepEqual(dump.articles(), fullArticles(text));
        }
      }),
      { numRuns: 60, seed: 5150 + n },
    );
  });
}

test("the edits above changed the layout profile of most texts", () => {
  const changed = texts.filter(({ name }) => (profileChanges.get(name) ?? 0) > 0).length;
  assert.ok(changed >= texts.length / 2, `${changed} of ${texts.length} texts saw their profile change: ${JSON.stringify([...profileChanges])}`);
});

test("zoo dumps under random edits: incremental equals full, profile included", () => {
  const zoo = renderZoo();
  let changed = 0;
  fc.assert(
    fc.property(
      fc.nat({ max: zoo.length - 1 }).chain((d) => fc.tuple(fc.constant(d), fc.array(edit(zoo[d]!.text.length), { minLength: 1, maxLength: 8 }))),
      ([d, edits]) => {
        const base = zoo[d]!.text.replace(/^\uFEFF/, "");
        const dump = new OpenDump("file:///z.txt", 1, base);
        let text = base;
        let version = 1;
        for (const e of edits) {
          const applied = applyEdit(text, e);
          text = applied.text;
          dump.applyChanges([applied.change], ++version);
        }
        const full = new DumpSession(text);
        assert.deepEqual(dump.articles(), full.articles());
        assert.equal(profileKey(dump.session), profileKey(full));
        if (profileKey(full) !== profileKey(new DumpSession(base))) changed++;
      },
    ),
    { numRuns: 400, seed: 1717 },
  );
  assert.ok(changed > 40, `only ${changed} runs changed a zoo dump's profile`);
});

test("an inserted line in article 2 moves the later articles by one line", () => {
  const text = readFileSync(sample, "utf8");
  const dump = new OpenDump("file:///s.txt", 1, text);
  const before = dump.articles();
  dump.applyChanges([{ range: { start: { line: 70, character: 0 }, end: { line: 70, character: 0 } }, text: "An inserted paragraph.\n" }], 2);
  const after = dump.articles();
  assert.equal(after.length, 6);
  assert.deepEqual(
    after.slice(0, 2).map((a) => a.range.start.line),
    before.slice(0, 2).map((a) => a.range.start.line),
  );
  assert.deepEqual(
    after.slice(2).map((a) => a.range.start.line),
    before.slice(2).map((a) => a.range.start.line + 1),
  );
  assert.equal(after[1]!.range.end.line, before[1]!.range.end.line + 1);
});

test("a year written in one article is followed by another article's month-day after an edit", () => {
  const text = [
    "Title: Ceasefire talks resume in Cairo",
    "Date: 2024-03-01",
    "",
    "The war began after the attack of Oct. 7, 2023, officials said.",
    "",
    "Title: Hostage families march again",
    "Date: 2024-03-02",
    "",
    "Families marked five months since the Oct 7 attack on Saturday.",
  ].join("\n");
  const doc = new DumpSession(text);
  const octoberValue = () => doc.stage("dates")!.find((d) => d.article === 1 && d.text.startsWith("Oct"))?.value;
  assert.equal(octoberValue(), "2023-10-07");
  doc.replaceLines(3, 4, ["The war began after the attack of Oct. 7, 2022, officials said."]);
  assert.equal(octoberValue(), "2022-10-07", "the cached dates of the other article follow the new year");
});
