// The dump the graphic views show: the last news dump in an editor (a webview panel taking the
// focus does not change it) or the large file the server read from disk; where its cursor is;
// and when it changes: edits, the user's corrections, the cursor, a span brushed on the chart.

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { type DaySpan, requests } from "../../../server/src/protocol";
import { LANGUAGE_ID } from "../autoDetect";
import type { LargeFiles } from "../largeFiles";

/** What changed: the dump shown, its text or corrections (debounce), the cursor, the brushed span. */
export type DumpChange = "dump" | "content" | "cursor" | "span";

export class ActiveDump implements vscode.Disposable {
  private editorUri: string | undefined;
  private cursorLine: number | undefined;
  private brushed: DaySpan | undefined;
  private readonly changed = new vscode.EventEmitter<DumpChange>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly client: LanguageClient,
    private readonly largeFiles: LargeFiles,
  ) {
    const follow = (editor: vscode.TextEditor | undefined) => {
      if (editor?.document.languageId !== LANGUAGE_ID) return false;
      const uri = editor.document.uri.toString();
      const moved = uri !== this.editorUri;
      this.editorUri = uri;
      this.cursorLine = editor.selection.active.line;
      return moved;
    };
    follow(vscode.window.activeTextEditor);
    // Corrections are files beside the dump and in .newslens/: the server hears of them too.
    const corrections = [
      vscode.workspace.createFileSystemWatcher("**/*.annotations.json"),
      vscode.workspace.createFileSystemWatcher("**/.newslens/lexicon.json"),
    ];
    this.subscriptions.push(
      this.changed,
      ...corrections,
      ...corrections.flatMap((w) => [w.onDidChange, w.onDidCreate, w.onDidDelete].map((on) => on(() => this.changed.fire("content")))),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (follow(editor)) this.spanCleared("dump");
      }),
      vscode.workspace.onDidOpenTextDocument(() => {
        // a plain-text file switched to News Dump after it opened
        if (follow(vscode.window.activeTextEditor)) this.spanCleared("dump");
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document.uri.toString() !== this.editorUri) return;
        this.cursorLine = e.selections[0]?.active.line;
        this.changed.fire("cursor");
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.uri() && e.contentChanges.length) this.changed.fire("content");
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        const uri = doc.uri.toString();
        if (uri !== this.editorUri) return;
        // A language switch closes the document and opens it again under the same name: still shown.
        if (vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri)) return;
        if (vscode.workspace.textDocuments.some((d) => d !== doc && d.uri.toString() === uri && d.languageId === LANGUAGE_ID)) return;
        this.editorUri = undefined;
        this.spanCleared("dump");
      }),
      largeFiles.onDidChange(() => this.spanCleared("dump")),
    );
  }

  /** The dump shown: a large file whose tab is active, else the last dump in an editor. */
  uri(): string | undefined {
    return this.largeFiles.active()?.uri ?? this.editorUri;
  }

  /** The file name, for the views' titles. */
  name(): string | undefined {
    const uri = this.uri();
    return uri ? decodeURIComponent(uri.slice(uri.lastIndexOf("/") + 1)) : undefined;
  }

  /** The article under the cursor (a large file has no cursor the extension sees: none). */
  async article(): Promise<number | undefined> {
    const uri = this.uri();
    if (!uri || uri !== this.editorUri || this.largeFiles.active() || this.cursorLine === undefined) return undefined;
    return (await this.client.sendRequest(requests.articleAt, { uri, line: this.cursorLine })) ?? undefined;
  }

  /** The span of days brushed on the timeline chart; it filters the map, the graph and the News Timeline. */
  span(): DaySpan | undefined {
    return this.brushed;
  }

  setSpan(span: DaySpan | undefined): void {
    if (span?.from === this.brushed?.from && span?.to === this.brushed?.to) return;
    this.brushed = span;
    this.changed.fire("span");
  }

  /** Another dump: a span brushed on the last one's chart means nothing here. */
  private spanCleared(change: DumpChange): void {
    this.brushed = undefined;
    this.changed.fire(change);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
