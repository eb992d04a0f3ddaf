// The real server over stdio: outline, folding, incremental sync, workspace symbols, bad input.

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { DocumentSymbol, FoldingRange, WorkspaceSymbol } from "vscode-languageserver-protocol";
import { samplePath, startServer, type TestServer, waitFor } from "./client.js";

const sample = readFileSync(samplePath, "utf8");
const gold = JSON.parse(readFileSync(samplePath.replace(/\.txt$/, ".gold.json"), "utf8")) as { articles: { headline: string; headlineLine: number }[] };
const uri = "file:///virtual/middle-east-2024.txt";
let workspace: string;
let server: TestServer;

before(async () => {
  workspace = mkdtempSync(join(tmpdir(), "news-lens-ws-"));
  mkdirSync(join(workspace, "dumps"));
  writeFileSync(join(workspace, "dumps", "middle-east.txt"), sample);
  writeFileSync(join(workspace, "notes.txt"), "Not a dump.\n");
  server = await startServer({ rootPath: workspace });
});
after(async () => {
  await server.stop();
  rmSync(workspace, { recursive: true, force: true });
});

const symbols = (u: string) => server.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri: u } }) as Promise<DocumentSymbol[]>;

test("initialize announces incremental sync and the outline features", () => {
  const caps = server.initialize.capabilities;
  assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
  assert.ok(caps.documentSymbolProvider);
  assert.ok(caps.foldingRangeProvider);
  assert.ok(caps.workspaceSymbolProvider);
});

test("documentSymbol gives the sample's 6 articles with their sections", async () => {
  server.open(uri, sample);
  const result = await symbols(uri);
  assert.deepEqual(
    result.map((s) => s.name),
    gold.articles.map((a) => a.headline),
  );
  assert.deepEqual(
    result.map((s) => s.selectionRange.start.line),
    gold.articles.map((a) => a.headlineLine),
  );
  assert.equal(result[0]!.detail, "2024-02-19 · BAGHDAD");
  assert.equal(result[1]!.detail, "~2024-10-18 (inferred) · CAIRO");
  assert.deepEqual(
    result[0]!.children!.map((c) => c.name),
    ["Iraq-US talks resume", "Airport security"],
  );
});

test("foldingRange folds articles, sections and boilerplate runs", async () => {
  const ranges = (await server.connection.sendRequest("textDocument/foldingRange", { textDocument: { uri } })) as FoldingRange[];
  assert.ok(
    ranges.some((r) => r.startLine === 0 && r.endLine === 55),
    "article 1",
  );
  assert.ok(
    ranges.some((r) => r.startLine === 26 && r.endLine === 37),
    "section Iraq-US talks resume",
  );
  assert.ok(
    ranges.some((r) => r.startLine === 4 && r.endLine === 6 && r.kind === "comment"),
    "Short Url / Updated / Follow",
  );
});

test("an incremental edit inserting a line in article 2 keeps 6 articles and moves the later ones", async () => {
  const before = await symbols(uri);
  await server.connection.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 70, character: 0 }, end: { line: 70, character: 0 } }, text: "A new paragraph.\n" }],
  });
  const after = await symbols(uri);
  assert.equal(after.length, 6);
  assert.equal(after[0]!.range.start.line, before[0]!.range.start.line);
  assert.equal(after[1]!.range.start.line, before[1]!.range.start.line);
  assert.equal(after[1]!.range.end.line, before[1]!.range.end.line + 1);
  for (let i = 2; i < 6; i++) assert.equal(after[i]!.range.start.line, before[i]!.range.start.line + 1);
  // and the edit undone
  await server.connection.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 3 },
    contentChanges: [{ range: { start: { line: 70, character: 0 }, end: { line: 71, character: 0 } }, text: "" }],
  });
  assert.deepEqual(await symbols(uri), before);
});

test("workspace/symbol finds headlines of dumps on disk that are not open", async () => {
  const found = await waitFor(async () => {
    const r = (await server.connection.sendRequest("workspace/symbol", { query: "Sinwar" })) as WorkspaceSymbol[];
    const onDisk = r.filter((s) => s.location.uri.endsWith("/dumps/middle-east.txt"));
    return onDisk.length ? onDisk : undefined;
  });
  assert.deepEqual(found.map((s) => s.name).sort(), [gold.articles[2]!.headline, gold.articles[3]!.headline].sort());
  const none = (await server.connection.sendRequest("workspace/symbol", { query: "zzzzqqq" })) as WorkspaceSymbol[];
  assert.equal(none.length, 0);
});

test("bad input: empty, binary, separators only, a headline alone, CR-only line ends, a 4 MB line", async () => {
  const cases: [string, string, number][] = [
    ["empty", "", 0],
    ["binary", `\u0000\u0001\u0002ELF\u0000\u0000${"\u0000".repeat(1000)}`, 0],
    ["separators", "=====\n-----\n*****\n\f\n", 0],
    ["headline", "Markets rally on rate hopes", 1],
    ["cr", "Storm hits coast\rBy Jane Doe | June 3, 2024\r\rThe storm came ashore on Monday.\r\rFloods recede\rJune 4, 2024\r\rWater levels fell.\r", 2],
    ["long", "x".repeat(4 * 1024 * 1024), 1],
  ];
  for (const [name, text, count] of cases) {
    const u = `file:///bad/${name}.txt`;
    server.open(u, text);
    const result = await symbols(u);
    assert.equal(result.length, count, name);
  }
  assert.equal(server.process.exitCode, null, "the server is still running");
  assert.ok(
    server.messages.some((m) => m.includes("binary.txt is not a text dump")),
    "binary input is named as such",
  );
});
