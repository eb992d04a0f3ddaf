// The TempEval-3 scorer's own logic (scripts/eval-tempeval.ts) on tiny made-up TimeML: parsing,
// one-to-one matching, the measures and the dump handed to the pipeline.

import assert from "node:assert/strict";
import { test } from "node:test";
import {
  dumpOf,
  type Extent,
  figures,
  matchExtents,
  parseTimeML,
  runPipeline,
  scoreDocument,
  sentenceAround,
  type Timex,
} from "../../scripts/eval-tempeval.js";

const tml = (text: string, title = "Markets &amp; more") => `<?xml version="1.0" ?>
<TimeML>
<DOCID>made_up</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
<TITLE>${title}</TITLE>
<TEXT>${text}</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
</TimeML>`;

test("parses the DCT, the title and the TEXT's timexes at offsets of the tag-free text", () => {
  const doc = parseTimeML(
    tml(`
Shares <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; rose <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> after <TIMEX3 tid="t2" type='DURATION' value="P2W">two weeks</TIMEX3>.
`),
    "made_up",
  );
  assert.equal(doc.dct, "2013-03-22");
  assert.equal(doc.title, "Markets & more");
  assert.equal(doc.text, "\nShares fell & rose Thursday after two weeks.\n");
  assert.deepEqual(
    doc.timexes.map((t) => [t.tid, t.type, t.value, t.text, doc.text.slice(t.start, t.end)]),
    [
      ["t1", "DATE", "2013-03-21", "Thursday", "Thursday"],
      ["t2", "DURATION", "P2W", "two weeks", "two weeks"],
    ],
  );
});

test("a TIMEX3 without content has no extent, and a stray closing tag is an error", () => {
  const doc = parseTimeML(tml(`Later <TIMEX3 tid="t9" type="DATE" value="2013"/>that year.`), "x");
  assert.deepEqual(
    doc.timexes.map((t) => [t.start, t.end]),
    [[6, 6]],
  );
  assert.equal(scoreDocument(doc.timexes, []).counts.ALL.gold, 0);
  assert.throws(() => parseTimeML(tml("Friday</TIMEX3>"), "x"), /without an opening tag/);
});

test("the dump is a one-record Title/Date header followed by TEXT as it is", () => {
  const doc = parseTimeML(tml("\nIt rained on Friday.\n", "Rain\n  again"), "x");
  const { dump, textOffset } = dumpOf(doc);
  assert.equal(dump, "Title: Rain again\nDate: 2013-03-22\n\n\nIt rained on Friday.\n");
  assert.equal(dump.slice(textOffset), doc.text);
});

const ext = (start: number, end: number, value = "2013"): Extent => ({ start, end, value });

test("identical extents match strictly before any overlap is considered", () => {
  // gold [0,10) and [20,25); system [0,10) exactly, [3,8) inside the first, [22,30) over the second
  const pairs = matchExtents([ext(0, 10), ext(20, 25)], [ext(3, 8), ext(0, 10), ext(22, 30)]);
  assert.deepEqual(pairs, [
    { gold: 0, system: 1, strict: true },
    { gold: 1, system: 2, strict: false },
  ]);
});

test("a system date spanning two gold timexes matches one of them only", () => {
  // "2009-2010": gold 2009 and 2010, News Lens one date over both
  const pairs = matchExtents([ext(0, 4, "2009"), ext(5, 9, "2010")], [ext(0, 9, "2010")]);
  assert.deepEqual(pairs, [{ gold: 1, system: 0, strict: false }], "the gold timex with the same value is preferred");
});

test("matching finds as many pairs as overlaps allow, whatever the order of preference", () => {
  // system 0 overlaps both gold timexes and has gold 0's value; system 1 overlaps gold 0 only
  const gold = [ext(0, 10, "A"), ext(12, 20, "B")];
  const system = [ext(5, 15, "A"), ext(0, 3, "C")];
  const pairs = matchExtents(gold, system);
  assert.equal(pairs.length, 2);
  assert.deepEqual(
    pairs.map((p) => [p.gold, p.system]),
    [
      [0, 1],
      [1, 0],
    ],
  );
});

test("extents that only touch do not overlap", () => {
  assert.deepEqual(matchExtents([ext(0, 5)], [ext(5, 9)]), []);
});

test("figures: strict and relaxed P/R/F1, value accuracy over relaxed matches, value F1 = accuracy × relaxed F1", () => {
  const f = figures({ gold: 10, system: 8, strict: 4, relaxed: 6, valueCorrect: 3 });
  assert.equal(f.strictP, 0.5);
  assert.equal(f.strictR, 0.4);
  assert.ok(Math.abs(f.strictF1 - (2 * 0.5 * 0.4) / 0.9) < 1e-12);
  assert.equal(f.relaxedP, 0.75);
  assert.equal(f.relaxedR, 0.6);
  assert.equal(f.valueAccuracy, 0.5);
  assert.ok(Math.abs(f.valueF1 - 0.5 * f.relaxedF1) < 1e-12);
  const none = figures({ gold: 3, system: 0, strict: 0, relaxed: 0, valueCorrect: 0 });
  assert.ok(Number.isNaN(none.relaxedP) && Number.isNaN(none.valueAccuracy), "undefined ratios stay undefined");
  assert.equal(none.relaxedF1, 0);
  assert.equal(none.valueF1, 0);
});

const timex = (type: string, start: number, end: number, value: string): Timex => ({ tid: "", type, value, start, end, text: "" });

test("scoreDocument scores DATE and TIME, counts the other types, and splits the counts by type", () => {
  const gold = [timex("DATE", 0, 6, "2013-03-22"), timex("TIME", 10, 25, "2013-03-22TAF"), timex("DURATION", 30, 39, "P2W"), timex("SET", 40, 45, "P1D")];
  // Friday (right), Friday inside "Friday afternoon" (a day for a time), two weeks (a duration: spurious), a stray time
  const system = [ext(0, 6, "2013-03-22"), ext(10, 16, "2013-03-22"), ext(30, 39, "2013-03-08"), ext(50, 55, "2013-03-22T15:00")];
  const s = scoreDocument(gold, system);
  assert.deepEqual(s.outOfScope, { DURATION: 1, SET: 1 });
  assert.deepEqual(s.counts.ALL, { gold: 2, system: 4, strict: 1, relaxed: 2, valueCorrect: 1 });
  assert.deepEqual(s.counts.DATE, { gold: 1, system: 2, strict: 1, relaxed: 1, valueCorrect: 1 });
  assert.deepEqual(s.counts.TIME, { gold: 1, system: 2, strict: 0, relaxed: 1, valueCorrect: 0 });
});

test("sentenceAround brackets the extent inside its sentence and line", () => {
  const text = "First one. It rained on Friday. Then it stopped!\nNext line.";
  const at = text.indexOf("Friday");
  assert.equal(sentenceAround(text, at, at + 6), "It rained on [Friday].");
  const next = text.indexOf("Next");
  assert.equal(sentenceAround(text, next, next + 4), "[Next] line.");
});

test("the pipeline's TimeML reading comes back at TEXT offsets, without the header's date", () => {
  const doc = parseTimeML(tml("\nThe minister resigned on Thursday night, officials said last week.\n"), "x");
  const run = runPipeline(doc);
  assert.equal(run.articles.length, 1);
  const night = doc.text.indexOf("Thursday night");
  const week = doc.text.indexOf("last week");
  assert.deepEqual(run.dates, [
    { text: "Thursday night", value: "2013-03-21TNI", start: night, end: night + 14, article: 0 },
    { text: "last week", value: "2013-W11", start: week, end: week + 9, article: 0 },
  ]);
});
