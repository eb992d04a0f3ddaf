// The entity tagger's machinery: memoised scores against feature-by-feature sums, windows, the
// gazetteer's phrase matching, the model file and the maps it loads into.
// Run: node --import tsx --test test/unit/tagger.test.ts

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parseConll } from "../../server/src/analysis/entities/conll.js";
import {
  CLASS_PAD,
  FeatureExtractor,
  GAZ_CITY,
  GAZ_COUNTRY,
  GAZ_ORG,
  GAZ_PREFIX,
  LABELS,
  NUM_LABELS,
  phraseHash,
  WINDOW_MARGIN,
} from "../../server/src/analysis/entities/features.js";
import { IntMap } from "../../server/src/analysis/entities/hash.js";
import { buildGazetteer } from "../../server/src/analysis/entities/lexicon.js";
import { deserializeModel, serializeModel, type Tagger, viterbi } from "../../server/src/analysis/entities/model.js";
import { tokenize } from "../../server/src/analysis/entities/tokenize.js";
import { readNerModelBytes } from "../../server/src/node/modelFile.js";

let cached: Tagger | undefined;
const tagger = (): Tagger => (cached ??= deserializeModel(readNerModelBytes()));

/** A document as the tagger takes it: its words and its sequences as [a, b) pairs. */
function asDocument(lines: string[][]): { words: string[]; ranges: Int32Array; count: number } {
  const words = lines.flat();
  const ranges = new Int32Array(2 * lines.length);
  let p = 0;
  lines.forEach((l, i) => {
    ranges[2 * i] = p;
    ranges[2 * i + 1] = p + l.length;
    p += l.length;
  });
  return { words, ranges, count: lines.length };
}

const sample = join(__dirname, "..", "..", "..", "shared", "samples", "middle-east-2024.txt");
const valid = join(__dirname, "..", "..", "..", "shared", "data", "conll2003", "valid.txt");

test("memoised scores tag as the features summed one by one do", () => {
  const documents: string[][][] = [];
  if (existsSync(sample)) {
    // the sample's articles, one document each (blank lines between them), as recognizeEntities tokenizes them
    for (const article of readFileSync(sample, "utf8")
      .split(/\n\s*\n/)
      .slice(0, 12)) {
      const { tokens, lines } = tokenize(article);
      documents.push(lines.filter((l) => l.last > l.first).map((l) => tokens.slice(l.first, l.last).map((t) => t.text)));
    }
  }
  if (existsSync(valid)) for (const d of parseConll(readFileSync(valid, "utf8")).slice(0, 25)) documents.push(d.sentences.map((s) => s.words));
  documents.push([
    ["Angela", "Merkel", "met", "Emmanuel", "Macron", "in", "Berlin", "."],
    ["Merkel", "said", "so", "."],
  ]);
  let entities = 0;
  for (const lines of documents) {
    const { words, ranges, count } = asDocument(lines);
    const memoised = Array.from(tagger().tagDocument(words, ranges, count).subarray(0, words.length));
    const summed = Array.from(tagger().tagDocument(words, ranges, count, true).subarray(0, words.length));
    assert.deepEqual(memoised, summed, words.slice(0, 12).join(" "));
    entities += memoised.filter((l) => l !== 0).length;
  }
  assert.ok(entities > 50, `the documents have entities (${entities} entity tokens)`);
});

