// Commands of the palette, the views' title bars and the server's code actions.

import * as vscode from "vscode";
import type { LanguageClient, Location } from "vscode-languageclient/node";
import { commands, requests } from "../../server/src/protocol";
import { LANGUAGE_ID } from "./autoDetect";
import type { LargeFiles } from "./largeFiles";
import type { EntitiesView } from "./views/entities";
import type { TimelineView } from "./views/timeline";

export function registerCommands(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  entities: EntitiesView,
  timeline: TimelineView,
  largeFiles: LargeFiles,
): void {
  const reveal = async (uri: string, range: Location["range"]) => {
    const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    // showTextDocument cannot open a file VS Code keeps from extensions; the workbench can, at a selection.
    if (largeFiles.has(uri)) {
      await vscode.commands.executeCommand("vscode.open", vscode.Uri.parse(uri), { selection: r, preview: false });
      return;
    }
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: false });
    editor.selection = new vscode.Selection(r.start, r.end);
    editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand("newsLens.treatAsDump", async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage("News Lens: open a text file first.");
        return;
      }
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }),
    vscode.commands.registerCommand(commands.revealLocation, reveal),
    vscode.commands.registerCommand("newsLens.showDuplicates", async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || doc.languageId !== LANGUAGE_ID) {
        void vscode.window.showInformationMessage("News Lens: open a news dump first.");
        return;
      }
      const groups = await client.sendRequest(requests.duplicates, { uri: doc.uri.toString() });
      if (groups.length === 0) {
        void vscode.window.showInformationMessage("News Lens: no duplicate headlines or stories in this dump.");
        return;
      }
      const picks = groups.flatMap((g) =>
        g.copies.map((c, i) => ({
          label: `${i === 0 ? "$(file)" : "$(copy)"} ${c.headline}`,
          description: `line ${c.location.range.start.line + 1}`,
          detail:
            i === 0
              ? `${g.kind === "body" ? `similar story (${Math.round((g.similarity ?? 0) * 100)}%)` : `${g.kind} duplicate headline`}, ${g.count} copies${g.count > g.copies.length ? ` (the first ${g.copies.length} listed)` : ""}`
              : undefined,
          location: c.location,
        })),
      );
      const pick = await vscode.window.showQuickPick(picks, { placeHolder: "Duplicate groups: pick a copy to go to it", matchOnDescription: true });
      if (pick) await reveal(pick.location.uri, pick.location.range);
    }),
    vscode.commands.registerCommand("newsLens.entities.scopeToArticle", () => entities.setScoped(true)),
    vscode.commands.registerCommand("newsLens.entities.showAll", () => entities.setScoped(false)),
    vscode.commands.registerCommand("newsLens.timeline.scopeToArticle", () => timeline.setScoped(true)),
    vscode.commands.registerCommand("newsLens.timeline.showAll", () => timeline.setScoped(false)),
    // What the views show, for tests and for other extensions.
    vscode.commands.registerCommand("newsLens.viewData", async (view: "entities" | "timeline" | "largeOutline") => {
      if (view === "largeOutline") return largeFiles.active()?.outline ?? [];
      const v = view === "entities" ? entities : timeline;
      await v.refresh();
      return v.data();
    }),
  );
}
