// Entity, date and duplicate features of the real server over stdio, on the shared sample.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import type {
  CodeAction,
  Diagnostic,
  DocumentDiagnosticReport,
  DocumentHighlight,
  Hover,
  InlayHint,
  Location,
  SemanticTokens,
} from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { samplePath, startServer, type TestServer, waitFor } from "./client.js";

const sample = readFileSync(samplePath, "utf8");
const uri = "file:///virtual/sample.news.txt";
const doubledUri = "file:///virtual/doubled.news.txt";
const doubled = sample.replace(/\s*$/, "\n\n") + sample;
let server: TestServer;

before(async () => {
  server = await startServer();
  server.open(uri, sample);
});
after(async () => {
  await server.stop();
});

const request = <T>(method: string, params: unknown) => server.connection.sendRequest(method, params) as Promise<T>;
/** Position of the n-th occurrence of `text` on `line` of the sample. */
function at(line: number, text: string, n = 0) {
  const l = sample.split("\n")[line]!;
  let c = -1;
  for (let i = 0; i <= n; i++) c = l.indexOf(text, c + 1);
  assert.ok(c >= 0, `"${text}" on line ${line}`);
  return { line, character: c + 1 };
}
const markdown = (h: Hover | null) => (h && typeof h.contents === "object" && "value" in h.contents ? h.contents.value : "");

test("hover on Esmail Qaani names a person, his aliases and his articles", async () => {
  const h = await request<Hover>("textDocument/hover", { textDocument: { uri }, position: at(16, "Esmail Qaani") });
  const text = markdown(h);
  assert.match(text, /\*\*Esmail Qaani\*\* — Person/);
  assert.match(text, /Also written: .*“Qaani”/);
  assert.match(text, /Mentioned \d+ times in 1 of 6 articles/);
});

test("hover on a place says what the gazetteer knows of it; on a person, the roles the text gives", async () => {
  const baghdad = markdown(await request<Hover>("textDocument/hover", { textDocument: { uri }, position: at(16, "Baghdad") }));
  assert.match(baghdad, /\*\*Baghdad\*\* — Location/);
  assert.match(baghdad, /Capital of Iraq, pop\. \d/);
  const line = sample.split("\n").findIndex((l) => l.includes("Philippe Lazzarini"));
  const lazzarini = markdown(await request<Hover>("textDocument/hover", { textDocument: { uri }, position: at(line, "Philippe Lazzarini") }));
  assert.match(lazzarini, /Roles in the text: “head of the UN Palestinian refugee agency UNRWA”/);
});

test("references on Qaani return all its mentions, under both names", async () => {
  const refs = await request<Location[]>("textDocument/references", {
    textDocument: { uri },
    position: at(17, "Qaani"),
    context: { includeDeclaration: true },
  });
  const lines = sample.split("\n");
  const texts = new Set(refs.map((r) => lines[r.range.start.line]!.slice(r.range.start.character, r.range.end.character)));
  assert.deepEqual([...texts].sort(), ["Esmail Qaani", "Qaani"]);
  assert.ok(refs.length >= 10, `${refs.length} references`);
  const highlights = await request<DocumentHighlight[]>("textDocument/documentHighlight", { textDocument: { uri }, position: at(17, "Qaani") });
  assert.equal(highlights.length, refs.length);
});

test("semantic tokens cover the sample's entities, dates and headlines", async () => {
  const legend = server.initialize.capabilities.semanticTokensProvider!.legend;
  assert.deepEqual(legend.tokenTypes, ["person", "organization", "location", "misc", "date", "headline"]);
  const tokens = await request<SemanticTokens>("textDocument/semanticTokens/full", { textDocument: { uri } });
  const decoded: { line: number; char: number; length: number; type: string }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type] = tokens.data.slice(i, i + 4) as [number, number, number, number];
    line += dl;
    char = dl === 0 ? char + dc : dc;
    decoded.push({ line, char, length, type: legend.tokenTypes[type]! });
  }
  const lines = sample.split("\n");
  const text = (t: (typeof decoded)[number]) => lines[t.line]!.slice(t.char, t.char + t.length);
  assert.ok(decoded.some((t) => t.type === "person" && text(t) === "Esmail Qaani" && t.line === 16));
  assert.ok(decoded.some((t) => t.type === "organization" && text(t) === "Quds Force"));
  assert.ok(decoded.some((t) => t.type === "location" && text(t) === "Baghdad"));
  assert.ok(decoded.some((t) => t.type === "date" && text(t) === "Jan. 29"));
  const entityTokens = decoded.filter((t) => t.type === "person" || t.type === "organization" || t.type === "location").length;
  assert.ok(entityTokens > 250, `${entityTokens} entity tokens`);
  const ranged = await request<SemanticTokens>("textDocument/semanticTokens/range", {
    textDocument: { uri },
    range: { start: { line: 16, character: 0 }, end: { line: 17, character: 0 } },
  });
  assert.ok(ranged.data.length > 0 && ranged.data.length < tokens.data.length);
});

