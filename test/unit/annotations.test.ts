// User corrections of entities (annotations file, lexicon). Hand-built analyses: no model needed.
// Run: node --import tsx --test test/unit/annotations.test.ts

import assert from "node:assert/strict";
import { test } from "node:test";
import {
  type AnnotatedMention,
  type AnnotationsFile,
  applyCorrections,
  type Lexicon,
  makeCorrection,
  parseAnnotations,
  parseLexicon,
} from "../../server/src/analysis/corrections/annotations.js";
import type { DumpAnalysis, EntityMention, EntityType, Range } from "../../server/src/analysis/types.js";
import { articleOn } from "../support/articles.js";

const DUMP = [
  "Qaani visits Baghdad as Iran-backed groups pause", // 0 article 0
  "", // 1
  "BAGHDAD: Esmail Qaani met Kataib Hezbollah leaders in Baghdad, Reuters said.", // 2
  "Qaani told them to lie low. Sudani thanked Qaani.", // 3
  "", // 4
  "Kan reports strikes in Gaza", // 5 article 1
  "", // 6
  "Jerusalem: public broadcaster Kan said Qaani and Sudani were not in Gaza.", // 7
];

/** The range of the nth occurrence of `text` on `line`. */
function at(lines: readonly string[], line: number, text: string, nth = 0): Range {
  let col = -1;
  for (let i = 0; i <= nth; i++) col = lines[line]!.indexOf(text, col + 1);
  assert.ok(col >= 0, `"${text}" on line ${line}`);
  return { start: { line, character: col }, end: { line, character: col + text.length } };
}

function analysisOf(lines: readonly string[], articles: [number, number][], mentions: [number, string, EntityType, number?][]): DumpAnalysis {
  const arts = articles.map(([from, to], i) => articleOn(lines, i, from, to));
  const entities: EntityMention[] = mentions.map(([line, text, type, nth]) => ({
    text,
    type,
    canonical: text === "Qaani" ? "Esmail Qaani" : text,
    range: at(lines, line, text, nth),
    article: arts.findIndex((a) => a.range.start.line <= line && line <= a.range.end.line),
  }));
  return { version: 1, file: "t.txt", lineCount: lines.length, articles: arts, entities, dates: [], diagnostics: [] };
}

const MODEL: [number, string, EntityType, number?][] = [
  [0, "Qaani", "person"],
  [0, "Baghdad", "location"],
  [2, "BAGHDAD", "location"],
  [2, "Esmail Qaani", "person"],
  [2, "Kataib Hezbollah", "organization"],
  [2, "Baghdad", "location"],
  [2, "Reuters", "organization"],
  [3, "Qaani", "person"],
  [3, "Qaani", "person", 1],
  [5, "Kan", "person"],
  [5, "Gaza", "location"],
  [7, "Jerusalem", "location"],
  [7, "Kan", "person"],
  [7, "Qaani", "person"],
  [7, "Gaza", "location"],
];
const base = () =>
  analysisOf(
    DUMP,
    [
      [0, 3],
      [5, 7],
    ],
    MODEL,
  );
const file = (...corrections: AnnotationsFile["corrections"]): AnnotationsFile => ({ version: 1, corrections });
const show = (ms: AnnotatedMention[]) => ms.map((m) => `${m.range.start.line}:${m.range.start.character} ${m.type} ${m.text}${m.confirmed ? " ✓" : ""}`);
const find = (ms: AnnotatedMention[], line: number, text: string) => ms.filter((m) => m.range.start.line === line && m.text === text);

test("Not an Entity removes that mention only", () => {
  const a = base();
  const c = makeCorrection(DUMP, a, at(DUMP, 2, "Reuters"), "none", "mention");
  assert.equal(c.text, "Reuters");
  assert.equal(c.headline, DUMP[0]);
  const col = DUMP[2]!.indexOf("Reuters");
  assert.equal(c.before, DUMP[2]!.slice(col - 32, col));
  assert.equal(c.after, " said.");
  const out = applyCorrections(DUMP, a, file(c));
  assert.equal(out.length, a.entities.length - 1);
  assert.deepEqual(find(out, 2, "Reuters"), []);
  // Removing one Qaani on line 3 keeps the other one on that line.
  const second = makeCorrection(DUMP, a, at(DUMP, 3, "Qaani", 1), "none", "mention");
  const out2 = applyCorrections(DUMP, a, file(second));
  assert.deepEqual(
    find(out2, 3, "Qaani").map((m) => m.range.start.character),
    [0],
  );
});

