// Reading a dump from disk in chunks gives the text a whole-file decode gives, wherever the chunk
// boundaries fall: in the byte-order mark, between CR and LF, inside a character, around invalid bytes.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Progress } from "../../server/src/lsp/progress.js";
import { isDumpFile, readText } from "../../server/src/node/textFile.js";

const sample = join(__dirname, "..", "fixtures", "sample", "middle-east-2024.txt");
const bytes = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]), // BOM
  Buffer.from("Storm hits coast\r\nBy Jane Doe | June 3, 2024\r\n\r\nCafé talks, €5 bn 😀 pledged.\r\n"),
  Buffer.from([0xff, 0x41, 0xc3, 0x28, 0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0x78, 0x80, 0x0d]), // invalid, cut-short sequences, a lone CR
  Buffer.from("\nFloods recede\r\nJune 4, 2024\r\n\r\nWater levels fell.\r\n"),
  Buffer.from([0xf0, 0x9f]), // the file ends inside a character
]);
const expected = new TextDecoder().decode(bytes); // as an editor decodes the whole file

let dir: string;
let file: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "news-lens-read-"));
  file = join(dir, "dump.txt");
  writeFileSync(file, bytes);
});
after(() => rmSync(dir, { recursive: true, force: true }));

function progress(cancelled = false): Progress & { reported: number[] } {
  const reported: number[] = [];
  return {
    token: { isCancellationRequested: cancelled },
    cancelledByUser: () => cancelled,
    report: (p) => void reported.push(p),
    done: () => undefined,
    reported,
  };
}

test("chunks of any size decode to the whole file's text", async () => {
  for (const chunkBytes of [1, 2, 3, 4, 5, 7, 64 * 1024]) {
    const seen = progress();
    assert.equal(await readText(file, seen, chunkBytes), expected, `${chunkBytes}-byte chunks`);
    assert.equal(seen.reported.at(-1), 100);
    assert.deepEqual(
      seen.reported,
      [...seen.reported].sort((a, b) => a - b),
      "progress only grows",
    );
  }
});

test("a cancelled read stops and gives nothing; a missing file throws", async () => {
  assert.equal(await readText(file, progress(true), 4), undefined);
  await assert.rejects(readText(join(dir, "missing.txt"), progress()), /ENOENT/);
});

test("a file is read as a dump when named one or when its start looks like one, never when binary", async () => {
  const notes = join(dir, "notes.txt");
  writeFileSync(notes, "milk\neggs\nbread\n");
  const binary = join(dir, "binary.txt");
  writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
  writeFileSync(join(dir, "sample.txt"), readFileSync(sample));
  assert.equal(await isDumpFile(join(dir, "sample.txt"), false, true), true);
  assert.equal(await isDumpFile(join(dir, "sample.txt"), false, false), false, "autoDetect off");
  assert.equal(await isDumpFile(notes, false, true), false);
  assert.equal(await isDumpFile(notes, true, false), true, "named by newsLens.files");
  assert.equal(await isDumpFile(binary, true, true), false);
});
