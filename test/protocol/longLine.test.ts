// A line of 6 MB in one article (data pasted into a dump) leaves the rest of the dump its entities
// and dates, in the CLI and in the server.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { SemanticTokens } from "vscode-languageserver-protocol";
import { repo, startServer, type TestServer } from "./client.js";

const text =
  "Storm hits coast\nBy Jane Doe | June 3, 2024\n\nMIAMI (AP) - Mayor Francis Suarez said on Tuesday that the storm hit Miami.\n\n" +
  `Data dump\nJune 4, 2024\n\n${"lorem ipsum dolor sit amet ".repeat(240_000)}\n\n` +
  "Talks resume\nBy John Roe | June 5, 2024\n\nGENEVA (Reuters) - Angela Merkel met Emmanuel Macron in Geneva on Friday.\n";

let dir: string;
let server: TestServer;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "news-lens-long-line-"));
  server = await startServer();
});
after(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("the CLI analyses a dump with a 6 MB line: the other articles keep their entities and dates", () => {
  const file = join(dir, "dump.txt");
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, [join(repo, "dist", "cli.js"), "analyze", file, "--json"], { encoding: "utf8", maxBuffer: 1 << 30 });
  assert.equal(r.status, 0, r.stderr);
  const analysis = JSON.parse(r.stdout) as { entities: { text: string }[]; dates: { text: string }[] };
  const names = analysis.entities.map((e) => e.text);
  assert.ok(names.includes("Francis Suarez") && names.includes("Angela Merkel"), names.join(", "));
  assert.ok(analysis.dates.some((d) => d.text === "Friday"));
});

test("the server colours the names of a dump with a 6 MB line", async () => {
  const uri = "file:///virtual/long-line.news.txt";
  server.open(uri, text);
  const { data } = (await server.connection.sendRequest("textDocument/semanticTokens/full", { textDocument: { uri } })) as SemanticTokens;
  const lines = new Set<number>();
  for (let i = 0, line = 0; i < data.length; i += 5) lines.add((line += data[i]!));
  assert.ok(lines.has(3) && lines.has(13), `tokens on lines ${[...lines].join(", ")}`);
});
