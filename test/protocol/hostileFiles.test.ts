// Special files where a dump, an annotations file or the lexicon should be (FIFOs, sockets,
// symbolic links to /dev/zero and /dev/urandom), patterns and links that lead out of the
// workspace, and a loop of links: the CLI says what is wrong and exits 1, the server keeps
// answering and reads nothing outside the workspace, and nothing is read twice.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import type { Hover, WorkspaceSymbol } from "vscode-languageserver-protocol";
import { answerWithin } from "./answer.js";
import { repo, type ServerOptions, samplePath, startServer, type TestServer, waitFor } from "./client.js";

const sample = readFileSync(samplePath, "utf8");
const qaaniLine = sample.split("\n").findIndex((l) => l.startsWith("Esmail Qaani met"));
/** A lexicon that makes Esmail Qaani an organization. */
const QAANI_ORGANIZATION = JSON.stringify({ version: 1, entries: [{ text: "Esmail Qaani", type: "organization" }] });

/** The CLI, which must end within `ms` (a hang is a failure). */
function cli(args: string[], cwd = repo, ms = 15_000) {
  const r = spawnSync(process.execPath, [join(repo, "dist", "cli.js"), ...args], { cwd, encoding: "utf8", input: "", timeout: ms, maxBuffer: 1 << 30 });
  assert.notEqual(r.signal, "SIGTERM", `news-lens ${args.join(" ")} did not end in ${ms} ms`);
  return r;
}

