// Corrections over stdio: what the server refuses to record.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { samplePath, startServer, type TestServer } from "./client.js";

const sample = readFileSync(samplePath, "utf8");
const uri = "file:///virtual/corrections.news.txt";
let server: TestServer;

before(async () => {
  server = await startServer();
  server.open(uri, sample);
});
after(async () => {
  await server.stop();
});

test("a correction of a selection across a line break is refused (it would be saved and never apply)", async () => {
  const line = sample.split("\n").findIndex((l) => l.startsWith("Esmail Qaani met"));
  const across = { start: { line: line - 1, character: 0 }, end: { line, character: 12 } };
  assert.equal(await server.connection.sendRequest("newsLens/makeCorrection", { uri, range: across, type: "person", scope: "all" }), null);
  const within = { start: { line, character: 0 }, end: { line, character: 12 } };
  assert.deepEqual(await server.connection.sendRequest("newsLens/makeCorrection", { uri, range: within, type: "person", scope: "all" }), {
    text: "Esmail Qaani",
    type: "person",
    scope: "all",
  });
});
