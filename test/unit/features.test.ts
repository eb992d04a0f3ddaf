// The editor features on dumps written in the test, as examples: the dump (with `$0` at the
// cursor) in, what the user sees out. The protocol itself is tested over stdio in test/protocol.

import assert from "node:assert/strict";
import { test } from "node:test";
import type { Range, SemanticTokens } from "vscode-languageserver";
import { codeActions } from "../../server/src/lsp/features/codeActions.js";
import { diagnostics } from "../../server/src/lsp/features/diagnostics.js";
import { documentSymbols } from "../../server/src/lsp/features/documentSymbols.js";
import { foldingRanges } from "../../server/src/lsp/features/folding.js";
import { hover } from "../../server/src/lsp/features/hover.js";
import { inlayHints } from "../../server/src/lsp/features/inlayHints.js";
import { layoutInfo } from "../../server/src/lsp/features/layout.js";
import { references } from "../../server/src/lsp/features/references.js";
import { legend, semanticTokens } from "../../server/src/lsp/features/semanticTokens.js";
import { marked, type TestDump, testDump, textOf } from "../support/check.js";

const twoRecords = `
  Title: Orban meets Scholz in Berlin
  Date: 2024-03-05
  Source: Wire

  BERLIN — Hungarian Prime Minister Viktor Orban met Chancellor Olaf Scholz on Tuesday.
  Orban said the talks were frank.

  =====
  Title: Kenya's parliament passes finance bill
  Date: 2024-06-20

  NAIROBI — Lawmakers in Kenya passed the bill on Thursday after President William Ruto dropped some tax rises.
`;

/** The Outline as indented lines: `name — detail`. */
function outline(dump: TestDump): string {
  return documentSymbols(dump.analysis.articles)
    .flatMap((s) => [`${s.name} — ${s.detail}`, ...(s.children ?? []).map((c) => `  ${c.name}`)])
    .join("\n");
}

test("Outline: one symbol per record, the headline from its title key, the date and dateline in the detail", () => {
  assert.equal(
    outline(testDump(twoRecords)),
    ["Orban meets Scholz in Berlin — 2024-03-05 · BERLIN", "Kenya's parliament passes finance bill — 2024-06-20 · NAIROBI"].join("\n"),
  );
});

test("Outline: markup and list marks are not part of the headline; subheads are sections", () => {
  const dump = testDump(`
    ## **Rail strike halts trains across France**
    *By Claire Martin | 12 March 2024*

    PARIS — Train drivers walked out on Tuesday.

    Talks resume
    Unions and management meet again on Friday to discuss pay.

    ## Drought cuts Panama Canal crossings
    *By Ana Ruiz | 14 March 2024*

    PANAMA CITY — The canal authority cut daily crossings again.
  `);
  assert.equal(
    outline(dump),
    ["Rail strike halts trains across France — 2024-03-12 · PARIS", "  Talks resume", "Drought cuts Panama Canal crossings — 2024-03-14 · PANAMA CITY"].join(
      "\n",
    ),
  );
});

test("Folding: each article, and a run of header lines as a comment", () => {
  const dump = testDump(twoRecords);
  assert.deepEqual(
    foldingRanges(dump.analysis.articles).map((r) => `${r.startLine + 1}-${r.endLine + 1}${r.kind ? ` ${r.kind}` : ""}`),
    ["1-6", "2-3 comment", "9-12"],
  );
});

/** The dump with each semantic token written around its text: `[person Viktor Orban]`. */
function tokens(dump: TestDump, types: readonly string[] = ["person", "organization", "location"]): string {
  const data = (semanticTokens(dump.analysis, { entities: true, entityTypes: types as never }) as SemanticTokens).data;
  const marks: { range: Range; open: string; close: string }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    character = data[i]! === 0 ? character + data[i + 1]! : data[i + 1]!;
    const range = { start: { line, character }, end: { line, character: character + data[i + 2]! } };
    marks.push({ range, open: `[${legend.tokenTypes[data[i + 3]!]} `, close: "]" });
  }
  return marked(dump, marks);
}

test("Colours: people, places, agencies, dates and headlines as semantic tokens", () => {
  const dump = testDump(`
    Storm shuts ports in Taiwan
    By Staff Reporter | 2 September 2024

    TAIPEI (Reuters) — Typhoon winds shut ports in Kaohsiung on Monday, President Lai Ching-te said.
  `);
  assert.equal(
    tokens(dump),
    [
      // Tokens do not nest: the headline's token stops where the place's begins.
      "[headline Storm shuts ports in ][location Taiwan]",
      "By Staff Reporter | [date 2 September 2024]",
      "",
      "[location TAIPEI] ([organization Reuters]) — Typhoon winds shut ports in [location Kaohsiung] on [date Monday], President [person Lai Ching-te] said.",
      "",
    ].join("\n"),
  );
});