test("windows: tokens within the margin of a capital, a digit or a caseless letter; the rest is O", () => {
  const fx = new FeatureExtractor(new IntMap(16));
  const words = "the cat sat on the mat and then it went to see Paris in the cold and wet spring of 1996 with all her old friends from بغداد yes".split(" ");
  fx.prepare(words, 0, words.length);
  const out = new Int32Array(2 * words.length);
  const n = fx.windows(out, 0, () => false);
  const paris = words.indexOf("Paris");
  const year = words.indexOf("1996");
  const arabic = words.indexOf("بغداد");
  // Paris, 1996 and the Arabic word are 7 apart: three windows, the last one to the end
  assert.deepEqual(Array.from(out.subarray(0, n)), [
    paris - WINDOW_MARGIN,
    paris + WINDOW_MARGIN + 1,
    year - WINDOW_MARGIN,
    year + WINDOW_MARGIN + 1,
    arabic - WINDOW_MARGIN,
    words.length,
  ]);
  // a sentence-initial capital on a word the document writes in lower case opens no window; Paris still does
  const starts = ["The", ...words.slice(1)];
  fx.prepare(starts, 0, starts.length);
  assert.equal(
    fx.windows(out, 0, () => false),
    n + 2,
    "a capital opens a window",
  );
  assert.equal(
    fx.windows(out, 0, (t) => starts[t] === "The"),
    n,
    "The opens none",
  );
  assert.equal(out[0], paris - WINDOW_MARGIN);
  // a long lower-case sentence is tagged all O without a window
  const { words: w2, ranges, count } = asDocument([words.slice(0, 10)]);
  assert.deepEqual(Array.from(tagger().tagDocument(w2, ranges, count).subarray(0, 10)), new Array(10).fill(0));
});

test("a name ending in + is one token; a sum is not", () => {
  const words = tokenize("OPEC+ met Disney+ and C++ fans; 3+4 and a+b.").tokens.map((t) => t.text);
  assert.deepEqual(words, ["OPEC+", "met", "Disney+", "and", "C++", "fans", ";", "3", "+", "4", "and", "a", "+", "b", "."]);
});

test("word classes tell names, acronyms, initials, numbers and punctuation apart", () => {
  const fx = new FeatureExtractor(new IntMap(16));
  const words = ["Paris", "U.S.", "NATO", "J.", "iPhone", "al-Sudani", "2,500", "F-16", "the", ",", "(", "Al-Sudani", "I"];
  fx.prepare(words, 0, words.length);
  const cls = words.map((_, i) => fx.classAt(i));
  assert.equal(new Set(cls).size, 12, `one class each, iPhone and al-Sudani sharing one: ${cls.join(" ")}`);
  assert.equal(fx.classAt(-1), CLASS_PAD);
  assert.equal(cls[words.indexOf("iPhone")], cls[words.indexOf("al-Sudani")], "both lower-case-first with a capital inside");
});

test("gazetteer phrases are matched whole, over `.` and `'` but not other punctuation", () => {
  const gaz = buildGazetteer([
    { mask: GAZ_ORG, names: ["Bank of England", "St. Louis Blues"] },
    { mask: GAZ_CITY, names: ["St. Louis"] },
    { mask: GAZ_COUNTRY, names: ["England"] },
  ]);
  assert.equal(gaz.get(phraseHash(["Bank", "of"])), GAZ_PREFIX, "the first words of a longer name are marked, with no category");
  assert.equal(gaz.get(phraseHash(["St.", "Louis"])) & ~GAZ_PREFIX, GAZ_CITY);
  const fx = new FeatureExtractor(gaz);
  const words = ["the", "Bank", "of", "England", "and", "St.", "Louis", "Blues", ",", "Bank", "of", ",", "England"];
  fx.prepare(words, 0, words.length);
  assert.equal(fx.gazB[1], GAZ_ORG);
  assert.deepEqual([fx.gazI[2], fx.gazI[3]], [GAZ_ORG, GAZ_ORG | 0]);
  assert.equal(fx.gazFull[3], GAZ_COUNTRY, "England alone is a country");
  assert.equal(fx.gazB[5], GAZ_CITY | GAZ_ORG);
  assert.equal(fx.gazI[7], GAZ_ORG);
  assert.equal(fx.gazB[9], 0, "Bank of , England is not the name");
  assert.equal(fx.gazI[12], 0);
});

