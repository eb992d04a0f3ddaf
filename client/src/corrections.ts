// Entity corrections: the user marks a mention (or a selection) as a type, or as not an entity,
// for this mention, every occurrence in the dump, or always (the workspace lexicon). The server
// says what to record; this writes it to NAME.txt.annotations.json or .newslens/lexicon.json,
// plain files the user can commit and review (correctionsStore.ts writes them, never losing what
// they hold). The server re-reads them when they change.

import * as path from "node:path";
import * as vscode from "vscode";
import type { LanguageClient, Range as ServerRange } from "vscode-languageclient/node";
import { commands, requests } from "../../server/src/protocol";
import { type CorrectionType, correctionLabel, ENTITY_TYPES, NOT_AN_ENTITY } from "../../server/src/vocabulary/entityTypes";
import { CorrectionsFileProblem, CorrectionsStore, correctionTextProblem } from "./correctionsStore";
import { writeBratFolder, writeExportFile } from "./exportFiles";

export function registerCorrections(context: vscode.ExtensionContext, client: LanguageClient): void {
  const store = new CorrectionsStore();
  const correct = async (uri: string, range: ServerRange, type: CorrectionType, text: string) => {
    const refused = correctionTextProblem(text);
    if (refused) {
      void vscode.window.showWarningMessage(`News Lens: ${refused}.`);
      return;
    }
    const docUri = vscode.Uri.parse(uri);
    if (docUri.scheme !== "file") {
      void vscode.window.showWarningMessage("News Lens: corrections are kept in files beside the dump, on disk; this dump is not a file on disk.");
      return;
    }
    const scope = await vscode.window.showQuickPick(
      [
        { label: "This mention", value: "mention" as const },
        { label: `Every “${text}” in this dump`, value: "all" as const },
        { label: `Always, in every dump (workspace lexicon)`, value: "lexicon" as const },
      ],
      { placeHolder: `${correctionLabel(type)}: apply to…` },
    );
    if (!scope) return;
    try {
      if (scope.value === "lexicon") {
        const folder = vscode.workspace.getWorkspaceFolder(docUri) ?? vscode.workspace.workspaceFolders?.[0];
        if (folder?.uri.scheme !== "file") {
          void vscode.window.showWarningMessage("News Lens: the lexicon lives in a workspace folder on disk; open one first.");
          return;
        }
        await store.setLexiconEntry(path.join(folder.uri.fsPath, ".newslens", "lexicon.json"), { text, type });
      } else {
        const correction = await client.sendRequest(requests.makeCorrection, { uri, range, type, scope: scope.value });
        if (!correction) {
          void vscode.window.showWarningMessage(`News Lens: “${text}” cannot be recorded as a correction here.`);
          return;
        }
        await store.addCorrection(docUri.fsPath, correction);
      }
    } catch (e) {
      if (!(e instanceof CorrectionsFileProblem)) throw e;
      const open = "Open the File";
      const choice = await vscode.window.showErrorMessage(`News Lens: the correction was not saved: ${e.message}`, open);
      if (choice === open) await vscode.window.showTextDocument(vscode.Uri.file(e.file), { preview: false });
      return;
    }
    void vscode.window.setStatusBarMessage(`News Lens: “${text}” recorded as ${correctionLabel(type)}`, 4000);
  };

  const fromEditor = (type: CorrectionType) => async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== "newsdump") return;
    const uri = editor.document.uri.toString();
    const at = await client.sendRequest(requests.entityAt, { uri, position: editor.selection.active });
    const selection = editor.selection;
    const target = !selection.isEmpty ? { range: selection, text: editor.document.getText(selection) } : at;
    if (!target) {
      void vscode.window.showInformationMessage("News Lens: put the cursor on an entity or select a name first.");
      return;
    }
    await correct(uri, target.range, type, target.text);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(commands.correctEntity, correct),
    ...ENTITY_TYPES.map((t) => vscode.commands.registerCommand(t.markCommand, fromEditor(t.id))),
    vscode.commands.registerCommand(NOT_AN_ENTITY.markCommand, fromEditor(NOT_AN_ENTITY.id)),
    vscode.commands.registerCommand("newsLens.exportAnnotations", () => exportAnnotations(client)),
  );
}

const FORMATS = [
  { label: "JSONL", description: "doccano, Prodigy", format: "jsonl", ext: "jsonl" },
  { label: "Label Studio", description: "tasks with predictions", format: "labelstudio", ext: "json" },
  { label: "CoNLL", description: "tokens with IOB2 tags", format: "conll", ext: "conll" },
  { label: "brat", description: "standoff .txt + .ann per article, in a folder", format: "brat", ext: "" },
];

/** "News Lens: Export Annotations…": format, dates or not, where; the server renders the files, exportFiles.ts writes them. */
async function exportAnnotations(client: LanguageClient): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId !== "newsdump") {
    void vscode.window.showInformationMessage("News Lens: open a news dump first.");
    return;
  }
  const pick = await vscode.window.showQuickPick(FORMATS, { placeHolder: "Export the dump's annotations as…" });
  if (!pick) return;
  const dates = await vscode.window.showQuickPick([
    { label: "Entities only", dates: false },
    { label: "Entities and dates (DATE)", dates: true },
  ]);
  if (!dates) return;
  const base = doc.uri.with({ path: doc.uri.path.replace(/\.txt$/, "") + (pick.ext ? `.${pick.ext}` : "-brat") });
  const target =
    pick.format === "brat"
      ? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: "Export into a new folder here" }))?.[0]
      : await vscode.window.showSaveDialog({ defaultUri: base });
  if (!target) return;
  if (target.scheme !== "file") {
    void vscode.window.showWarningMessage("News Lens: exports are written to files on disk: choose a place on disk.");
    return;
  }
  const files = await client.sendRequest(requests.export, { uri: doc.uri.toString(), format: pick.format, dates: dates.dates });
  let where = target.fsPath;
  try {
    if (pick.format === "brat") where = writeBratFolder(target.fsPath, doc.uri.fsPath, files);
    else {
      const folder = vscode.workspace.getWorkspaceFolder(doc.uri) ?? vscode.workspace.workspaceFolders?.[0];
      const inputs = [doc.uri.fsPath, `${doc.uri.fsPath}.annotations.json`];
      if (folder?.uri.scheme === "file") inputs.push(path.join(folder.uri.fsPath, ".newslens", "lexicon.json"));
      writeExportFile(target.fsPath, files[0]!.content, inputs);
    }
  } catch (e) {
    void vscode.window.showErrorMessage(`News Lens: nothing was exported: ${(e as Error).message}`);
    return;
  }
  void vscode.window.showInformationMessage(`News Lens: exported ${files.length} file${files.length === 1 ? "" : "s"} (${pick.label}) to ${where}.`);
}
