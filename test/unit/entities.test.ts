// Named-entity recogniser: tokenizer, model, the guideline rules and the whole-dump pass.
// Run: node --import tsx --test test/unit/entities.test.ts

import assert from "node:assert/strict";
import { test } from "node:test";
import { chunks, parseConll, toIob2 } from "../../server/src/analysis/entities/conll.js";
import { F_SENTINIT, FeatureExtractor, MAX_WORDS } from "../../server/src/analysis/entities/features.js";
import { IntMap } from "../../server/src/analysis/entities/hash.js";
import {
  type EntitySpan,
  loadNerModel,
  type NerModel,
  recognizeEntities,
  resolveEntities,
  tagDocument,
  tagTokens,
  tokenize,
} from "../../server/src/analysis/entities/index.js";
import { readNerModelBytes } from "../../server/src/node/modelFile.js";

let cached: NerModel | undefined;
function model(): NerModel {
  cached ??= loadNerModel(readNerModelBytes());
  return cached;
}

function ents(text: string): EntitySpan[] {
  const spans = recognizeEntities(text, model());
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, "offsets match the text");
  return spans;
}
function has(spans: EntitySpan[], text: string, type: EntitySpan["type"]): boolean {
  return spans.some((s) => s.text === text && s.type === type);
}
function show(spans: EntitySpan[]): string {
  return spans.map((s) => `${s.type}:${s.text}`).join(", ");
}
function expectEntity(text: string, want: string, type: EntitySpan["type"]): EntitySpan[] {
  const spans = ents(text);
  assert.ok(has(spans, want, type), `expected ${type} "${want}" in ${JSON.stringify(text)}; got [${show(spans)}]`);
  return spans;
}
function expectNoEntityText(spans: EntitySpan[], pattern: RegExp): void {
  const bad = spans.filter((s) => pattern.test(s.text));
  assert.deepEqual(
    bad.map((s) => s.text),
    [],
    `unexpected spans [${show(bad)}]`,
  );
}

test("tokenizer keeps offsets and splits possessives, keeps hyphenated words and abbreviations", () => {
  const text = "Qaani’s visit to the U.S. and J.K. Rowling's “Iran-backed” groups 👍 بغداد 2,500";
  const { tokens } = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(
    tokens.map((t) => t.text),
    ["Qaani", "’s", "visit", "to", "the", "U.S.", "and", "J.K.", "Rowling", "'s", "“", "Iran-backed", "”", "groups", "👍", "بغداد", "2,500"],
  );
});

test("tokenizer splits lines on \\n, \\r\\n and \\r", () => {
  const { lines } = tokenize("a b\r\nc\rd\n\ne");
  assert.deepEqual(
    lines.map((l) => l.last - l.first),
    [2, 1, 1, 0, 1],
  );
});

test("IOB1 is converted to IOB2 and chunked as conlleval does", () => {
  assert.deepEqual(toIob2(["I-PER", "I-PER", "B-PER", "O", "I-LOC"]), ["B-PER", "I-PER", "B-PER", "O", "B-LOC"]);
  assert.deepEqual(
    chunks(["B-PER", "I-PER", "B-PER", "O", "I-LOC"]).map((c) => `${c.start}-${c.end}-${c.type}`),
    ["0-2-PER", "2-3-PER", "4-5-LOC"],
  );
  const docs = parseConll("-DOCSTART- -X- O O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP I-PER\n");
  assert.equal(docs.length, 1);
  assert.deepEqual(docs[0].sentences[0].tags, ["B-ORG", "O"]);
});

test("model bytes: garbage is refused with a clear error", () => {
  assert.throws(() => loadNerModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])), /not a News Lens NER model/);
  assert.throws(() => loadNerModel(new Uint8Array([0x1f, 0x8b, 8, 0])), /gzip/);
});

test("initials: J.K. Rowling", () => {
  expectEntity("The novelist J.K. Rowling said on Monday she would not attend.", "J.K. Rowling", "person");
});

test("titles are not part of a person's name", () => {
  const spans = expectEntity("Prime Minister Mohammed Shia Al-Sudani met the envoy in Baghdad on Sunday.", "Mohammed Shia Al-Sudani", "person");
  assert.ok(has(spans, "Baghdad", "location"), show(spans));
  expectNoEntityText(spans, /Minister/);
});

test("U.S. and US are locations", () => {
  expectEntity("The U.S. military said on Tuesday it had struck a depot.", "U.S.", "location");
  expectEntity("Three US soldiers were killed in Jordan, officials said.", "US", "location");
});