let dir: string;
let socket: Server;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "news-lens-hostile-"));
  socket = createServer();
  await new Promise<void>((resolve) => socket.listen(join(dir, "socket.txt"), resolve));
});
after(() => {
  socket.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A folder of its own under the test's folder. */
function folder(name: string): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  return d;
}
const mkfifo = (path: string) => assert.equal(spawnSync("mkfifo", [path]).status, 0, "mkfifo");

test("the CLI refuses a FIFO, a socket or a link to a device as its dump: one clear line, exit 1, no hang", () => {
  const d = folder("cli-dump");
  mkfifo(join(d, "fifo.txt"));
  symlinkSync("/dev/zero", join(d, "zero.txt"));
  symlinkSync("/dev/urandom", join(d, "urandom.txt"));
  for (const [file, kind] of [
    [join(d, "fifo.txt"), "a FIFO \\(named pipe\\)"],
    [join(dir, "socket.txt"), "a socket"],
    [join(d, "zero.txt"), "a character device"],
    [join(d, "urandom.txt"), "a character device"],
  ] as const) {
    for (const command of [
      ["analyze", file],
      ["export", file, "--format", "jsonl", "--out", join(d, "out.jsonl")],
      ["conll", file],
    ]) {
      const r = cli(command);
      assert.equal(r.status, 1, `${command.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`^news-lens: cannot read (dump|file) .*: is ${kind}, not a regular file\\n$`));
    }
  }
});

test("the CLI refuses special files and damaged JSON in place of the annotations file or the lexicon", () => {
  const d = folder("cli-corrections");
  const dump = join(d, "dump.txt");
  writeFileSync(dump, sample);
  const check = (what: RegExp) => {
    for (const command of [
      ["analyze", dump, "--json"],
      ["export", dump, "--format", "conll", "--out", join(d, "out.conll")],
    ]) {
      const r = cli(command, d);
      assert.equal(r.status, 1, `${command[0]}: ${r.stderr}`);
      assert.match(r.stderr, what);
      assert.equal(r.stdout, "");
    }
  };
  mkfifo(`${dump}.annotations.json`);
  check(/^news-lens: .*dump\.txt\.annotations\.json cannot be read \(is a FIFO \(named pipe\), not a regular file\); fix it or move it away\n$/);
  rmSync(`${dump}.annotations.json`);
  writeFileSync(`${dump}.annotations.json`, '{"version": 1, "corrections": [{"text": "Esmail Qaani", "type": "none", "scope": "all"},]}');
  check(/dump\.txt\.annotations\.json is not valid JSON \(line 1, column 89: .*\); fix it or move it away\n$/);
  writeFileSync(`${dump}.annotations.json`, '{"version": 1, "corrections": {}}');
  check(/dump\.txt\.annotations\.json has a "corrections" that is not a list/);
  rmSync(`${dump}.annotations.json`);
  mkdirSync(join(d, ".newslens"));
  symlinkSync("/dev/urandom", join(d, ".newslens", "lexicon.json"));
  check(/lexicon\.json cannot be read \(is a character device, not a regular file\)/);
});

test("the CLI looks for the lexicon in the user's own folders above the dump, never in a shared one (such as /tmp)", () => {
  const shared = folder("cli-shared");
  const project = join(shared, "project");
  mkdirSync(join(project, "dumps"), { recursive: true });
  mkdirSync(join(shared, ".newslens"));
  writeFileSync(join(shared, ".newslens", "lexicon.json"), QAANI_ORGANIZATION);
  writeFileSync(join(project, "dumps", "dump.txt"), sample);
  const typeOfQaani = () => {
    const r = cli(["analyze", join(project, "dumps", "dump.txt"), "--json"]);
    assert.equal(r.status, 0, r.stderr);
    const entities = JSON.parse(r.stdout).entities as { text: string; type: string; range: { start: { line: number } } }[];
    return entities.find((e) => e.text === "Esmail Qaani" && e.range.start.line === qaaniLine)?.type;
  };
  chmodSync(shared, 0o777);
  assert.equal(typeOfQaani(), "person", "a lexicon in a folder anyone can write to is not the user's");
  chmodSync(shared, 0o755);
  assert.equal(typeOfQaani(), "organization", "in the user's own folder above the dump it serves");
});

const answer = <T>(server: TestServer, method: string, params: unknown) => answerWithin<T>(server, method, params, 20_000);

/** Runs `body` with a server started with `options`, and stops the server whatever happens. */
async function withServer(options: ServerOptions, body: (server: TestServer) => Promise<void>): Promise<void> {
  const server = await startServer(options);
  try {
    await body(server);
  } finally {
    await server.stop();
  }
}

const hoverOnQaani = async (server: TestServer, uri: string) => {
  const h = await answer<Hover | null>(server, "textDocument/hover", { textDocument: { uri }, position: { line: qaaniLine, character: 3 } });
  return h && typeof h.contents === "object" && "value" in h.contents ? h.contents.value : "";
};

test("the server keeps answering with a FIFO as the annotations file and /dev/zero as the lexicon, and says so once", async () => {
  const ws = folder("server-special");
  const dump = join(ws, "dump.txt");
  writeFileSync(dump, sample);
  mkfifo(`${dump}.annotations.json`);
  mkdirSync(join(ws, ".newslens"));
  symlinkSync("/dev/zero", join(ws, ".newslens", "lexicon.json"));
  await withServer({ rootPath: ws }, async (server) => {
    const uri = pathToFileURL(dump).href;
    server.open(uri, sample);
    await answer(server, "textDocument/semanticTokens/full", { textDocument: { uri } });
    assert.match(await hoverOnQaani(server, uri), /\*\*Esmail Qaani\*\* — Person/);
    await answer(server, "textDocument/documentSymbol", { textDocument: { uri } });
    const warnings = await waitFor(async () => (server.messages.length >= 2 ? server.messages : undefined));
    assert.equal(warnings.filter((m) => /annotations\.json cannot be read \(is a FIFO \(named pipe\), not a regular file\)/.test(m)).length, 1);
    assert.equal(warnings.filter((m) => /lexicon\.json cannot be read \(is a character device, not a regular file\)/.test(m)).length, 1);
  });
});

test("a damaged annotations file is said once and leaves the lexicon applied; fixed, it applies", async () => {
  const ws = folder("server-damaged");
  const dump = join(ws, "dump.txt");
  writeFileSync(dump, sample);
  writeFileSync(`${dump}.annotations.json`, '<<<<<<< HEAD\n{"version": 1, "corrections": []}\n=======\n');
  mkdirSync(join(ws, ".newslens"));
  writeFileSync(join(ws, ".newslens", "lexicon.json"), QAANI_ORGANIZATION);
  await withServer({ rootPath: ws }, async (server) => {
    const uri = pathToFileURL(dump).href;
    server.open(uri, sample);
    assert.match(await hoverOnQaani(server, uri), /\*\*Esmail Qaani\*\* — Organization/);
    await hoverOnQaani(server, uri);
    const said = server.messages.filter((m) => m.includes("annotations.json"));
    assert.equal(said.length, 1, said.join("\n"));
    assert.ok(said[0]!.startsWith(`News Lens: ${dump}.annotations.json is not valid JSON (line 1, column 1: `));
    assert.ok(said[0]!.endsWith("): its corrections are not applied until it is fixed."));
    writeFileSync(`${dump}.annotations.json`, JSON.stringify({ version: 1, corrections: [{ text: "Esmail Qaani", type: "location", scope: "all" }] }));
    await server.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: `${uri}.annotations.json`, type: 2 }] });
    assert.match(await hoverOnQaani(server, uri), /\*\*Esmail Qaani\*\* — Location/);
  });
});

test("the server looks for the lexicon up to the dump's workspace folder, not above it", async () => {
  const outer = folder("server-outer");
  const ws = join(outer, "project");
  mkdirSync(join(outer, ".newslens"), { recursive: true });
  mkdirSync(ws);
  writeFileSync(join(outer, ".newslens", "lexicon.json"), QAANI_ORGANIZATION);
  writeFileSync(join(ws, "dump.txt"), sample);
  await withServer({ rootPath: ws }, async (server) => {
    const uri = pathToFileURL(join(ws, "dump.txt")).href;
    server.open(uri, sample);
    assert.match(await hoverOnQaani(server, uri), /\*\*Esmail Qaani\*\* — Person/);
  });
});

test("large-file reads of FIFOs are refused at once and do not hold up the reads after them", async () => {
  const ws = folder("server-large");
  const fifos = Array.from({ length: 6 }, (_, i) => join(ws, `fifo-${i}.news.txt`));
  for (const f of fifos) mkfifo(f);
  symlinkSync("/dev/zero", join(ws, "zero.news.txt"));
  writeFileSync(join(ws, "real.news.txt"), sample);
  await withServer({ rootPath: ws }, async (server) => {
    const refused = [...fifos, join(ws, "zero.news.txt")].map((f) =>
      answer(server, "newsLens/openLargeFile", { uri: pathToFileURL(f).href }).then(
        () => "answered",
        (e: Error) => e.message,
      ),
    );
    const outline = await answer<unknown[]>(server, "newsLens/openLargeFile", { uri: pathToFileURL(join(ws, "real.news.txt")).href });
    assert.equal(outline.length, 6);
    for (const why of await Promise.all(refused))
      assert.match(why, /cannot read (fifo-\d|zero)\.news\.txt: is a (FIFO \(named pipe\)|character device), not a regular file/);
  });
});

test("the workspace index reads nothing outside the workspace and each dump once, whatever the patterns and links", async () => {
  const root = folder("server-index");
  const ws = join(root, "ws");
  mkdirSync(join(ws, "dumps"), { recursive: true });
  mkdirSync(join(root, "outside"));
  const dump = (headline: string) => `${headline}\nBy Jane Doe | June 3, 2024\n\nThe story of ${headline.toLowerCase()} in full.\n`;
  writeFileSync(join(ws, "dumps", "inside.txt"), dump("Quokka census finds record numbers"));
  writeFileSync(join(root, "outside", "secret.txt"), dump("Wombat secret stays outside"));
  symlinkSync(join(root, "outside", "secret.txt"), join(ws, "dumps", "secret-link.txt"));
  symlinkSync(join(root, "outside"), join(ws, "dumps", "outside-link"));
  symlinkSync("..", join(ws, "dumps", "loop")); // dumps/loop/dumps/inside.txt is dumps/inside.txt
  mkfifo(join(ws, "dumps", "fifo.txt"));
  const files = ["**/dumps/**/*.txt", "../outside/*.txt", `${join(root, "outside")}/*.txt`, "dumps/loop/dumps/*.txt"];
  await withServer({ rootPath: ws, settings: { files } }, async (server) => {
    const quokka = await waitFor(async () => {
      const r = await answer<WorkspaceSymbol[]>(server, "workspace/symbol", { query: "Quokka" });
      return r.length ? r : undefined;
    });
    assert.deepEqual(
      quokka.map((s) => s.location.uri),
      [pathToFileURL(join(ws, "dumps", "inside.txt")).href],
      "indexed once",
    );
    assert.deepEqual(await answer(server, "workspace/symbol", { query: "Wombat" }), [], "nothing from outside the workspace");
  });
});
