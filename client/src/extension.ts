// The VS Code side: starts the language server and registers what the user sees. No analysis
// happens here; everything comes from the server.

import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from "vscode-languageclient/node";
import { registerAutoDetect } from "./autoDetect";
import { registerCommands } from "./commands";
import { registerCorrections } from "./corrections";
import { LargeFiles } from "./largeFiles";
import { registerLayoutCommand } from "./layout";
import { registerSizeLimit } from "./sizeLimit";
import { EntitiesView } from "./views/entities";
import { LargeOutlineView } from "./views/largeOutline";
import { TimelineView } from "./views/timeline";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    // --expose-gc: the server collects the garbage of a big dump's first analysis before the user types (warmUp.ts)
    run: { module, transport: TransportKind.ipc, options: { execArgv: ["--expose-gc"] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--expose-gc", "--nolazy", "--inspect=6019"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: "newsdump" }],
    synchronize: {
      configurationSection: "newsLens",
      fileEvents: [
        vscode.workspace.createFileSystemWatcher("**/*.txt"),
        vscode.workspace.createFileSystemWatcher("**/*.annotations.json"),
        vscode.workspace.createFileSystemWatcher("**/.newslens/lexicon.json"),
      ],
    },
    outputChannelName: "News Lens",
    // where the server keeps the results of dumps analysed before, so that they reopen at once
    initializationOptions: { globalStoragePath: context.globalStorageUri.scheme === "file" ? context.globalStorageUri.fsPath : undefined },
  };
  client = new LanguageClient("newsLens", "News Lens", serverOptions, clientOptions);
  await client.start();
  const largeFiles = new LargeFiles(client);
  const largeOutline = new LargeOutlineView(largeFiles);
  const entities = new EntitiesView(client, largeFiles);
  const timeline = new TimelineView(client, largeFiles);
  context.subscriptions.push(
    largeFiles,
    largeOutline,
    entities,
    timeline,
    vscode.window.createTreeView("newsLens.largeOutline", { treeDataProvider: largeOutline, showCollapseAll: true }),
    vscode.window.createTreeView("newsLens.entities", { treeDataProvider: entities, showCollapseAll: true }),
    vscode.window.createTreeView("newsLens.timeline", { treeDataProvider: timeline }),
  );
  registerCommands(context, client, entities, timeline, largeFiles);
  registerCorrections(context, client);
  registerLayoutCommand(context, client, largeFiles);
  registerSizeLimit(context, client);
  registerAutoDetect(context, client);
  await vscode.commands.executeCommand("setContext", "newsLens.active", true);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
