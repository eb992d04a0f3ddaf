import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { type DuplicateInput, estimateJaccard, fingerprintArticle } from "../../server/src/analysis/duplicates/fingerprint.js";
import { headlineKey, normalisedHeadlineKey, wordEdits } from "../../server/src/analysis/duplicates/headlines.js";
import { bandRows, type DuplicateGroup, findDuplicates, findDuplicatesFromFingerprints, Matching } from "../../server/src/analysis/duplicates/matching.js";
import { crossFileDuplicates, DumpSession } from "../../server/src/analysis/index.js";
import { sameData } from "../../server/src/analysis/types.js";

// Deterministic pseudo-random bodies: different seeds give unrelated texts.
const VOCAB = (
  "the government said on officials minister city police attack talks forces report people " +
  "week country president election market shares prices company workers support plan border " +
  "water region security council court law trade power health school families crisis army " +
  "visit meeting agreement statement sources group leaders protest economy budget fire storm"
).split(" ");

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function body(seed: number, words = 150): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    let w = VOCAB[Math.floor(r() * VOCAB.length)]!;
    if (i % 15 === 0) w = w[0]!.toUpperCase() + w.slice(1);
    out.push(w + (i % 15 === 14 ? "." : ""));
  }
  // Paragraphs of 50 words.
  const paras: string[] = [];
  for (let i = 0; i < out.length; i += 50) paras.push(out.slice(i, i + 50).join(" "));
  return paras.join("\n");
}

/** Same text with every `every`-th word replaced: a lightly edited copy. */
function edited(text: string, every: number): string {
  const words = text.split(" ");
  for (let i = every; i < words.length; i += every) words[i] = `changed${i}`;
  return words.join(" ");
}

function art(headline: string, seed: number): DuplicateInput {
  return { headline, body: body(seed) };
}

function pairs(groups: DuplicateGroup[]): string[] {
  return groups.map((g) => `${g.kind}:${g.articles.join(",")}`);
}

test("headlineKey collapses whitespace only", () => {
  assert.equal(headlineKey("  Markets   rally\tagain "), "Markets rally again");
  assert.notEqual(headlineKey("Markets rally"), headlineKey("markets rally"));
});

test("normalised key ignores case, punctuation, quotes, dashes, initialisms", () => {
  assert.equal(normalisedHeadlineKey("U.S. strikes ‘Iran-backed’ groups — again"), "us strikes iran backed groups again");
  assert.equal(normalisedHeadlineKey("US strikes 'Iran backed' groups - again"), "us strikes iran backed groups again");
  assert.equal(normalisedHeadlineKey("Iran’s envoy"), normalisedHeadlineKey("Iran's envoy"));
  assert.equal(normalisedHeadlineKey("1,000 flee"), "1000 flee");
});

test("wordEdits counts and locates changed words", () => {
  const a = "apple shares rise after earnings beat".split(" ");
  const b = "amazon shares rise after strong earnings beat".split(" ");
  const r = wordEdits(a, b, 2);
  assert.equal(r.distance, 2);
  assert.deepEqual(r.changedA, [0]);
  assert.deepEqual([...r.changedB].sort(), [0, 4]);
  assert.equal(wordEdits(a, "x y z".split(" "), 2).distance, 3);
});

test("exact duplicate headlines, different whitespace", () => {
  const g = findDuplicates([
    art("Iraqi armed groups dial down US attacks", 1),
    art("Floods hit northern towns after storm", 2),
    art("Iraqi  armed groups dial down US attacks ", 3),
  ]);
  assert.deepEqual(pairs(g), ["exact:0,2"]);
});

test("exact duplicates of three articles make one group", () => {
  const h = "Central bank raises interest rates by half a point";
  const g = findDuplicates([art(h, 1), art("Storm batters coast", 2), art(h, 3), art("Court blocks new law", 4), art(h, 5)]);
  assert.deepEqual(pairs(g), ["exact:0,2,4"]);
});

