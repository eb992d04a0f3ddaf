// Correcting entities over stdio: the actions are offered on an entity; recording "Not an
// Entity" in the annotations file removes its token and hover, also after lines are inserted above.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import type { CodeAction, Hover, SemanticTokens } from "vscode-languageserver-protocol";
import { samplePath, startServer, type TestServer } from "./client.js";

const sample = readFileSync(samplePath, "utf8");
let dir: string;
let file: string;
let uri: string;
let server: TestServer;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "news-lens-annotate-"));
  file = join(dir, "dump.txt");
  writeFileSync(file, sample);
  uri = pathToFileURL(file).href;
  server = await startServer({ rootPath: dir });
  server.open(uri, sample);
});
after(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const request = <T>(method: string, params: unknown) => server.connection.sendRequest(method, params) as Promise<T>;
const line = sample.split("\n").findIndex((l) => l.startsWith("Esmail Qaani met"));
const qaani = { start: { line, character: 0 }, end: { line, character: 12 } };

async function tokenAt(l: number, character: number): Promise<number | undefined> {
  const { data } = await request<SemanticTokens>("textDocument/semanticTokens/full", { textDocument: { uri } });
  let cl = 0;
  let cc = 0;
  for (let i = 0; i < data.length; i += 5) {
    cl += data[i]!;
    cc = data[i] === 0 ? cc + data[i + 1]! : data[i + 1]!;
    if (cl === l && cc === character) return data[i + 3];
  }
  return undefined;
}
const hoverText = async (position: { line: number; character: number }) => {
  const h = await request<Hover | null>("textDocument/hover", { textDocument: { uri }, position });
  return h && typeof h.contents === "object" && "value" in h.contents ? h.contents.value : "";
};

test("correction actions are offered on an entity", async () => {
  const actions = await request<CodeAction[]>("textDocument/codeAction", {
    textDocument: { uri },
    range: { start: qaani.start, end: qaani.start },
    context: { diagnostics: [] },
  });
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes("News Lens: “Esmail Qaani” is Not an Entity…"), titles.join(" | "));
  assert.ok(titles.includes("News Lens: Mark “Esmail Qaani” as Organization…"));
  assert.ok(!titles.includes("News Lens: Mark “Esmail Qaani” as Person…"), "not its own type");
  const none = actions.find((a) => a.title.includes("Not an Entity"))!;
  assert.deepEqual(none.command!.arguments, [uri, qaani, "none", "Esmail Qaani"]);
});

test("Not an Entity, recorded in the annotations file, removes the token and the hover; it survives lines inserted above", async () => {
  assert.equal(await tokenAt(line, 0), 0, "a person token before");
  const correction = await request<object>("newsLens/makeCorrection", { uri, range: qaani, type: "none", scope: "mention" });
  writeFileSync(`${file}.annotations.json`, JSON.stringify({ version: 1, corrections: [correction] }));
  await server.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: `${uri}.annotations.json`, type: 1 }] });
  assert.equal(await tokenAt(line, 0), undefined, "no token after");
  assert.doesNotMatch(await hoverText({ line, character: 3 }), /Esmail Qaani\*\* — Person/);
  // Other mentions of Qaani stay.
  const next = sample.split("\n").findIndex((l) => l.startsWith("Qaani, whose"));
  assert.equal(await tokenAt(next, 0), 0);

  await server.connection.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "Inserted line one\nInserted line two\n\n" }],
  });
  assert.equal(await tokenAt(line + 3, 0), undefined, "still corrected after the edit");
  assert.equal(await tokenAt(next + 3, 0), 0);
});

test("export renders the corrected entities for ML tools (the client writes the files)", async () => {
  const files = await request<{ path: string; content: string }[]>("newsLens/export", { uri, format: "jsonl", dates: true });
  assert.equal(files.length, 1);
  const records = files[0]!.content
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { text: string; spans: { start: number; end: number; label: string }[] });
  const symbols = await request<unknown[]>("textDocument/documentSymbol", { textDocument: { uri } });
  assert.equal(records.length, symbols.length, "one record per article (the edit above added one at the top)");
  for (const r of records) for (const span of r.spans) assert.ok([...r.text].slice(span.start, span.end).join("").length > 0);
  assert.ok(records.some((r) => r.spans.some((s) => s.label === "DATE")));
  assert.ok(!records[1]!.spans.some((s) => [...records[1]!.text].slice(s.start, s.end).join("") === "Esmail Qaani"), "the correction wins");
});
