// Files the editor does not hand over (over 50 MB in VS Code): newsLens/openLargeFile reads them
// from disk, under a cancellable progress, and keeps them like open dumps until closeLargeFile.
// The request works for any size, so the files here are small enough for a quick test.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import type { DocumentSymbol } from "vscode-languageserver-protocol";
import { CHUNK_BYTES } from "../../server/src/node/textFile.js";
import { samplePath, startServer, type TestServer } from "./client.js";

const sample = readFileSync(samplePath, "utf8");
let dir: string;
let server: TestServer;
const cancelled = new Set<string | number>();
let cancelNext = false;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "news-lens-large-"));
  // Outline only above 1 MB: the 3 MB file below needs no analysis, the sample-sized ones get it all.
  server = await startServer({
    rootPath: dir,
    settings: { maxFileSizeMB: 1 },
    workDoneProgress: true,
    cancelProgress: (token) => {
      if (!cancelNext) return false;
      cancelNext = false;
      cancelled.add(token);
      return true;
    },
  });
});
after(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const request = <T>(method: string, params: unknown) => server.connection.sendRequest(method, params) as Promise<T>;
const symbolsOf = (uri: string) => request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
/** The same text opened the usual way, under another name: what the editor's Outline would show. */
async function openedNormally(name: string, text: string): Promise<DocumentSymbol[]> {
  const uri = `file:///virtual/${name}`;
  server.open(uri, text);
  return symbolsOf(uri);
}
/** View items with their locations' uris blanked, to compare two files' items. */
const withoutUri = (items: unknown): unknown => JSON.parse(JSON.stringify(items).replaceAll(/"uri":"[^"]*"/g, '"uri":""'));

test("a dump read from disk gets the Outline documentSymbol gives, entities and a timeline, until it is closed", async () => {
  const text = sample.replace(/\s*$/, "\n\n") + sample;
  const file = join(dir, "two-samples.txt");
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const outline = await request<DocumentSymbol[]>("newsLens/openLargeFile", { uri });
  assert.equal(outline.length, 12);
  assert.deepEqual(outline, await openedNormally("two-samples.txt", text));
  const reading = server.progress.find((p) => p.kind === "begin" && p.title === "News Lens: reading two-samples.txt")!;
  assert.deepEqual(
    server.progress.filter((p) => p.token === reading.token).map((p) => p.kind),
    ["create", "begin", "report", "end"],
  );

  const entities = await request<{ name: string; mentions: { uri: string }[] }[]>("newsLens/entities", { uri });
  assert.ok(entities.some((e) => e.name === "Esmail Qaani"));
  assert.ok(entities.every((e) => e.mentions.every((m) => m.uri === uri)));
  assert.deepEqual(withoutUri(entities), withoutUri(await request("newsLens/entities", { uri: "file:///virtual/two-samples.txt" })));
  const timeline = await request<{ location: { uri: string } }[]>("newsLens/timeline", { uri });
  assert.ok(timeline.length >= 39 && timeline.every((t) => t.location.uri === uri));
  assert.deepEqual(withoutUri(timeline), withoutUri(await request("newsLens/timeline", { uri: "file:///virtual/two-samples.txt" })));

  await server.connection.sendNotification("newsLens/closeLargeFile", { uri });
  assert.deepEqual(await request("newsLens/entities", { uri }), [], "dropped once closed");
  assert.deepEqual(await symbolsOf(uri), []);
});

/**
 * A dump whose chunk boundaries (CHUNK_BYTES apart, as the server reads) each fall inside one of
 * the byte sequences a chunked reader can get wrong, placed in headlines so the Outline shows them.
 */
function trickyDump(): Buffer {
  const b = (...bytes: number[]) => Buffer.from(bytes);
  const cases: [Buffer, number][] = [
    [Buffer.from("\r\n"), 1],
    [Buffer.from("é"), 1],
    [Buffer.from("€"), 1],
    [Buffer.from("€"), 2],
    [Buffer.from("😀"), 1],
    [Buffer.from("😀"), 2],
    [Buffer.from("😀"), 3],
    [b(0xe2, 0x82, 0x41), 1], // "€" cut short, then "A"
    [b(0xe2, 0x82, 0x41), 2],
    [b(0xf0, 0x9f, 0x98, 0x78), 2], // "😀" cut short, then "x"
    [b(0xf0, 0x9f, 0x98, 0x78), 3],
    [b(0xc3, 0x28), 1], // a lead byte without its continuation
    [b(0xff, 0x41), 1], // a byte that never starts a character
  ];
  const parts: Buffer[] = [b(0xef, 0xbb, 0xbf)];
  let size = 3;
  const push = (part: Buffer | string) => {
    const buf = typeof part === "string" ? Buffer.from(part) : part;
    parts.push(buf);
    size += buf.length;
  };
  let filler = 0;
  for (let k = 0; k < 4 * cases.length; k++) {
    const [sequence, split] = cases[k % cases.length]!;
    const boundary = (k + 1) * CHUNK_BYTES;
    // Filler articles up to 100-200 bytes before the boundary, then a headline across it (short
    // enough to be shown whole).
    while (boundary - size > 200) {
      const head = `=====\r\nTitle: Filler article ${++filler}\r\nDate: 5 March 2024\r\n\r\n`;
      push(`${head}${"y".repeat(Math.min(4000, boundary - size - 100) - head.length - 5)}.\r\n\r\n`);
    }
    const head = `=====\r\nTitle: Story ${k} `;
    push(head + "x".repeat(boundary - size - head.length - split));
    push(Buffer.concat([sequence, Buffer.from(" ends here\r\nDate: 5 March 2024\r\n\r\nThe story.\r\n\r\n")]));
  }
  push(b(0xf0, 0x9f)); // the file ends inside a character
  return Buffer.concat(parts);
}

test("a few MB with a BOM, CRLF and invalid UTF-8 split across chunk boundaries read as the editor decodes them", async () => {
  const bytes = trickyDump();
  assert.ok(bytes.length > 3 * 1024 * 1024);
  const file = join(dir, "tricky.news.txt");
  writeFileSync(file, bytes);
  const outline = await request<DocumentSymbol[]>("newsLens/openLargeFile", { uri: pathToFileURL(file).href });
  const names = outline.map((s) => s.name).filter((n) => n.startsWith("Story"));
  assert.equal(names.length, 52);
  assert.ok(
    names.some((n) => n.endsWith("😀 ends here")) && names.some((n) => n.endsWith("€ ends here")) && names.some((n) => n.includes("\uFFFDA ends here")),
  );
  assert.deepEqual(outline, await openedNormally("tricky.news.txt", new TextDecoder().decode(bytes)));
  await server.connection.sendNotification("newsLens/closeLargeFile", { uri: pathToFileURL(file).href });
});

test("cancelling the reading progress stops it: the request is cancelled and the file is not kept", async () => {
  const file = join(dir, "cancelled.news.txt");
  writeFileSync(file, Array.from({ length: 800 }, () => sample).join("\n\n")); // 16 MB: reading outlasts the cancellation's trip
  const uri = pathToFileURL(file).href;
  cancelNext = true;
  await assert.rejects(request("newsLens/openLargeFile", { uri }), (e: { code?: number }) => e.code === -32800);
  const token = [...cancelled].at(-1)!;
  const events = server.progress.filter((p) => p.token === token);
  assert.deepEqual([events[0]!.kind, events[1]!.kind, events.at(-1)!.kind], ["create", "begin", "end"]);
  assert.ok(
    events.every((p) => p.kind !== "report" || p.percentage! < 100),
    "stopped before the end of the file",
  );
  assert.deepEqual(await symbolsOf(uri), []);
  assert.deepEqual(await request("newsLens/entities", { uri }), []);
});

test("files that are not dumps, not on disk or not files are answered without a crash", async () => {
  const notes = join(dir, "notes.txt");
  writeFileSync(notes, "milk\neggs\nbread\n\nremember to call the plumber about the kitchen tap\n");
  assert.equal(await request("newsLens/openLargeFile", { uri: pathToFileURL(notes).href }), null);
  assert.equal(await request("newsLens/openLargeFile", { uri: "untitled:Untitled-1" }), null);
  await assert.rejects(request("newsLens/openLargeFile", { uri: pathToFileURL(join(dir, "gone.txt")).href }), /cannot read gone\.txt: ENOENT/);
  await assert.rejects(request("newsLens/openLargeFile", { uri: pathToFileURL(dir).href }), /cannot read/);
  assert.equal(server.process.exitCode, null);
});
