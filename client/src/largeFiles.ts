// Files over 50 MB: VS Code shows them but does not hand them to extensions (no TextDocument, no
// didOpen for the server). When the active tab shows such a .txt file, the server is asked to read
// it from disk (`newsLens/openLargeFile`); it answers the Outline, which the Large Dump Outline
// view shows, and keeps the file for the other views until its last tab closes.

import * as vscode from "vscode";
import { type DocumentSymbol, DocumentSymbolRequest, type LanguageClient, LSPErrorCodes, ResponseError, State } from "vscode-languageclient/node";
import { notifications, requests } from "../../server/src/protocol";

/** VS Code's limit for handing a file to extensions (in characters; a file has at least as many bytes). */
const SYNC_LIMIT = 50 * 1024 * 1024;

/** The file of the active editor tab, also when VS Code does not hand it to extensions. */
export function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText ? input.uri : undefined;
}

const synced = (uri: string) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri);
const inSomeTab = (uri: string) =>
  vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri));

export class LargeFiles implements vscode.Disposable {
  private readonly outlines = new Map<string, DocumentSymbol[]>();
  private readonly loading = new Map<string, vscode.CancellationTokenSource>();
  private readonly told = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** The active tab changed, or a large file was read or closed. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    const tabsChanged = () => {
      this.closeGone();
      void this.readActive();
      this.update();
    };
    this.subscriptions = [
      // Another layout found other articles in a file read from disk: its Outline is asked for again.
      client.onNotification(notifications.articlesChanged, ({ uri }) => void this.reloadOutline(uri)),
      vscode.window.tabGroups.onDidChangeTabs(tabsChanged),
      vscode.window.tabGroups.onDidChangeTabGroups(tabsChanged),
      // A restarted server knows no file read from disk: read the active one again.
      client.onDidChangeState(({ oldState, newState }) => {
        if (oldState !== State.Starting || newState !== State.Running) return;
        this.outlines.clear();
        tabsChanged();
      }),
    ];
    tabsChanged();
  }

  /** The active tab's file and its Outline, when it is a large dump the server read from disk. */
  active(): { uri: string; outline: DocumentSymbol[] } | undefined {
    const uri = activeTabUri()?.toString();
    const outline = uri === undefined || synced(uri) ? undefined : this.outlines.get(uri);
    return uri !== undefined && outline ? { uri, outline } : undefined;
  }

  has(uri: string): boolean {
    return this.outlines.has(uri);
  }

  private update(): void {
    void vscode.commands.executeCommand("setContext", "newsLens.largeDumpActive", this.active() !== undefined);
    this.changed.fire();
  }

  private async readActive(): Promise<void> {
    const uri = activeTabUri();
    const key = uri?.toString();
    if (!uri || !key || uri.scheme !== "file" || !/\.txt$/i.test(uri.path) || this.outlines.has(key) || this.loading.has(key) || synced(key)) return;
    const source = new vscode.CancellationTokenSource();
    this.loading.set(key, source);
    try {
      const size = await vscode.workspace.fs.stat(uri).then(
        (s) => s.size,
        () => 0,
      );
      if (size <= SYNC_LIMIT || synced(key)) return;
      const outline = await this.client.sendRequest(requests.openLargeFile, { uri: key }, source.token);
      if (!outline) return;
      if (!inSomeTab(key)) {
        // Closed while it was being read.
        void this.client.sendNotification(notifications.closeLargeFile, { uri: key });
        return;
      }
      this.outlines.set(key, outline);
      if (!this.told.has(key)) {
        this.told.add(key);
        const name = uri.path.split("/").pop();
        void vscode.window.showInformationMessage(
          `News Lens: ${name} is over 50 MB, which VS Code does not hand to extensions, so News Lens reads it from disk, read-only. Its articles are in the Large Dump Outline view.`,
        );
      }
      this.update();
    } catch (e) {
      if (!(e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled))
        void vscode.window.showWarningMessage(`News Lens: ${(e as Error).message}`);
    } finally {
      this.loading.delete(key);
      source.dispose();
    }
  }

  private async reloadOutline(uri: string): Promise<void> {
    if (!this.outlines.has(uri)) return;
    const outline = await this.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }).catch(() => undefined);
    if (!outline || !this.outlines.has(uri)) return;
    this.outlines.set(uri, outline as DocumentSymbol[]);
    this.update();
  }

  /** Lets the server drop the files whose last tab closed (or stop reading them). */
  private closeGone(): void {
    for (const [uri, source] of this.loading) if (!inSomeTab(uri)) source.cancel();
    for (const uri of [...this.outlines.keys()]) {
      if (inSomeTab(uri)) continue;
      this.outlines.delete(uri);
      void this.client.sendNotification(notifications.closeLargeFile, { uri });
    }
  }

  dispose(): void {
    for (const source of this.loading.values()) source.cancel();
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
