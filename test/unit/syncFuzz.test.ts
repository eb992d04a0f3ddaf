// Thousands of edits against an oracle: the LSP's own text-document library. Each step is an array
// of changes (applied one after another, as didChange sends them) mixing U+FEFF, the halves of
// CR LF, the halves of surrogate pairs, line breaks, reversed ranges and columns past a line's end;
// after each step the server's text and lines must be the oracle's, and now and then its articles
// must be those of a fresh document with the same text. (The library keeps its line starts up to
// date incrementally, and that misses a CR and an LF that an edit brings together into one line
// end: the oracle applies each change to a document made afresh from the text, which reads the
// positions exactly as the library does, from line starts counted right.)

import assert from "node:assert/strict";
import { test } from "node:test";
import { TextDocument, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { seededRandom } from "../../scripts/seededRandom.js";
import { DumpSession } from "../../server/src/analysis/index.js";
import { OpenDump } from "../../server/src/lsp/documents.js";

const PIECES = [
  "\uFEFF",
  "\r",
  "\n",
  "\r\n",
  "\n\n",
  "\ud83d", // a high surrogate alone
  "\ude00", // a low surrogate alone
  "😀",
  "x",
  " ",
  "Storm hits coast",
  "By Jane Doe | June 3, 2024",
  "=====",
  "Title: Markets rally",
  "MIAMI (AP) - Rain fell.",
  "",
];

const STARTS = [
  "Storm hits coast\r\nBy Jane Doe | June 3, 2024\r\n\r\nMIAMI (AP) - Rain fell on Monday.\r\n",
  "Floods rise in Baghdad\nJune 3, 2024\n\nWater rose.\n\n\uFEFFStorm hits coast\nJune 4, 2024\n\nRain 😀 fell.\n",
  "=====\rTitle: Markets rally\rDate: 5 March 2024\r\rStocks rose.\r=====\rTitle: Talks resume\r\rGeneva.",
  "",
];

const EDITS_PER_RUN = 2000;

for (const [n, start] of STARTS.entries()) {
  test(`${EDITS_PER_RUN} random edit steps keep the server's text the oracle's (start ${n})`, () => {
    const next = seededRandom(0x5eed + n);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const open = new OpenDump("file:///fuzz.txt", 1, start);
    let oracle = TextDocument.create("file:///fuzz.txt", "newsdump", 1, start);
    /** The text after `change`, as the library applies it to `text`. */
    const applied = (text: string, change: TextDocumentContentChangeEvent) => {
      const fresh = TextDocument.create("file:///fuzz.txt", "newsdump", 0, text);
      TextDocument.update(fresh, [change], 1);
      return fresh;
    };
    for (let step = 1; step <= EDITS_PER_RUN; step++) {
      // Each change of the array is made on the text the ones before it leave (a scratch copy).
      const changes: TextDocumentContentChangeEvent[] = [];
      let scratch = oracle;
      const count = 1 + Math.floor(next() * 3);
      for (let c = 0; c < count; c++) {
        let text = "";
        for (let k = Math.floor(next() * 4); k > 0; k--) text += pick(PIECES);
        let change: TextDocumentContentChangeEvent;
        if (next() < 0.01)
          change = { text: scratch.getText().slice(0, 400) + text }; // now and then, the whole text
        else {
          // Columns inside and past a line's end (both read them as its end); now and then reversed.
          // (Lines past the last one are tested on their own, in textSync.test.ts.)
          const position = () => ({ line: Math.floor(next() * scratch.lineCount), character: Math.floor(next() * 30) });
          const a = position();
          const b = next() < 0.5 ? { line: Math.min(scratch.lineCount - 1, a.line + Math.floor(next() * 2)), character: Math.floor(next() * 30) } : position();
          change = { range: next() < 0.2 ? { start: b, end: a } : { start: a, end: b }, text };
        }
        changes.push(change);
        scratch = applied(scratch.getText(), change);
      }
      const before = oracle.getText();
      open.applyChanges(changes, step + 1);
      oracle = scratch;
      const replay = `start ${n}, step ${step}: ${JSON.stringify(before)} with ${JSON.stringify(changes)}`;
      assert.equal(open.getText(), oracle.getText(), replay);
      assert.equal(open.size(), oracle.getText().length, replay);
      assert.deepEqual(open.session.lines, oracle.getText().split(/\r\n|\r|\n/), replay);
      if (step % 50 === 0) assert.deepEqual(open.articles(), new DumpSession(oracle.getText()).articles(), replay);
    }
  });
}
