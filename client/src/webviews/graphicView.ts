// What the three graphic views' hosts share: the webview's page (strict content security policy,
// the bundled script and stylesheet from the extension's dist/webviews/), reloading the data
// when the dump, its text, its corrections, the cursor (when scoped) or the brushed span change
// (debounced), redrawing on a theme change, and revealing a clicked mention in the dump's editor.

import { randomBytes } from "node:crypto";
import * as vscode from "vscode";
import type { LanguageClient, Range } from "vscode-languageclient/node";
import { commands, type DaySpan, type ScopedViewParams } from "../../../server/src/protocol";
import type { ActiveDump, DumpChange } from "./activeDump";
import type { FromView, Shown, ToView } from "./messages";

/** Quiet time after an edit or a correction before the views ask again. */
const AFTER_EDIT_MS = 500;

export abstract class GraphicView implements vscode.Disposable {
  private webview: vscode.Webview | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  protected scoped = false;
  /** The last message of data sent to the webview (what tests read). */
  last: ToView | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    protected readonly client: LanguageClient,
    protected readonly dump: ActiveDump,
    protected readonly extensionUri: vscode.Uri,
    /** The bundle in dist/webviews/ and the page's title. */
    protected readonly script: string,
    private readonly title: string,
  ) {
    this.subscriptions.push(
      dump.onDidChange((change) => this.changed(change)),
      vscode.window.onDidChangeActiveColorTheme(() => this.post({ type: "theme" })),
    );
  }

  /** Shows the view in `webview` (a panel's or a sidebar view's); `gone` fires when it closes. */
  protected attach(webview: vscode.Webview, gone: vscode.Event<void>): void {
    const root = vscode.Uri.joinPath(this.extensionUri, "dist", "webviews");
    webview.options = { enableScripts: true, localResourceRoots: [root] };
    const nonce = randomBytes(16).toString("base64");
    const asset = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(root, file)).toString();
    webview.html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource} data:; font-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset("views.css")}">
<title>${this.title}</title>
</head>
<body>
<script nonce="${nonce}" src="${asset(`${this.script}.js`)}"></script>
</body>
</html>`;
    this.webview = webview;
    const listener = webview.onDidReceiveMessage((message: FromView) => void this.receive(message));
    const closed = gone(() => {
      listener.dispose();
      closed.dispose();
      if (this.webview === webview) this.webview = undefined;
    });
  }

  get visible(): boolean {
    return this.webview !== undefined;
  }

  /** Sends the data of the dump (or says there is none) for the scope the view is in. */
  async load(): Promise<void> {
    if (!this.webview) return;
    const generation = ++this.generation;
    const uri = this.dump.uri();
    const article = uri && this.scoped ? await this.dump.article() : undefined;
    const span = this.dump.span();
    const shown: Shown = {
      ...(uri ? { dump: this.dump.name() } : {}),
      scoped: this.scoped,
      ...(article !== undefined ? { article } : {}),
      ...(span ? { span } : {}),
    };
    const message = uri ? await this.fetch({ uri, ...(article !== undefined ? { article } : {}), ...(span ? { span } : {}) }, shown) : this.nothing(shown);
    // an answer overtaken by a later request is dropped
    if (generation !== this.generation) return;
    this.last = message;
    this.post(message);
  }

  /** The data message for a dump and scope. */
  protected abstract fetch(params: ScopedViewParams, shown: Shown): Promise<ToView>;
  /** The data message when no dump is open. */
  protected abstract nothing(shown: Shown): ToView;

  /** Messages only this view sends. */
  protected abstract handle(message: FromView): Promise<void>;

  private changed(change: DumpChange): void {
    if (change === "cursor" && !this.scoped) return;
    this.schedule(change === "content" ? AFTER_EDIT_MS : change === "cursor" ? 150 : 30);
  }

  protected schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load().catch(() => undefined), delay);
  }

  protected post(message: ToView): void {
    void this.webview?.postMessage(message);
  }

  private async receive(message: FromView): Promise<void> {
    if (message.type === "ready") await this.load();
    else if (message.type === "scope") {
      this.scoped = message.scoped;
      await this.load();
    } else if (message.type === "reveal") await reveal(message.location.uri, message.location.range);
    else if (message.type === "clearSpan") this.dump.setSpan(undefined);
    else await this.handle(message);
  }

  /** The scope of the data shown last (for a click's details). */
  protected scope(): { article?: number; span?: DaySpan } {
    const shown = this.last && "scoped" in this.last ? this.last : undefined;
    return { ...(shown?.article !== undefined ? { article: shown.article } : {}), ...(shown?.span ? { span: shown.span } : {}) };
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}

/**
 * Shows a mention in the dump's editor: in the column it is already visible in (not over the
 * map or graph panel that asked); otherwise as the reveal command does.
 */
async function reveal(uri: string, range: Range): Promise<void> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  if (!visible) {
    await vscode.commands.executeCommand(commands.revealLocation, uri, range);
    return;
  }
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(visible.document, { viewColumn: visible.viewColumn, preview: false });
  editor.selection = new vscode.Selection(r.start, r.end);
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** A graphic view in an editor tab beside the dump (the map, the graph), opened by a command. */
export abstract class PanelView extends GraphicView {
  private panel: vscode.WebviewPanel | undefined;

  constructor(
    client: LanguageClient,
    dump: ActiveDump,
    extensionUri: vscode.Uri,
    script: string,
    private readonly tabTitle: string,
  ) {
    super(client, dump, extensionUri, script, tabTitle);
  }

  /** Opens the tab, or brings it to the front. */
  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      `newsLens.${this.script}`,
      this.tabTitle,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        // the tab keeps its page while another covers it: the zoom, the layout and what was chosen
        retainContextWhenHidden: true,
      },
    );
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, "media", "news-lens.svg");
    panel.onDidDispose(() => (this.panel = undefined));
    this.panel = panel;
    this.attach(panel.webview, panel.onDidDispose);
  }

  /** The tab's title names the dump it shows. */
  protected titled(shown: Shown): void {
    if (this.panel) this.panel.title = shown.dump ? `${this.tabTitle} · ${shown.dump}` : this.tabTitle;
  }
}
