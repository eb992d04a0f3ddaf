// The status bar says when the active dump gets only its Outline (over newsLens.maxFileSizeMB, or
// its first analysis cancelled), and clicking it opens the setting.

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { notifications } from "../../server/src/protocol";
import { activeTabUri } from "./largeFiles";

export function registerSizeLimit(context: vscode.ExtensionContext, client: LanguageClient): void {
  const limited = new Map<string, string>();
  const item = vscode.window.createStatusBarItem("newsLens.sizeLimit", vscode.StatusBarAlignment.Right, 100);
  item.name = "News Lens size limit";
  item.text = "$(warning) News Lens: Outline only";
  item.command = { title: "Open the setting", command: "workbench.action.openSettings", arguments: ["newsLens.maxFileSizeMB"] };
  const show = () => {
    // The tab, not the editor: a file over 50 MB has no editor the extension sees.
    const message = limited.get(activeTabUri()?.toString() ?? "");
    if (message) {
      item.tooltip = message;
      item.show();
    } else item.hide();
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(show),
    vscode.window.tabGroups.onDidChangeTabs(show),
    client.onNotification(notifications.sizeLimit, ({ uri, limited: on, message }) => {
      if (on) limited.set(uri, message);
      else limited.delete(uri);
      show();
    }),
  );
}
