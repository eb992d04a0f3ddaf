// The timeline chart's host: a webview view above the News Timeline in the News Lens sidebar
// (client/webviews/timelineChart.ts), fed by the server's `newsLens/timelineChart`. A span
// brushed on it filters the News Timeline list, the places map and the entity graph; a click on
// a bar reveals its first dated mention.

import * as vscode from "vscode";
import { requests, type ScopedViewParams, type TimelineChartParams, type TimelineItem } from "../../../server/src/protocol";
import type { TimelineView } from "../views/timeline";
import type { ActiveDump } from "./activeDump";
import { GraphicView } from "./graphicView";
import type { FromView, Shown, ToView } from "./messages";

export class TimelineChartView extends GraphicView implements vscode.WebviewViewProvider {
  private unit: TimelineChartParams["unit"] = "auto";

  resolveWebviewView(view: vscode.WebviewView): void {
    this.attach(view.webview, view.onDidDispose);
    view.onDidChangeVisibility(() => view.visible && this.schedule(0));
  }

  protected async fetch(params: ScopedViewParams, shown: Shown): Promise<ToView> {
    // The chart shows every date of its scope; the span brushed on it is drawn over them.
    const { span: _brushed, ...scope } = params;
    return { type: "chart", data: await this.client.sendRequest(requests.timelineChart, { ...scope, unit: this.unit }), unit: this.unit, ...shown };
  }

  protected nothing(shown: Shown): ToView {
    return { type: "chart", data: { unit: "day", bins: [], counted: 0, coarser: 0, outside: 0 }, unit: this.unit, ...shown };
  }

  protected async handle(message: FromView): Promise<void> {
    if (message.type === "brush") this.dump.setSpan(message.span);
    else if (message.type === "chartUnit") {
      this.unit = message.unit;
      await this.load();
    }
  }
}

/** Whether a date value (YYYY, YYYY-MM or YYYY-MM-DD) shares a day with a span: ISO prefixes compare as strings. */
function inSpan(value: string, span: { from: string; to: string }): boolean {
  return value >= span.from.slice(0, value.length) && value <= span.to.slice(0, value.length);
}

/** The News Timeline list, showing only the dates of the span brushed on the chart (when there is one). */
export class SpanFilteredTimeline implements vscode.TreeDataProvider<TimelineItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TimelineItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly list: TimelineView,
    private readonly dump: ActiveDump,
  ) {
    this.subscriptions = [
      this.changed,
      list.onDidChangeTreeData(() => this.changed.fire(undefined)),
      dump.onDidChange((change) => change === "span" && this.changed.fire(undefined)),
    ];
  }

  /** Says in the list's header which span it shows. */
  describeIn(view: vscode.TreeView<TimelineItem>): void {
    const describe = () => {
      const span = this.dump.span();
      view.message = span
        ? `Only ${span.from === span.to ? span.from : `${span.from} – ${span.to}`}, brushed on the chart (Esc on the chart shows all)`
        : undefined;
    };
    this.subscriptions.push(this.dump.onDidChange(describe));
  }

  getChildren(node?: TimelineItem): TimelineItem[] {
    const items = this.list.getChildren(node);
    const span = this.dump.span();
    return span ? items.filter((item) => inSpan(item.value, span)) : items;
  }

  getTreeItem(item: TimelineItem): vscode.TreeItem {
    return this.list.getTreeItem(item);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