test("near: case, punctuation, curly vs straight quotes, dashes", () => {
  const variants: [string, string][] = [
    ["Central bank raises interest rates", "CENTRAL BANK RAISES INTEREST RATES"],
    ["Central bank raises interest rates.", "Central bank raises interest rates!"],
    ["Minister says ‘no deal’ on border talks", 'Minister says "no deal" on border talks'],
    ["Minister’s plan fails in parliament", "Minister's plan fails in parliament"],
    ["Ceasefire talks resume – officials", "Ceasefire talks resume - officials"],
    ["Ceasefire talks resume — officials", "Ceasefire talks resume: officials"],
  ];
  for (const [a, b] of variants) {
    const g = findDuplicates([art(a, 10), art("Unrelated story about farming subsidies", 11), art(b, 12)]);
    assert.deepEqual(pairs(g), ["near:0,2"], `${a} / ${b}`);
  }
});

test("near: one word added, dropped or changed", () => {
  const variants: [string, string][] = [
    ["Floods force thousands from homes in north", "Floods force thousands from their homes in north"], // added
    ["Floods force thousands from their homes in north", "Floods force thousands from homes in north"], // dropped
    ["Storm leaves city without power for days", "Storm leaves town without power for days"], // changed
    ["Protesters clash with police outside parliament", "Protesters clash with riot police outside parliament"],
    ["Government unveils plan to cut energy bills for families", "Government unveils new plan to cut household energy bills for families"], // two added (long headline)
  ];
  for (const [a, b] of variants) {
    const g = findDuplicates([art(a, 20), art("Unrelated story about farming subsidies", 21), art(b, 22)]);
    assert.deepEqual(pairs(g), ["near:0,2"], `${a} / ${b}`);
  }
});

test("near: exact and near members together form one near group", () => {
  const g = findDuplicates([
    art("Storm leaves city without power for days", 1),
    art("Storm leaves city without power for days", 2),
    art("Storm leaves city without power for three days", 3),
  ]);
  // "three" is a number word added: significant, so bodies must agree; they do not here.
  assert.deepEqual(pairs(g), ["exact:0,1"]);
  const g2 = findDuplicates([
    art("Storm leaves city without power for days", 1),
    art("Storm leaves city without power for days", 2),
    art("Storm leaves the city without power for days", 3),
  ]);
  assert.deepEqual(pairs(g2), ["near:0,1,2"]);
});

test("different words about the same event are not duplicates", () => {
  const g = findDuplicates([
    art("Israel says Hamas leader Sinwar killed in Gaza", 1),
    art("Hamas confirms death of its leader Yahya Sinwar", 2),
    art("Israeli army announces killing of Sinwar in Rafah", 3),
  ]);
  assert.deepEqual(g, []);
});

test("false friend: generic headlines with different bodies are not duplicates", () => {
  const generic = ["Live updates", "Morning briefing", "Letters to the editor", "Corrections", "Morning briefing: March 5"];
  for (const h of generic) {
    const g = findDuplicates([art(h, 100), art("Floods hit northern towns", 101), art(h, 102), art(h, 103)]);
    assert.deepEqual(g, [], h);
  }
  // ... near variants of them either.
  const g = findDuplicates([art("Live updates", 1), art("LIVE UPDATES:", 2), art("Live Updates – Day 3", 3)]);
  assert.deepEqual(g, []);
});

test("a short headline of ordinary words is not generic: exact duplicates need no body match", () => {
  const g = findDuplicates([art("Trump indicted", 1), art("Markets slump", 2), art("Trump indicted", 3), art("Obituaries", 4), art("Obituaries", 5)]);
  assert.deepEqual(pairs(g), ["exact:0,2"]);
});

test("generic headlines with the same body are duplicates", () => {
  const b = body(7);
  const g = findDuplicates([
    { headline: "Letters to the editor", body: b },
    { headline: "Letters to the editor", body: body(8) },
    { headline: "Letters to the editor", body: edited(b, 25) },
  ]);
  assert.deepEqual(pairs(g), ["exact:0,2"]);
});

test("a large group of generic headlines: only articles with agreeing bodies are grouped", () => {
  const inputs = Array.from({ length: 60 }, (_, i) => art("Corrections", 1000 + i));
  inputs[45] = { headline: "Corrections", body: edited(inputs[3]!.body, 40) };
  inputs[50] = { headline: "CORRECTIONS", body: inputs[7]!.body };
  inputs[59] = { headline: "Corrections", body: inputs[3]!.body };
  assert.deepEqual(pairs(findDuplicates(inputs)), ["exact:3,45,59", "near:7,50"]);
});

