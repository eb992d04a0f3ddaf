// A minimal LSP client for tests: starts the real bundled server over stdio and talks to it.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type { InitializeResult, PublishDiagnosticsParams } from "vscode-languageserver-protocol";

export const repo = join(__dirname, "..", "..");
export const samplePath = join(repo, "..", "shared", "samples", "middle-east-2024.txt");

export interface TestServer {
  connection: MessageConnection;
  process: ChildProcess;
  initialize: InitializeResult;
  stderr: () => string;
  /** Messages the server showed the user. */
  messages: string[];
  /** Diagnostics the server pushed, by URI (clients without pull diagnostics). */
  published: Map<string, PublishDiagnosticsParams["diagnostics"]>;
  open(uri: string, text: string, languageId?: string): void;
  stop(): Promise<void>;
}

export async function startServer(options: { rootPath?: string; settings?: unknown; pullDiagnostics?: boolean } = {}): Promise<TestServer> {
  const child = spawn(process.execPath, [join(repo, "dist", "server.js"), "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => options.settings ?? null));
  connection.onRequest("client/registerCapability", () => null);
  connection.onRequest("window/workDoneProgress/create", () => null);
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
      workspace: { configuration: true, workspaceFolders: true },
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
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
    published,
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
