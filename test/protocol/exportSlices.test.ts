// The server's export works in slices: requests sent after it are answered before it ends, and
// cancelling it stops it.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { CancellationTokenSource } from "vscode-jsonrpc/node";
import { startServer, type TestServer } from "./client.js";

const words = "the minister said on Tuesday that talks in Geneva with Angela Merkel would resume next week after a pause".split(" ");
// One article of 1 MB of short lines: its entities come from the model (analysed before the
// export is asked for), its CoNLL export takes most of a second.
const body = Array.from({ length: 6000 }, (_, i) => `${words.slice(i % 5).join(" ")} ${words.slice(0, i % 5).join(" ")}.`.repeat(2)).join("\n");
const text = `Talks resume in Geneva\nBy Jane Doe | June 3, 2024\n\n${body}\n`;
const uri = "file:///virtual/big-export.news.txt";
let server: TestServer;

before(async () => {
  server = await startServer();
  server.open(uri, text);
  // The analysis the export needs, done before (the warm-up of a big dump, or this request).
  await server.connection.sendRequest("newsLens/timeline", { uri });
  await server.connection.sendRequest("newsLens/entities", { uri });
});
after(async () => {
  await server.stop();
});

test("requests sent after an export are answered while it runs, not when it ends", async () => {
  const sent = performance.now();
  let exportedAt = 0;
  let symbolsAt = 0;
  const exported = server.connection.sendRequest("newsLens/export", { uri, format: "conll", dates: true }).then((files) => {
    exportedAt = performance.now() - sent;
    return files as { content: string }[];
  });
  const symbols = server.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } }).then(() => {
    symbolsAt = performance.now() - sent;
  });
  const [files] = await Promise.all([exported, symbols]);
  assert.ok(symbolsAt < exportedAt / 2, `the Outline answered after ${symbolsAt.toFixed(0)} ms, the export after ${exportedAt.toFixed(0)} ms`);
  assert.ok(files[0]!.content.includes(" B-PER"));
});

test("a cancelled export stops with RequestCancelled", async () => {
  const source = new CancellationTokenSource();
  const exported = server.connection.sendRequest("newsLens/export", { uri, format: "conll", dates: true }, source.token);
  setTimeout(() => source.cancel(), 20);
  await assert.rejects(exported, (e: { code?: number }) => e.code === -32800);
  // The server goes on answering.
  assert.ok(((await server.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as unknown[]).length >= 1);
});
