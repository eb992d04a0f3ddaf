// In-memory documents for feature tests: a dump written in the test, with `$0` where the cursor
// is, analysed by the core as the server analyses it (the shipped entity model included), and
// renderers that turn a feature's answer into text a reader can compare at a glance.

import type { Position, Range } from "vscode-languageserver";
import { type DumpAnalysis, DumpSession } from "../../server/src/analysis/index.js";
import { lazyNerModel } from "../../server/src/node/modelFile.js";

const nerModel = lazyNerModel();

export const CURSOR = "$0";

export interface TestDump {
  uri: string;
  /** The text without the cursor mark. */
  text: string;
  lines: readonly string[];
  /** Where `$0` was (the start of the text if there was none). */
  cursor: Position;
  session: DumpSession;
  analysis: DumpAnalysis;
}

/** Reads `text` as a dump; an indented template literal is dedented by its first line's indent. */
export function testDump(text: string): TestDump {
  const dedented = dedent(text);
  const at = dedented.indexOf(CURSOR);
  const clean = at < 0 ? dedented : dedented.slice(0, at) + dedented.slice(at + CURSOR.length);
  const before = at < 0 ? [""] : dedented.slice(0, at).split("\n");
  const cursor = { line: before.length - 1, character: before.at(-1)!.length };
  const uri = "file:///test/dump.news.txt";
  const session = new DumpSession(clean, { uri, file: uri, nerModel });
  return { uri, text: clean, lines: session.lines, cursor, session, analysis: session.analysis()! };
}

function dedent(text: string): string {
  const lines = text
    .replace(/^\n/, "")
    .replace(/\n\s*$/, "\n")
    .split("\n");
  const indent = /^\s*/.exec(lines[0]!)![0].length;
  return lines.map((l) => l.slice(Math.min(indent, /^\s*/.exec(l)![0].length))).join("\n");
}

/** The text of `range` in the dump. */
export function textOf(dump: TestDump, range: Range): string {
  if (range.start.line === range.end.line) return dump.lines[range.start.line]!.slice(range.start.character, range.end.character);
  return [
    dump.lines[range.start.line]!.slice(range.start.character),
    ...dump.lines.slice(range.start.line + 1, range.end.line),
    dump.lines[range.end.line]!.slice(0, range.end.character),
  ].join("\n");
}

/**
 * The dump with `marks` written into it, each mark's `open` and `close` around its range (marks
 * listed outer first where they nest; one that ends where the next begins closes before it opens).
 */
export function marked(dump: TestDump, marks: readonly { range: Range; open: string; close: string }[]): string {
  // Written from the end backwards; at one position, what is written later lands to the left.
  const inserts: { line: number; character: number; text: string; order: number }[] = [];
  marks.forEach((m, i) => {
    inserts.push({ ...m.range.start, text: m.open, order: -i });
    inserts.push({ ...m.range.end, text: m.close, order: marks.length + i });
  });
  inserts.sort((a, b) => b.line - a.line || b.character - a.character || a.order - b.order);
  const lines = [...dump.lines];
  for (const { line, character, text } of inserts) lines[line] = lines[line]!.slice(0, character) + text + lines[line]!.slice(character);
  return lines.join("\n");
}
