// The places map's host: an editor tab beside the dump with the world map webview
// (client/webviews/placesMap.ts), fed by the server's `newsLens/placesMap`; a click on a place
// asks the server for its hover card and mentions.

import * as vscode from "vscode";
import { requests, type ScopedViewParams } from "../../../server/src/protocol";
import { GraphicView } from "./graphicView";
import type { FromView, Shown, ToView } from "./messages";

export class PlacesMapPanel extends GraphicView {
  private panel: vscode.WebviewPanel | undefined;

  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      return;
    }
    this.panel = vscode.window.createWebviewPanel(
      "newsLens.placesMap",
      "Places Map",
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      GraphicView.panelOptions,
    );
    this.panel.iconPath = this.icon;
    this.panel.onDidDispose(() => (this.panel = undefined));
    this.attach(this.panel.webview, this.panel.onDidDispose);
  }

  protected async fetch(params: ScopedViewParams, shown: Shown): Promise<ToView> {
    if (this.panel) this.panel.title = `Places Map · ${shown.dump}`;
    return { type: "places", data: await this.client.sendRequest(requests.placesMap, params), ...shown };
  }

  protected nothing(shown: Shown): ToView {
    return { type: "places", data: { places: [], unlocated: [] }, ...shown };
  }

  protected async handle(message: FromView): Promise<void> {
    const uri = this.dump.uri();
    if (message.type !== "entity" || !uri) return;
    const details = await this.client.sendRequest(requests.entityDetails, { uri, type: message.entityType, names: message.names, ...this.scope() });
    this.post({ type: "details", title: message.title, details });
  }
}
