// The places map's host: an editor tab beside the dump with the world map webview
// (client/webviews/placesMap.ts), fed by the server's `newsLens/placesMap`; a click on a place
// asks the server for its hover card and mentions.

import { requests, type ScopedViewParams } from "../../../server/src/protocol";
import { PanelView } from "./graphicView";
import type { FromView, Shown, ToView } from "./messages";

export class PlacesMapPanel extends PanelView {
  protected async fetch(params: ScopedViewParams, shown: Shown): Promise<ToView> {
    this.titled(shown);
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
