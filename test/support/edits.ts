// Random edits for the incremental property tests, applied as an editor applies them: offsets
// clamped to the text, never between the \r and the \n of a line end, the change given to the
// server as an LSP range over the text before the edit.

import fc from "fast-check";
import { TextDocument } from "vscode-languageserver-textdocument";

export interface RandomEdit {
  at: number;
  remove: number;
  insert: string;
}

/** Edits of a text of `length` characters: remove up to `maxRemove` characters at a point and insert up to `maxPieces` of `pieces`. */
export function randomEdit(pieces: readonly string[], length: number, maxRemove: number, maxPieces: number): fc.Arbitrary<RandomEdit> {
  return fc.record({
    at: fc.nat({ max: length }),
    remove: fc.nat({ max: maxRemove }),
    insert: fc.array(fc.constantFrom(...pieces), { maxLength: maxPieces }).map((a) => a.join("")),
  });
}

export interface AppliedEdit {
  /** The change as the client sends it. */
  change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
  /** The text after the edit. */
  text: string;
}

export function applyEdit(text: string, edit: RandomEdit): AppliedEdit {
  const before = TextDocument.create("file:///edited.txt", "newsdump", 1, text);
  const inCrlf = (o: number) => text[o - 1] === "\r" && text[o] === "\n";
  let start = Math.min(edit.at, text.length);
  if (inCrlf(start)) start++;
  let end = Math.min(text.length, start + edit.remove);
  if (inCrlf(end)) end++;
  return {
    change: { range: { start: before.positionAt(start), end: before.positionAt(end) }, text: edit.insert },
    text: text.slice(0, start) + edit.insert + text.slice(end),
  };
}