test("hover on a date shows the resolved day and its distance from publication", async () => {
  const h = await request<Hover>("textDocument/hover", { textDocument: { uri }, position: at(16, "Jan. 29") });
  assert.match(markdown(h), /Mon 29 Jan 2024 — 21 days before publication/);
  const friday = await request<Hover>("textDocument/hover", { textDocument: { uri }, position: at(67, "Friday") });
  assert.match(markdown(friday), /Fri 18 Oct 2024 — the day of publication/);
});

test("inlay hints show resolved dates after relative expressions only", async () => {
  const hints = await request<InlayHint[]>("textDocument/inlayHint", {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } },
  });
  const labels = hints.map((h) => `${h.position.line}:${h.label}`);
  assert.ok(labels.includes("16:= Mon 29 Jan 2024"), labels.join(", "));
  assert.ok(labels.includes("17:= 2020"), "four years ago");
  assert.ok(!hints.some((h) => h.position.line === 5), "Updated 19 February 2024 states its year");
});

test("timeline request lists dated events in calendar order with their sentences", async () => {
  const items = await request<{ value: string; sentence: string; text: string }[]>("newsLens/timeline", { uri });
  assert.equal(items.length, 39);
  assert.deepEqual(
    items.map((i) => i.value),
    [...items.map((i) => i.value)].sort(),
  );
  const jan29 = items.find((i) => i.text === "Jan. 29")!;
  assert.match(jan29.sentence, /^Esmail Qaani met representatives/);
  const article4 = await request<unknown[]>("newsLens/timeline", { uri, article: 4 });
  assert.ok(article4.length > 0 && article4.length < items.length);
});

test("entities request groups mentions by entity with counts", async () => {
  const items = await request<{ type: string; name: string; count: number; aliases: string[] }[]>("newsLens/entities", { uri });
  const qaani = items.find((i) => i.name === "Esmail Qaani")!;
  assert.equal(qaani.type, "person");
  assert.ok(qaani.aliases.includes("Qaani"));
  const counts = items.map((i) => i.count);
  assert.deepEqual(
    counts,
    [...counts].sort((a, b) => b - a),
  );
});

const report = (u: string) => request<DocumentDiagnosticReport>("textDocument/diagnostic", { textDocument: { uri: u } }) as Promise<{ items: Diagnostic[] }>;

test("the sample has no duplicate headline; doubled, it has exactly 6, each pointing at its twin", async () => {
  const single = await report(uri);
  assert.equal(single.items.filter((d) => d.code === "duplicate-headline").length, 0);
  assert.equal(single.items.filter((d) => d.code === "repeated-headline").length, 18, "the scraper's copies, as hints");
  // Alone in the editor (another open copy would add cross-file duplicates, tested below).
  await server.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  server.open(doubledUri, doubled);
  const twice = await report(doubledUri);
  const dups = twice.items.filter((d) => d.code === "duplicate-headline");
  assert.equal(dups.length, 6);
  const offset = sample.replace(/\s*$/, "\n\n").split("\n").length - 1;
  for (const d of dups) {
    assert.equal(d.severity, 2);
    assert.equal(d.relatedInformation?.length, 1);
    assert.equal(d.relatedInformation![0]!.location.range.start.line + offset, d.range.start.line);
  }
});

test("quick fixes: delete the duplicate article and remove repeated headline lines, as edits that apply", async () => {
  const twice = (await request<{ items: Diagnostic[] }>("textDocument/diagnostic", { textDocument: { uri: doubledUri } })).items;
  const dup = twice.filter((d) => d.code === "duplicate-headline").at(-1)!;
  const actions = await request<CodeAction[]>("textDocument/codeAction", {
    textDocument: { uri: doubledUri },
    range: dup.range,
    context: { diagnostics: [dup], only: ["quickfix"] },
  });
  assert.deepEqual(
    actions.map((a) => a.title),
    ["Go to first copy", "Delete this duplicate article"],
  );
  assert.equal(actions[0]!.command!.command, "newsLens.revealLocation");
  const applied = applyEdits(doubled, actions[1]!.edit!.changes![doubledUri]!);
  // Deleting the last copy of the last article leaves the doubled dump without its last article.
  const lastHeadline = "Israeli military kill two attackers crossing from Jordan’s Dead Sea area";
  assert.equal(applied.split(lastHeadline).length - 1, 4, "one copy of the article (headline + 3 repeats) left");
  assert.ok(applied.trimEnd().endsWith("Israeli military kill two attackers crossing from Jordan’s Dead Sea area") === false);

  const hint = twice.find((d) => d.code === "repeated-headline")!;
  const fixes = await request<CodeAction[]>("textDocument/codeAction", {
    textDocument: { uri: doubledUri },
    range: hint.range,
    context: { diagnostics: [hint] },
  });
  const thisArticle = applyEdits(doubled, fixes[0]!.edit!.changes![doubledUri]!);
  assert.equal(thisArticle.split("\n").length, doubled.split("\n").length - 3);
  const wholeDump = applyEdits(
    sample,
    fixes[1]!.edit!.changes![doubledUri]!.filter((e) => e.range.start.line < sample.split("\n").length - 1),
  );
  assert.equal(wholeDump.split("\n").length, sample.split("\n").length - 18);
});