test("Colours: a type the user switched off is not coloured", () => {
  const dump = testDump(`
    Storm shuts ports in Taiwan
    By Staff Reporter | 2 September 2024

    TAIPEI (Reuters) — Typhoon winds shut ports on Monday, President Lai Ching-te said.
  `);
  assert.doesNotMatch(tokens(dump, ["person"]), /\[location|\[organization/);
  assert.match(tokens(dump, ["person"]), /\[person Lai Ching-te\]/);
});

test("Inlay hints: the day a relative date resolves to, after it; none after a date that states its year", () => {
  const dump = testDump(twoRecords);
  const all = { start: { line: 0, character: 0 }, end: { line: dump.lines.length, character: 0 } };
  const hints = inlayHints(dump.analysis, all).map((h) => ({ range: { start: h.position, end: h.position }, open: `‹${h.label}›`, close: "" }));
  const lines = marked(dump, hints).split("\n");
  assert.equal(lines[4], "BERLIN — Hungarian Prime Minister Viktor Orban met Chancellor Olaf Scholz on Tuesday‹= Tue 5 Mar 2024›.");
  assert.equal(lines[11], "NAIROBI — Lawmakers in Kenya passed the bill on Thursday‹= Thu 20 Jun 2024› after President William Ruto dropped some tax rises.");
  assert.equal(lines[1], "Date: 2024-03-05");
});

function hoverAt(dump: TestDump): string | undefined {
  const context = {
    entities: dump.session.entityIndex()!,
    uri: dump.uri,
    lineText: (l: number) => dump.lines[l]!,
    layout: layoutInfo(dump.session).description,
  };
  const answer = hover(dump.analysis, dump.cursor, context);
  return answer ? `${textOf(dump, answer.range!)}\n${(answer.contents as { value: string }).value}` : undefined;
}

test("Hover on a person: the name, the roles the text gives, other spellings, where it is mentioned", () => {
  const dump = testDump(`
    Title: Orban meets Scholz in Berlin
    Date: 2024-03-05

    BERLIN — Hungarian Prime Minister Viktor Or$0ban met Chancellor Olaf Scholz on Tuesday.
    Orban said the talks were frank.
  `);
  assert.equal(
    hoverAt(dump),
    [
      "Viktor Orban",
      "**Viktor Orban** — Person",
      "",
      "Roles in the text: “Hungarian Prime Minister”",
      "",
      "Also written: “Orban”",
      "",
      "Mentioned 3 times in 1 of 1 article:",
      "- [line 1](file:///test/dump.news.txt#L1) · Orban meets Scholz in Berlin (3×)",
    ].join("\n"),
  );
});

test("Hover on a relative date: the day, against the publication date", () => {
  const dump = testDump(`
    Title: Orban meets Scholz in Berlin
    Date: 2024-03-07

    BERLIN — Viktor Orban met Olaf Scholz on Tues$0day.
  `);
  assert.equal(
    hoverAt(dump),
    [
      "Tuesday",
      "**Tue 5 Mar 2024 — 2 days before publication**",
      "",
      "“Tuesday” resolved to `2024-03-05`",
      "against the article's date of publication 2024-03-07",
    ].join("\n"),
  );
});

test("Hover on a headline: the article's place in the dump, its date, dateline, lines, who is in it, and the layout", () => {
  const dump = testDump(`
    Title: Kenya's parliament passes $0finance bill
    Date: 2024-06-20

    NAIROBI — Lawmakers in Kenya passed the bill on Thursday after President William Ruto dropped some tax rises.
  `);
  assert.equal(
    hoverAt(dump),
    [
      "Kenya's parliament passes finance bill",
      "**Article 1 of 1**  ",
      "  ",
      "Published 2024-06-20  ",
      "Dateline: NAIROBI  ",
      "Lines 1–4  ",
      "Most mentioned: Kenya (2), NAIROBI (1), William Ruto (1)  ",
      "Layout: articles found by their headlines",
    ].join("\n"),
  );
});

test("Hover: nothing on plain words", () => {
  const dump = testDump(`
    Title: Kenya's parliament passes finance bill
    Date: 2024-06-20

    NAIROBI — Lawmakers in Kenya pass$0ed the bill on Thursday.
  `);
  assert.equal(hoverAt(dump), undefined);
});

test("References: every mention of the entity under the cursor, under all its names", () => {
  const dump = testDump(`
    Title: Orban meets Scholz in Berlin
    Date: 2024-03-05

    BERLIN — Hungarian Prime Minister Viktor Orban met Chancellor Olaf Scholz on Tuesday.
    Or$0ban said the talks were frank.
  `);
  assert.deepEqual(
    references(dump.session.entityIndex()!, dump.uri, dump.cursor).map((l) => `${l.range.start.line + 1}: ${textOf(dump, l.range)}`),
    ["1: Orban", "4: Viktor Orban", "5: Orban"],
  );
});

test("Duplicates: a headline given twice is a warning on the second copy, with quick fixes to go to the first and to delete the copy", () => {
  const dump = testDump(`
    Title: Floods close Danube crossings
    Date: 2024-09-17

    Officials closed two bridges in Budapest.

    =====
    Title: Floods close Danube crossings
    Date: 2024-09-18

    Officials closed two bridges in Budapest.
  `);
  const found = diagnostics(dump.analysis, () => ({ uri: dump.uri, articles: dump.analysis.articles, fingerprints: dump.session.fingerprints() ?? [] }), []);
  assert.deepEqual(
    found.map((d) => `${d.range.start.line + 1}: ${d.code}: ${d.message}`),
    ["7: duplicate-headline: Duplicate headline: same as article 1 “Floods close Danube crossings” (line 1)"],
  );
  const end = { line: dump.lines.length - 1, character: dump.lines.at(-1)!.length };
  const actions = codeActions(dump.analysis, dump.uri, found, end);
  assert.deepEqual(
    actions.map((a) => a.title),
    ["Go to first copy", "Delete this duplicate article"],
  );
  const deletion = actions[1]!.edit!.changes![dump.uri]![0]!;
  assert.equal(textOf(dump, deletion.range).trim().split("\n")[0], "=====");
});
