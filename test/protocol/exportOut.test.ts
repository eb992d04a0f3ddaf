// `news-lens export --out` never replaces what it reads (the dump, through any name, and its
// corrections), replaces an earlier export whole, and writes brat only into a new or empty folder.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { repo } from "./client.js";

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(repo, "dist", "cli.js"), ...args], { cwd: dir, encoding: "utf8", input: "", timeout: 60_000, maxBuffer: 1 << 30 });
const dumpText = "Storm hits coast\nBy Jane Doe | June 3, 2024\n\nMIAMI (AP) - Heavy rain hit Miami on Monday, said Mayor Francis Suarez.\n";

// The dump and its corrections, and links to the dump, in a folder of their own.
const dir = mkdtempSync(join(tmpdir(), "news-lens-export-out-"));
const dump = join(dir, "dump.txt");
before(() => {
  writeFileSync(dump, dumpText);
  writeFileSync(`${dump}.annotations.json`, JSON.stringify({ version: 1, corrections: [{ text: "Miami", type: "location", scope: "all" }] }));
  mkdirSync(join(dir, ".newslens"));
  writeFileSync(join(dir, ".newslens", "lexicon.json"), JSON.stringify({ version: 1, entries: [{ text: "AP", type: "organization" }] }));
  symlinkSync(dump, join(dir, "link-to-dump.jsonl"));
  linkSync(dump, join(dir, "hard-link-to-dump.jsonl"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("the dump, a link to it, a hard link to it, its annotations file and its lexicon are refused as --out, and left as they were", () => {
  const inputs = [dump, `${dump}.annotations.json`, join(dir, ".newslens", "lexicon.json")];
  const before = inputs.map((f) => readFileSync(f, "utf8"));
  for (const [out, what] of [
    [dump, "the dump itself"],
    [join(dir, "link-to-dump.jsonl"), "the dump itself"],
    [join(dir, "hard-link-to-dump.jsonl"), "the dump itself"],
    [`${dump}.annotations.json`, "dump\\.txt\\.annotations\\.json"],
    [join(dir, ".newslens", "lexicon.json"), "lexicon\\.json"],
  ] as const) {
    for (const format of ["jsonl", "conll"]) {
      const r = cli("export", dump, "--format", format, "--out", out);
      assert.equal(r.status, 1, `${out}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`^news-lens: export: --out .* is (.*/)?${what}: the export would replace it\\n$`));
    }
  }
  assert.deepEqual(
    inputs.map((f) => readFileSync(f, "utf8")),
    before,
  );
  assert.ok(lstatSync(join(dir, "link-to-dump.jsonl")).isSymbolicLink());
});

test("an earlier export is replaced whole, keeping its permissions; through a link, the file it names is replaced", () => {
  const out = join(dir, "out.jsonl");
  writeFileSync(out, "an older export\n".repeat(1000));
  chmodSync(out, 0o640);
  assert.equal(cli("export", dump, "--format", "jsonl", "--out", out).status, 0);
  const records = readFileSync(out, "utf8").trimEnd().split("\n");
  assert.equal(records.length, 1);
  assert.ok(JSON.parse(records[0]!).spans.some((s: { label: string }) => s.label === "LOC"));
  assert.equal(statSync(out).mode & 0o777, 0o640);
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith(".tmp")),
    [],
  );
  const linked = join(dir, "linked.conll");
  symlinkSync(out, linked);
  assert.equal(cli("export", dump, "--format", "conll", "--out", linked).status, 0);
  assert.ok(lstatSync(linked).isSymbolicLink());
  assert.match(readFileSync(out, "utf8"), /^-DOCSTART-/);
});

test("--out - (or /dev/stdout) writes the export to standard output, and the report to standard error", () => {
  for (const out of ["-", "/dev/stdout"]) {
    const r = cli("export", dump, "--format", "jsonl", "--out", out);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).meta.headline, "Storm hits coast");
    assert.match(r.stderr, /^news-lens: wrote 1 articles/);
  }
});

test("brat goes into a new or empty folder only: a folder holding files is refused and left as it was", () => {
  const fresh = join(dir, "brat-new");
  assert.equal(cli("export", dump, "--format", "brat", "--out", fresh).status, 0);
  assert.deepEqual(readdirSync(fresh).sort(), ["annotation.conf", "article-0001.ann", "article-0001.txt"]);
  const empty = join(dir, "brat-empty");
  mkdirSync(empty);
  assert.equal(cli("export", dump, "--format", "brat", "--out", empty).status, 0);
  assert.equal(readdirSync(empty).length, 3);
  writeFileSync(join(fresh, "article-0001.ann"), "T1\tPER 0 5\tStorm\n");
  const again = cli("export", dump, "--format", "brat", "--out", fresh);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /^news-lens: export: --out .*brat-new already holds files: write into a new or empty folder/);
  assert.equal(readFileSync(join(fresh, "article-0001.ann"), "utf8"), "T1\tPER 0 5\tStorm\n");
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith(".tmp")),
    [],
  );
});