test("Mark as Person on a missed name adds it, confirmed, in document order", () => {
  const a = base();
  const c = makeCorrection(DUMP, a, at(DUMP, 3, "Sudani"), "person", "mention");
  const out = applyCorrections(DUMP, a, file(c));
  assert.equal(out.length, a.entities.length + 1);
  const [added] = find(out, 3, "Sudani");
  assert.deepEqual(added, { text: "Sudani", type: "person", canonical: "Sudani", range: at(DUMP, 3, "Sudani"), article: 0, confirmed: true });
  assert.deepEqual(find(out, 7, "Sudani"), [], "scope mention: the other Sudani stays unmarked");
  const order = out.map((m) => m.range.start.line * 1000 + m.range.start.character);
  assert.deepEqual(
    order,
    [...order].sort((x, y) => x - y),
  );
});

test("retyping keeps the model's canonical; a missed mention takes the canonical of the same text", () => {
  const a = base();
  const out = applyCorrections(DUMP, a, file(makeCorrection(DUMP, a, at(DUMP, 3, "Qaani"), "organization", "mention")));
  assert.deepEqual(
    find(out, 3, "Qaani").map((m) => [m.type, m.canonical, !!m.confirmed]),
    [
      ["organization", "Esmail Qaani", true],
      ["person", "Esmail Qaani", false],
    ],
  );
  const missed = analysisOf(
    DUMP,
    [
      [0, 3],
      [5, 7],
    ],
    MODEL.filter(([line]) => line !== 7),
  );
  const out2 = applyCorrections(DUMP, missed, file({ text: "Qaani", type: "person", scope: "all" }));
  assert.equal(find(out2, 7, "Qaani")[0]!.canonical, "Esmail Qaani");
});

test("scope all applies to every whole-word occurrence, not inside words or hyphenated words", () => {
  const a = base();
  const out = applyCorrections(DUMP, a, file(makeCorrection(DUMP, a, at(DUMP, 5, "Kan"), "organization", "all")));
  assert.deepEqual(
    out.filter((m) => m.text === "Kan").map((m) => [m.range.start.line, m.type, m.confirmed]),
    [
      [5, "organization", true],
      [7, "organization", true],
    ],
  );
  const iran = applyCorrections(DUMP, a, file({ text: "Iran", type: "location", scope: "all" }));
  assert.equal(iran.length, a.entities.length, "Iran-backed is one word");
  const qaani = applyCorrections(DUMP, a, file({ text: "Qaani", type: "none", scope: "all" }));
  assert.deepEqual(
    show(qaani).filter((s) => s.includes("Qaani")),
    [`2:${DUMP[2]!.indexOf("Esmail Qaani")} person Esmail Qaani`],
    "every Qaani goes; Esmail Qaani is not inside a Qaani span, so it stays",
  );
  const sudani = applyCorrections(DUMP, a, file({ text: "Sudani", type: "person", scope: "all" }));
  assert.deepEqual(
    sudani.filter((m) => m.text === "Sudani").map((m) => [m.range.start.line, m.article]),
    [
      [3, 0],
      [7, 1],
    ],
  );
});

test("a typed correction replaces the model mentions it overlaps", () => {
  const a = base();
  const out = applyCorrections(DUMP, a, file({ text: "Kataib Hezbollah leaders", type: "organization", scope: "all" }));
  assert.deepEqual(find(out, 2, "Kataib Hezbollah"), []);
  assert.equal(find(out, 2, "Kataib Hezbollah leaders")[0]!.type, "organization");
});

test("a mention correction survives lines inserted above it and edits elsewhere", () => {
  const a = base();
  const annotations = file(
    makeCorrection(DUMP, a, at(DUMP, 7, "Sudani"), "person", "mention"),
    makeCorrection(DUMP, a, at(DUMP, 7, "Gaza"), "none", "mention"),
    makeCorrection(DUMP, a, at(DUMP, 3, "Qaani", 1), "organization", "mention"),
  );
  // Round-trip through JSON as the file on disk would.
  const saved = parseAnnotations(JSON.stringify(annotations));
  assert.deepEqual(saved, annotations);

  const edited = [
    "Breaking news digest",
    "",
    "Intro line",
    "",
    ...DUMP.slice(0, 3),
    "Qaani told them to lie low. Then Sudani thanked Qaani.",
    ...DUMP.slice(4),
  ];
  const shift = 4;
  const moved: [number, string, EntityType, number?][] = MODEL.map(([line, text, type, nth]) => [line + shift, text, type, nth]);
  const a2 = analysisOf(
    edited,
    [
      [0, 2],
      [4, 7],
      [5 + shift, 7 + shift],
    ],
    moved,
  );
  const out = applyCorrections(edited, a2, saved);
  assert.deepEqual(
    find(out, 7 + shift, "Sudani").map((m) => [m.type, m.confirmed, m.article]),
    [["person", true, 2]],
  );
  assert.deepEqual(find(out, 7 + shift, "Gaza"), []);
  assert.deepEqual(find(out, 5 + shift, "Gaza").length, 1, "the headline's Gaza is another mention");
  assert.deepEqual(
    find(out, 3 + shift, "Qaani").map((m) => m.type),
    ["person", "organization"],
  );
  assert.deepEqual(find(out, 3 + shift, "Sudani"), [], "the correction stays on its own mention");
});

