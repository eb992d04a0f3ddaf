// Evaluates the named-entity tagger.
//
//   node --import tsx scripts/eval-ner.ts conll [CONLL_DIR] [--split test|valid]
//       span-level P/R/F1 per type (PER, ORG, LOC) and micro, as conlleval counts them, once with
//       tagTokens (sentence by sentence) and once with tagDocument (document context).
//   node --import tsx scripts/eval-ner.ts cli [CONLL_DIR] [--split test|valid]
//       the same scores measured through the built `news-lens conll` (what `npm run eval:ner` runs).
//   node --import tsx scripts/eval-ner.ts sample [DUMP.txt] [GOLD.json] [--out analysis.json] [--quiet]
//       recognizeEntities + resolveEntities on every gold article of a dump, written as analysis JSON
//       and scored with the shared score.mjs (strict/lenient entity F1 and the misses).
//   node --import tsx scripts/eval-ner.ts speed [DUMP.txt]
//       recognizeEntities throughput in MB/s (UTF-16 code units counted as bytes of text).
//
// Defaults are relative to the repo root: ../shared/data/conll2003 (or $NEWS_LENS_CONLL_DIR),
// ../shared/samples/middle-east-2024.txt and .gold.json, ../shared/tools/score.mjs.

import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseConll, SpanScorer, toIob2 } from "../server/src/analysis/entities/conll.js";
import { type EntitySpan, loadNerModel, recognizeEntities, resolveEntities, tagDocument, tagTokens } from "../server/src/analysis/entities/index.js";
import { readNerModelBytes } from "../server/src/node/modelFile.js";

const repoRoot = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const mode = args[0] ?? "conll";
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.slice(1).filter((a, i, all) => !a.startsWith("--") && !(i > 0 && all[i - 1].startsWith("--")));

const t0 = performance.now();
const model = loadNerModel(readNerModelBytes());
console.log(`model loaded in ${(performance.now() - t0).toFixed(0)} ms`);

function fmt(name: string, p: { p: number; r: number; f1: number; tp: number; pred: number; gold: number }): string {
  return `${name.padEnd(6)} P ${(p.p * 100).toFixed(2).padStart(6)}  R ${(p.r * 100).toFixed(2).padStart(6)}  F1 ${(p.f1 * 100).toFixed(2).padStart(6)}  (tp ${p.tp}, pred ${p.pred}, gold ${p.gold})`;
}

