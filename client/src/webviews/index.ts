// The graphic views' registration: the places map and the entity graph (editor tabs opened by
// commands and from the Entities view's title bar), the timeline chart (a sidebar view above the
// News Timeline, whose list it filters), their export commands, and what tests read of them.

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { LargeFiles } from "../largeFiles";
import type { TimelineView } from "../views/timeline";
import { ActiveDump } from "./activeDump";
import { EntityGraphPanel } from "./entityGraph";
import { exportGraph, exportPlaces } from "./exports";
import { PlacesMapPanel } from "./placesMap";
import { SpanFilteredTimeline, TimelineChartView } from "./timelineChart";

export function registerGraphicViews(context: vscode.ExtensionContext, client: LanguageClient, largeFiles: LargeFiles, timeline: TimelineView): void {
  const dump = new ActiveDump(client, largeFiles);
  const map = new PlacesMapPanel(client, dump, context.extensionUri, "placesMap", "Places Map");
  const graph = new EntityGraphPanel(client, dump, context.extensionUri, "entityGraph", "Who Appears with Whom");
  const chart = new TimelineChartView(client, dump, context.extensionUri, "timelineChart", "Timeline Chart");
  const list = new SpanFilteredTimeline(timeline, dump);
  const listView = vscode.window.createTreeView("newsLens.timeline", { treeDataProvider: list });
  list.describeIn(listView);
  const views = { placesMap: map, entityGraph: graph, timelineChart: chart };
  context.subscriptions.push(
    dump,
    map,
    graph,
    chart,
    list,
    listView,
    vscode.window.registerWebviewViewProvider("newsLens.timelineChart", chart),
    vscode.commands.registerCommand("newsLens.showPlacesMap", () => map.show()),
    vscode.commands.registerCommand("newsLens.showEntityGraph", () => graph.show()),
    vscode.commands.registerCommand("newsLens.exportPlaces", () => exportPlaces(client, dump)),
    vscode.commands.registerCommand("newsLens.exportGraph", () => exportGraph(client, dump)),
    // What a graphic view drew last (after a fresh load), and the span brushed: for tests and other extensions.
    vscode.commands.registerCommand("newsLens.graphicViewData", async (view: keyof typeof views) => {
      await views[view].load();
      return views[view].last;
    }),
    vscode.commands.registerCommand("newsLens.timelineListData", () => list.getChildren()),
  );
}
