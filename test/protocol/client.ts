// A minimal LSP client for tests: starts the real bundled server over stdio and talks to it.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import type {
  InitializeResult,
  PublishDiagnosticsParams,
  WorkDoneProgressBegin,
  WorkDoneProgressEnd,
  WorkDoneProgressReport,
} from "vscode-languageserver-protocol";

export const repo = join(__dirname, "..", "..");
export const samplePath = join(repo, "test", "fixtures", "sample", "middle-east-2024.txt");

export interface TestServer {
  connection: MessageConnection;
  process: ChildProcess;
  initialize: InitializeResult;
  stderr: () => string;
  /** Messages the server showed the user. */
  messages: string[];
  /** Capabilities the server registered and unregistered at run time, in order: `+textDocument/documentSymbol`, `-…`. */
  registrations: string[];
  /** Replaces the settings the client answers with and tells the server, as an editor does. */
  changeSettings(settings: unknown): void;
  /** Diagnostics the server pushed, by URI (clients without pull diagnostics). */
  published: Map<string, PublishDiagnosticsParams["diagnostics"]>;
  /** Server-initiated progress in arrival order: its creation, then its `$/progress` values. */
  progress: ProgressEvent[];
  open(uri: string, text: string, languageId?: string): void;
  stop(): Promise<void>;
}

export type ProgressEvent = { token: string | number } & ({ kind: "create" } | WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd);

export interface ServerOptions {
  rootPath?: string;
  settings?: unknown;
  pullDiagnostics?: boolean;
  /** Declare window.workDoneProgress, so that the server shows progress. */
  workDoneProgress?: boolean;
  /** Declare that the Outline and folding providers may be registered at run time. */
  dynamicRegistration?: boolean;
  /** Answers window/workDoneProgress/create, then cancels that progress at once when this says so. */
  cancelProgress?: (token: string | number) => boolean;
}

export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  // started as the VS Code client starts it (client/src/extension.ts)
  const child = spawn(process.execPath, ["--expose-gc", join(repo, "dist", "server.js"), "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  let settings = options.settings;
  connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => settings ?? null));
  const registrations: string[] = [];
  const methods = new Map<string, string>();
  connection.onRequest("client/registerCapability", (p: { registrations: { id: string; method: string }[] }) => {
    for (const r of p.registrations) {
      methods.set(r.id, r.method);
      registrations.push(`+${r.method}`);
    }
    return null;
  });
  connection.onRequest("client/unregisterCapability", (p: { unregisterations: { id: string }[] }) => {
    for (const r of p.unregisterations) registrations.push(`-${methods.get(r.id)}`);
    return null;
  });
  const progress: ProgressEvent[] = [];
  connection.onRequest("window/workDoneProgress/create", ({ token }: { token: string | number }) => {
    progress.push({ token, kind: "create" });
    // After the answer: the server attaches its cancellation to the progress once it has one.
    if (options.cancelProgress?.(token)) setImmediate(() => void connection.sendNotification("window/workDoneProgress/cancel", { token }));
    return null;
  });
  connection.onNotification("$/progress", ({ token, value }: { token: string | number; value: ProgressEvent }) => void progress.push({ ...value, token }));
  const messages: string[] = [];
  connection.onNotification("window/showMessage", (p: { message: string }) => void messages.push(p.message));
  connection.onRequest("window/showMessageRequest", (p: { message: string }) => {
    messages.push(p.message);
    return null;
  });
  connection.onNotification("window/logMessage", () => undefined);
  const published = new Map<string, PublishDiagnosticsParams["diagnostics"]>();
  connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => void published.set(p.uri, p.diagnostics));
  connection.listen();
  const rootUri = options.rootPath ? pathToFileURL(options.rootPath).href : null;
  const initialize = (await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: "root" }] : null,
    capabilities: {
      ...(options.workDoneProgress ? { window: { workDoneProgress: true } } : {}),
      workspace: { configuration: true, workspaceFolders: true },
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true, dynamicRegistration: options.dynamicRegistration === true },
        foldingRange: { dynamicRegistration: options.dynamicRegistration === true },
        hover: { contentFormat: ["markdown", "plaintext"] },
        ...(options.pullDiagnostics === false ? {} : { diagnostic: {} }),
      },
    },
  })) as InitializeResult;
  await connection.sendNotification("initialized", {});
  return {
    connection,
    process: child,
    initialize,
    stderr: () => stderr,
    messages,
    registrations,
    changeSettings(next) {
      settings = next;
      void connection.sendNotification("workspace/didChangeConfiguration", { settings: { newsLens: next } });
    },
    published,
    progress,
    open(uri, text, languageId = "newsdump") {
      void connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
    },
    async stop() {
      await connection.sendRequest("shutdown");
      await connection.sendNotification("exit");
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once("exit", () => resolve());
        setTimeout(() => {
          child.kill();
          resolve();
        }, 5000).unref();
      });
      connection.dispose();
    },
  };
}

/** Polls `check` until it returns a value (not undefined) or the time runs out. */
export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error("waitFor: timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}