test("false friend: a changed name, number or negation makes a different story", () => {
  const variants: [string, string][] = [
    ["Apple shares rise after earnings beat", "Amazon shares rise after earnings beat"],
    ["Storm kills 5 in coastal villages", "Storm kills 12 in coastal villages"],
    ["Storm kills five in coastal villages", "Storm kills seven in coastal villages"],
    ["Minister will resign over scandal", "Minister will not resign over scandal"],
    ["Talks with Iran resume in Vienna", "Talks with Iran resume in Geneva"],
    ["President Biden visits flood zone", "President Trump visits flood zone"],
  ];
  for (const [a, b] of variants) {
    const g = findDuplicates([art(a, 30), art(b, 31)]);
    assert.deepEqual(g, [], `${a} / ${b}`);
  }
});

test("a changed name with the same body is a near duplicate", () => {
  const b = body(40);
  const g = findDuplicates([
    { headline: "Apple shares rise after earnings beat", body: b },
    { headline: "Apple Inc shares rise after earnings beat", body: edited(b, 30) },
    { headline: "Amazon shares rise after earnings beat", body: body(41) },
  ]);
  assert.deepEqual(pairs(g), ["near:0,1"]);
});

test("a capitalised first word known from the body as a common word may change", () => {
  const g = findDuplicates([
    { headline: "Stocks rally as inflation cools", body: `Stocks rose on Monday. Traders bought stocks after the data.\n${body(50)}` },
    { headline: "Shares rally as inflation cools", body: `Shares rose on Monday. Traders bought shares after the data.\n${body(51)}` },
  ]);
  assert.deepEqual(pairs(g), ["near:0,1"]);
});

test("copies of one body: headlines are still matched within the copies", () => {
  const b = body(300);
  const small = findDuplicates([
    { headline: "Fire destroys warehouse in port district", body: b },
    { headline: "Live updates", body: b },
    { headline: "Live updates", body: b },
  ]);
  assert.deepEqual(pairs(small), ["body:0,1", "exact:1,2"]);
  // A large cluster: 100 copies of a paywall notice under templated headlines.
  const notice = body(301);
  const inputs = Array.from({ length: 100 }, (_, i) => ({
    headline: `Draw ${i} results for ${["Lotto", "Powerball"][i % 2]} players announced`,
    body: notice,
  }));
  const groups = findDuplicates(inputs);
  assert.deepEqual(
    groups.filter((g) => g.kind === "near").map((g) => g.articles.length),
    [50, 50],
  );
  assert.deepEqual(pairs(groups.filter((g) => g.kind === "body")), ["body:0,1"]);
});

test("body duplicates: same story under a new headline", () => {
  const b = body(60);
  const g = findDuplicates([
    { headline: "Ceasefire talks collapse in Cairo", body: b },
    { headline: "Unrelated: markets close higher", body: body(61) },
    { headline: "Mediators leave Egypt without a deal", body: b },
    { headline: "Negotiators fail to agree on truce", body: edited(b, 60) },
    { headline: "Fire destroys warehouse", body: body(62) },
  ]);
  assert.equal(g.length, 1);
  assert.equal(g[0]!.kind, "body");
  assert.deepEqual(g[0]!.articles, [0, 2, 3]);
  assert.ok(g[0]!.similarity! >= 0.8 && g[0]!.similarity! <= 1);
});

test("body duplicates below the threshold are not reported; threshold is an option", () => {
  const b = body(70);
  const copy = edited(b, 12); // one word in 12 changed: about half the 5-word shingles survive
  const inputs = [
    { headline: "Ceasefire talks collapse in Cairo", body: b },
    { headline: "Mediators leave Egypt without a deal", body: copy },
  ];
  assert.deepEqual(findDuplicates(inputs), []);
  const j = estimateJaccard(fingerprintArticle(inputs[0]!).minhash!, fingerprintArticle(inputs[1]!).minhash!);
  assert.ok(j > 0.2 && j < 0.8, String(j));
  assert.deepEqual(pairs(findDuplicates(inputs, { bodyThreshold: j - 0.05 })), ["body:0,1"]);
  assert.deepEqual(findDuplicates(inputs, { bodyThreshold: j + 0.05 }), []);
});

