// Scores findDates on gold-annotated dumps and measures its speed.
//
//   node --import tsx scripts/eval-dates.ts [DUMP.txt [GOLD.json]] [--all] [--verbose] [--list] [--no-dump-anchors] [--speed] [--no-score]
//
// Splits each dump into its gold articles (gold startLine/endLine), runs findDates on each with
// reference = published ?? publishedInferred (without one, a wire dateline's month-day in the year of
// the nearest dated article, else of the latest year the dump writes, as the date stage does), writes an analysis JSON holding only dates to a
// temporary file and scores it with the shared scorer: dates found and right, recall and
// precision, per dump and over all. The articles and their days come from the gold, so the figures
// are those of date recognition and resolution alone, whatever the layout analysis makes of the
// dump (`npm run score:fixtures` scores the whole pipeline).
//
// --all       the shared sample and every fixture dump with gold beside it (default: the sample)
// --verbose   the scorer's misses and wrong values, and the spurious dates, with their lines
// --list      every date found: line, text, value

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { collectYearAnchors, latestWrittenYear } from "../server/src/analysis/dates/anchors.js";
import { findDates } from "../server/src/analysis/dates/resolve.js";

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith("--"));
const scorer = "../shared/tools/score.mjs";
const sample = "../shared/samples/middle-east-2024.txt";

interface GoldArticle {
  startLine: number;
  endLine: number;
  published: string | null;
  publishedInferred?: string | null;
}
interface GoldDate {
  text: string;
  value: string;
  line: number;
}
interface Gold {
  articles: GoldArticle[];
  dates: GoldDate[];
  ignoreLines?: number[];
}
interface Out {
  text: string;
  value: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  article: number;
}

/** The dumps to score, each with its gold. */
function dumps(): [dump: string, gold: string][] {
  if (args.includes("--all")) {
    const all = [sample];
    for (const dir of ["layouts", "layouts-hard", "tools", "news"]) {
      const folder = join("test", "fixtures", dir);
      if (existsSync(folder))
        all.push(
          ...readdirSync(folder)
            .filter((f) => f.endsWith(".txt"))
            .map((f) => join(folder, f)),
        );
    }
    return all.map((d) => [d, d.replace(/\.txt$/, ".gold.json")] as [string, string]).filter(([, g]) => existsSync(g));
  }
  const dump = files[0] ?? sample;
  return [[dump, files[1] ?? dump.replace(/\.txt$/, ".gold.json")]];
}

/** The dump's lines as the gold counts them: `\r` removed, split on `\n`, without a byte-order mark. */
function readLines(dump: string): string[] {
  const bytes = readFileSync(dump);
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString("utf16le") : bytes.toString("utf8");
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r/g, "")
    .split("\n");
}

function analyse(lines: string[], gold: Gold): Out[] {
  // Month-days the dump writes with a year ("Oct. 7, 2023"), offered to every article.
  const dumpAnchors = args.includes("--no-dump-anchors") ? undefined : collectYearAnchors(lines.join("\n"));
  const dates: Out[] = [];
  const references = gold.articles.map((a) => a.published ?? a.publishedInferred ?? undefined);
  let dumpYear: number | undefined;
  /** The year of the dated article nearest to `ai` (the earlier one on a tie), else the latest year the dump writes. */
  const fallbackYear = (ai: number): number | undefined => {
    for (let k = 1; k < references.length; k++) {
      const near = references[ai - k] ?? references[ai + k];
      if (near) return Number(near.slice(0, 4));
    }
    dumpYear ??= latestWrittenYear(lines.join("\n"));
    return dumpYear;
  };
  gold.articles.forEach((a, ai) => {
    const text = lines.slice(a.startLine, a.endLine + 1).join("\n");
    const lineStarts: number[] = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
    const toPos = (off: number) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= off) lo = mid;
        else hi = mid - 1;
      }
      return { line: a.startLine + lo, character: off - lineStarts[lo]! };
    };
    const ref = references[ai];
    for (const d of findDates(text, ref, { yearAnchors: dumpAnchors, fallbackYear: ref ? undefined : fallbackYear(ai) })) {
      dates.push({ text: d.text, value: d.value, range: { start: toPos(d.start), end: toPos(d.end) }, article: ai });
    }
  });
  return dates;
}

