// The News Dump grammar: the committed file is the one scripts/grammar.ts makes from the
// analysis's line shapes, and VS Code's own TextMate engine (vscode-textmate over Oniguruma)
// colours lines of every shape as the analysis classifies them.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, test } from "node:test";
import * as oniguruma from "vscode-oniguruma";
import { type IGrammar, INITIAL, Registry } from "vscode-textmate";
import { GRAMMAR_FILE, grammarText } from "../../scripts/grammar.js";

test("the committed grammar is the one made from the analysis's line shapes (npm run grammar)", () => {
  assert.equal(readFileSync(GRAMMAR_FILE, "utf8"), grammarText());
});

let grammar: IGrammar;
before(async () => {
  await oniguruma.loadWASM(readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => JSON.parse(grammarText()),
  });
  grammar = (await registry.loadGrammar("text.newsdump"))!;
});

/** Each token of `line` with the last scope the grammar gives it (tokens with none left out). */
function scopes(line: string): string[] {
  return grammar
    .tokenizeLine(line, INITIAL)
    .tokens.filter((t) => t.scopes.length > 1)
    .map((t) => `${line.slice(t.startIndex, t.endIndex)} → ${t.scopes.at(-1)!.replace(/\.newsdump$/, "")}`);
}

test("title keys of any spelling carry the headline; other keys their value", () => {
  assert.deepEqual(scopes("HEADLINE: Storm hits coast"), [
    "HEADLINE → keyword.other.header",
    ": → punctuation.separator.key-value",
    "Storm hits coast → entity.name.section",
  ]);
  assert.deepEqual(scopes("Load-Date: March 19, 2019"), [
    "Load-Date → keyword.other.header",
    ": → punctuation.separator.key-value",
    "March 19, 2019 → string.unquoted.header-value",
  ]);
});

test("record furniture: separators, counters, mbox lines, ids, URLs, stamps, trailers, page numbers", () => {
  const cases: [string, string][] = [
    ["=====", "comment.line.separator"],
    ["3 of 50 DOCUMENTS", "comment.line.counter"],
    ["From jane@example.org Tue Mar 16 08:00:00 2021", "comment.line.mail-from"],
    ["[id: 48213]", "comment.line.record-id"],
    ["BC-Kenya-counts,0092", "comment.line.slug"],
    ["https://news.example.com/a/1", "markup.underline.link"],
    ["Updated 3 sec ago", "comment.line.boilerplate"],
    ["Short Url", "comment.line.boilerplate"],
    ["Scraped at 2023-04-06T22:54:21Z", "comment.line.boilerplate"],
    ["4 min read", "comment.line.boilerplate"],
    ["Reporting by Jane Doe; Editing by John Roe", "comment.line.trailer"],
    ["Page 3 of 12", "comment.line.page-number"],
    ["By Jane Doe", "comment.line.byline"],
    ["> quoted reply", "markup.quote"],
  ];
  for (const [line, scope] of cases) assert.deepEqual(scopes(line), [`${line} → ${scope}`], line);
});

test("a wire dateline is the place only; headings and list marks", () => {
  assert.deepEqual(scopes("NAIROBI, Kenya (Reuters) — Lawmakers passed the bill."), ["NAIROBI → entity.name.tag.dateline"]);
  assert.deepEqual(scopes("BAGHDAD: A visit by the commander"), ["BAGHDAD → entity.name.tag.dateline"]);
  assert.deepEqual(scopes("## Rail strike halts trains"), ["## Rail strike halts trains → markup.heading"]);
  assert.deepEqual(scopes("• Ports reopened on Monday"), ["• → punctuation.definition.list.begin.markdown"]);
});

test("story text is left alone", () => {
  assert.deepEqual(scopes("Officials said the talks were frank, and would go on."), []);
});
