// Corrections over stdio: what the server refuses to record.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { samplePath, startServer } from "./client.js";

test("a correction of a selection across a line break is refused (it would be saved and never apply)", async () => {
  const sample = readFileSync(samplePath, "utf8");
  const uri = "file:///virtual/corrections.news.txt";
  const server = await startServer();
  try {
    server.open(uri, sample);
    const line = sample.split("\n").findIndex((l) => l.startsWith("Esmail Qaani met"));
    const correct = (range: object) => server.connection.sendRequest("newsLens/makeCorrection", { uri, range, type: "person", scope: "all" });
    assert.equal(await correct({ start: { line: line - 1, character: 0 }, end: { line, character: 12 } }), null);
    assert.deepEqual(await correct({ start: { line, character: 0 }, end: { line, character: 12 } }), { text: "Esmail Qaani", type: "person", scope: "all" });
  } finally {
    await server.stop();
  }
});
