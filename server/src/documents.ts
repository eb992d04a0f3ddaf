// The open dumps: their text (kept by incremental sync) and their DumpDocument (kept up to date
// by the same edits, re-segmenting only around them). Full analyses are made lazily, once per
// document version, and shared by every feature that asks.

import { TextDocument, type Position, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { DumpDocument, analyzeDocument, articlesOf, type AnalysisOptions, type Article, type CancellationToken, type DumpAnalysis } from "./analysis/index.js";
import { splitLines } from "./analysis/text.js";

/** A string that owns its characters (V8 keeps a slice's parent string alive). */
function detach(s: string): string {
  return s.length > 12 ? (" " + s).slice(1) : s;
}

export type Stage = "entities" | "dates" | "diagnostics";

export class OpenDump {
  readonly dump: DumpDocument;
  private articlesMemo: { version: number; articles: Article[] } | undefined;
  private readonly stageMemo = new Map<Stage, { version: number; key: string; value: unknown[] }>();
  private assembled: { key: string; analysis: DumpAnalysis } | undefined;

  constructor(public text: TextDocument) {
    this.dump = new DumpDocument(text.getText());
  }

  get uri(): string {
    return this.text.uri;
  }
  get version(): number {
    return this.text.version;
  }

  applyChanges(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!("range" in change)) {
        this.text = TextDocument.update(this.text, [change], version);
        this.dump.setText(this.text.getText());
        continue;
      }
      const oldLineCount = this.text.lineCount;
      const { start, end } = change.range;
      // One line of margin on each side: an edit next to a lone `\r` can merge or split line ends.
      const from = Math.max(0, start.line - 1);
      const oldTo = Math.min(oldLineCount, end.line + 2);
      this.text = updateText(this.text, change, version);
      const newTo = Math.min(this.text.lineCount, oldTo + (this.text.lineCount - oldLineCount));
      this.dump.replaceLines(from, oldTo, this.linesOf(from, newTo));
    }
    this.dump.pruneCache();
  }

  /** Lines [from, to) of the current text, without their line ends. */
  private linesOf(from: number, to: number): string[] {
    if (to <= from) return [];
    const startOffset = this.text.offsetAt({ line: from, character: 0 });
    const endOffset = to >= this.text.lineCount ? this.text.getText().length : this.text.offsetAt({ line: to, character: 0 });
    // Copies, not slices: a slice would keep this version's whole text alive as long as the line lives.
    const lines = splitLines(this.text.getText().slice(startOffset, endOffset)).map(detach);
    if (to < this.text.lineCount) lines.pop(); // the chunk ends with a line end: no line after it
    return lines;
  }

  articles(): Article[] {
    if (this.articlesMemo?.version !== this.version) this.articlesMemo = { version: this.version, articles: articlesOf(this.dump) };
    return this.articlesMemo.articles;
  }

  /**
   * The analysis with the stages a feature needs (the others empty). Each stage is memoised per
   * document version and `key` (the settings it depends on), so a keystroke that only needs the
   * outline and the duplicates never waits for entity recognition. Undefined when cancelled.
   */
  analysis(stages: readonly Stage[], options: Partial<AnalysisOptions>, key: string, token?: CancellationToken): DumpAnalysis | undefined {
    // The same object for the same question, so what features derive from it can be memoised too.
    const memoKey = `${this.version}|${stages.join()}|${key}`;
    if (this.assembled?.key === memoKey) return this.assembled.analysis;
    const base = analyzeDocument(this.dump, { entities: false, dates: false, diagnostics: false, file: this.uri, uri: this.uri }, token);
    if (!base) return undefined;
    base.articles = this.articles();
    for (const stage of stages) {
      const memo = this.stageMemo.get(stage);
      if (memo && memo.version === this.version && memo.key === key) {
        (base[stage] as unknown[]) = memo.value;
        continue;
      }
      const only = { entities: stage === "entities", dates: stage === "dates", diagnostics: stage === "diagnostics" };
      const result = analyzeDocument(this.dump, { ...options, ...only, file: this.uri, uri: this.uri }, token);
      if (!result) return undefined;
      this.stageMemo.set(stage, { version: this.version, key, value: result[stage] });
      (base[stage] as unknown[]) = result[stage];
    }
    this.assembled = { key: memoKey, analysis: base };
    return base;
  }
}

/**
 * Applies one ranged change. The library's incremental line index miscounts when a `\r` meets a
 * `\n` across the edit's border (`\r` + `\n` is one line end); those rare edits rebuild the index.
 */
function updateText(doc: TextDocument, change: { range: { start: Position; end: Position }; text: string }, version: number): TextDocument {
  const text = doc.getText();
  const start = doc.offsetAt(change.range.start);
  const end = doc.offsetAt(change.range.end);
  const crossesLineEnd = change.text.includes("\r") || text.charCodeAt(start - 1) === 13 || text.charCodeAt(end) === 10;
  if (!crossesLineEnd) return TextDocument.update(doc, [change], version);
  return TextDocument.create(doc.uri, doc.languageId, version, text.slice(0, start) + change.text + text.slice(end));
}

export class OpenDumps {
  private readonly byUri = new Map<string, OpenDump>();

  open(uri: string, languageId: string, version: number, text: string): OpenDump {
    const dump = new OpenDump(TextDocument.create(uri, languageId, version, text));
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
}
