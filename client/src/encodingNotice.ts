// A dump the editor decoded with the wrong encoding (the server finds it full of U+FFFD): the user
// is told once, with the way out, VS Code's "Reopen with Encoding" (the encoding picker).

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { notifications } from "../../server/src/protocol";

const REOPEN = "Reopen with Encoding";

export function registerEncodingNotice(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    client.onNotification(notifications.misdecoded, async ({ uri, message }) => {
      const choice = await vscode.window.showWarningMessage(`News Lens: ${message}`, REOPEN);
      if (choice !== REOPEN) return;
      // The picker acts on the active editor: show the document first.
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: false });
      await vscode.commands.executeCommand("workbench.action.editor.changeEncoding");
    }),
  );
}
