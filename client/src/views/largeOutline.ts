// The Outline of a dump over 50 MB, which the built-in Outline cannot show (VS Code does not hand
// such files to extensions): its articles, with date and dateline, and their sections, as the
// server read them from disk. Clicking one opens the file at that line.

import * as vscode from "vscode";
import type { DocumentSymbol } from "vscode-languageclient/node";
import type { LargeFiles } from "../largeFiles";

/** Articles per group: the workbench takes seconds to draw tens of thousands of rows at one level. */
const GROUP_SIZE = 1000;

type Node = { uri: string } & ({ kind: "group"; first: number; symbols: DocumentSymbol[] } | { kind: "symbol"; symbol: DocumentSymbol });

export class LargeOutlineView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly largeFiles: LargeFiles) {
    this.subscription = largeFiles.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: Node): Node[] {
    const symbols = (uri: string, list: DocumentSymbol[]): Node[] => list.map((symbol) => ({ kind: "symbol", uri, symbol }));
    if (node) return node.kind === "group" ? symbols(node.uri, node.symbols) : symbols(node.uri, node.symbol.children ?? []);
    const active = this.largeFiles.active();
    if (!active) return [];
    const { uri, outline } = active;
    if (outline.length <= GROUP_SIZE) return symbols(uri, outline);
    const groups: Node[] = [];
    for (let first = 0; first < outline.length; first += GROUP_SIZE)
      groups.push({ kind: "group", uri, first, symbols: outline.slice(first, first + GROUP_SIZE) });
    return groups;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === "group") {
      const t = new vscode.TreeItem(`Articles ${node.first + 1}–${node.first + node.symbols.length}`, vscode.TreeItemCollapsibleState.Collapsed);
      t.description = node.symbols[0]!.name;
      return t;
    }
    const { symbol } = node;
    const t = new vscode.TreeItem(symbol.name, symbol.children?.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    t.description = symbol.detail;
    t.iconPath = new vscode.ThemeIcon(symbol.children ? "symbol-module" : "symbol-string");
    const { start, end } = symbol.selectionRange;
    // showTextDocument cannot open a file VS Code keeps from extensions; the workbench can, at a selection.
    const selection = new vscode.Range(start.line, start.character, end.line, end.character);
    t.command = { title: "Go to", command: "vscode.open", arguments: [vscode.Uri.parse(node.uri), { selection, preview: false }] };
    return t;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
