// After the shutdown request, the server answers every request with InvalidRequest (as the LSP
// says), and exits on exit.

import assert from "node:assert/strict";
import { test } from "node:test";
import { startServer, type TestServer } from "./client.js";

test("requests after shutdown are answered with InvalidRequest; exit ends the server", async () => {
  const server = await startServer();
  try {
    await afterShutdown(server);
  } finally {
    server.process.kill(); // if it is still running: a failed check must not leave it behind
    server.connection.dispose();
  }
});

async function afterShutdown(server: TestServer): Promise<void> {
  const uri = "file:///virtual/after-shutdown.news.txt";
  server.open(uri, "Storm hits coast\nJune 3, 2024\n\nRain.\n");
  assert.equal(((await server.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as unknown[]).length, 1);
  await server.connection.sendRequest("shutdown");
  for (const [method, params] of [
    ["textDocument/documentSymbol", { textDocument: { uri } }],
    ["textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } }],
    ["newsLens/entities", { uri }],
    ["newsLens/alive", null],
  ] as const) {
    await assert.rejects(server.connection.sendRequest(method, params), (e: { code?: number }) => e.code === -32600, method);
  }
  const exited = new Promise<number | null>((resolve) => server.process.once("exit", (code) => resolve(code)));
  await server.connection.sendNotification("exit");
  assert.equal(await exited, 0);
}
