// A big dump's first analysis runs ahead of the requests, under a progress the user can cancel,
// while the Outline and edits are served. Orders of events are checked, never durations.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { DocumentSymbol } from "vscode-languageserver-protocol";
import { generateDump } from "../../scripts/bench.js";
import { type ProgressEvent, startServer, type TestServer, waitFor } from "./client.js";

const text = generateDump(6e6, 6);
let server: TestServer;
let cancelNext = false;
const limits: { uri: string; limited: boolean; message: string }[] = [];

before(async () => {
  server = await startServer({
    workDoneProgress: true,
    cancelProgress: () => {
      const cancel = cancelNext;
      cancelNext = false;
      return cancel;
    },
  });
  server.connection.onNotification("newsLens/sizeLimit", (p: (typeof limits)[number]) => void limits.push(p));
});
after(async () => {
  await server.stop();
});

const request = <T>(method: string, params: unknown) => server.connection.sendRequest(method, params) as Promise<T>;
const symbolsOf = (uri: string) => request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
/** The events of the progress titled `title`, once it has ended. */
async function progressTitled(title: string): Promise<ProgressEvent[]> {
  const begin = await waitFor(async () => server.progress.find((p) => p.kind === "begin" && p.title === title), 120_000);
  return waitFor(async () => {
    const events = server.progress.filter((p) => p.token === begin.token);
    return events.at(-1)?.kind === "end" ? events : undefined;
  }, 120_000);
}

test("a 6 MB dump's first analysis shows progress by articles, while the Outline and edits are served", async () => {
  const uri = "file:///virtual/big.news.txt";
  server.open(uri, text);
  // How many progress events had arrived when each answer came.
  const seen = (p: Promise<unknown>) => p.then((value) => ({ value, progressSeen: server.progress.length }));
  const outline = seen(symbolsOf(uri));
  const entities = seen(request<unknown[]>("newsLens/entities", { uri }));
  const lines = text.split("\n");
  const end = { line: lines.length - 1, character: lines.at(-1)!.length };
  void server.connection.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: end, end }, text: "\n\nAppended during the warm-up\nBy Staff Reporter | 5 March 2024\n\nText of it.\n" }],
  });
  const edited = seen(symbolsOf(uri));

  const events = await progressTitled("News Lens: analysing big.news.txt");
  const ended = server.progress.indexOf(events.at(-1)!);
  assert.equal(events[0]!.kind, "create");
  assert.equal(events[1]!.kind, "begin");
  const reports = events.filter((p) => p.kind === "report");
  assert.ok(
    reports.some((p) => /^\d+ of \d+ articles$/.test(p.message!)),
    reports.map((p) => p.message).join(", "),
  );
  assert.deepEqual(
    reports.map((p) => p.percentage),
    reports.map((p) => p.percentage).sort((a, b) => a! - b!),
  );

  const before = await outline;
  assert.ok(before.value && before.progressSeen <= ended, "the Outline is answered before the warm-up ends");
  const after = await edited;
  assert.ok(after.progressSeen <= ended, "so is the Outline after an edit");
  assert.equal((after.value as DocumentSymbol[]).at(-1)!.name, "Appended during the warm-up");
  const found = await entities;
  assert.ok(found.progressSeen > ended, "a request that needs entities waits for the warm-up");
  assert.ok((found.value as unknown[]).length > 100);
});

test("cancelling the warm-up stops it: the dump keeps its Outline only, and the client is told", async () => {
  const uri = "file:///virtual/cancelled.news.txt";
  cancelNext = true;
  server.open(uri, text);
  const events = await progressTitled("News Lens: analysing cancelled.news.txt");
  assert.deepEqual([events[0]!.kind, events[1]!.kind], ["create", "begin"]);
  assert.ok(!events.some((p) => p.kind === "report" && p.message === "dates"), "stopped before the dates");
  const notice = await waitFor(async () => limits.find((l) => l.uri === uri));
  assert.equal(notice.limited, true);
  assert.match(notice.message, /analysis was cancelled/);
  assert.ok((await symbolsOf(uri)).length > 100);
  assert.deepEqual(await request("newsLens/entities", { uri }), []);
  assert.equal(await request("textDocument/hover", { textDocument: { uri }, position: { line: 2, character: 3 } }), null);
});
