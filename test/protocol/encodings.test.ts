// Dumps in UTF-16 and Windows-1252 read right wherever a file is read from disk (the CLI, the
// workspace index), and a document the editor decoded with the wrong encoding is told to the
// client once, so that it can offer to reopen it with the right one.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { WorkspaceSymbol } from "vscode-languageserver-protocol";
import { repo, startServer, type TestServer, waitFor } from "./client.js";

const tools = join(repo, "test", "fixtures", "tools");
const cli = (...args: string[]) => spawnSync(process.execPath, [join(repo, "dist", "cli.js"), ...args], { encoding: "utf8", input: "", maxBuffer: 1 << 30 });

let workspace: string;
let server: TestServer;
const misdecoded: { uri: string; message: string }[] = [];

before(async () => {
  workspace = mkdtempSync(join(tmpdir(), "news-lens-encodings-"));
  mkdirSync(join(workspace, "dumps"));
  copyFileSync(join(tools, "archive-utf16.txt"), join(workspace, "dumps", "archive-utf16.txt"));
  copyFileSync(join(tools, "feed-cp1252.txt"), join(workspace, "dumps", "feed-cp1252.txt"));
  server = await startServer({ rootPath: workspace });
  server.connection.onNotification("newsLens/misdecoded", (p: { uri: string; message: string }) => void misdecoded.push(p));
});
after(async () => {
  await server.stop();
  rmSync(workspace, { recursive: true, force: true });
});

test("the CLI analyses a UTF-16 dump and a Windows-1252 dump with their characters right", () => {
  for (const [file, name] of [
    ["archive-utf16.txt", "Aiko Tanaka"],
    ["feed-cp1252.txt", "Mexico’s"],
  ]) {
    const r = cli("analyze", join(tools, file!), "--json");
    assert.equal(r.status, 0, r.stderr);
    const analysis = JSON.parse(r.stdout) as { notText?: string; articles: { headline: string }[]; entities: { text: string }[] };
    assert.equal(analysis.notText, undefined);
    assert.ok(r.stdout.includes(name!), `${file}: ${name}`);
    assert.ok(!r.stdout.includes("\uFFFD"), `${file}: no character lost`);
  }
});

test("the workspace index reads UTF-16 and Windows-1252 dumps on disk", async () => {
  for (const file of ["archive-utf16.txt", "feed-cp1252.txt"]) {
    const found = await waitFor(async () => {
      const r = (await server.connection.sendRequest("workspace/symbol", { query: "" })) as WorkspaceSymbol[];
      const inFile = r.filter((s) => s.location.uri.endsWith(`/dumps/${file}`));
      return inFile.length ? inFile : undefined;
    });
    assert.ok(
      found.every((s) => /^[\p{L}\p{N}]/u.test(s.name) && !/[\uFFFD\0]/.test(s.name)),
      found.map((s) => s.name).join(" | "),
    );
  }
  const euro = (await server.connection.sendRequest("workspace/symbol", { query: "Sabadell" })) as WorkspaceSymbol[];
  assert.deepEqual(
    euro.map((s) => s.name),
    ["BBVA launches €12bn hostile bid for Sabadell"],
  );
});

test("a document the editor decoded with the wrong encoding is told to the client once; a stray U+FFFD is not", async () => {
  const misread = "BBVA launches \uFFFD12bn hostile bid for Sabadell\nBy Ana Pe\uFFFDa | 9 May 2024\n\nMADRID \uFFFD BBVA said on Thursday it would bid.\n";
  const uri = "file:///virtual/misread.news.txt";
  server.open(uri, misread);
  server.open("file:///virtual/stray.news.txt", "Storm hits coast\nJune 3, 2024\n\nThe scraper wrote \uFFFD once.\n");
  await server.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
  await waitFor(async () => (misdecoded.length ? true : undefined));
  await server.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  server.open(uri, misread);
  await server.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
  assert.equal(misdecoded.length, 1);
  assert.equal(misdecoded[0]!.uri, uri);
  assert.match(misdecoded[0]!.message, /misread\.news\.txt: 3 characters could not be decoded/);
});
