// "News Lens: Export Places…" and "Export Entity Graph…": the server renders the files (GeoJSON;
// GraphML, GEXF or CSV tables), the client writes them where the user chooses.

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { type ExportedFile, requests } from "../../../server/src/protocol";
import type { ActiveDump } from "./activeDump";

const GRAPH_FORMATS = [
  { label: "GraphML", description: "Gephi, yEd, Cytoscape, NetworkX", format: "graphml", ext: "graphml" },
  { label: "GEXF", description: "Gephi", format: "gexf", ext: "gexf" },
  { label: "CSV", description: "nodes.csv and edges.csv in a folder: Gephi's spreadsheet import, spreadsheets", format: "csv", ext: "" },
] as const;

const UNITS = [
  { label: "Articles", description: "two names are joined by each article that mentions both", unit: "article" },
  { label: "Sentences", description: "two names are joined by each sentence that mentions both", unit: "sentence" },
] as const;

function dumpUri(dump: ActiveDump): vscode.Uri | undefined {
  const uri = dump.uri();
  if (!uri) void vscode.window.showInformationMessage("News Lens: open a news dump first.");
  return uri ? vscode.Uri.parse(uri) : undefined;
}

/** The dump's path with another extension, as the save dialog's suggestion. */
function beside(uri: vscode.Uri, ext: string): vscode.Uri {
  return uri.with({ path: `${uri.path.replace(/\.txt$/, "")}${ext}` });
}

async function writeFiles(files: ExportedFile[], target: vscode.Uri, intoFolder: boolean, what: string): Promise<void> {
  const encoder = new TextEncoder();
  for (const file of files) await vscode.workspace.fs.writeFile(intoFolder ? vscode.Uri.joinPath(target, file.path) : target, encoder.encode(file.content));
  void vscode.window.showInformationMessage(
    `News Lens: exported ${what} to ${intoFolder ? `${files.map((f) => f.path).join(", ")} in ` : ""}${target.fsPath}.`,
  );
}

export async function exportPlaces(client: LanguageClient, dump: ActiveDump): Promise<void> {
  const uri = dumpUri(dump);
  if (!uri) return;
  const target = await vscode.window.showSaveDialog({ defaultUri: beside(uri, ".places.geojson"), filters: { GeoJSON: ["geojson", "json"] } });
  if (!target) return;
  const files = await client.sendRequest(requests.exportPlaces, { uri: uri.toString(), format: "geojson" });
  await writeFiles(files, target, false, "the places (GeoJSON)");
}

export async function exportGraph(client: LanguageClient, dump: ActiveDump): Promise<void> {
  const uri = dumpUri(dump);
  if (!uri) return;
  const pick = await vscode.window.showQuickPick(GRAPH_FORMATS, { placeHolder: "Export who appears with whom as…" });
  if (!pick) return;
  const unit = await vscode.window.showQuickPick(UNITS, { placeHolder: "What joins two names?" });
  if (!unit) return;
  const target =
    pick.format === "csv"
      ? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: "Export here" }))?.[0]
      : await vscode.window.showSaveDialog({ defaultUri: beside(uri, `.graph.${pick.ext}`) });
  if (!target) return;
  const files = await client.sendRequest(requests.exportGraph, { uri: uri.toString(), format: pick.format, unit: unit.unit });
  await writeFiles(files, target, pick.format === "csv", `the entity graph (${pick.label})`);
}