test("LSH rows per band adapt to the threshold", () => {
  assert.equal(bandRows(0.8), 4);
  assert.ok(bandRows(0.3) < 4);
  assert.ok(bandRows(0.99) >= 4);
});

test("body pairs already headline duplicates are not reported again", () => {
  const b = body(80);
  const g = findDuplicates([
    { headline: "Floods force thousands from homes", body: b },
    { headline: "Floods force thousands from homes", body: b },
    { headline: "Rivers burst their banks across region", body: b },
  ]);
  assert.deepEqual(pairs(g), ["exact:0,1", "body:0,2"]);
});

test("headline copies and boilerplate in the body are ignored", () => {
  const h = "Ceasefire talks collapse in Cairo";
  const b = body(90);
  const g = findDuplicates([
    { headline: h, body: `${h}\nShort Url\nUpdated 19 February 2024\nFollow\n\n${h}\n${b}` },
    { headline: "Mediators leave Egypt without a deal", body: `Mediators leave Egypt without a deal\nUpdated 3 sec ago\n${b}` },
  ]);
  assert.equal(g.length, 1);
  assert.equal(g[0]!.kind, "body");
  assert.equal(g[0]!.similarity, 1);
});

test("short or empty bodies take part in no body comparison", () => {
  const g = findDuplicates([
    { headline: "Breaking: explosion heard downtown", body: "More to follow." },
    { headline: "Fire at chemical plant", body: "More to follow." },
    { headline: "Empty", body: "" },
    { headline: "Also empty", body: "" },
  ]);
  assert.deepEqual(g, []);
});

test("fingerprints can be cached: same result as findDuplicates", () => {
  const inputs = [art("Central bank raises rates", 1), art("central bank raises rates", 2), { headline: "X", body: body(1) }];
  const fps = inputs.map(fingerprintArticle);
  assert.deepEqual(findDuplicatesFromFingerprints(fps), findDuplicates(inputs));
  assert.deepEqual(pairs(findDuplicates(inputs)), ["near:0,1", "body:0,2"]);
});

test("empty input and punctuation-only headlines", () => {
  assert.deepEqual(findDuplicates([]), []);
  assert.deepEqual(
    findDuplicates([
      { headline: "***", body: "" },
      { headline: "***", body: "" },
    ]),
    [],
  );
});

// Gold fixtures: articles cut at the gold boundaries; body = the lines after the headline line.
const fixtureDirs = [join(__dirname, "..", "fixtures", "layouts"), join(__dirname, "..", "fixtures", "layouts-hard")];
const sample = join(__dirname, "..", "fixtures", "sample", "middle-east-2024.gold.json");
const goldFiles = fixtureDirs
  .filter((d) => existsSync(d))
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith(".gold.json"))
      .map((f) => join(d, f)),
  );
goldFiles.push(sample);

test("gold fixtures: duplicateHeadlines as annotated", () => {
  assert.ok(goldFiles.length >= 2);
  let withDuplicates = 0;
  for (const goldPath of goldFiles) {
    const gold = JSON.parse(readFileSync(goldPath, "utf8")) as {
      file: string;
      articles: { headline: string; headlineLine: number; endLine: number }[];
      duplicateHeadlines: { articles: number[]; kind: string }[];
    };
    const text = readFileSync(join(goldPath, "..", gold.file), "utf8")
      .replace(/^\uFEFF/, "")
      .replace(/\r/g, "");
    const lines = text.split("\n");
    const inputs = gold.articles.map((a) => ({
      headline: a.headline,
      body: lines.slice(a.headlineLine + 1, a.endLine + 1).join("\n"),
    }));
    const got = findDuplicates(inputs)
      .filter((g) => g.kind !== "body")
      .flatMap((g) => g.articles.slice(1).flatMap((j, k) => g.articles.slice(0, k + 1).map((i) => `${g.kind}:${i},${j}`)))
      .sort();
    const want = gold.duplicateHeadlines.map((d) => `${d.kind}:${d.articles.join(",")}`).sort();
    assert.deepEqual(got, want, gold.file);
    if (want.length) withDuplicates++;
  }
  assert.ok(withDuplicates >= 1);
});

