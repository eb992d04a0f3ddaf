// The Timeline view: the dated events of the active dump (or article) in calendar order, each
// with the sentence it comes from. Fed by the server's `newsLens/timeline`.

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { commands, requests, type TimelineItem } from "../../../server/src/protocol";
import type { LargeFiles } from "../largeFiles";
import { ArticleScopedView, revealArgs } from "./scoped";

export class TimelineView extends ArticleScopedView<TimelineItem, TimelineItem> {
  constructor(client: LanguageClient, largeFiles: LargeFiles) {
    super(client, largeFiles, requests.timeline, "newsLens.timeline.scoped");
  }

  getChildren(node?: TimelineItem): TimelineItem[] {
    return node ? [] : this.items;
  }

  getTreeItem(item: TimelineItem): vscode.TreeItem {
    const t = new vscode.TreeItem(item.label, vscode.TreeItemCollapsibleState.None);
    t.description = item.sentence;
    t.tooltip = new vscode.MarkdownString(`**${item.label}** (\`${item.value}\`) — “${item.text}”\n\n${item.sentence}\n\n*${item.headline}*`);
    t.iconPath = new vscode.ThemeIcon("calendar");
    t.command = { title: "Reveal", command: commands.revealLocation, arguments: revealArgs(item.location) };
    return t;
  }
}
