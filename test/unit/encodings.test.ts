// Text files in any encoding a dump comes in: UTF-8 (with or without a byte-order mark), UTF-16
// little- or big-endian with a byte-order mark, and legacy single-byte text (Windows-1252). Read
// whole or in chunks, they decode to the same text; none of them is an error.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { analyzeDump, misdecodedReason } from "../../server/src/analysis/index.js";
import type { Progress } from "../../server/src/lsp/progress.js";
import { decodeText, isDumpFile, readText, readTextFile } from "../../server/src/node/textFile.js";

const tools = join(__dirname, "..", "fixtures", "tools");
const text = "Café talks resume in Genève\r\nBy Zoë Müller | June 3, 2024\r\n\r\nThe “talks” — €5 bn — resumed.\r\n";

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}
/** Windows-1252 bytes of a text made of ASCII and these characters (the code page's table, spelled out). */
const CP1252: Record<string, number> = { é: 0xe9, è: 0xe8, ë: 0xeb, ü: 0xfc, "“": 0x93, "”": 0x94, "—": 0x97, "€": 0x80, "’": 0x92 };
function cp1252(s: string): Buffer {
  return Buffer.from([...s].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : CP1252[c]!)));
}

const encoded: [string, Buffer][] = [
  ["UTF-8", Buffer.from(text)],
  ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
  ["UTF-16LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
  ["UTF-16BE with a BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
  ["Windows-1252", cp1252(text)],
];

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "news-lens-encodings-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const progress: Progress = { token: { isCancellationRequested: false }, cancelledByUser: () => false, report: () => undefined, done: () => undefined };

for (const [name, bytes] of encoded) {
  test(`${name} decodes to the text, whole, in chunks of any size, and from disk`, async () => {
    assert.equal(decodeText(bytes).text, text);
    const file = join(dir, `${name.replace(/\W+/g, "-")}.txt`);
    writeFileSync(file, bytes);
    assert.equal(await readTextFile(file), text);
    for (const chunkBytes of [1, 2, 3, 5, 64 * 1024]) assert.equal(await readText(file, progress, chunkBytes), text, `${chunkBytes}-byte chunks`);
    assert.equal(await isDumpFile(file, true, false), true, "not taken for binary");
  });
}

test("the encoding is named; a BOM is dropped, a U+FEFF after it is text", () => {
  assert.equal(decodeText(encoded[3]![1]).encoding, "utf-16be");
  assert.equal(decodeText(encoded[4]![1]).encoding, "windows-1252");
  assert.equal(decodeText(Buffer.from("\uFEFF\uFEFFx")).text, "\uFEFFx");
  assert.equal(decodeText(Buffer.alloc(0)).text, "");
});

test("UTF-8 with a few broken bytes stays UTF-8 (the broken bytes become U+FFFD); a literal U+FFFD is not a broken byte", () => {
  const damaged = Buffer.concat([Buffer.from("Zoë, Genève, Café, Müller: "), Buffer.from([0xe9, 0x20]), Buffer.from("fin")]);
  assert.deepEqual(decodeText(damaged), { text: "Zoë, Genève, Café, Müller: \uFFFD fin", encoding: "utf-8" });
  assert.deepEqual(decodeText(Buffer.from("scraped \uFFFD mark")), { text: "scraped \uFFFD mark", encoding: "utf-8" });
});

test("the tools' UTF-16 and Windows-1252 fixtures decode to the text their gold is over", () => {
  for (const [file, encoding] of [
    ["archive-utf16.txt", "utf-16le"],
    ["feed-cp1252.txt", "windows-1252"],
  ] as const) {
    const gold = JSON.parse(readFileSync(join(tools, file.replace(".txt", ".gold.json")), "utf8")) as {
      articles: { headline: string; headlineLine: number }[];
    };
    const decoded = decodeText(readFileSync(join(tools, file)));
    assert.equal(decoded.encoding, encoding);
    const lines = decoded.text.split(/\r\n|\r|\n/);
    for (const a of gold.articles) assert.ok(lines[a.headlineLine]!.includes(a.headline), `${file}: ${a.headline}`);
    const analysis = analyzeDump(decoded.text, { stages: [] });
    assert.equal(analysis.notText, undefined);
    assert.ok(!analysis.articles.some((a) => a.headline.includes("\uFFFD")));
  }
});

test("a text the editor decoded with the wrong encoding (full of U+FFFD) is told apart from one with a stray mark", () => {
  const misread = new TextDecoder().decode(cp1252(text.repeat(20)));
  assert.match(misdecodedReason(misread) ?? "", /could not be decoded/);
  assert.equal(misdecodedReason(text.repeat(20)), undefined);
  assert.equal(misdecodedReason(`${text.repeat(20)}one scraped \uFFFD mark`), undefined);
});