/** The dates no gold date matches, by the scorer's rule: the same line and overlapping text. */
function spurious(dates: Out[], gold: Gold): Out[] {
  const norm = (s: string) => s.replace(/\s+/g, " ").trim();
  const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);
  const ignored = new Set(gold.ignoreLines ?? []);
  const scored = dates.filter((d) => !ignored.has(d.range.start.line));
  const used = new Set<number>();
  for (const g of gold.dates) {
    const k = scored.findIndex((d, i) => !used.has(i) && d.range.start.line === g.line && overlaps(norm(d.text), norm(g.text)));
    if (k >= 0) used.add(k);
  }
  return scored.filter((_, i) => !used.has(i));
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

if (!args.includes("--no-score")) {
  const dir = mkdtempSync(join(tmpdir(), "eval-dates-"));
  const total = { gold: 0, predicted: 0, found: 0, right: 0 };
  console.log(`${"dump".padEnd(28)} gold  pred  found  right  recall(found right)  precision(found right)`);
  for (const [dumpPath, goldPath] of dumps()) {
    const lines = readLines(dumpPath);
    const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Gold;
    const dates = analyse(lines, gold);
    const out = join(dir, "analysis.json");
    writeFileSync(out, JSON.stringify({ articles: [], entities: [], dates }, null, 1));
    const r = JSON.parse(execFileSync(process.execPath, [scorer, out, goldPath, "--json"], { encoding: "utf8" })).dates;
    const { actual, predicted, tp: found } = r.found;
    const right = r.correct.tp;
    total.gold += actual;
    total.predicted += predicted;
    total.found += found;
    total.right += right;
    console.log(
      `${basename(dumpPath).padEnd(28)} ${String(actual).padStart(4)}  ${String(predicted).padStart(4)}  ${String(found).padStart(5)}  ${String(right).padStart(5)}  ` +
        `${pct(actual ? found / actual : 1)} ${pct(actual ? right / actual : 1)}        ${pct(predicted ? found / predicted : 1)} ${pct(predicted ? right / predicted : 1)}`,
    );
    if (args.includes("--verbose")) {
      const report = execFileSync(process.execPath, [scorer, out, goldPath, "--verbose"], { encoding: "utf8" });
      for (const l of report.split("\n").filter((l) => l.startsWith("  - date"))) console.log(l);
      for (const d of spurious(dates, gold)) console.log(`  - date spurious: "${d.text}" line ${d.range.start.line} (${d.value})`);
    }
    if (args.includes("--list")) for (const d of dates) console.log(`${d.range.start.line}\t${d.text}\t${d.value}`);
  }
  const t = total;
  console.log(
    `${"all".padEnd(28)} ${String(t.gold).padStart(4)}  ${String(t.predicted).padStart(4)}  ${String(t.found).padStart(5)}  ${String(t.right).padStart(5)}  ` +
      `${pct(t.found / t.gold)} ${pct(t.right / t.gold)}        ${pct(t.found / t.predicted)} ${pct(t.right / t.predicted)}`,
  );
  rmSync(dir, { recursive: true, force: true });
}

if (args.includes("--speed")) {
  // The dump repeated to ~10 MB, split into the same articles, timed end to end.
  const [dumpPath, goldPath] = dumps()[0]!;
  const lines = readLines(dumpPath);
  const raw = lines.join("\n");
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Gold;
  const texts = gold.articles.map((a) => ({
    text: lines.slice(a.startLine, a.endLine + 1).join("\n"),
    ref: a.published ?? a.publishedInferred ?? undefined,
  }));
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t.text), 0);
  const reps = Math.ceil(10e6 / bytes);
  for (const t of texts) findDates(t.text, t.ref); // warm up
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let count = 0;
  for (let i = 0; i < reps; i++) for (const t of texts) count += findDates(t.text, t.ref).length;
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const mb = (bytes * reps) / 1e6;
  console.log(
    `speed: ${mb.toFixed(1)} MB in ${secs.toFixed(2)} s wall = ${(mb / secs).toFixed(1)} MB/s; ` +
      `${cpuSecs.toFixed(2)} s CPU = ${(mb / cpuSecs).toFixed(1)} MB/s (${count} dates)`,
  );
  // One long text too: a whole dump handed over as one article.
  const big = Array.from({ length: Math.ceil(5e6 / raw.length) }, () => raw).join("\n\n");
  const t1 = process.hrtime.bigint();
  const n = findDates(big, "2024-10-18").length;
  const s1 = Number(process.hrtime.bigint() - t1) / 1e9;
  console.log(`one text: ${(big.length / 1e6).toFixed(1)} MB in ${s1.toFixed(2)} s = ${(big.length / 1e6 / s1).toFixed(1)} MB/s (${n} dates)`);
}
