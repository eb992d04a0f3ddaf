// How the analysis holds a big dump's results: mentions that make their range from their span's
// offsets (the same ranges and JSON as plain mentions), a dump's entity mentions made only when
// read (answering as plain ones do), shared strings that own their characters, and a session whose
// lines and mentions after edits are those of a session opened on the edited text.
// Run: node --import tsx --test test/unit/memoryLayout.test.ts

import assert from "node:assert/strict";
import { test } from "node:test";
import { mentionsNearLines } from "../../server/src/analysis/entities/mentionIndex.js";
import { DumpSession, EntityIndex, type EntityMention, mentionAt, mentionsOfArticle } from "../../server/src/analysis/index.js";
import { ArticleDates, ArticlePlace, DatesPlace, entityMentionList, PlacedDateMention, PlacedEntityMention } from "../../server/src/analysis/placedMentions.js";
import { sharedString } from "../../server/src/analysis/sharedStrings.js";
import { lazyNerModel } from "../../server/src/node/modelFile.js";

// An article's text: lines starting at offsets 0, 14, 15 ("Headline here\n\nBody with Ana Lopez.")
const ARTICLE = "Headline here\n\nBody with Ana Lopez.";
const LINE_STARTS = [0, 14, 15];

test("an entity mention's range is its span's offsets on the article's lines, its JSON the schema's plain mention", () => {
  const start = ARTICLE.indexOf("Ana Lopez");
  const span = { start, end: start + "Ana Lopez".length, type: "person" as const, text: "Ana Lopez" };
  const mention = new PlacedEntityMention(span, "Ana Maria Lopez", new ArticlePlace(3, 40, LINE_STARTS));
  const plain = {
    text: "Ana Lopez",
    type: "person",
    canonical: "Ana Maria Lopez",
    range: { start: { line: 42, character: 10 }, end: { line: 42, character: 19 } },
    article: 3,
  };
  assert.deepEqual(mention.range, plain.range);
  assert.equal(JSON.stringify(mention), JSON.stringify(plain));
  assert.notEqual(mention.range, mention.range, "each read makes its own Range: a caller may keep or change it");
});

test("a date mention spanning a line end keeps both lines in its range, its JSON the schema's plain mention", () => {
  const span = { start: 9, end: 19, text: "here\n\nBody", value: "2024-03-05" };
  const mention = new PlacedDateMention(new DatesPlace(0, 7, LINE_STARTS, new ArticleDates([span])), 0);
  const plain = { text: "here\n\nBody", value: "2024-03-05", range: { start: { line: 7, character: 9 }, end: { line: 9, character: 4 } }, article: 0 };
  assert.equal(JSON.stringify(mention), JSON.stringify(plain));
});

test("a shared string equals what it is given: a slice, a string built otherwise, a short one", () => {
  const text = "Reuters reported that the Popular Mobilization Forces met.";
  const at = text.indexOf("Popular");
  const a = sharedString(text.slice(at, at + "Popular Mobilization Forces".length));
  const b = sharedString(`Popular Mobilization ${"Forces"}`);
  assert.equal(a, "Popular Mobilization Forces");
  assert.equal(b, a);
  assert.equal(sharedString("Monday"), "Monday");
});

test("after edits, the lines and every stage are those of a session opened on the edited text", () => {
  const articles = Array.from(
    { length: 6 },
    (_, i) =>
      `Minister ${i} visits Cairo for talks\n\nCAIRO: Foreign Minister Ana Lopez met Egyptian officials in Cairo on Monday, ${i} days after the summit in Geneva.\nThe United Nations said the talks would resume on March ${i + 3}, 2024.`,
  );
  const nerModel = lazyNerModel();
  const session = new DumpSession(articles.join("\n\n\n"), { nerModel });
  session.analysis();
  session.replaceLines(5, 6, ["CAIRO: Foreign Minister Ana Lopez met Jordanian officials in Amman on Tuesday."]);
  session.replaceLines(12, 12, ["", "Kenyan runners win in Boston", "", "BOSTON: Eliud Kipchoge won on Monday, April 15, 2024."]);
  const fresh = new DumpSession(session.lines.join("\n"), { nerModel });
  assert.deepEqual(session.lines, fresh.lines);
  assert.equal(JSON.stringify(session.analysis()), JSON.stringify(fresh.analysis()));
  assert.ok(session.stage("entities")!.length > 0 && session.stage("dates")!.length > 0);
});

test("a dump's entity mentions made when read: the same mentions, positions, article slices and entities as plain ones", () => {
  const articles = Array.from(
    { length: 5 },
    (_, i) =>
      `Talks in Cairo, round ${i}\n\nCAIRO: Foreign Minister Ana Lopez met Egyptian officials in Cairo.\n${i % 2 ? "Nothing else happened." : "The United Nations and Reuters said Ana Lopez would fly to Geneva."}`,
  );
  const session = new DumpSession(articles.join("\n\n\n"), { nerModel: lazyNerModel() });
  const mentions = session.stage("entities")!;
  const list = entityMentionList(mentions)!;
  assert.ok(list, "the session's mentions are a list's array");
  // the same mentions as plain objects, in the same order
  const plain: EntityMention[] = JSON.parse(JSON.stringify(mentions));
  assert.ok(plain.length > 10 && Array.isArray(mentions));
  assert.equal(list.length, plain.length);
  assert.deepEqual(
    mentions.map((m) => JSON.parse(JSON.stringify(m))),
    plain,
  );
  assert.deepEqual(
    [...mentions].map((m) => m.range),
    plain.map((m) => m.range),
  );
  assert.throws(() => {
    (mentions as EntityMention[])[0] = plain[0]!;
  }, TypeError);
  // every position of every line: the mention there is the plain list's
  const { lines } = session;
  for (let line = 0; line < lines.length; line++)
    for (let character = 0; character <= lines[line]!.length; character++) {
      const pos = { line, character };
      assert.deepEqual(JSON.stringify(mentionAt(mentions, pos)), JSON.stringify(mentionAt(plain, pos)), `at ${line}:${character}`);
    }
  for (let article = -1; article <= articles.length; article++)
    assert.deepEqual(JSON.parse(JSON.stringify(mentionsOfArticle(mentions, article))), mentionsOfArticle(plain, article));
  // a screen's mentions: at least every mention on its lines
  for (let from = 0; from < lines.length; from += 3) {
    const near = JSON.stringify(mentionsNearLines(mentions, from, from + 2));
    for (const m of plain) if (m.range.start.line >= from && m.range.start.line <= from + 2) assert.ok(near.includes(JSON.stringify(m)));
  }
  // the entities: the same groups as over plain mentions
  const entry = (index: EntityIndex, m: EntityMention) => JSON.parse(JSON.stringify(index.entry(m)));
  const overList = new EntityIndex(mentions);
  const overPlain = new EntityIndex(plain);
  for (const m of plain) {
    assert.deepEqual(entry(overList, m), entry(overPlain, m));
    assert.deepEqual(JSON.parse(JSON.stringify(overList.mentionsOf(m))), overPlain.mentionsOf(m));
  }
  assert.deepEqual(JSON.parse(JSON.stringify(overList.all())), JSON.parse(JSON.stringify(overPlain.all())));
});