test("nth tells apart identical copies of a line (repeated headlines)", () => {
  const lines = ["Qaani visits Baghdad", "", "Qaani visits Baghdad", "Qaani visits Baghdad", "Body text."];
  const a = analysisOf(
    lines,
    [[0, 4]],
    [
      [0, "Qaani", "person"],
      [2, "Qaani", "person"],
      [3, "Qaani", "person"],
    ],
  );
  const c = makeCorrection(lines, a, at(lines, 3, "Qaani"), "none", "mention");
  assert.equal(c.nth, 2);
  assert.deepEqual(
    applyCorrections(lines, a, file(c)).map((m) => m.range.start.line),
    [0, 2],
  );
  const inserted = ["Other story", "", ...lines];
  const a2 = analysisOf(
    inserted,
    [
      [0, 0],
      [2, 6],
    ],
    [
      [2, "Qaani", "person"],
      [4, "Qaani", "person"],
      [5, "Qaani", "person"],
    ],
  );
  assert.deepEqual(
    applyCorrections(inserted, a2, file(c)).map((m) => m.range.start.line),
    [2, 4],
  );
});

test("a mention whose text is gone from the dump is not applied elsewhere blindly", () => {
  const a = base();
  const c = makeCorrection(DUMP, a, at(DUMP, 2, "Reuters"), "none", "mention");
  const edited = DUMP.map((l) => l.replace("Reuters", "AFP"));
  const out = applyCorrections(edited, { ...a, entities: a.entities.filter((e) => e.text !== "Reuters") }, file(c));
  assert.equal(out.length, a.entities.length - 1);
});

test("lexicon: never an entity, always a person; the file wins over the lexicon", () => {
  const a = base();
  const lexicon: Lexicon = {
    version: 1,
    entries: [
      { text: "Kan", type: "none" },
      { text: "Sudani", type: "person" },
    ],
  };
  const out = applyCorrections(DUMP, a, file(), lexicon);
  assert.deepEqual(
    out.filter((m) => m.text === "Kan"),
    [],
  );
  assert.deepEqual(
    out.filter((m) => m.text === "Sudani").map((m) => [m.range.start.line, m.type, m.confirmed]),
    [
      [3, "person", true],
      [7, "person", true],
    ],
  );

  const fileWins = applyCorrections(DUMP, a, file({ text: "Kan", type: "organization", scope: "all" }), lexicon);
  assert.deepEqual(
    fileWins.filter((m) => m.text === "Kan").map((m) => m.type),
    ["organization", "organization"],
  );
  const mentionWins = applyCorrections(DUMP, a, file(makeCorrection(DUMP, a, at(DUMP, 7, "Sudani"), "none", "mention")), lexicon);
  assert.deepEqual(
    mentionWins.filter((m) => m.text === "Sudani").map((m) => m.range.start.line),
    [3],
  );
});

test("no corrections: the model's entities unchanged", () => {
  const a = base();
  assert.deepEqual(applyCorrections(DUMP, a, file()), a.entities);
  assert.deepEqual(applyCorrections(DUMP, a, parseAnnotations("")), a.entities);
});

test("bad JSON and bad shapes never throw", () => {
  for (const bad of ["", "{", "null", "[]", "42", '"x"', '{"corrections": 3}', '{"entries": {}}', "\uFEFF{]"]) {
    assert.deepEqual(parseAnnotations(bad), { version: 1, corrections: [] }, bad);
    assert.deepEqual(parseLexicon(bad), { version: 1, entries: [] }, bad);
  }
  const mixed = parseAnnotations(
    JSON.stringify({
      version: 1,
      corrections: [
        { text: "Kan", type: "organization", scope: "all" },
        { text: "", type: "person", scope: "all" },
        { text: "X", type: "alien", scope: "all" },
        null,
        "Kan",
        { text: "Qaani", type: "none", before: "met ", after: " at" },
        { text: "Q", type: "person", scope: "all", nth: "2", before: 5 },
      ],
    }),
  );
  assert.deepEqual(mixed.corrections, [
    { text: "Kan", type: "organization", scope: "all" },
    { text: "Qaani", type: "none", scope: "mention", before: "met ", after: " at" },
    { text: "Q", type: "person", scope: "all" },
  ]);
  assert.deepEqual(parseLexicon('\uFEFF{"version":1,"entries":[{"text":"Kan","type":"none"},{"text":"Kan"},7]}').entries, [{ text: "Kan", type: "none" }]);
});
