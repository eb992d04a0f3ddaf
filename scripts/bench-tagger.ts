// Measures the entity tagger on text that does not repeat, and how long its model takes to load.
//
//   node --import tsx scripts/bench-tagger.ts [--seconds 3] [--conll CONLL_DIR]
//
// Prints recognizeEntities throughput in MB of text (UTF-16 code units counted as bytes) per CPU
// second (process.cpuUsage, so other work on a shared machine does not count) on
//   (a) CoNLL-2003 valid.txt rebuilt as articles of running prose (a headline line, then paragraphs of
//       detokenised sentences), one recognizeEntities call per article;
//   (b) the fixture dumps (test/fixtures/**/*.txt) and ../shared/samples/*.txt, cut into articles of
//       paragraphs up to about 4 KB, one call per article;
//   (c) CoNLL-2003 train, valid and test rebuilt as in (a), about 1.6 MB, like one dump of that size.
// The tagger keeps per-word scores from call to call, so a corpus tagged twice by one model would
// mostly hit them: every timed pass gets a freshly loaded model and sees each text once.
// Then the model's load time: reading the file (gunzipping it if it is compressed), and loadNerModel, cold (the first
// load in this process) and the median of later loads.

import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseConll } from "../server/src/analysis/entities/conll.js";
import { loadNerModel, type NerModel, recognizeEntities, tagDocument } from "../server/src/analysis/entities/index.js";
import { nerModelCandidates, readNerModelBytes } from "../server/src/node/modelFile.js";

const repoRoot = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const minSeconds = Number(opt("--seconds") ?? 3);
const conllDir = path.resolve(repoRoot, opt("--conll") ?? process.env.NEWS_LENS_CONLL_DIR ?? "../shared/data/conll2003");

// Cold load first, before anything else has warmed up the code it runs.
const coldRead = performance.now();
const bytes = readNerModelBytes();
const readMs = performance.now() - coldRead;
const coldParse = performance.now();
loadNerModel(bytes);
const parseMs = performance.now() - coldParse;

// ---------------------------------------------------------------------------------------------
// Texts

/** Joins CoNLL tokens as a writer would have typed them. */
function detokenize(tokens: readonly string[]): string {
  let out = "";
  let openQuote = false;
  let glueNext = true;
  for (const t of tokens) {
    let glue = glueNext;
    glueNext = false;
    if (t === '"') {
      openQuote = !openQuote;
      if (openQuote) glueNext = true;
      else glue = true;
    } else if (/^[.,;:!?%)\]}]$/.test(t) || /^'(s|re|ve|ll|d|m)?$/i.test(t) || t === "n't") glue = true;
    else if (t === "(" || t === "[" || t === "$") glueNext = true;
    out += glue ? t : ` ${t}`;
  }
  return out;
}

/** CoNLL documents as articles: the first sentence as the headline line, the rest as paragraphs of three sentences. */
function conllArticles(file: string): string[] {
  return parseConll(readFileSync(file, "utf8")).map((doc) => {
    const sentences = doc.sentences.map((s) => detokenize(s.words));
    const paragraphs: string[] = [sentences[0]!];
    for (let i = 1; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(" "));
    return paragraphs.join("\n\n");
  });
}

function txtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return txtFiles(p);
    return name.endsWith(".txt") ? [p] : [];
  });
}

/** A dump cut at blank lines into pieces of whole paragraphs up to about 4 KB, as articles are. */
function dumpArticles(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (const paragraph of text.split(/\r?\n[ \t]*\r?\n/)) {
    if (cur && cur.length + paragraph.length > 4000) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur}\n\n${paragraph}` : paragraph;
  }
  if (cur.trim()) out.push(cur);
  return out;
}

const corpora = [
  { name: "(a) CoNLL valid as prose", texts: conllArticles(path.join(conllDir, "valid.txt")) },
  {
    name: "(b) fixtures and samples",
    texts: [...txtFiles(path.join(repoRoot, "test", "fixtures")), ...txtFiles(path.resolve(repoRoot, "../shared/samples"))].flatMap((f) =>
      dumpArticles(readFileSync(f, "utf8")),
    ),
  },
  {
    name: "(c) CoNLL train, valid and test as prose",
    texts: ["train.txt", "valid.txt", "test.txt"].flatMap((f) => conllArticles(path.join(conllDir, f))),
  },
];

// ---------------------------------------------------------------------------------------------
// Throughput

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

function tagAll(texts: readonly string[], model: NerModel): number {
  let mentions = 0;
  for (const t of texts) mentions += recognizeEntities(t, model).length;
  return mentions;
}

// warm up the code on both corpora with a model that is then dropped
{
  const warm = loadNerModel(bytes);
  for (const c of corpora) tagAll(c.texts, warm);
}

console.log(
  `model: ${
    nerModelCandidates().find((p) => {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    }) ?? "?"
  }`,
);
for (const c of corpora) {
  const size = c.texts.reduce((n, t) => n + t.length, 0);
  let cpu = 0;
  let passes = 0;
  let mentions = 0;
  while (passes < 3 || cpu < minSeconds) {
    const model = loadNerModel(bytes);
    const start = process.cpuUsage();
    mentions = tagAll(c.texts, model);
    cpu += cpuSeconds(start);
    passes++;
  }
  const mb = (size * passes) / 1e6;
  console.log(
    `${c.name}: ${c.texts.length} articles, ${(size / 1e6).toFixed(3)} MB, ${mentions} mentions; ` +
      `${passes} passes, ${(mb / cpu).toFixed(2)} MB per CPU second`,
  );
}

// the tagger alone, without tokenizing and the rules: tagDocument on valid.txt's own tokens
{
  const documents = parseConll(readFileSync(path.join(conllDir, "valid.txt"), "utf8")).map((d) => d.sentences.map((s) => s.words));
  const tokens = documents.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  let cpu = 0;
  let passes = 0;
  while (passes < 3 || cpu < minSeconds) {
    const model = loadNerModel(bytes);
    const start = process.cpuUsage();
    for (const d of documents) tagDocument(d, model);
    cpu += cpuSeconds(start);
    passes++;
  }
  console.log(
    `(a) tagger alone (tagDocument on valid.txt's tokens): ${tokens} tokens; ${passes} passes, ${((cpu / passes / tokens) * 1e9).toFixed(0)} ns per token`,
  );
}

const later: number[] = [];
for (let i = 0; i < 7; i++) {
  const t = performance.now();
  loadNerModel(readNerModelBytes());
  later.push(performance.now() - t);
}
later.sort((x, y) => x - y);
console.log(
  `model load: cold ${(readMs + parseMs).toFixed(1)} ms (reading the file ${readMs.toFixed(1)} ms, loadNerModel ` +
    `${parseMs.toFixed(1)} ms); later loads, median ${later[3]!.toFixed(1)} ms; ${bytes.length} bytes uncompressed`,
);