test("Viterbi: a window followed by an O pays the transition to it", () => {
  // one token; label 1 scores higher, but only label 0 may be followed by O cheaply
  const em = new Float32Array(NUM_LABELS);
  em[1] = 1;
  const trans = new Float32Array(NUM_LABELS * NUM_LABELS);
  trans[1 * NUM_LABELS + 0] = -5;
  const start = new Float32Array(NUM_LABELS);
  const out = new Int32Array(1);
  const scratch = { score: new Float64Array(0), back: new Int32Array(0) };
  viterbi(1, em, 0, trans, start, out, 0, scratch, false);
  assert.equal(out[0], 1);
  viterbi(1, em, 0, trans, start, out, 0, scratch, true);
  assert.equal(out[0], 0);
});

test("IntMap slot tables: stored and loaded maps answer alike, and stay usable", () => {
  const m = new IntMap(16);
  for (let i = 1; i <= 5000; i++) m.set(Math.imul(i, 0x2545f491), i);
  const { keys, vals } = m.table(0.7);
  assert.ok(keys.length < 8192 * 2 && keys.length >= 5000 / 0.7, `${keys.length} slots`);
  const loaded = IntMap.fromTable(keys.slice(), vals.slice(), m.size);
  for (let i = 1; i <= 5000; i++) assert.equal(loaded.get(Math.imul(i, 0x2545f491)), i);
  assert.equal(loaded.get(12345), 0);
  loaded.set(12345, 7);
  assert.equal(loaded.get(12345), 7);
  assert.equal(loaded.size, 5001);
  loaded.clear();
  assert.equal(loaded.size, 0);
  assert.equal(loaded.get(Math.imul(3, 0x2545f491)), 0);
  assert.throws(() => IntMap.fromTable(new Int32Array(16).fill(1), new Int32Array(16), 16), /not an IntMap table/);
});

test("model file: what is written is what is read, aligned or not", () => {
  const gaz = buildGazetteer([{ mask: GAZ_COUNTRY, names: ["France", "United Kingdom"] }]);
  const keys = Int32Array.from([3, 17, 1000]);
  const weights = new Float32Array(keys.length * NUM_LABELS);
  weights.forEach((_, i) => {
    weights[i] = ((i * 7) % 11) - 5;
  });
  const trans = Float32Array.from({ length: NUM_LABELS * NUM_LABELS }, (_, i) => i / 10);
  const start = Float32Array.from({ length: NUM_LABELS }, (_, i) => -i);
  const bytes = serializeModel({ hashBits: 12, keys, weights, trans, start, gaz, meta: { note: "test" } });
  const shifted = new Uint8Array(bytes.length + 1);
  shifted.set(bytes, 1);
  for (const b of [bytes, shifted.subarray(1)]) {
    const t = deserializeModel(b);
    assert.deepEqual(Array.from(t.trans), Array.from(trans));
    assert.deepEqual(Array.from(t.start), Array.from(start));
    assert.equal(t.gaz.get(phraseHash(["United", "Kingdom"])), GAZ_COUNTRY);
    assert.equal(t.meta.note, "test");
    // quantised weights: within 2% of the largest
    const acc = new Float32Array(NUM_LABELS);
    keys.forEach((bucket, r) => {
      acc.fill(0);
      t.table.add(Int32Array.of(bucket << 20), 1, acc, 0);
      for (let c = 0; c < NUM_LABELS; c++) assert.ok(Math.abs(acc[c] - weights[r * NUM_LABELS + c]) <= 0.1, `${bucket} ${c}`);
    });
    acc.fill(0);
    t.table.add(Int32Array.of(5 << 20), 1, acc, 0);
    assert.deepEqual(Array.from(acc), new Array(NUM_LABELS).fill(0), "a bucket without a row weighs nothing");
  }
  assert.throws(() => deserializeModel(bytes.subarray(0, bytes.length - 8)), /truncated/);
  assert.equal(LABELS.length, NUM_LABELS);
});
