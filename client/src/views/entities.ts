// The Entities view: people, organisations and places of the active dump by mention count,
// optionally only those of the article under the cursor. Fed by the server's `newsLens/entities`.

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { commands, type EntityItem, requests } from "../../../server/src/protocol";
import { ENTITY_TYPES } from "../../../server/src/vocabulary/entityTypes";
import type { LargeFiles } from "../largeFiles";
import { ArticleScopedView, revealArgs } from "./scoped";

const GROUPS = ENTITY_TYPES.map((t) => ({ type: t.id, label: t.plural, icon: t.icon }));

type Node =
  | { kind: "group"; type: EntityItem["type"]; label: string; icon: string; items: EntityItem[] }
  | { kind: "entity"; item: EntityItem }
  | { kind: "mention"; item: EntityItem; index: number };

export class EntitiesView extends ArticleScopedView<EntityItem, Node> {
  constructor(client: LanguageClient, largeFiles: LargeFiles) {
    super(client, largeFiles, requests.entities, "newsLens.entities.scoped");
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return GROUPS.map((g) => ({ kind: "group" as const, ...g, items: this.items.filter((i) => i.type === g.type) })).filter((g) => g.items.length > 0);
    }
    if (node.kind === "group") return node.items.map((item) => ({ kind: "entity" as const, item }));
    if (node.kind === "entity") return node.item.mentions.slice(0, 200).map((_, index) => ({ kind: "mention" as const, item: node.item, index }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === "group") {
      const t = new vscode.TreeItem(`${node.label} (${node.items.length})`, vscode.TreeItemCollapsibleState.Expanded);
      t.iconPath = new vscode.ThemeIcon(node.icon);
      return t;
    }
    if (node.kind === "entity") {
      const { item } = node;
      const t = new vscode.TreeItem(item.name, vscode.TreeItemCollapsibleState.Collapsed);
      t.description = `${item.count}× · ${item.articles.length} article${item.articles.length === 1 ? "" : "s"}`;
      t.tooltip = new vscode.MarkdownString(
        `**${item.name}** (${item.type})\n\nAlso written: ${item.aliases.filter((a) => a !== item.name).join(", ") || "—"}`,
      );
      t.command = { title: "Reveal first mention", command: commands.revealLocation, arguments: revealArgs(item.mentions[0]!) };
      t.contextValue = "entity";
      return t;
    }
    const m = node.item.mentions[node.index]!;
    const t = new vscode.TreeItem(`line ${m.range.start.line + 1}`, vscode.TreeItemCollapsibleState.None);
    t.command = { title: "Reveal mention", command: commands.revealLocation, arguments: revealArgs(m) };
    return t;
  }
}
