// After any sequence of edits, the incrementally kept analysis equals a full re-analysis.

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { TextDocument } from "vscode-languageserver-textdocument";
import { DumpSession } from "../../server/src/analysis/index.js";
import { OpenDump } from "../../server/src/lsp/documents.js";

const fixtures = join(__dirname, "..", "fixtures", "layouts");
const sample = join(__dirname, "..", "..", "..", "shared", "samples", "middle-east-2024.txt");
const texts = readdirSync(fixtures)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(fixtures, f), "utf8"));
if (existsSync(sample)) texts.unshift(readFileSync(sample, "utf8"));

// Pieces that edits insert: line ends of every kind, separators, headers, boilerplate, headline-ish lines, emoji.
const pieces = [
  "\n",
  "\r\n",
  "\r",
  "\n\n",
  "=====\n",
  "Title: Markets rally\n",
  "Date: 2024-03-05\n",
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

const edit = (len: number) =>
  fc.record({ at: fc.nat({ max: len }), remove: fc.nat({ max: 400 }), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((a) => a.join("")) });

function fullArticles(text: string) {
  return new DumpSession(text).articles();
}

/** The duplicate diagnostics of a document (duplicate matching remembers its last groups per document). */
function duplicateDiagnostics(session: DumpSession) {
  return session.stage("diagnostics");
}

for (const [n, base] of texts.entries()) {
  test(`incremental edits equal a full analysis: articles and duplicates (text ${n})`, () => {
    fc.assert(
      fc.property(fc.array(edit(base.length), { minLength: 1, maxLength: 12 }), (edits) => {
        // The client's side: the library's text document (with a whole-text rebuild, so its own
        // line index cannot drift); the server's side: OpenDump, which keeps only lines.
        // As editors do, the byte-order mark is not part of the text the server is given.
        const bare = base.replace(/^\uFEFF/, "");
        let client = TextDocument.create("file:///t.txt", "newsdump", 1, bare);
        const dump = new OpenDump("file:///t.txt", 1, bare);
        let version = 1;
        for (const e of edits) {
          const text = client.getText();
          // No position lies between the \r and the \n of a line end: step over it.
          const inCrlf = (o: number) => text[o - 1] === "\r" && text[o] === "\n";
          let start = Math.min(e.at, text.length);
          if (inCrlf(start)) start++;
          let end = Math.min(text.length, start + e.remove);
          if (inCrlf(end)) end++;
          const range = { start: client.positionAt(start), end: client.positionAt(end) };
          client = TextDocument.create("file:///t.txt", "newsdump", ++version, text.slice(0, start) + e.insert + text.slice(end));
          // Inside a surrogate pair or not, the text the server keeps is the client's text.
          dump.applyChanges([{ range, text: e.insert }], version);
          assert.deepEqual(duplicateDiagnostics(dump.session), duplicateDiagnostics(new DumpSession(client.getText(), { uri: "file:///t.txt" })));
        }
        assert.equal(dump.getText(), client.getText());
        assert.deepEqual(dump.articles(), fullArticles(client.getText()));
      }),
      { numRuns: 200, seed: 4242 + n },
    );
  });
}

test("an inserted line in article 2 moves the later articles by one line", () => {
  if (!existsSync(sample)) return;
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
