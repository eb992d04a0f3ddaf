// The CLI's standard streams: `analyze -` reads the dump from standard input, and output that
// cannot be written (`> /dev/full`) is one line on standard error and exit 1, never a stack trace.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { repo, samplePath } from "./client.js";

const cliJs = join(repo, "dist", "cli.js");

test("analyze - reads the dump from standard input, as analyze FILE reads it", () => {
  const bytes = readFileSync(samplePath);
  const piped = spawnSync(process.execPath, [cliJs, "analyze", "-", "--json", "--jobs", "1"], { input: bytes, encoding: "utf8", maxBuffer: 1 << 30 });
  assert.equal(piped.status, 0, piped.stderr);
  const fromFile = spawnSync(process.execPath, [cliJs, "analyze", samplePath, "--json", "--jobs", "1"], { encoding: "utf8", maxBuffer: 1 << 30 });
  const strip = (json: string) => ({ ...JSON.parse(json), file: "" });
  assert.deepEqual(
    strip(piped.stdout).articles.map((a: { headline: string }) => a.headline),
    strip(fromFile.stdout).articles.map((a: { headline: string }) => a.headline),
  );
  assert.equal(strip(piped.stdout).entities.length, strip(fromFile.stdout).entities.length);
  // UTF-16 on standard input decodes as a UTF-16 file does.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString("utf8"), "utf16le")]);
  const summary = spawnSync(process.execPath, [cliJs, "analyze", "-"], { input: utf16, encoding: "utf8" });
  assert.equal(summary.status, 0, summary.stderr);
  assert.match(summary.stdout, /^6 articles, 180 lines/m);
});

test("output that cannot be written is one line on standard error and exit 1", { skip: process.platform !== "linux" && "needs /dev/full" }, () => {
  for (const args of [
    ["analyze", samplePath, "--json"],
    ["analyze", samplePath],
  ]) {
    const full = openSync("/dev/full", "w");
    const r = spawnSync(process.execPath, [cliJs, ...args], { stdio: ["ignore", full, "pipe"], encoding: "utf8" });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "news-lens: cannot write the output: ENOSPC: no space left on device, write\n");
  }
});
