// The CLI as users run it: the bundled dist/cli.js.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { repo, samplePath } from "./client.js";

const cli = (...args: string[]) => spawnSync(process.execPath, [join(repo, "dist", "cli.js"), ...args], { encoding: "utf8", input: "", maxBuffer: 1 << 30 });

test("analyze prints one line per article and the counts; --json the whole analysis", () => {
  const text = cli("analyze", samplePath);
  assert.equal(text.status, 0);
  assert.match(text.stdout, /^\s*1\s+2024-02-19\s+Iraqi armed groups dial down US attacks on request of Iran commander$/m);
  assert.match(text.stdout, /^6 articles, 180 lines; entities: \d+ person/m);
  const json = cli("analyze", samplePath, "--json");
  assert.equal(json.status, 0);
  const analysis = JSON.parse(json.stdout);
  assert.equal(analysis.version, 1);
  assert.equal(analysis.articles.length, 6);
  assert.ok(analysis.entities.length > 250 && analysis.dates.length > 30);
});

test("missing, directory and binary inputs exit 1 with one clear line", () => {
  for (const [file, message] of [
    ["/no/such/dump.txt", /^news-lens: cannot read dump \/no\/such\/dump\.txt: no such file\n$/],
    [repo, /^news-lens: cannot read dump .*: is a directory\n$/],
    [join(repo, "test", "fixtures", "bad", "binary.bin"), /^news-lens: .*binary\.bin: not a text dump: the file contains NUL bytes \(binary data\)\n$/],
  ] as const) {
    const r = cli("analyze", file);
    assert.equal(r.status, 1, file);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, "");
  }
});

test("a big dump tagged on two threads gives exactly the analysis of one thread", () => {
  // 2.5 MB of the sample and the layout fixtures, one after another: past the size where workers start
  const dir = mkdtempSync(join(tmpdir(), "news-lens-jobs-"));
  try {
    const fixtures = join(repo, "test", "fixtures", "layouts");
    const texts = [
      readFileSync(samplePath, "utf8"),
      ...readdirSync(fixtures)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => readFileSync(join(fixtures, f), "utf8")),
    ];
    const parts: string[] = [];
    for (let size = 0, i = 0; size < 2_500_000; i++) {
      const text = texts[i % texts.length]!.replace(/^\uFEFF/, "");
      parts.push(text, "\n\n");
      size += text.length + 2;
    }
    const dump = join(dir, "big.txt");
    writeFileSync(dump, parts.join(""));
    const one = cli("analyze", dump, "--json", "--jobs", "1");
    const two = cli("analyze", dump, "--json", "--jobs=2");
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.status, 0, two.stderr);
    assert.ok(JSON.parse(one.stdout).entities.length > 10_000);
    assert.equal(two.stdout, one.stdout);
    assert.equal(cli("analyze", dump, "--jobs", "0").status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("usage: --help exits 0, a wrong command exits 2", () => {
  assert.equal(cli("--help").status, 0);
  assert.match(cli("--help").stdout, /news-lens analyze FILE \[--json\]/);
  const wrong = cli("frobnicate");
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /unknown command "frobnicate"/);
});

test("conll adds a BIO column and passes -DOCSTART- and blank lines through", () => {
  const input = "-DOCSTART- -X- -X- O\n\nAngela NNP B-NP B-PER\nMerkel NNP I-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP B-LOC\n. . O O\n";
  const r = spawnSync(process.execPath, [join(repo, "dist", "cli.js"), "conll"], { encoding: "utf8", input });
  assert.equal(r.status, 0);
  const lines = r.stdout.trimEnd().split("\n");
  assert.equal(lines[0], "-DOCSTART- -X- -X- O");
  assert.equal(lines[1], "");
  assert.deepEqual(
    lines.slice(2).map((l) => l.split(" ").at(-1)),
    ["B-PER", "I-PER", "O", "B-LOC", "O"],
  );
});
