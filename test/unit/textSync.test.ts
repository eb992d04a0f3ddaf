// The server's text stays the editor's text: a U+FEFF that starts a line mid-file is text (only a
// file's leading byte-order mark is dropped, and only when the file is read), a change whose range
// ends before it starts is applied as the LSP's text-document library applies it, and a line of
// megabytes is kept from the recognisers without costing the rest of the dump its entities and dates.

import assert from "node:assert/strict";
import { test } from "node:test";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyzeDump, DumpSession, splitLinesWithEnds } from "../../server/src/analysis/index.js";
import { OpenDump } from "../../server/src/lsp/documents.js";
import { lazyNerModel } from "../../server/src/node/modelFile.js";

type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };

/** Applies `changes` to an OpenDump and to the LSP library's document; their texts and lines must agree after each. */
function followEdits(text: string, changes: Change[]): OpenDump {
  const open = new OpenDump("file:///t.txt", 1, text);
  const oracle = TextDocument.create("file:///t.txt", "newsdump", 1, text);
  changes.forEach((change, i) => {
    open.applyChanges([change], i + 2);
    TextDocument.update(oracle, [change], i + 2);
    assert.equal(open.getText(), oracle.getText(), `after change ${i + 1}`);
    assert.equal(open.size(), oracle.getText().length, `size after change ${i + 1}`);
    assert.deepEqual(open.session.lines, oracle.getText().split(/\r\n|\r|\n/), `lines after change ${i + 1}`);
  });
  return open;
}

const at = (line: number, character: number) => ({ line, character });

test("a line that starts with U+FEFF mid-file (dumps joined with cat) stays as it is through edits next to it", () => {
  const text = "Floods rise in Baghdad\nBy Jane Doe | June 3, 2024\n\nWater rose.\n\n\uFEFFStorm hits coast\nJune 4, 2024\n\nRain fell.\n";
  // Edits on the line before it, on it, and on the line after it (whose re-read starts at it).
  const open = followEdits(text, [
    { range: { start: at(4, 0), end: at(4, 0) }, text: "x" },
    { range: { start: at(4, 0), end: at(4, 1) }, text: "" },
    { range: { start: at(6, 0), end: at(6, 4) }, text: "Jun" },
    { range: { start: at(5, 1), end: at(5, 1) }, text: "Big " },
    { range: { start: at(6, 3), end: at(6, 3) }, text: "e" },
    { range: { start: at(5, 0), end: at(5, 1) }, text: "" },
    { range: { start: at(5, 0), end: at(5, 0) }, text: "\uFEFF" },
  ]);
  assert.deepEqual(
    open.articles().map((a) => a.headline),
    ["Floods rise in Baghdad", "Big Storm hits coast"],
  );
});

test("a document that starts with U+FEFF (not a file's byte-order mark: the editor's text) keeps it", () => {
  assert.deepEqual(splitLinesWithEnds("\uFEFFStorm\r\nRain").lines, ["\uFEFFStorm", "Rain"]);
  const open = followEdits("\uFEFFStorm hits coast\nJune 4, 2024\n\nRain fell.\n", [{ range: { start: at(0, 1), end: at(0, 1) }, text: "Big " }]);
  assert.equal(open.getText(), "\uFEFFBig Storm hits coast\nJune 4, 2024\n\nRain fell.\n");
  assert.equal(new DumpSession("\uFEFFa\nb").lines[0], "\uFEFFa");
});

test("a change whose range ends before it starts is applied with its ends in order, as the LSP library does", () => {
  const text = "Storm hits coast\nJune 4, 2024\n\nRain fell on Miami.\nWind blew.\n";
  followEdits(text, [
    { range: { start: at(3, 12), end: at(3, 5) }, text: "hit" },
    { range: { start: at(4, 0), end: at(1, 4) }, text: "" },
    { range: { start: at(0, 5), end: at(0, 0) }, text: "Heavy storm" },
  ]);
});

test("a position past the last line is the end of the text, one past a line's end that line's end, as the LSP library reads them", () => {
  const open = new OpenDump("file:///t.txt", 1, "Storm hits coast\r\nRain.");
  open.applyChanges([{ range: { start: at(9, 3), end: at(7, 0) }, text: "\nWind." }], 2);
  open.applyChanges([{ range: { start: at(0, 99), end: at(0, 99) }, text: "!" }], 3);
  open.applyChanges([{ range: { start: at(-1, 5), end: at(0, -4) }, text: "Big " }], 4);
  assert.equal(open.getText(), "Big Storm hits coast!\r\nRain.\nWind.");
  // The library's own reading of the same positions, one at a time on a fresh document.
  const oracle = TextDocument.create("file:///t.txt", "newsdump", 1, "Storm hits coast\r\nRain.");
  assert.equal(oracle.offsetAt(at(9, 3)), oracle.getText().length);
  assert.equal(oracle.offsetAt(at(0, 99)), "Storm hits coast".length);
  assert.equal(oracle.offsetAt(at(-1, 5)), 0);
});

/** Prose of about `chars` characters on one line, no names. */
function filler(chars: number): string {
  return "lorem ipsum dolor sit amet ".repeat(Math.ceil(chars / 27)).slice(0, chars);
}

test("a 6 MB line in one article leaves the other articles their entities and dates", (t) => {
  const nerModel = lazyNerModel();
  if (!nerModel()) return t.skip("NER model unavailable");
  const text =
    "Storm hits coast\nBy Jane Doe | June 3, 2024\n\nMIAMI (AP) - Mayor Francis Suarez said on Tuesday that the storm hit Miami.\n\n" +
    `Data dump\nJune 4, 2024\n\n${filler(6 * 1024 * 1024)}\n\n` +
    "Talks resume\nBy John Roe | June 5, 2024\n\nGENEVA (Reuters) - Angela Merkel met Emmanuel Macron in Geneva on Friday.\n";
  const analysis = analyzeDump(text, { nerModel });
  assert.equal(analysis.articles.length, 3);
  const names = analysis.entities.map((e) => e.text);
  for (const name of ["Francis Suarez", "Miami", "Angela Merkel", "Emmanuel Macron", "Geneva"])
    assert.ok(names.includes(name), `${name} in ${names.join(", ")}`);
  assert.ok(analysis.dates.some((d) => d.text === "Tuesday") && analysis.dates.some((d) => d.text === "Friday"));
  assert.ok(!analysis.entities.some((e) => e.article === 1), "nothing from the data line");
});
