// Scores findDates on a gold-annotated dump and measures its speed.
//
//   node --import tsx scripts/eval-dates.ts [DUMP.txt GOLD.json] [--speed] [--no-score] [--list] [--no-dump-anchors]
//
// Splits the dump into the gold articles (gold startLine/endLine), runs findDates on each with
// reference = published ?? publishedInferred, writes an analysis JSON holding only dates to a
// temporary file and runs the shared scorer on it with --verbose.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectYearAnchors } from "../server/src/analysis/dates/anchors.js";
import { findDates } from "../server/src/analysis/dates/resolve.js";

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith("--"));
const dumpPath = files[0] ?? "../shared/samples/middle-east-2024.txt";
const goldPath = files[1] ?? dumpPath.replace(/\.txt$/, ".gold.json");
const scorer = "../shared/tools/score.mjs";

interface GoldArticle {
  startLine: number;
  endLine: number;
  published: string | null;
  publishedInferred?: string | null;
}

const raw = readFileSync(dumpPath, "utf8").replace(/^\uFEFF/, "");
const lines = raw.replace(/\r/g, "").split("\n");
const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { articles: GoldArticle[] };
// Month-days the dump writes with a year ("Oct. 7, 2023"), offered to every article.
const dumpAnchors = args.includes("--no-dump-anchors") ? undefined : collectYearAnchors(lines.join("\n"));

interface Out {
  text: string;
  value: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  article: number;
}

function analyse(): Out[] {
  const dates: Out[] = [];
  gold.articles.forEach((a, ai) => {
    const text = lines.slice(a.startLine, a.endLine + 1).join("\n");
    const lineStarts: number[] = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
    const toPos = (off: number) => {
      let lo = 0,
        hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= off) lo = mid;
        else hi = mid - 1;
      }
      return { line: a.startLine + lo, character: off - lineStarts[lo] };
    };
    const ref = a.published ?? a.publishedInferred ?? undefined;
    for (const d of findDates(text, ref, { yearAnchors: dumpAnchors })) {
      dates.push({ text: d.text, value: d.value, range: { start: toPos(d.start), end: toPos(d.end) }, article: ai });
    }
  });
  return dates;
}

if (!args.includes("--no-score")) {
  const dates = analyse();
  const dir = mkdtempSync(join(tmpdir(), "eval-dates-"));
  const out = join(dir, "analysis.json");
  writeFileSync(out, JSON.stringify({ articles: [], entities: [], dates }, null, 1));
  const report = execFileSync(process.execPath, [scorer, out, goldPath, "--verbose"], { encoding: "utf8" });
  console.log(
    report
      .split("\n")
      .filter((l) => /^(?:#|dates| {2}- date)/.test(l))
      .join("\n"),
  );
  if (args.includes("--list")) for (const d of dates) console.log(`${d.range.start.line}\t${d.text}\t${d.value}`);
  rmSync(dir, { recursive: true, force: true });
}

if (args.includes("--speed")) {
  // The sample repeated to ~10 MB, split into the same articles, timed end to end.
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
