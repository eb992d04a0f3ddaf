// Bad input never crashes or hangs the server: every feature is asked about every bad dump.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { answerWithin } from "./answer.js";
import { startServer, type TestServer } from "./client.js";

const dir = join(__dirname, "..", "fixtures", "bad");
const decode = (bytes: Buffer) => new TextDecoder("utf-8", { fatal: false }).decode(bytes); // as an editor would

const words = "the minister said on Tuesday that talks in Geneva would resume next week after a pause ".split(" ");
const prose = (chars: number) => {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const w = words[i % words.length]!;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(" ");
};

const inputs: [string, string][] = [
  ...readdirSync(dir)
    .filter((f) => !f.endsWith(".md") && !f.startsWith("."))
    .map((f): [string, string] => [f, decode(readFileSync(join(dir, f)))]),
  ["lone surrogates in the string itself", "Storm \ud800 hits \udc00 coast\nBy Jane Doe | June 3, 2024\n\nMIAMI (AP) - \ud83d rain on Monday.\n"],
  ["a 50 MB single line", prose(50 * 1024 * 1024)],
  ["100,000 tiny articles", Array.from({ length: 100_000 }, (_, i) => `=====\nTitle: Item ${i}\n\nText ${i}.`).join("\n")],
  ["a 5 MB paragraph with no headline", `${prose(5 * 1024 * 1024)}.`],
  ["only separators", "=====\n-----\n*****\n\f\n~~~~~\n"],
];

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server.stop();
});

/** A request that must answer within `ms` (a hang is a failure, not a slow test). */
const answer = <T>(method: string, params: unknown, ms = 120_000) => answerWithin<T>(server, method, params, ms);

for (const [name, text] of inputs) {
  test(`every feature answers on ${name}`, async () => {
    const uri = `file:///bad/${encodeURIComponent(name)}.txt`;
    server.open(uri, text);
    const textDocument = { uri };
    const lines = Math.min(text.split(/\r\n|\r|\n/).length, 1000);
    const everywhere = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
    const symbols = await answer<{ name: string }[]>("textDocument/documentSymbol", { textDocument });
    assert.ok(symbols.every((s) => s.name.length <= 300));
    await answer("textDocument/foldingRange", { textDocument });
    await answer("textDocument/semanticTokens/full", { textDocument });
    await answer("textDocument/semanticTokens/range", { textDocument, range: everywhere });
    await answer("textDocument/inlayHint", { textDocument, range: everywhere });
    const report = await answer<{ items: unknown[] }>("textDocument/diagnostic", { textDocument });
    await answer("textDocument/codeAction", { textDocument, range: everywhere, context: { diagnostics: report.items.slice(0, 5) } });
    for (const position of [
      { line: 0, character: 0 },
      { line: 0, character: 7 },
      { line: 3, character: 2 },
      { line: lines + 5, character: 99 },
    ]) {
      await answer("textDocument/hover", { textDocument, position });
      await answer("textDocument/references", { textDocument, position, context: { includeDeclaration: true } });
      await answer("textDocument/documentHighlight", { textDocument, position });
    }
    await answer("newsLens/entities", { uri });
    await answer("newsLens/timeline", { uri });
    await answer("workspace/symbol", { query: "a" });
    // An edit that splits a surrogate pair, then one that restores it.
    await server.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: "\ud83d" }],
    });
    await server.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, text: "" }],
    });
    await answer("textDocument/documentSymbol", { textDocument });
    await server.connection.sendNotification("textDocument/didClose", { textDocument });
    assert.equal(server.process.exitCode, null, "the server is still running");
  });
}
