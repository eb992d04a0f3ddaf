// The entity graph's host: an editor tab beside the dump with the force-directed graph webview
// (client/webviews/entityGraph.ts), fed by the server's `newsLens/entityGraph` with the filters
// the webview sets (by article or sentence, types, minimum weight, top N); a click on a node asks
// for its hover card and mentions, a click on an edge for the sentences that join its two ends.

import { type GraphSettings, requests, type ScopedViewParams } from "../../../server/src/protocol";
import { PanelView } from "./graphicView";
import type { FromView, Shown, ToView } from "./messages";

export class EntityGraphPanel extends PanelView {
  /** The filters the user set in the webview (the server's defaults until then). */
  private settings: GraphSettings = {};

  protected async fetch(params: ScopedViewParams, shown: Shown): Promise<ToView> {
    this.titled(shown);
    const data = await this.client.sendRequest(requests.entityGraph, { ...params, ...this.settings });
    return { type: "graph", data, ...shown };
  }

  protected nothing(shown: Shown): ToView {
    const settings = { unit: "article" as const, types: [], minWeight: 1, top: 0, ...this.settings };
    return { type: "graph", data: { unit: settings.unit, nodes: [], edges: [], allEdges: 0, entities: 0, settings }, ...shown };
  }

  protected async handle(message: FromView): Promise<void> {
    const uri = this.dump.uri();
    if (message.type === "graphSettings") {
      this.settings = message.settings;
      await this.load();
    } else if (message.type === "entity" && uri) {
      const details = await this.client.sendRequest(requests.entityDetails, { uri, type: message.entityType, names: message.names, ...this.scope() });
      this.post({ type: "details", title: message.title, details });
    } else if (message.type === "edge" && uri) {
      const sentences = await this.client.sendRequest(requests.edgeDetails, {
        uri,
        source: message.source,
        target: message.target,
        ...(this.settings.unit ? { unit: this.settings.unit } : {}),
        ...this.scope(),
      });
      this.post({ type: "sentences", title: message.title, sentences });
    }
  }
}
