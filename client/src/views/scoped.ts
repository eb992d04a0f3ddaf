// A tree view over server data for the active dump, refreshed on edits and editor changes, and
// optionally scoped to the article under the cursor (a context key drives the title-bar toggle).

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { LANGUAGE_ID } from "../autoDetect";

export interface ServerLocation {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export function revealArgs(location: ServerLocation): [string, ServerLocation["range"]] {
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
    private readonly request: string,
    private readonly scopeContextKey: string,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
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
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      this.items = [];
    } else {
      const uri = doc.uri.toString();
      this.article = this.scoped
        ? await this.client.sendRequest<number | null>("newsLens/articleAt", { uri, line: vscode.window.activeTextEditor!.selection.active.line })
        : null;
      this.items = await this.client.sendRequest<Item[]>(this.request, { uri, ...(this.article !== null ? { article: this.article } : {}) });
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