test("Arabic-origin and hyphenated names", () => {
  const spans = expectEntity(
    "Crowds gathered for the funeral of the militia commander Abu Mahdi al-Muhandis, who was killed in Baghdad.",
    "Abu Mahdi al-Muhandis",
    "person",
  );
  assert.ok(has(spans, "Baghdad", "location"), show(spans));
  // a short form is a person through the full name used in the same dump
  const text = "Prime Minister Mohammed Shia Al-Sudani arrived on Monday.\nAl-Sudani met the delegation.";
  const res = resolveEntities([{ text, spans: recognizeEntities(text, model()) }])[0];
  const short = res.filter((e) => e.text === "Al-Sudani");
  assert.equal(short.length, 1, JSON.stringify(res));
  assert.equal(short[0].type, "person");
  assert.equal(short[0].canonical, "Mohammed Shia Al-Sudani");
});

test("all-caps datelines are locations", () => {
  expectEntity("BAGHDAD: A visit by the commander of the elite force has led to a pause in attacks, sources said.", "BAGHDAD", "location");
  expectEntity("Jerusalem: The army said on Friday that the operation was still going on in the south.", "Jerusalem", "location");
  const spans = ents("UPDATE: The company said on Friday that its results would be delayed by a week.");
  expectNoEntityText(spans, /UPDATE/);
});

test("direction words are cut, also at the start of a sentence", () => {
  const a = expectEntity("Northern Gaza, which has been under siege for two weeks, has no working hospital.", "Gaza", "location");
  expectNoEntityText(a, /Northern/);
  const b = expectEntity("The army sent more troops into northern Gaza on Friday.", "Gaza", "location");
  expectNoEntityText(b, /northern/);
  expectEntity("Talks with North Korea stalled again this week.", "North Korea", "location");
});

test("demonyms and nationality adjectives are not entities", () => {
  const spans = ents("Iranian and Iraqi officials told Reuters that Palestinians and Israelis had been invited.");
  assert.ok(has(spans, "Reuters", "organization"), show(spans));
  expectNoEntityText(spans, /^(Iranian|Iraqi|Palestinians|Israelis)$/);
});

test("hyphenated words built on a name are not entities", () => {
  const spans = ents("Iran-backed groups and US-led forces clashed near the Iraq-US border post, Hamas-led fighters said.");
  expectNoEntityText(spans, /^(Iran|Iran-backed|US|US-led|Iraq-US|Hamas|Hamas-led)$/);
});

