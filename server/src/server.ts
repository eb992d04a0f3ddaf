// The language server: wires LSP capabilities to the feature modules. Nothing else lives here.
// Runs over stdio (`--stdio`) or Node IPC (`--node-ipc`, as the VS Code client starts it).

import { fileURLToPath } from "node:url";
import {
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocumentSyncKind,
  createConnection,
  type CancellationToken,
  type InitializeResult,
} from "vscode-languageserver/node";
import { looksLikeNewsDump } from "./analysis/index.js";
import { OpenDumps, type OpenDump } from "./documents.js";
import { documentSymbols } from "./features/documentSymbols.js";
import { foldingRanges } from "./features/folding.js";
import { workspaceSymbols } from "./features/workspaceSymbols.js";
import { defaultSettings, readSettings, type Settings } from "./settings.js";
import { WorkspaceDumps } from "./workspace/workspaceDumps.js";

const connection = createConnection(ProposedFeatures.all);
const dumps = new OpenDumps();
const workspace = new WorkspaceDumps();
let settings: Settings = defaultSettings;
let workspaceFolders: string[] = [];
let canPullConfiguration = false;
const warnedNotText = new Set<string>();

/** Runs a handler; an exception is logged and answered with `fallback`, never a crash. */
function guarded<P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
  return async (params: P, token: CancellationToken): Promise<R> => {
    try {
      return await handler(params, token);
    } catch (e) {
      connection.console.error(`${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };
}

/** The open dump for a request, unless it is not text (then features offer nothing). */
function textDump(uri: string): OpenDump | undefined {
  const dump = dumps.get(uri);
  return dump && !dump.dump.notText ? dump : undefined;
}

connection.onInitialize((params): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceFolders = folders.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: { label: "News Lens" },
      foldingRangeProvider: true,
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: "news-lens", version: "0.1.0" },
  };
});

connection.onInitialized(async () => {
  if (canPullConfiguration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: "newsLens" });
    await loadSettings();
  }
  void rescanWorkspace();
});

async function loadSettings(): Promise<void> {
  if (!canPullConfiguration) return;
  settings = readSettings(await connection.workspace.getConfiguration("newsLens"));
}

async function rescanWorkspace(): Promise<void> {
  await workspace.rescan({ folders: workspaceFolders, patterns: settings.files, maxBytes: settings.maxFileSizeMB * 1024 * 1024 });
}

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfiguration) await loadSettings();
  else settings = readSettings((change.settings as { newsLens?: unknown } | undefined)?.newsLens);
  void rescanWorkspace();
});

connection.onDidOpenTextDocument(({ textDocument: t }) => {
  const dump = dumps.open(t.uri, t.languageId, t.version, t.text);
  if (dump.dump.notText && !warnedNotText.has(t.uri)) {
    warnedNotText.add(t.uri);
    connection.window.showWarningMessage(`News Lens: ${decodeURIComponent(t.uri.split("/").pop() ?? t.uri)} is ${dump.dump.notText}.`);
  }
});

connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
  dumps.get(textDocument.uri)?.applyChanges(contentChanges, textDocument.version);
});

connection.onDidCloseTextDocument(({ textDocument }) => {
  dumps.close(textDocument.uri);
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  for (const change of changes) {
    if (!change.uri.startsWith("file:")) continue;
    const path = fileURLToPath(change.uri);
    if (change.type === FileChangeType.Deleted) workspace.remove(path);
    else if (workspace.matches(path)) void workspace.refresh(path);
  }
});

connection.onDocumentSymbol(guarded("documentSymbol", [], ({ textDocument }) => {
  const dump = textDump(textDocument.uri);
  return dump ? documentSymbols(dump.articles()) : [];
}));

connection.onFoldingRanges(guarded("foldingRange", [], ({ textDocument }) => {
  const dump = textDump(textDocument.uri);
  return dump ? foldingRanges(dump.articles()) : [];
}));

connection.onWorkspaceSymbol(guarded("workspaceSymbol", [], ({ query }) => {
  const open = dumps.all().filter((d) => !d.dump.notText).map((d) => ({ uri: d.uri, articles: d.articles() }));
  const openUris = new Set(open.map((d) => d.uri));
  return workspaceSymbols([...open, ...workspace.all().filter((d) => !openUris.has(d.uri))], query);
}));

/** Lets the client ask whether a plain-text document looks like a dump (its first 64 KB). */
connection.onRequest("newsLens/looksLikeDump", guarded("looksLikeDump", false, ({ text }: { text: string }) => looksLikeNewsDump(text)));

// Last line of defence: a bug in a handler is logged, never the end of the server.
process.on("uncaughtException", (e) => connection.console.error(`uncaught: ${e.stack ?? e}`));
process.on("unhandledRejection", (e) => connection.console.error(`unhandled rejection: ${(e as Error)?.stack ?? e}`));

connection.listen();
