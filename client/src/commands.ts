// Commands of the palette.

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { LANGUAGE_ID } from "./autoDetect";

export function registerCommands(context: vscode.ExtensionContext, _client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand("newsLens.treatAsDump", async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage("News Lens: open a text file first.");
        return;
      }
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }),
  );
}
