// "News Lens: Set Dump Layout…": shows how the active dump's articles are found and lets the user
// choose another layout (`newsLens.layout`) when the inferred one is wrong. The server re-reads
// the open dumps under the new setting.

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { requests } from "../../server/src/protocol";
import { LAYOUT_NAMES, LAYOUTS, type LayoutName } from "../../server/src/vocabulary/settings";
import { LANGUAGE_ID } from "./autoDetect";
import type { LargeFiles } from "./largeFiles";

export function registerLayoutCommand(context: vscode.ExtensionContext, client: LanguageClient, largeFiles: LargeFiles): void {
  context.subscriptions.push(
    vscode.commands.registerCommand("newsLens.setLayout", async () => {
      const doc = vscode.window.activeTextEditor?.document;
      const uri = doc?.languageId === LANGUAGE_ID ? doc.uri.toString() : largeFiles.active()?.uri;
      const info = uri ? await client.sendRequest(requests.layout, { uri }) : null;
      const config = vscode.workspace.getConfiguration("newsLens");
      const current = config.get<LayoutName>("layout", "auto");
      const picks = LAYOUT_NAMES.map((name) => ({
        name,
        label: `${name === current ? "$(check) " : ""}${name}`,
        description: name === "auto" && info ? `inferred: ${info.inferred}` : undefined,
        detail: LAYOUTS[name],
      }));
      const pick = await vscode.window.showQuickPick(picks, {
        title: "News Lens: how articles are found",
        placeHolder: info ? `This dump: ${info.description}` : "The layout of the news dumps of this workspace",
        matchOnDetail: true,
      });
      if (!pick || pick.name === current) return;
      // The workspace's setting when there is a workspace (its dumps come from the same tools), else the user's.
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await config.update("layout", pick.name, target);
    }),
  );
}
