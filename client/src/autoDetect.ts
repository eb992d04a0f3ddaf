// Switches plain-text documents to `newsdump` when they match `newsLens.files` or, with
// `newsLens.autoDetect`, when the server says their first 64 KB look like a news dump.

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { requests } from "../../server/src/protocol";

export const LANGUAGE_ID = "newsdump";
const SAMPLE_CHARS = 65536;

export function registerAutoDetect(context: vscode.ExtensionContext, client: LanguageClient): void {
  const consider = async (doc: vscode.TextDocument) => {
    if (doc.languageId !== "plaintext" || doc.isClosed) return;
    const config = vscode.workspace.getConfiguration("newsLens", doc.uri);
    const patterns = config.get<string[]>("files", []);
    const matched = patterns.some((p) => vscode.languages.match({ pattern: p }, doc) > 0);
    const detected =
      !matched && config.get<boolean>("autoDetect", true) && (await client.sendRequest(requests.looksLikeDump, { text: doc.getText().slice(0, SAMPLE_CHARS) }));
    if ((matched || detected) && !doc.isClosed && doc.languageId === "plaintext") {
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => void consider(doc)));
  for (const doc of vscode.workspace.textDocuments) void consider(doc);
}