if (mode === "cli") {
  const dir = path.resolve(repoRoot, positional[0] ?? process.env.NEWS_LENS_CONLL_DIR ?? "../shared/data/conll2003");
  const split = opt("--split") ?? "test";
  const t = performance.now();
  const output = execFileSync(process.execPath, [path.join(repoRoot, "dist", "cli.js"), "conll", path.join(dir, `${split}.txt`)], {
    maxBuffer: 1 << 28,
  }).toString();
  const ms = performance.now() - t;
  const sc = new SpanScorer();
  let gold: string[] = [];
  let pred: string[] = [];
  const flush = () => {
    if (gold.length) sc.add(toIob2(gold), pred);
    gold = [];
    pred = [];
  };
  for (const line of output.split("\n")) {
    if (!line.trim() || line.startsWith("-DOCSTART-")) {
      flush();
      continue;
    }
    const cols = line.split(" ");
    gold.push(cols[3]!);
    pred.push(cols.at(-1)!);
  }
  flush();
  console.log(`\nCoNLL-2003 ${split}.txt through \`news-lens conll\` (${(ms / 1000).toFixed(1)} s):`);
  for (const ty of ["PER", "ORG", "LOC"]) console.log(fmt(ty, sc.type(ty)));
  console.log(fmt("micro", sc.micro()));
} else if (mode === "conll") {
  const dir = path.resolve(repoRoot, positional[0] ?? process.env.NEWS_LENS_CONLL_DIR ?? "../shared/data/conll2003");
  const split = opt("--split") ?? "test";
  const docs = parseConll(readFileSync(path.join(dir, `${split}.txt`), "utf8"));
  for (const withDoc of [false, true]) {
    const sc = new SpanScorer();
    const t = performance.now();
    let ntok = 0;
    for (const d of docs) {
      const preds = withDoc
        ? tagDocument(
            d.sentences.map((s) => s.words),
            model,
          )
        : d.sentences.map((s) => tagTokens(s.words, model));
      d.sentences.forEach((s, i) => {
        sc.add(s.tags, preds[i]);
        ntok += s.words.length;
      });
    }
    const ms = performance.now() - t;
    console.log(
      `\nCoNLL-2003 ${split}.txt, ${withDoc ? "tagDocument (document context)" : "tagTokens (one sentence at a time)"}: ${ntok} tokens in ${ms.toFixed(0)} ms`,
    );
    for (const ty of ["PER", "ORG", "LOC"]) console.log(fmt(ty, sc.type(ty)));
    console.log(fmt("micro", sc.micro()));
  }
} else if (mode === "sample") {
  const dump = path.resolve(repoRoot, positional[0] ?? "../shared/samples/middle-east-2024.txt");
  const goldPath = path.resolve(repoRoot, positional[1] ?? dump.replace(/\.txt$/, ".gold.json"));
  const outPath = path.resolve(repoRoot, opt("--out") ?? path.join(tmpdir(), "news-lens-ner-sample.json"));
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as {
    articles: { startLine: number; endLine: number; headline: string; headlineLine: number; published?: string; publishedInferred?: string }[];
  };
  const lines = readFileSync(dump, "utf8")
    .replace(/^\uFEFF/, "")
    .replace(/\r/g, "")
    .split("\n");
  const articles = gold.articles.map((a) => ({ a, text: lines.slice(a.startLine, a.endLine + 1).join("\n") }));
  const t = performance.now();
  const spans: EntitySpan[][] = articles.map((x) => recognizeEntities(x.text, model));
  const resolved = resolveEntities(articles.map((x, i) => ({ text: x.text, spans: spans[i] })));
  const ms = performance.now() - t;
  const entities: unknown[] = [];
  articles.forEach((x, ai) => {
    const starts = [0];
    for (let i = 0; i < x.text.length; i++) if (x.text.charCodeAt(i) === 10) starts.push(i + 1);
    const pos = (off: number) => {
      let lo = 0,
        hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= off) lo = mid;
        else hi = mid - 1;
      }
      return { line: x.a.startLine + lo, character: off - starts[lo] };
    };
    for (const e of resolved[ai]) {
      entities.push({ text: e.text, type: e.type, canonical: e.canonical, range: { start: pos(e.start), end: pos(e.end) }, article: ai });
    }
  });
  const analysis = {
    version: 1,
    file: path.basename(dump),
    lineCount: lines.length,
    articles: gold.articles.map((a, i) => ({
      index: i,
      headline: a.headline,
      headlineRange: { start: { line: a.headlineLine, character: 0 }, end: { line: a.headlineLine, character: a.headline.length } },
      range: { start: { line: a.startLine, character: 0 }, end: { line: a.endLine, character: 0 } },
      published: a.published ?? undefined,
      publishedInferred: a.publishedInferred,
      sections: [],
    })),
    entities,
    dates: [],
    diagnostics: [],
  };
  writeFileSync(outPath, JSON.stringify(analysis, null, 1));
  console.log(`${entities.length} entities in ${ms.toFixed(1)} ms; analysis written to ${outPath}`);
  const score = path.resolve(repoRoot, opt("--score") ?? "../shared/tools/score.mjs");
  const res = execFileSync(process.execPath, [score, outPath, goldPath, ...(args.includes("--quiet") ? [] : ["--verbose"])], { encoding: "utf8" });
  console.log(res);
  if (args.includes("--canonical")) {
    const seen = new Set<string>();
    for (const e of entities as { text: string; canonical: string; type: string }[]) {
      const k = `${e.type} ${e.text} -> ${e.canonical}`;
      if (e.text !== e.canonical && !seen.has(k)) {
        seen.add(k);
        console.log(k);
      }
    }
  }
} else if (mode === "speed") {
  const dump = path.resolve(repoRoot, positional[0] ?? "../shared/samples/middle-east-2024.txt");
  const text = readFileSync(dump, "utf8");
  // articles of ~4 KB, as the caller gives them
  const parts = text.split(/\n\s*\n/).filter((p) => p.trim().length > 0);
  // CPU time as well as wall time: the machine may be shared
  const run = (label: string, texts: string[], ms: number) => {
    for (const p of texts) recognizeEntities(p, model); // warm up
    let total = 0;
    const t = performance.now();
    const c = process.cpuUsage();
    while (performance.now() - t < ms)
      for (const p of texts) {
        recognizeEntities(p, model);
        total += p.length;
      }
    const wall = (performance.now() - t) / 1000;
    const cu = process.cpuUsage(c);
    const cpu = (cu.user + cu.system) / 1e6;
    console.log(
      `${label}: ${(total / 1e6).toFixed(2)} MB; ${(total / 1e6 / wall).toFixed(2)} MB/s wall, ${(total / 1e6 / cpu).toFixed(2)} MB/s per CPU second`,
    );
  };
  run(`recognizeEntities, ${parts.length} paragraphs one by one`, parts, 3000);
  run("recognizeEntities, the whole dump as one text", [text], 3000);
} else {
  console.error("usage: eval-ner.ts conll|sample|speed ...");
  process.exit(2);
}
