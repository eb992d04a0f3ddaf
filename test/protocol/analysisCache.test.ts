// The server keeps a big dump's per-article results in the storage folder the client names in its
// initialization options, and a new server (the editor restarted) reopens the dump from them: the
// same entities and Problems, the file read (it becomes the most recently used) and not rewritten.
// A damaged file is analysed past and written again; an edit after reopening is analysed. The CLI's
// `--cache DIR` gives the analysis a run without it gives, the first time and from the cache.

import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { generateNewsDump } from "../../scripts/newsDump.js";
import { CACHE_FORMAT } from "../../server/src/node/analysisCache.js";
import { repo, waitFor } from "./client.js";

// big enough for a warm-up, which is what reads and writes the cache
const text = generateNewsDump(2_500_000, 11, "separators").text;
const uri = "file:///virtual/cached.news.txt";

interface Server {
  connection: MessageConnection;
  process: ChildProcess;
  request<T>(method: string, params: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** The servers started: a failed assertion leaves its server running, and the file's tests would never end. */
const started: ChildProcess[] = [];
after(() => {
  for (const child of started) if (child.exitCode === null) child.kill();
});

/** The bundled server over stdio, its client naming `storage` as its global storage folder. */
async function startServer(storage: string): Promise<Server> {
  const child = spawn(process.execPath, ["--expose-gc", join(repo, "dist", "server.js"), "--stdio"], { stdio: ["pipe", "pipe", "ignore"] });
  started.push(child);
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest("client/registerCapability", () => null);
  connection.onNotification(() => undefined);
  connection.listen();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {}, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    initializationOptions: { globalStoragePath: storage },
  });
  await connection.sendNotification("initialized", {});
  return {
    connection,
    process: child,
    request: <T>(method: string, params: unknown) => connection.sendRequest(method, params) as Promise<T>,
    async stop() {
      await connection.sendRequest("shutdown");
      await connection.sendNotification("exit");
      await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));
      connection.dispose();
    },
  };
}

interface Features {
  entities: { name: string; count: number }[];
  problems: unknown[];
}

/** Opens the dump and waits for what needs its analysis: the Entities view and the Problems. */
async function openAndRead(server: Server, dumpText = text): Promise<Features> {
  void server.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "newsdump", version: 1, text: dumpText } });
  const entities = await server.request<{ name: string; count: number }[]>("newsLens/entities", { uri });
  const problems = (await server.request<{ items: unknown[] }>("textDocument/diagnostic", { textDocument: { uri } })).items;
  return { entities: entities.map((e) => ({ name: e.name, count: e.count })), problems };
}

/** The one cache file, once the server has written it. */
function cacheFile(storage: string): Promise<string> {
  const folder = join(storage, "analysis-cache");
  return waitFor(async () => {
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(".nlcache")) : [];
    return files.length === 1 ? join(folder, files[0]!) : undefined;
  }, 60_000);
}

test("a dump reopened by a new server comes from the cache: same entities and Problems, the file read and not rewritten", async () => {
  const storage = mkdtempSync(join(tmpdir(), "news-lens-storage-"));
  const first = await startServer(storage);
  const analysed = await openAndRead(first);
  const file = await cacheFile(storage);
  await first.stop();
  assert.ok(analysed.entities.length > 100, `${analysed.entities.length} entities`);
  assert.ok(readFileSync(file, "utf8").startsWith(`{"format":${CACHE_FORMAT},"key":{`));

  const longAgo = new Date(Date.now() - 3_600_000);
  utimesSync(file, longAgo, longAgo);
  const before = statSync(file);
  const second = await startServer(storage);
  const reopened = await openAndRead(second);
  assert.deepEqual(reopened, analysed);
  // give a rewrite, if one were coming, the time to happen
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = statSync(file);
  assert.ok(after.mtimeMs > before.mtimeMs + 60_000, "the file was read: it is now the most recently used");
  assert.equal(after.ino, before.ino, "and not written again");

  // an edit after the reopening: a new name in the first article
  const lines = text.split("\n");
  const at = lines.findIndex((line, i) => i > 5 && line.length > 80);
  void second.connection.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 2 },
    contentChanges: [
      { range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, text: "Zebulon Quartermaine, the mayor of Leeds, said so on Tuesday. " },
    ],
  });
  const edited = await second.request<{ name: string }[]>("newsLens/entities", { uri });
  assert.ok(
    edited.some((e) => e.name === "Zebulon Quartermaine"),
    "the edited article is analysed",
  );
  await second.stop();
});

test("a damaged cache file is analysed past and written again", async () => {
  const storage = mkdtempSync(join(tmpdir(), "news-lens-storage-"));
  const first = await startServer(storage);
  const analysed = await openAndRead(first);
  const file = await cacheFile(storage);
  await first.stop();
  const good = readFileSync(file);
  writeFileSync(file, good.subarray(0, good.length - 1000));

  const second = await startServer(storage);
  assert.deepEqual(await openAndRead(second), analysed);
  await waitFor(async () => (readFileSync(file).equals(good) ? true : undefined), 60_000);
  await second.stop();
});

test("news-lens analyze --cache gives the analysis of a run without it, written to the cache and read back", () => {
  const dir = mkdtempSync(join(tmpdir(), "news-lens-cli-cache-"));
  const dump = join(dir, "dump.txt");
  writeFileSync(dump, text);
  const analyze = (...args: string[]) => {
    const run = spawnSync(process.execPath, [join(repo, "dist", "cli.js"), "analyze", dump, "--json", "--jobs", "2", ...args], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  };
  const plain = analyze();
  const cache = join(dir, "cache");
  assert.equal(analyze("--cache", cache), plain, "a run that fills the cache");
  const [file] = readdirSync(cache).filter((f) => f.endsWith(".nlcache"));
  assert.ok(file, "the cache file");
  const written = statSync(join(cache, file)).ino;
  assert.equal(analyze("--cache", cache), plain, "a run from the cache");
  assert.equal(statSync(join(cache, file)).ino, written, "not written again");
});
