// Benchmark of the duplicate finder on a synthetic dump of 30,000 articles.
//   node --import tsx scripts/bench-duplicates.ts [articles] [runs]
// Headlines of 5–14 words and bodies of ~150 words are drawn from a Zipf-distributed vocabulary
// (with capitalised names and numbers); a few duplicates of each kind are planted, and the run
// checks that exactly those are found.

import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { type DuplicateInput, fingerprintArticle } from "../server/src/analysis/duplicates/fingerprint.js";
import { type DuplicateGroup, findDuplicates, findDuplicatesFromFingerprints } from "../server/src/analysis/duplicates/matching.js";

const N = Number(process.argv[2] ?? 30000);
const RUNS = Number(process.argv[3] ?? 5);

let seed = 0x2545f491;
function rand(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

// Vocabulary: pseudo-words from syllables, Zipf-distributed.
const SYL = "ba be bi bo da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi vo za ze".split(" ");
const COMMON = "the of and to in a is that for on with as was by at from has said it be are have not this after".split(" ");
const vocab: string[] = [...COMMON];
const seen = new Set(vocab);
while (vocab.length < 8000) {
  const n = 1 + Math.floor(rand() * 3);
  let w = "";
  for (let i = 0; i < n; i++) w += pick(SYL);
  if (!seen.has(w)) {
    seen.add(w);
    vocab.push(w);
  }
}
const cdf: number[] = [];
let total = 0;
for (let i = 0; i < vocab.length; i++) cdf.push((total += 1 / (i + 1)));
function zipfWord(): string {
  const x = rand() * total;
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return vocab[lo]!;
}
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const names = Array.from({ length: 600 }, () => cap(pick(vocab.slice(200))) + (rand() < 0.5 ? "" : ` ${cap(pick(vocab.slice(200)))}`));

function headline(): string {
  const n = 5 + Math.floor(rand() * 10);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    words.push(r < 0.12 ? pick(names) : r < 0.16 ? String(1 + Math.floor(rand() * 500)) : zipfWord());
  }
  words[0] = cap(words[0]!);
  return words.join(" ");
}

function bodyText(): string {
  const lines: string[] = ["Short Url", `Updated ${1 + Math.floor(rand() * 28)} February 2024`, "Follow", ""];
  const n = 130 + Math.floor(rand() * 40);
  let para: string[] = [];
  let sentence = 0;
  for (let i = 0; i < n; i++) {
    let w = rand() < 0.06 ? pick(names) : zipfWord();
    if (sentence === 0) w = cap(w);
    sentence++;
    if (sentence > 8 && rand() < 0.15) {
      w += ".";
      sentence = 0;
    }
    para.push(w);
    if (para.length > 40 && sentence === 0) {
      lines.push(para.join(" "));
      para = [];
    }
  }
  if (para.length) lines.push(`${para.join(" ")}.`);
  return lines.join("\n");
}

function editBody(text: string): string {
  const words = text.split(" ");
  words[Math.floor(words.length / 2)] = zipfWord(); // one word changed: true Jaccard ~0.94
  return words.join(" ");
}

// Build the dump and plant duplicates at random later positions.
const articles: DuplicateInput[] = [];
for (let i = 0; i < N; i++) articles.push({ headline: headline(), body: bodyText() });
// A recurring slot: 300 live blogs titled alike with different bodies are not duplicates.
for (let k = 0; k < 300; k++) articles[Math.floor(rand() * N)] = { headline: "Live updates", body: bodyText() };

const planted: string[] = [];
function plant(kind: "exact" | "near" | "body", make: (src: DuplicateInput) => DuplicateInput): void {
  const src = Math.floor(rand() * (N / 2));
  const dst = N / 2 + Math.floor(rand() * (N / 2));
  articles[dst] = make(articles[src]!);
  planted.push(`${kind}:${src},${dst}`);
}
for (let k = 0; k < 10; k++) plant("exact", (a) => ({ headline: `${a.headline}  `, body: bodyText() }));
for (let k = 0; k < 5; k++) plant("near", (a) => ({ headline: `${a.headline.toUpperCase()}.`, body: bodyText() }));
for (let k = 0; k < 5; k++)
  plant("near", (a) => {
    const w = a.headline.split(" ");
    w.splice(w.length - 1, 0, "zzunique"); // a lower-case word added
    return { headline: w.join(" "), body: bodyText() };
  });
for (let k = 0; k < 10; k++) plant("body", (a) => ({ headline: headline(), body: editBody(a.body) }));

const bytes = articles.reduce((s, a) => s + a.headline.length + a.body.length + 1, 0);
console.log(`${N} articles, ${(bytes / 1e6).toFixed(1)} MB of text; ${planted.length} planted duplicates`);

/** CPU time of the main thread in ms (Linux; NaN elsewhere): not inflated by other processes. */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, 100 ticks/s
  } catch {
    return NaN;
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const key = (g: DuplicateGroup): string => `${g.kind}:${g.articles.join(",")}`;

findDuplicates(articles.slice(0, 500)); // warm up (character tables, JIT)
const times: number[] = [];
const cpuTimes: number[] = [];
const mainTimes: number[] = [];
const fpTimes: number[] = [];
const matchTimes: number[] = [];
let groups: DuplicateGroup[] = [];
for (let r = 0; r < RUNS; r++) {
  const m0 = mainThreadCpuMs();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  groups = findDuplicates(articles);
  times.push(performance.now() - t0);
  const c1 = process.cpuUsage(c0);
  cpuTimes.push((c1.user + c1.system) / 1000);
  mainTimes.push(mainThreadCpuMs() - m0);
  const t1 = performance.now();
  const fps = articles.map(fingerprintArticle);
  const t2 = performance.now();
  findDuplicatesFromFingerprints(fps);
  const t3 = performance.now();
  fpTimes.push(t2 - t1);
  matchTimes.push(t3 - t2);
}

const found = new Set(groups.map(key));
const missing = planted.filter((p) => !found.has(p));
const extra = groups.map(key).filter((k) => !planted.includes(k));
console.log(`findDuplicates: median ${median(times).toFixed(0)} ms of ${RUNS} runs (${times.map((t) => t.toFixed(0)).join(", ")})`);
console.log(
  `  CPU time: main thread median ${median(mainTimes).toFixed(0)} ms, process (with GC threads) ${median(cpuTimes).toFixed(0)} ms` +
    " (wall time suffers when other processes share the cores)",
);
console.log(`  fingerprints ${median(fpTimes).toFixed(0)} ms, matching from fingerprints ${median(matchTimes).toFixed(0)} ms`);
console.log(`planted found: ${planted.length - missing.length}/${planted.length}${missing.length ? ` (missing ${missing.join(" ")})` : ""}`);
console.log(`unplanted groups: ${extra.length}${extra.length ? ` (${extra.slice(0, 10).join(" ")})` : ""}`);
const bodyGroups = groups.filter((g) => g.kind === "body");
if (bodyGroups.length) console.log(`body similarities: ${bodyGroups.map((g) => g.similarity).join(", ")}`);
if (missing.length || extra.length) process.exitCode = 1;