function applyEdits(
  text: string,
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[],
): string {
  return TextDocument.applyEdits(TextDocument.create("x", "x", 1, text), edits);
}

test("duplicates across open dumps point into the other file", async () => {
  server.open(uri, sample);
  const items = (await report(uri)).items.filter((d) => d.code === "duplicate-headline");
  assert.equal(items.length, 6);
  for (const d of items) {
    assert.match(d.message, /also in doubled\.news\.txt/);
    assert.ok(d.relatedInformation!.every((r) => r.location.uri === doubledUri));
  }
});

test("a client without pull diagnostics gets them pushed", async () => {
  const pushed = await startServer({ pullDiagnostics: false });
  try {
    pushed.open(doubledUri, doubled);
    const items = await waitFor(async () => pushed.published.get(doubledUri));
    assert.equal(items.filter((d) => d.code === "duplicate-headline").length, 6);
  } finally {
    await pushed.stop();
  }
});

test("above newsLens.maxFileSizeMB only the outline is made, and the client is told", async () => {
  const small = await startServer({ settings: { maxFileSizeMB: 0.01 } });
  try {
    const notices: { uri: string; limited: boolean; message: string }[] = [];
    small.connection.onNotification("newsLens/sizeLimit", (p: { uri: string; limited: boolean; message: string }) => void notices.push(p));
    small.open(uri, sample);
    const symbols = (await small.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as unknown[];
    assert.equal(symbols.length, 6);
    const tokens = (await small.connection.sendRequest("textDocument/semanticTokens/full", { textDocument: { uri } })) as SemanticTokens;
    const tokenTypes = small.initialize.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const types = new Set<string>();
    for (let i = 3; i < tokens.data.length; i += 5) types.add(tokenTypes[tokens.data[i]!]!);
    assert.deepEqual([...types], ["headline"], "headlines only: no entity or date tokens");
    const report = (await small.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: Diagnostic[] };
    assert.equal(report.items.length, 0);
    const notice = await waitFor(async () => notices.find((n) => n.uri === uri));
    assert.equal(notice.limited, true);
    assert.match(notice.message, /over newsLens\.maxFileSizeMB \(0\.01 MB\): entities, dates and duplicates are off/);
  } finally {
    await small.stop();
  }
});

test("a diagnostics pull naming the report the client holds is answered 'unchanged' until the diagnostics change", async () => {
  const own = "file:///virtual/result-ids.news.txt";
  server.open(own, doubled);
  const pull = (previousResultId?: string) =>
    request<DocumentDiagnosticReport & { resultId?: string; items?: Diagnostic[] }>("textDocument/diagnostic", {
      textDocument: { uri: own },
      previousResultId,
    });
  const first = await pull();
  assert.equal(first.kind, "full");
  assert.ok(first.resultId && first.items!.some((d) => d.code === "duplicate-headline"));
  assert.deepEqual(await pull(first.resultId), { kind: "unchanged", resultId: first.resultId });
  assert.equal((await pull()).kind, "full", "a client that holds nothing gets everything");
  // A letter in a body changes no diagnostic; a line added at the top moves them all.
  const bodyLine = doubled.split("\n").findIndex((l, i) => i > 5 && l.length > 80);
  const edit = (version: number, line: number, text: string) =>
    server.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri: own, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text }],
    });
  const held = (await pull()).resultId;
  await edit(2, bodyLine, "x");
  assert.equal((await pull(held)).kind, "unchanged");
  await edit(3, 0, "\n");
  const moved = await pull(held);
  assert.equal(moved.kind, "full");
  assert.notEqual(moved.resultId, held);
  assert.equal(
    moved.items!.find((d) => d.code === "duplicate-headline")!.range.start.line,
    first.items!.find((d) => d.code === "duplicate-headline")!.range.start.line + 1,
  );
  await server.connection.sendNotification("textDocument/didClose", { textDocument: { uri: own } });
});