test("sameData: deep equality of plain data, undefined members absent", () => {
  assert.ok(sameData({ a: [1, { b: "x" }], c: undefined }, { a: [1, { b: "x" }] }));
  assert.ok(!sameData({ a: [1, 2] }, { a: [1, 2, 3] }));
  assert.ok(!sameData({ a: 1 }, { a: 1, b: 2 }));
  assert.ok(!sameData([1], { 0: 1 }));
  assert.ok(!sameData({ a: null }, { a: {} }));
  assert.ok(!sameData("1", 1));
});

test("a headline copied in many other dumps: each of its diagnostics names the first three copies and how many more", () => {
  const dumpOf = (uri: string) => {
    const session = new DumpSession("Storm floods coastal towns\nBy Staff | 3 March 2024\n\nRivers burst their banks on Sunday.\n", { uri });
    return { uri, articles: session.articles(), fingerprints: session.fingerprints() ?? [] };
  };
  const others = Array.from({ length: 10 }, (_, i) => dumpOf(`file:///other-${i}.txt`));
  const [diagnostic, ...rest] = crossFileDuplicates(dumpOf("file:///own.txt"), others);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    diagnostic!.relatedInformation!.map((r) => r.message),
    ["Copy in other-0.txt", "Copy in other-1.txt", "Copy in other-2.txt (and 7 more)"],
  );
  assert.equal((diagnostic!.data as { copies: number }).copies, 10);
});

test("near: the same story in two feeds, whatever their reply prefixes, outlet fields or spelling of a name", () => {
  const g = findDuplicates([
    art("Fwd: Tinubu declared winner of Nigeria's presidential election", 1),
    art("Re: Fwd: Tinubu declared winner of Nigeria's presidential election", 2),
    art("Senegal's Faye sworn in as president, names Sonko prime minister - Dakar Times", 3),
    art("Senegal's Faye sworn in as president, appoints Sonko prime minister - Sahel Wire", 4),
    art("German coalition collapses as Scholz fires finance minister", 5),
    art("Germany's coalition collapses as Scholz fires finance minister", 6),
  ]);
  assert.deepEqual(pairs(g), ["near:0,1", "near:2,3", "near:4,5"]);
});

test("a name changed is still a different story unless the bodies say otherwise", () => {
  const g = findDuplicates([
    art("Apple shares rise after earnings beat", 1),
    art("Amazon shares rise after earnings beat", 2),
    art("German coalition collapses", 3),
    art("Germania coalition collapses", 4),
  ]);
  assert.deepEqual(pairs(g), []);
});

// A kept matching that follows body edits (Matching.update) gives the groups of a matching from
// scratch: headline duplicates that need their bodies, copies, body links whose lowest similarity
// changes, and a crowded bucket (more members than one insertion walks).
test("a matching that follows body edits equals a matching from scratch", () => {
  const headlines = [
    "Central bank raises rates",
    "central bank raises rates",
    "Central bank raises rates by 2 points",
    "Central bank raises rates by 3 points",
    "Live updates",
    "Morning briefing",
    "Storm hits the northern coast",
    "Storm hits the southern coast",
    "Minister resigns after court ruling",
    "Apple shares rise after earnings beat",
    "Amazon shares rise after earnings beat",
  ];
  for (const [run, crowd] of [
    [1, 0],
    [2, 0],
    [3, 300],
  ] as const) {
    const r = rng(run * 7919);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const bodies = [0, 1, 2, 3, 4, 5].map((k) => body(run * 100 + k));
    // Bodies a copy, edits of every kind, or none of the others; some write a headline's word as a name.
    const variant = () => {
      const roll = r();
      const base = pick(bodies);
      const named = r() < 0.3 ? "\nShares of Apple and Amazon rose as the Northern coast waited." : "";
      if (roll < 0.3) return base + named;
      if (roll < 0.7) return edited(base, pick([40, 20, 12, 8, 6, 5])) + named;
      if (roll < 0.8) return edited(base, 3);
      if (roll < 0.9) return "Too short.";
      return body(Math.floor(r() * 1e6));
    };
    const inputs: DuplicateInput[] = [];
    for (let i = 0; i < 60; i++) inputs.push({ headline: r() < 0.6 ? pick(headlines) : `Story number ${i} of the day`, body: variant() });
    // Copies of one body with different headlines: one bucket holds them all.
    for (let i = 0; i < crowd; i++) inputs.push({ headline: `Wire copy ${i}`, body: edited(bodies[0]!, 30 + (i % 7)) });
    const fps = inputs.map(fingerprintArticle);
    for (const options of [{}, { bodyThreshold: 0.5 }, { bodyThreshold: 0.97 }]) {
      const kept = new Matching(fps, options);
      const now = [...fps];
      for (let step = 0; step < 40; step++) {
        const i = Math.floor(r() * now.length);
        const fp = fingerprintArticle({ headline: inputs[i]!.headline, body: variant() });
        assert.ok(kept.update(i, fp), "a body edit is followed");
        now[i] = fp;
        assert.deepEqual(kept.groups(), findDuplicatesFromFingerprints(now, options), `run ${run}, step ${step}, ${JSON.stringify(options)}`);
      }
      const retitled = fingerprintArticle({ headline: "Another headline altogether", body: bodies[0]! });
      assert.equal(kept.update(0, retitled), false, "a headline edit is not followed");
    }
  }
});

