// The editor's exports: a file export never lands on the dump or its corrections and replaces
// the chosen file whole; brat goes into a new folder named after the dump, never over files.

import assert from "node:assert/strict";
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ExportRefused, writeBratFolder, writeExportFile } from "../../client/src/exportFiles.js";

let dir: string;
let dump: string;
let inputs: string[];
before(() => {
  dir = mkdtempSync(join(tmpdir(), "news-lens-export-files-"));
  dump = join(dir, "dump.txt");
  writeFileSync(dump, "Storm hits coast\n");
  writeFileSync(`${dump}.annotations.json`, "{}");
  mkdirSync(join(dir, ".newslens"));
  writeFileSync(join(dir, ".newslens", "lexicon.json"), "{}");
  inputs = [dump, `${dump}.annotations.json`, join(dir, ".newslens", "lexicon.json")];
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("the dump, a link to it, its annotations file and the lexicon are refused as targets", () => {
  symlinkSync(dump, join(dir, "link.jsonl"));
  linkSync(dump, join(dir, "hard.jsonl"));
  for (const target of [...inputs, join(dir, "link.jsonl"), join(dir, "hard.jsonl")]) {
    assert.throws(() => writeExportFile(target, "export", inputs), ExportRefused, target);
  }
  assert.equal(readFileSync(dump, "utf8"), "Storm hits coast\n");
  assert.equal(readFileSync(`${dump}.annotations.json`, "utf8"), "{}");
});

test("a file export replaces the chosen file whole", () => {
  const target = join(dir, "dump.jsonl");
  writeFileSync(target, "older\n".repeat(100));
  writeExportFile(target, '{"text": "Storm"}\n', inputs);
  assert.equal(readFileSync(target, "utf8"), '{"text": "Storm"}\n');
});

test("brat goes into a new folder named after the dump, a second export beside the first", () => {
  const parent = join(dir, "exports");
  mkdirSync(parent);
  writeFileSync(join(parent, "article-0001.txt"), "someone else's file\n");
  const files = [
    { path: "article-0001.txt", content: "Storm hits coast\n" },
    { path: "annotation.conf", content: "[entities]\n" },
  ];
  assert.equal(writeBratFolder(parent, dump, files), join(parent, "dump-brat"));
  assert.equal(writeBratFolder(parent, dump, files), join(parent, "dump-brat-2"));
  assert.deepEqual(readdirSync(parent).sort(), ["article-0001.txt", "dump-brat", "dump-brat-2"]);
  assert.equal(readFileSync(join(parent, "article-0001.txt"), "utf8"), "someone else's file\n");
  assert.equal(readFileSync(join(parent, "dump-brat-2", "article-0001.txt"), "utf8"), "Storm hits coast\n");
});
