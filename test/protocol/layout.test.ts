// The layout a dump is read with: named in the article hover and by `newsLens/layout`, and chosen
// by the user through `newsLens.layout`, which re-reads open dumps without an edit and makes the
// editor ask for their Outline again.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { DocumentSymbol, Hover } from "vscode-languageserver-protocol";
import type { LayoutInfo } from "../../server/src/protocol.js";
import { repo, startServer, type TestServer, waitFor } from "./client.js";

const archive = readFileSync(join(repo, "test", "fixtures", "tools", "archive-export.txt"), "utf8");
const uri = "file:///virtual/archive.news.txt";
let server: TestServer;
const changed: string[] = [];

before(async () => {
  server = await startServer({ dynamicRegistration: true });
  server.connection.onNotification("newsLens/articlesChanged", ({ uri }: { uri: string }) => void changed.push(uri));
});
after(async () => {
  await server.stop();
});

const symbols = () => server.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } }) as Promise<DocumentSymbol[]>;
const layout = () => server.connection.sendRequest("newsLens/layout", { uri }) as Promise<LayoutInfo | null>;

test("a client that registers providers at run time gets the Outline and folding registered, not announced", async () => {
  assert.equal(server.initialize.capabilities.documentSymbolProvider, undefined);
  assert.equal(server.initialize.capabilities.foldingRangeProvider, false);
  await waitFor(async () => (server.registrations.includes("+textDocument/documentSymbol") ? true : undefined));
  assert.ok(server.registrations.includes("+textDocument/foldingRange"));
});

test("an archive export reads as records opened by its counters; the article hover says so", async () => {
  server.open(uri, archive);
  assert.equal((await symbols()).length, 5);
  const info = await layout();
  assert.deepEqual(info, {
    mode: "records",
    description: "records opened by record counters (`3 of 50 DOCUMENTS`)",
    chosen: false,
    inferred: "records opened by record counters (`3 of 50 DOCUMENTS`)",
  });
  const first = (await symbols())[0]!;
  const hover = (await server.connection.sendRequest("textDocument/hover", {
    textDocument: { uri },
    // On "rejects" of "High Court rejects challenge…": no entity there, so the article's hover.
    position: { line: first.selectionRange.start.line, character: first.selectionRange.start.character + "High Court ".length },
  })) as Hover;
  assert.match((hover.contents as { value: string }).value, /Layout: records opened by record counters \(`3 of 50 DOCUMENTS`\)/);
});

test("newsLens.layout set to single makes the open dump one article, and the editor is made to ask again", async () => {
  const registered = server.registrations.length;
  server.changeSettings({ layout: "single" });
  await waitFor(async () => (changed.includes(uri) ? true : undefined));
  assert.equal((await symbols()).length, 1);
  assert.deepEqual(await layout(), {
    mode: "single",
    description: "one article (set by newsLens.layout)",
    chosen: true,
    inferred: "records opened by record counters (`3 of 50 DOCUMENTS`)",
  });
  await waitFor(async () => (server.registrations.length >= registered + 4 ? true : undefined));
  assert.deepEqual(server.registrations.slice(registered).sort(), [
    "+textDocument/documentSymbol",
    "+textDocument/foldingRange",
    "-textDocument/documentSymbol",
    "-textDocument/foldingRange",
  ]);
});

test("back to auto, the counters open the records again; an unknown layout name counts as auto", async () => {
  server.changeSettings({ layout: "auto" });
  await waitFor(async () => ((await symbols()).length === 5 ? true : undefined));
  server.changeSettings({ layout: "chapters" });
  // Nothing to change: the settings are read and the dump stays as it is.
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal((await symbols()).length, 5);
  assert.equal((await layout())!.chosen, false);
});

test("a client without run-time registration gets both providers announced", async () => {
  const plain = await startServer();
  try {
    assert.deepEqual(plain.initialize.capabilities.documentSymbolProvider, { label: "News Lens" });
    assert.equal(plain.initialize.capabilities.foldingRangeProvider, true);
    assert.equal(await plain.connection.sendRequest("newsLens/layout", { uri: "file:///virtual/not-open.txt" }), null);
  } finally {
    await plain.stop();
  }
});
