// The VS Code side: starts the language server and registers what the user sees. No analysis
// happens here; everything comes from the server.

import * as path from "node:path";
import * as vscode from "vscode";
import { CloseAction, ErrorAction, LanguageClient, type LanguageClientOptions, type ServerOptions, State, TransportKind } from "vscode-languageclient/node";
import { requests, SERVER_PROCESS } from "../../server/src/protocol";
import { registerAutoDetect } from "./autoDetect";
import { registerCommands } from "./commands";
import { registerCorrections } from "./corrections";
import { registerEncodingNotice } from "./encodingNotice";
import { LargeFiles } from "./largeFiles";
import { registerLayoutCommand } from "./layout";
import { LivenessCheck, RestartPolicy } from "./serverHealth";
import { registerSizeLimit } from "./sizeLimit";
import { EntitiesView } from "./views/entities";
import { LargeOutlineView } from "./views/largeOutline";
import { TimelineView } from "./views/timeline";
import { registerGraphicViews } from "./webviews/index";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverEnv = { ...process.env, ...SERVER_PROCESS.env };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_PROCESS.execArgv], env: serverEnv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_PROCESS.execArgv, "--nolazy", "--inspect=6019"], env: serverEnv } },
  };
  const restarts = new RestartPolicy();
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
    errorHandler: {
      // An error on the connection (a message that could not be read or written) is logged; the connection goes on.
      error: () => ({ action: ErrorAction.Continue }),
      // A server that stopped is started again, after a wait when it keeps stopping (see serverHealth.ts).
      closed: async () => {
        const { delayMs, message } = restarts.closed(Date.now());
        if (message) void vscode.window.showWarningMessage(`News Lens: ${message}`);
        if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
        return { action: CloseAction.Restart, handled: true };
      },
    },
    // where the server keeps the results of dumps analysed before, so that they reopen at once
    initializationOptions: { globalStoragePath: context.globalStorageUri.scheme === "file" ? context.globalStorageUri.fsPath : undefined },
  };
  const languageClient = new LanguageClient("newsLens", "News Lens", serverOptions, clientOptions);
  client = languageClient;
  context.subscriptions.push(
    languageClient.onDidChangeState(({ newState }) => {
      if (newState === State.Running) restarts.started(Date.now());
    }),
  );
  await languageClient.start();
  // A server that runs but no longer answers (the library only notices one that exits) is stopped, then started again.
  const liveness = new LivenessCheck({
    ping: () => languageClient.sendRequest(requests.alive, null),
    running: () => languageClient.state === State.Running,
    hung: async () => {
      void vscode.window.showWarningMessage(
        `News Lens: the language server stopped answering (nothing for ${liveness.timeoutMs / 1000} s), so it is being restarted.`,
      );
      // A hung server does not answer the shutdown request: stopping times out, and its process is killed.
      await languageClient.stop(2000).catch(() => undefined);
      await languageClient.start().catch((e) => void vscode.window.showErrorMessage(`News Lens: the language server could not be restarted: ${e}`));
    },
  });
  context.subscriptions.push(liveness);
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
  );
  registerCommands(context, client, entities, timeline, largeFiles);
  registerCorrections(context, client);
  registerLayoutCommand(context, client, largeFiles);
  // also the News Timeline list, which the timeline chart filters
  registerGraphicViews(context, client, largeFiles, timeline);
  registerSizeLimit(context, client);
  registerEncodingNotice(context, client);
  registerAutoDetect(context, client);
  await vscode.commands.executeCommand("setContext", "newsLens.active", true);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
