// Benchmark: what the user's corrections cost a keystroke. A dump of about 1 MB (the sample, again
// and again, each copy's lines numbered), 1,000 corrections of distinct names (scope "all" and
// "mention") and lexicon entries for a twentieth as many; the entities
// are analysed once, then each "keystroke" inserts a letter in one article and asks for the
// entities again, as semantic tokens do after every edit.
//   node --import tsx scripts/bench-corrections.ts [MB] [corrections] [keystrokes]

import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { type AnnotationsFile, type Correction, DumpSession, type Lexicon } from "../server/src/analysis/index.js";
import { lazyNerModel } from "../server/src/node/modelFile.js";

const MB = Number(process.argv[2] ?? 1);
const CORRECTIONS = Number(process.argv[3] ?? 1000);
const KEYSTROKES = Number(process.argv[4] ?? 30);

const sample = readFileSync(path.join(__dirname, "..", "..", "shared", "samples", "middle-east-2024.txt"), "utf8");
// Each copy's lines are made its own (copies of one article would share their analysis).
const parts: string[] = [];
for (let size = 0, copy = 1; size < MB * 2 ** 20; size += sample.length + 2, copy++) parts.push(sample.replace(/\s*$/, "").replace(/\S$/gm, `$& ${copy}`));
const text = parts.join("\n\n");

const nerModel = lazyNerModel();
if (!nerModel()) throw new Error("the entity model is missing");
const session = new DumpSession(text, { nerModel });
const model = session.analysis(["entities"])!;

// Corrections of distinct names (capitalised words and runs of them), the most frequent first:
// every fourth a mention (anchored as the editor records it), the others scope "all".
const frequency = new Map<string, number>();
for (const [name] of text.matchAll(/\p{Lu}[\p{L}’']+(?: \p{Lu}[\p{L}’']+)*/gu)) frequency.set(name, (frequency.get(name) ?? 0) + 1);
const texts = [...frequency.keys()].sort((a, b) => frequency.get(b)! - frequency.get(a)!);
const corrections: Correction[] = [];
for (let i = 0; corrections.length < CORRECTIONS; i++) {
  const t = texts[i % texts.length]!;
  const type = (["person", "organization", "location", "none"] as const)[i % 4];
  corrections.push(i % 4 === 3 ? { text: t, type, scope: "mention", before: "", after: " ", nth: i % 3 } : { text: t, type, scope: "all" });
}
const annotations: AnnotationsFile = { version: 1, corrections };
const lexicon: Lexicon = { version: 1, entries: texts.slice(0, Math.round(CORRECTIONS / 20)).map((t) => ({ text: t, type: "misc" as const })) };

let t0 = performance.now();
session.configure({ corrections: { annotations, lexicon } });
const first = session.stage("entities")!;
const firstMs = performance.now() - t0;

const times: number[] = [];
const lines = session.lines;
for (let k = 0; k < KEYSTROKES; k++) {
  const line = Math.floor(((k + 0.5) / KEYSTROKES) * lines.length);
  t0 = performance.now();
  session.replaceLines(line, line + 1, [`x${lines[line]}`]);
  session.stage("entities");
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
console.log(
  `${(text.length / 2 ** 20).toFixed(2)} MB, ${model.articles.length} articles, ${model.entities.length} entities; ` +
    `${corrections.length} corrections, ${lexicon.entries.length} lexicon entries (${first.length} entities after them)`,
);
console.log(`first application: ${firstMs.toFixed(0)} ms; a keystroke then: median ${at(0.5)} ms, p90 ${at(0.9)} ms (${KEYSTROKES} keystrokes)`);
