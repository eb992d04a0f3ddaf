// A tree view over server data for the active dump (in an editor, or a large file the server read
// from disk), refreshed on edits and editor changes, and optionally scoped to the article under the
// cursor (a context key drives the title-bar toggle).

import * as vscode from "vscode";
import type { LanguageClient, Location, RequestType } from "vscode-languageclient/node";
import { requests, type ViewParams } from "../../../server/src/protocol";
import { LANGUAGE_ID } from "../autoDetect";
import type { LargeFiles } from "../largeFiles";

/** The arguments of the reveal command for a location the server gave. */
export function revealArgs(location: Location): [string, Location["range"]] {
  return [location.uri, location.range];
}

export abstract class ArticleScopedView<Item, Node> implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  protected items: Item[] = [];
  private scoped = false;
  private article: number | null = null;
  private timer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly client: LanguageClient,
    private readonly largeFiles: LargeFiles,
    private readonly request: RequestType<ViewParams, Item[], void>,
    private readonly scopeContextKey: string,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      largeFiles.onDidChange(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.schedule(500)),
      vscode.window.onDidChangeTextEditorSelection(() => this.scoped && this.schedule(150)),
      vscode.workspace.onDidOpenTextDocument(() => this.schedule()),
    );
    void vscode.commands.executeCommand("setContext", scopeContextKey, false);
    this.schedule();
  }

  setScoped(scoped: boolean): void {
    this.scoped = scoped;
    void vscode.commands.executeCommand("setContext", this.scopeContextKey, scoped);
    this.schedule();
  }

  /** The data the view shows now (also what tests read through the `newsLens.viewData` command). */
  data(): Item[] {
    return this.items;
  }

  refresh(): Promise<void> {
    return this.load();
  }

  private schedule(delay = 50): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), delay);
  }

  private async load(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const inEditor = editor?.document.languageId === LANGUAGE_ID ? editor : undefined;
    const uri = this.largeFiles.active()?.uri ?? inEditor?.document.uri.toString();
    if (!uri) {
      this.items = [];
    } else {
      // A large file has no editor the extension sees, so no cursor: the whole dump.
      this.article =
        this.scoped && inEditor?.document.uri.toString() === uri
          ? await this.client.sendRequest(requests.articleAt, { uri, line: inEditor.selection.active.line })
          : null;
      this.items = await this.client.sendRequest(this.request, { uri, ...(this.article !== null ? { article: this.article } : {}) });
    }
    this.changed.fire(undefined);
  }

  abstract getChildren(node?: Node): Node[];
  abstract getTreeItem(node: Node): vscode.TreeItem;

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