test("a kept matching walks a crowded bucket as the whole pass does: an article past the walk's bound is not visited", () => {
  // Signatures made by hand: all share band 0; `far` and `near` also agree on one value of every other band (similarity 33/64).
  const fp = (headline: string, minhash: number[]) => ({ ...fingerprintArticle({ headline, body: "" }), bodyWords: 100, minhash });
  const unique = (seed: number) => Array.from({ length: 62 }, (_, k) => seed * 1000 + k);
  const shared = Array.from({ length: 62 }, (_, k) => (k % 2 === 0 ? 7_000_000 + k : -1));
  const mixed = (seed: number) => shared.map((v, k) => (v >= 0 ? v : seed * 1000 + k));
  const far = fp("Far story", [7, 7, ...mixed(1)]);
  const fillers = Array.from({ length: 260 }, (_, k) => fp(`Filler ${k}`, [7, 7, ...unique(10 + k)]));
  const near = fp("Near story", [7, 7, ...mixed(2)]);
  const alone = fp("Near story", [8, 8, ...unique(5)]);
  const options = { bodyThreshold: 0.5 };
  const fps = [far, ...fillers, alone];
  const kept = new Matching(fps, options);
  for (const next of [near, alone, near]) {
    assert.ok(kept.update(fps.length - 1, next));
    const now = [far, ...fillers, next];
    assert.deepEqual(kept.groups(), findDuplicatesFromFingerprints(now, options));
  }
  assert.deepEqual(findDuplicatesFromFingerprints([far, fillers[0]!, near], options), [{ kind: "body", articles: [0, 2], similarity: 0.516 }]);
  assert.deepEqual(kept.groups(), [], "the walk stops 256 members back, before the far story");
});

test("a kept matching links bodies in the order the pass visits them: the group's similarity is on those links", () => {
  const fp = (headline: string, minhash: number[]) => ({ ...fingerprintArticle({ headline, body: "" }), bodyWords: 100, minhash });
  const a = Array.from({ length: 64 }, (_, k) => 1000 + k);
  const b = a.map((v, k) => (k >= 2 && k < 15 ? v + 500 : v)); // 51 of 64 values as a's
  const x = b.map((v, k) => (k >= 20 && k < 26 ? v + 900 : v)); // 58 as b's, 45 as a's
  const options = { bodyThreshold: 0.5 };
  const kept = new Matching(
    [
      fp("One", a),
      fp("Two", b),
      fp(
        "Three",
        Array.from({ length: 64 }, (_, k) => 5000 + k),
      ),
    ],
    options,
  );
  assert.ok(kept.update(2, fp("Three", x)));
  // x meets b (the newest member) first: that link joins it; its link to a joins nothing.
  assert.deepEqual(kept.groups(), [{ kind: "body", articles: [0, 1, 2], similarity: 0.797 }]);
  assert.deepEqual(kept.groups(), findDuplicatesFromFingerprints([fp("One", a), fp("Two", b), fp("Three", x)], options));
});