test("possessives are cut", () => {
  const spans = ents("Qaani’s visit to Baghdad came after Israel’s war in Gaza widened, and Hamas's leaders agreed.");
  assert.ok(has(spans, "Israel", "location"), show(spans));
  assert.ok(has(spans, "Hamas", "organization"), show(spans));
  expectNoEntityText(spans, /['’]s?$/);
});

test("country before an agency is its own location", () => {
  const spans = ents("A US State Department spokesperson declined to comment on the visit.");
  assert.ok(has(spans, "US", "location"), show(spans));
  assert.ok(has(spans, "State Department", "organization"), show(spans));
});

test("an acronym in parentheses is its own mention", () => {
  const spans = ents("Saadi was a member of the Popular Mobilization Forces (PMF), a state security agency.");
  assert.ok(has(spans, "Popular Mobilization Forces", "organization"), show(spans));
  assert.ok(has(spans, "PMF", "organization"), show(spans));
});

test("boilerplate lines carry no names and CRLF offsets are right", () => {
  const text =
    "Israel sends more troops into Gaza\r\nShort Url\r\nUpdated 19 February 2024\r\nFollow\r\n\r\nCAIRO: Israel sent more tanks into Gaza, residents said.";
  const spans = ents(text);
  for (const s of spans) assert.ok(!/Short|Url|Follow|Updated|February/.test(s.text), show(spans));
  assert.ok(has(spans, "CAIRO", "location"), show(spans));
  assert.ok(spans.filter((s) => s.text === "Gaza").length === 2, show(spans));
});

test("resolveEntities: canonical names, one type per surface, document-level additions", () => {
  const a1 = "Esmail Qaani met representatives of the Popular Mobilization Forces (PMF) in Baghdad.\nQaani said the PMF agreed.";
  const a2 = "Qaani made the visit quick.\nThe PMF did not comment.";
  const articles = [a1, a2].map((text) => ({ text, spans: recognizeEntities(text, model()) }));
  const res = resolveEntities(articles);
  assert.equal(res.length, 2);
  const all = res.flat();
  const qaani = all.filter((e) => e.text === "Qaani");
  assert.ok(qaani.length >= 2, JSON.stringify(all));
  for (const q of qaani) {
    assert.equal(q.type, "person");
    assert.equal(q.canonical, "Esmail Qaani");
  }
  const pmf = all.filter((e) => e.text === "PMF");
  assert.ok(pmf.length >= 3, JSON.stringify(all));
  for (const p of pmf) assert.equal(p.canonical, "Popular Mobilization Forces");
  // types agree for one surface
  for (const e of all) assert.equal(e.type, all.find((x) => x.text === e.text)!.type);
  // a mention the model may have missed is added when the surface is tagged elsewhere
  const added = resolveEntities([
    { text: "Kataib Hezbollah said so.", spans: [{ start: 0, end: 16, type: "organization", text: "Kataib Hezbollah" }] },
    { text: "Later Kataib Hezbollah agreed, not Iran-backed Kataib Hezbollah-led groups.", spans: [] },
  ]);
  assert.deepEqual(
    added[1].map((e) => `${e.start}:${e.text}:${e.type}`),
    ["6:Kataib Hezbollah:organization"],
  );
});

test("tagTokens and tagDocument give one BIO tag per token", () => {
  const toks = ["EU", "rejects", "German", "call", "to", "boycott", "British", "lamb", "."];
  const tags = tagTokens(toks, model());
  assert.equal(tags.length, toks.length);
  for (const t of tags) assert.match(t, /^(O|[BI]-(PER|ORG|LOC))$/);
  assert.equal(tags[0], "B-ORG");
  assert.equal(tags[2], "O", "MISC is not reported");
  const doc = tagDocument([["Peter", "Blackburn"], [], ["BRUSSELS", "1996-08-22"]], model());
  assert.deepEqual(
    doc.map((s) => s.length),
    [2, 0, 2],
  );
  assert.deepEqual(doc[0], ["B-PER", "I-PER"]);
  assert.equal(doc[2][0], "B-LOC");
});

test("word cache: a word's spelling attributes are the same from the cache, past its limit, and alone", () => {
  const fx = new FeatureExtractor(new IntMap(16));
  // more distinct words than the cache keeps, each word twice, with some shapes worth checking
  const words: string[] = [];
  for (let i = 0; i < MAX_WORDS + 5000; i++) words.push(i % 7 === 0 ? `U.S${i}.` : i % 5 === 0 ? `WORD${i}` : `Wörd-${i}'s`);
  const sequence = [...words, ...words.slice(0, 3000), ...words.slice(-3000)];
  fx.startDocument(sequence.length);
  fx.prepare(sequence, 0, sequence.length);
  assert.ok(fx.ids[0]! >= 0 && fx.ids[sequence.length - 1] === -1, "the first words are kept, the last ones are past the limit");
  for (let i = 0; i < sequence.length; i += 997) {
    const alone = new FeatureExtractor(new IntMap(16));
    alone.prepare([sequence[i]!], 0, 1);
    const attrs = (x: FeatureExtractor, k: number) => [
      x.wh[k],
      x.lh[k],
      x.sh[k],
      x.ssh[k],
      x.flags[k]! & ~F_SENTINIT,
      x.len[k],
      ...x.pre.slice(4 * k, 4 * k + 4),
      ...x.suf.slice(4 * k, 4 * k + 4),
    ];
    assert.deepEqual(attrs(fx, i), attrs(alone, 0), sequence[i]);
  }
});

test("a document of more distinct words than the tagger keeps is tagged the same every time", () => {
  const junk: string[] = [];
  for (let i = 0; i < MAX_WORDS + 2000; i++) junk.push(`zq${i.toString(36)}`);
  const lines: string[] = [];
  for (let i = 0; i < junk.length; i += 12) lines.push(`${junk.slice(i, i + 12).join(" ")}.`);
  const text = `Barack Obama visited Paris on Monday.\n${lines.join("\n")}\nAngela Merkel met Emmanuel Macron in Berlin.\n`;
  const first = ents(text);
  assert.ok(has(first, "Barack Obama", "person") && has(first, "Paris", "location"), show(first.slice(0, 3)));
  assert.ok(has(first, "Angela Merkel", "person") && has(first, "Berlin", "location"), show(first.slice(-3)));
  // another document in between gives the ids out anew: it is tagged as by a fresh model
  const between = "Paris welcomed Barack Obama on Monday.";
  assert.deepEqual(ents(between), recognizeEntities(between, loadNerModel(readNerModelBytes())));
  assert.deepEqual(ents(text), first);
});
