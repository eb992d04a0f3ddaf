// The open dumps: their lines, kept by incremental sync, and their DumpSession, kept in step with
// the same edits (re-segmenting only around them). No full copy of the text is kept or rebuilt per
// keystroke: an edit touches only the lines it spans. Analyses are made lazily, once per version.

import type { TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { type Article, DumpSession, misdecodedReason, type Position, splitLinesWithEnds } from "../analysis/index.js";
import type { DumpResults } from "../node/analysisCache.js";
import type { LayoutName } from "../vocabulary/settings.js";

/**
 * What the disk cache holds for a text being opened (see analysisCache.ts), read before the dump
 * is built so that its segmentation spares segmenting it: the results, and the layout setting they
 * were made under; `discard` makes them a miss when the segmentation does not fit the text.
 */
export interface CachedOpening {
  results: DumpResults;
  layout: LayoutName;
  discard(results: DumpResults): DumpResults;
}

/** A string that owns its characters (V8 keeps a slice's parent string alive). */
function detach(s: string): string {
  return s.length > 12 ? ` ${s}`.slice(1) : s;
}

export class OpenDump {
  readonly session: DumpSession;
  /** The line end after each line of `dump.lines` (`""` after the last). */
  private ends: string[];
  /** Only for documents that are not text (binary): their raw text, edited as a whole. */
  private raw: string | undefined;
  /** Characters of text, line ends counted: kept up to date by each edit rather than counted again. */
  private chars: number;
  /** Why the text, as opened, looks decoded with the wrong encoding (if it does). */
  readonly misdecoded: string | undefined;
  /** The disk cache's results for the text as opened, until taken or an edit changes the text (see takeCachedResults). */
  private cachedResults: DumpResults | undefined;

  constructor(
    readonly uri: string,
    public version: number,
    text: string,
    cached?: CachedOpening,
  ) {
    const document = cached?.results.document;
    this.session = new DumpSession(text, { uri, file: uri, ...(cached && { layout: cached.layout }) }, document);
    this.cachedResults = cached && document && !this.session.restoredDocument ? cached.discard(cached.results) : cached?.results;
    this.misdecoded = misdecodedReason(text);
    this.ends = lineEnds(text, this.session);
    this.raw = this.session.notText ? text : undefined;
    if (this.raw === undefined && this.ends.length !== this.session.lines.length)
      this.ends = this.session.lines.map((_, i, a) => (i < a.length - 1 ? "\n" : ""));
    this.chars = this.countChars();
  }

  /**
   * The disk cache's results read when the dump was opened, once (the dump's first analysis takes
   * them, see warmUp.ts); undefined when none were read, or an edit came since: they are for the
   * text as opened only.
   */
  takeCachedResults(): DumpResults | undefined {
    const results = this.cachedResults;
    this.cachedResults = undefined;
    return results;
  }

  applyChanges(changes: TextDocumentContentChangeEvent[], version: number): void {
    this.version = version;
    this.cachedResults = undefined;
    for (const change of changes) {
      if (!("range" in change) || this.raw !== undefined) {
        this.setText("range" in change ? replaceInText(this.raw ?? this.getText(), change.range, change.text) : change.text);
        continue;
      }
      const lines = this.session.lines;
      const last = lines.length - 1;
      // A range whose end comes before its start is the range between them (as the LSP's text-document library reads it).
      const [start, end] = ordered(clamp(change.range.start, lines), clamp(change.range.end, lines));
      // One line of margin on each side: a `\r` and a `\n` meeting across the edit make one line end.
      const from = Math.max(0, start.line - 1);
      const to = Math.min(last, end.line + 1);
      let chunk = "";
      for (let i = from; i < start.line; i++) chunk += lines[i]! + this.ends[i]!;
      chunk += lines[start.line]!.slice(0, start.character) + change.text + lines[end.line]!.slice(end.character) + this.ends[end.line]!;
      for (let i = end.line + 1; i <= to; i++) chunk += lines[i]! + this.ends[i]!;
      const split = splitLinesWithEnds(chunk);
      if (this.ends[to] !== "") {
        // The chunk ends with a line end: the line after it is not part of the chunk.
        split.lines.pop();
        split.ends.pop();
      }
      for (let i = from; i <= to; i++) this.chars -= lines[i]!.length + this.ends[i]!.length;
      for (let i = 0; i < split.lines.length; i++) this.chars += split.lines[i]!.length + split.ends[i]!.length;
      this.ends.splice(from, to + 1 - from, ...split.ends);
      this.session.replaceLines(from, to + 1, split.lines.map(detach));
    }
  }

  private setText(text: string): void {
    this.session.setText(text);
    this.ends = lineEnds(text, this.session);
    this.raw = this.session.notText ? text : undefined;
    this.chars = this.countChars();
  }

  private countChars(): number {
    if (this.raw !== undefined) return this.raw.length;
    let n = 0;
    this.session.lines.forEach((line, i) => {
      n += line.length + this.ends[i]!.length;
    });
    return n;
  }

  /** The whole text, as the client has it (for tests and whole-document fallbacks). */
  getText(): string {
    if (this.raw !== undefined) return this.raw;
    let text = "";
    this.session.lines.forEach((line, i) => {
      text += line + this.ends[i]!;
    });
    return text;
  }

  /** Characters of text (line ends counted). */
  size(): number {
    return this.chars;
  }

  endPosition(): Position {
    const lines = this.session.lines;
    return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
  }

  /** The text of one line ("" past the end). */
  lineText(line: number): string {
    return this.session.lines[line] ?? "";
  }

  articles(): readonly Article[] {
    return this.session.articles();
  }
}

/**
 * The line end after each line of a text its session has just split: without a `\r`, every line
 * but the last ends with `\n` (no need to split the text a second time).
 */
function lineEnds(text: string, session: DumpSession): string[] {
  if (session.notText || text.includes("\r")) return splitLinesWithEnds(text).ends;
  const ends = new Array<string>(session.lines.length).fill("\n");
  ends[ends.length - 1] = "";
  return ends;
}

function ordered(a: Position, b: Position): [Position, Position] {
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? [a, b] : [b, a];
}

/** A position inside the text, as the LSP's text-document library reads one outside it: a line past the end is the end of the text, a column past a line's end is its end. */
function clamp(pos: Position, lines: readonly string[]): Position {
  if (pos.line < 0) return { line: 0, character: 0 };
  const last = lines.length - 1;
  if (pos.line > last) return { line: last, character: lines[last]!.length };
  return { line: pos.line, character: Math.min(Math.max(0, pos.character), lines[pos.line]!.length) };
}

/** Applies a ranged change to a whole text (only for documents kept whole). */
function replaceInText(text: string, range: { start: Position; end: Position }, insert: string): string {
  const { lines, ends } = splitLinesWithEnds(text);
  const offset = (p: Position) => {
    const { line, character } = clamp(p, lines);
    let o = 0;
    for (let i = 0; i < line; i++) o += lines[i]!.length + ends[i]!.length;
    return o + character;
  };
  const [start, end] = [offset(range.start), offset(range.end)].sort((a, b) => a - b);
  return text.slice(0, start) + insert + text.slice(end);
}

export class OpenDumps {
  private readonly byUri = new Map<string, OpenDump>();

  /** `cached` gives what the disk cache holds for a text being opened, when it is to be asked (a big dump, a cache). */
  constructor(private readonly cached: (text: string) => CachedOpening | undefined = () => undefined) {}

  open(uri: string, version: number, text: string): OpenDump {
    const dump = new OpenDump(uri, version, text, this.cached(text));
    this.byUri.set(uri, dump);
    return dump;
  }
  get(uri: string): OpenDump | undefined {
    return this.byUri.get(uri);
  }
  close(uri: string): void {
    this.byUri.delete(uri);
  }
  all(): OpenDump[] {
    return [...this.byUri.values()];
  }
  /** The open dumps that are text (binary ones get no features), except `uri`. */
  textDumps(except?: string): OpenDump[] {
    return this.all().filter((d) => !d.session.notText && d.uri !== except);
  }
}
