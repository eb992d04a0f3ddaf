// Scores News Lens's temporal expressions on TempEval-3 TimeML documents, with the task's measures
// for timex extraction and normalisation (UzZaman et al. 2013, "SemEval-2013 Task 1: TempEval-3").
//
//   node --import tsx scripts/eval-tempeval.ts [DIR] [--verbose] [--json]
//
// DIR (default ../shared/data/te3-platinum) holds .tml files. Each document becomes a one-record
// dump `Title: TITLE\nDate: DCT\n\nTEXT` (the TEXT without its tags), read by the pipeline as a user
// would meet it: its articles, and each article's reference day and year anchors (the date stage's
// jobs). What is scored is the wider, TimeML reading of each article (dates/timex.ts: weeks,
// quarters, seasons, decades, times of day, PRESENT_REF… besides the days, months and years of
// News Lens's own dates, with which it agrees), inside TEXT, against the gold TIMEX3s of type DATE
// and TIME (DURATION and SET are counted but out of scope: neither reading takes durations or
// frequencies).
//
// Measures, micro-averaged over the documents:
// - strict extraction: a system date and a gold timex with exactly the same extent;
// - relaxed extraction: extents that overlap, each gold and each system timex matched at most once;
// - value accuracy: the share of relaxed matches whose values are the same string;
// - value F1 = value accuracy × relaxed F1 (TempEval-3's attribute F1).
// Per type, a system date counts under the type of the gold timex it matches, and an unmatched one
// under the type its value shows (a time of day: TIME, else DATE), so the types add up to the total.
//
// --verbose lists every miss, spurious date, wrong value and extent difference with its sentence;
// --json prints the figures (and with --verbose the lists) as JSON.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DumpSession, timexesOf } from "../server/src/analysis/index.js";

// ---- TimeML --------------------------------------------------------------------------------

export interface Timex {
  tid: string;
  type: string;
  value: string;
  /** Extent as UTF-16 offsets into the tag-free TEXT. */
  start: number;
  end: number;
  text: string;
}

export interface TimeMLDocument {
  name: string;
  /** The value of the document creation time. */
  dct: string;
  title: string;
  /** The content of <TEXT> with its tags removed and its character references decoded. */
  text: string;
  /** Every TIMEX3 inside TEXT, in document order. */
  timexes: Timex[];
}

const TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(/([^\s=>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found.set(m[1]!, decodeXml(m[2] ?? m[3]!));
  return found;
}

export function decodeXml(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, dec: string, hex: string, name: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : XML_NAMED[name]!,
  );
}
const XML_NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text without tags (character references decoded) and the TIMEX3 elements found on the way. */
function stripTags(xml: string): { text: string; timexes: Timex[] } {
  let text = "";
  const timexes: Timex[] = [];
  const open: { attrs: Map<string, string>; start: number }[] = [];
  let last = 0;
  const close = (attrs: Map<string, string>, start: number) =>
    timexes.push({
      tid: attrs.get("tid") ?? "",
      type: attrs.get("type") ?? "",
      value: attrs.get("value") ?? "",
      start,
      end: text.length,
      text: text.slice(start),
    });
  for (const m of xml.matchAll(TAG)) {
    text += decodeXml(xml.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== "TIMEX3") continue;
    if (m[4])
      close(attributes(m[3]!), text.length); // a non-consuming TIMEX3: no extent
    else if (!m[1]) open.push({ attrs: attributes(m[3]!), start: text.length });
    else {
      const element = open.pop();
      if (!element) throw new Error(`</TIMEX3> without an opening tag at character ${m.index}`);
      close(element.attrs, element.start);
    }
  }
  if (open.length) throw new Error(`unclosed TIMEX3 ${open[0]!.attrs.get("tid") ?? ""}`);
  text += decodeXml(xml.slice(last));
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, timexes };
}

export function parseTimeML(xml: string, name: string): TimeMLDocument {
  const element = (tag: string) => new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
  const text = element("TEXT");
  if (text === undefined) throw new Error(`${name}: no <TEXT> element`);
  const dct = stripTags(element("DCT") ?? "").timexes[0]?.value;
  if (!dct) throw new Error(`${name}: no <DCT> TIMEX3 with a value`);
  const body = stripTags(text);
  return { name, dct, title: stripTags(element("TITLE") ?? "").text, text: body.text, timexes: body.timexes };
}

// ---- News Lens on one document --------------------------------------------------------------

export interface SystemDate {
  value: string;
  start: number;
  end: number;
  text: string;
  /** The pipeline's article the date sits in (a document is one record: anything but 0 is a split). */
  article: number;
}

export interface PipelineRun {
  /** The TIMEX3-style expressions found inside TEXT. */
  dates: SystemDate[];
  articles: { headline: string; firstLine: number; published?: string; publishedInferred?: string }[];
  /** The dump's first line of TEXT, to place articles relative to it. */
  textFirstLine: number;
}

/** The one-record dump a user would have for this document; TEXT starts at `textOffset`. */
export function dumpOf(doc: TimeMLDocument): { dump: string; textOffset: number } {
  // The header is one line per field: a title written over several lines would otherwise leave
  // its continuation in the record as body text.
  const header = `Title: ${doc.title.replace(/\s+/g, " ").trim()}\nDate: ${doc.dct}\n\n`;
  return { dump: header + doc.text, textOffset: header.length };
}

/** Offsets where each line of `text` starts, the line ends being those of the core (\r\n, \n, \r). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

export function runPipeline(doc: TimeMLDocument): PipelineRun {
  const { dump, textOffset } = dumpOf(doc);
  // Entities off: the date stage reads no entity output (the dates of this test set are the same
  // with the NER model loaded).
  const session = new DumpSession(dump);
  const analysis = session.analysis(["dates"])!;
  const jobs = session.dateJobs();
  const work = session.articleWork();
  const starts = lineStarts(dump);
  const dates: SystemDate[] = [];
  analysis.articles.forEach((article, index) => {
    // An article's text starts at the first line of its range.
    const base = starts[article.range.start.line]! - textOffset;
    for (const t of timexesOf(work[index]!.text, jobs[index]!)) {
      // The Date: header and the title are not part of TEXT, where the gold timexes are.
      if (base + t.start < 0) continue;
      dates.push({ value: t.value, start: base + t.start, end: base + t.end, text: t.text, article: index });
    }
  });
  const textFirstLine = dump.slice(0, textOffset).split("\n").length - 1;
  const articles = analysis.articles.map((a) => ({
    headline: a.headline,
    firstLine: a.range.start.line,
    published: a.published,
    publishedInferred: a.publishedInferred,
  }));
  return { dates, articles, textFirstLine };
}

// ---- matching and scoring -------------------------------------------------------------------

export interface Extent {
  start: number;
  end: number;
  value: string;
}

export interface Pair {
  gold: number;
  system: number;
  strict: boolean;
}

const overlap = (a: Extent, b: Extent) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * One-to-one matching of gold and system extents: first the identical extents (strict matches),
 * then overlapping pairs (relaxed matches), the pairs with equal values and then the larger
 * overlaps first, completed so that as many gold timexes as possible are matched.
 */
export function matchExtents(gold: readonly Extent[], system: readonly Extent[]): Pair[] {
  const goldOf = new Array<number>(system.length).fill(-1);
  const systemOf = new Array<number>(gold.length).fill(-1);
  const link = (gi: number, si: number) => {
    goldOf[si] = gi;
    systemOf[gi] = si;
  };
  gold.forEach((g, gi) => {
    const si = system.findIndex((s, i) => goldOf[i] === -1 && s.start === g.start && s.end === g.end);
    if (si >= 0) link(gi, si);
  });
  const strict = new Set(systemOf.filter((si) => si >= 0));
  const overlapping = gold.flatMap((g, gi) =>
    system.flatMap((s, si) =>
      systemOf[gi] === -1 && !strict.has(si) && overlap(g, s) > 0 ? [{ gi, si, sameValue: s.value === g.value, size: overlap(g, s) }] : [],
    ),
  );
  overlapping.sort((a, b) => Number(b.sameValue) - Number(a.sameValue) || b.size - a.size || a.gi - b.gi || a.si - b.si);
  for (const { gi, si } of overlapping) if (systemOf[gi] === -1 && goldOf[si] === -1) link(gi, si);
  // The greedy choice can leave a gold timex unmatched whose only system date went to a gold timex
  // that had another: augmenting paths (Kuhn) move such dates until no more pairs can be made.
  const candidates = gold.map((_, gi) => overlapping.filter((c) => c.gi === gi).map((c) => c.si));
  const augment = (gi: number, seen: Set<number>): boolean => {
    for (const si of candidates[gi]!) {
      if (seen.has(si)) continue;
      seen.add(si);
      if (goldOf[si] === -1 || augment(goldOf[si]!, seen)) {
        link(gi, si);
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, gi) => {
    if (systemOf[gi] === -1) augment(gi, new Set());
  });
  return systemOf.flatMap((si, gi) => (si < 0 ? [] : [{ gold: gi, system: si, strict: strict.has(si) }]));
}

export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  /** Relaxed matches whose values are equal. */
  valueCorrect: number;
}

export interface Figures extends Counts {
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  valueAccuracy: number;
  valueF1: number;
}

/** NaN when undefined (no system dates, no gold timexes, no matches): printed "-", null in JSON. */
const ratio = (a: number, b: number) => a / b;
/** 2tp / (gold + system): the harmonic mean of P and R, and 0 (not undefined) when either is 0 or undefined. */
const dice = (tp: number, c: Counts) => (c.gold + c.system === 0 ? NaN : (2 * tp) / (c.gold + c.system));

export function figures(c: Counts): Figures {
  return {
    ...c,
    strictP: ratio(c.strict, c.system),
    strictR: ratio(c.strict, c.gold),
    strictF1: dice(c.strict, c),
    relaxedP: ratio(c.relaxed, c.system),
    relaxedR: ratio(c.relaxed, c.gold),
    relaxedF1: dice(c.relaxed, c),
    valueAccuracy: ratio(c.valueCorrect, c.relaxed),
    // value accuracy × relaxed F1 = (correct / relaxed) × 2 relaxed / (gold + system), defined also without matches
    valueF1: dice(c.valueCorrect, c),
  };
}

const emptyCounts = (): Counts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, valueCorrect: 0 });

export function addCounts(into: Counts, c: Counts): void {
  into.gold += c.gold;
  into.system += c.system;
  into.strict += c.strict;
  into.relaxed += c.relaxed;
  into.valueCorrect += c.valueCorrect;
}

/** The gold types scored; the others are counted only. */
export const SCORED_TYPES = ["DATE", "TIME"] as const;

/** TIME when a value names a time of day (2013-03-22T15:00, 2013-03-22TAF), else DATE. */
export const typeOfValue = (value: string) => (/T(?:\d|MO|AF|EV|NI|DT)/.test(value) ? "TIME" : "DATE");

export interface DocumentScore {
  /** Over DATE and TIME, and per type. */
  counts: Record<"ALL" | (typeof SCORED_TYPES)[number], Counts>;
  /** Gold TIMEX3s of the types not scored, by type. */
  outOfScope: Record<string, number>;
  gold: Timex[];
  pairs: Pair[];
}

export function scoreDocument(timexes: readonly Timex[], system: readonly Extent[]): DocumentScore {
  const gold = timexes.filter((t) => (SCORED_TYPES as readonly string[]).includes(t.type) && t.end > t.start);
  const outOfScope: Record<string, number> = {};
  for (const t of timexes) if (!gold.includes(t)) outOfScope[t.type] = (outOfScope[t.type] ?? 0) + 1;
  const pairs = matchExtents(gold, system);
  const counts = { ALL: emptyCounts(), DATE: emptyCounts(), TIME: emptyCounts() };
  const typed = (type: string) => counts[type as "DATE" | "TIME"];
  for (const g of gold) typed(g.type).gold++;
  const matchedType = new Map(pairs.map((p) => [p.system, gold[p.gold]!.type]));
  system.forEach((s, si) => {
    typed(matchedType.get(si) ?? typeOfValue(s.value)).system++;
  });
  for (const p of pairs) {
    const c = typed(gold[p.gold]!.type);
    c.relaxed++;
    if (p.strict) c.strict++;
    if (system[p.system]!.value === gold[p.gold]!.value) c.valueCorrect++;
  }
  for (const type of SCORED_TYPES) addCounts(counts.ALL, counts[type]);
  return { counts, outOfScope, gold, pairs };
}

// ---- reporting ------------------------------------------------------------------------------

/** The sentence around [start, end), the extent in brackets: cut after . ! ? (and a closing quote) before a space, or at a line end. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  for (const m of text.slice(0, start).matchAll(/[.!?]["'”’)]?\s+|\n/g)) from = m.index + m[0].length;
  const next = /[.!?]["'”’)]?(?=\s|$)|\n/.exec(text.slice(end));
  const to = next ? end + next.index + (next[0] === "\n" ? 0 : next[0].length) : text.length;
  return `${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}`.replace(/\s+/g, " ").trim();
}

interface Finding {
  kind: "miss" | "spurious" | "value" | "extent";
  gold?: { text: string; type: string; value: string };
  system?: { text: string; value: string; article: number };
  /** For a spurious date: the out-of-scope gold timex (DURATION, SET) it overlaps. */
  overlapsOutOfScope?: { text: string; type: string; value: string };
  /** Where in TEXT, for document order. */
  offset: number;
  sentence: string;
}

function findings(doc: TimeMLDocument, run: PipelineRun, score: DocumentScore): Finding[] {
  const out: Finding[] = [];
  const goldView = (t: Timex) => ({ text: t.text, type: t.type, value: t.value });
  const systemView = (s: SystemDate) => ({ text: s.text, value: s.value, article: s.article });
  const at = (start: number, end: number) => ({ offset: start, sentence: sentenceAround(doc.text, start, end) });
  const matchedGold = new Set(score.pairs.map((p) => p.gold));
  const matchedSystem = new Set(score.pairs.map((p) => p.system));
  score.gold.forEach((g, gi) => {
    if (!matchedGold.has(gi)) out.push({ kind: "miss", gold: goldView(g), ...at(g.start, g.end) });
  });
  run.dates.forEach((s, si) => {
    if (matchedSystem.has(si)) return;
    const other = doc.timexes.find((t) => !score.gold.includes(t) && overlap(t, s) > 0);
    out.push({ kind: "spurious", system: systemView(s), ...(other ? { overlapsOutOfScope: goldView(other) } : {}), ...at(s.start, s.end) });
  });
  for (const p of score.pairs) {
    const g = score.gold[p.gold]!,
      s = run.dates[p.system]!;
    const both = { gold: goldView(g), system: systemView(s), ...at(Math.min(g.start, s.start), Math.max(g.end, s.end)) };
    if (g.value !== s.value) out.push({ kind: "value", ...both });
    if (!p.strict) out.push({ kind: "extent", ...both });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

const pct = (x: number) => (Number.isNaN(x) ? "-" : (100 * x).toFixed(1)).padStart(5);

function figureLine(label: string, f: Figures): string {
  return (
    `${label.padEnd(5)} ${String(f.gold).padStart(4)} ${String(f.system).padStart(4)}   ` +
    `${String(f.strict).padStart(3)} ${pct(f.strictP)} ${pct(f.strictR)} ${pct(f.strictF1)}   ` +
    `${String(f.relaxed).padStart(3)} ${pct(f.relaxedP)} ${pct(f.relaxedR)} ${pct(f.relaxedF1)}   ` +
    `${String(f.valueCorrect).padStart(3)} ${pct(f.valueAccuracy)} ${pct(f.valueF1)}`
  );
}

/** One finding; its sentence unless the finding before it quoted the same (a wrong value with a wrong extent). */
function describe(f: Finding, previous: Finding | undefined): string {
  const g = f.gold && `gold "${f.gold.text}" ${f.gold.type} ${f.gold.value}`;
  const s = f.system && `News Lens "${f.system.text}" ${f.system.value}${f.system.article ? ` (article ${f.system.article})` : ""}`;
  const extra = f.overlapsOutOfScope ? ` [overlaps gold ${f.overlapsOutOfScope.type} "${f.overlapsOutOfScope.text}" ${f.overlapsOutOfScope.value}]` : "";
  const what = f.kind === "miss" ? g : f.kind === "spurious" ? `${s}${extra}` : `${s} vs ${g}`;
  return `  ${f.kind.padEnd(8)} ${what}${previous?.sentence === f.sentence ? "" : `\n           ${f.sentence}`}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose");
  const asJson = args.includes("--json");
  const dirArg = args.find((a) => !a.startsWith("--"));
  const dir = dirArg ? path.resolve(dirArg) : path.resolve(__dirname, "..", "..", "shared", "data", "te3-platinum");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".tml"))
    .sort();
  if (!files.length) throw new Error(`no .tml files in ${dir}`);

  const total = { ALL: emptyCounts(), DATE: emptyCounts(), TIME: emptyCounts() };
  const outOfScope: Record<string, number> = {};
  const documents = files.map((file) => {
    const doc = parseTimeML(readFileSync(path.join(dir, file), "utf8"), file.replace(/\.tml$/, ""));
    const run = runPipeline(doc);
    const score = scoreDocument(doc.timexes, run.dates);
    for (const type of ["ALL", ...SCORED_TYPES] as const) addCounts(total[type], score.counts[type]);
    for (const [type, n] of Object.entries(score.outOfScope)) outOfScope[type] = (outOfScope[type] ?? 0) + n;
    return { doc, run, score, findings: verbose ? findings(doc, run, score) : [] };
  });
  const overall = { ALL: figures(total.ALL), DATE: figures(total.DATE), TIME: figures(total.TIME) };
  const split = documents.filter((d) => d.run.articles.length !== 1);

  if (asJson) {
    console.log(
      JSON.stringify(
        {
          directory: path.relative(process.cwd(), dir) || ".",
          documents: documents.length,
          overall,
          outOfScope,
          documentsNotOneArticle: split.length,
          perDocument: documents.map(({ doc, run, score, findings }) => ({
            name: doc.name,
            dct: doc.dct,
            articles: run.articles.length,
            ...figures(score.counts.ALL),
            outOfScope: score.outOfScope,
            ...(verbose ? { findings } : {}),
          })),
        },
        null,
        1,
      ),
    );
    return;
  }

  const head = "type  gold  sys   strict P     R    F1     relaxed P   R    F1     value acc  F1";
  console.log(`TempEval-3 timex extraction and normalisation, ${documents.length} documents in ${path.relative(process.cwd(), dir) || "."}`);
  console.log(
    `gold: DATE and TIME TIMEX3s in TEXT; not scored: ${
      Object.entries(outOfScope)
        .map(([t, n]) => `${n} ${t}`)
        .join(", ") || "none"
    }\n`,
  );
  console.log(head);
  for (const type of ["ALL", ...SCORED_TYPES] as const) console.log(figureLine(type, overall[type]));
  console.log(
    `\ndocuments the pipeline did not read as one article: ${split.length}${split.length ? ` (${split.map((d) => `${d.doc.name}: ${d.run.articles.length}`).join(", ")})` : ""}`,
  );

  console.log("\nper document: articles the pipeline made of it, counts, strict F1, relaxed F1, value accuracy, value F1, not scored (D DURATION, S SET)");
  console.log(`${"document".padEnd(34)} art  gold  sys  strict  relax  value   sF1   rF1  vAcc   vF1  not`);
  for (const { doc, run, score } of documents) {
    const f = figures(score.counts.ALL);
    const out = Object.entries(score.outOfScope)
      .map(([t, n]) => `${n}${t[0]}`)
      .join(" ");
    console.log(
      `${doc.name.padEnd(34)} ${String(run.articles.length).padStart(3)} ${String(f.gold).padStart(5)} ${String(f.system).padStart(4)} ` +
        `${String(f.strict).padStart(7)} ${String(f.relaxed).padStart(6)} ${String(f.valueCorrect).padStart(6)} ` +
        `${pct(f.strictF1)} ${pct(f.relaxedF1)} ${pct(f.valueAccuracy)} ${pct(f.valueF1)}  ${out}`,
    );
  }

  if (verbose) {
    for (const { doc, run, findings } of documents) {
      if (!findings.length && run.articles.length === 1) continue;
      console.log(`\n# ${doc.name} (DCT ${doc.dct})`);
      if (run.articles.length !== 1) {
        for (const [i, a] of run.articles.entries()) {
          const line = a.firstLine - run.textFirstLine;
          console.log(
            `  article ${i}: "${a.headline}" from ${line < 0 ? "the header" : `TEXT line ${line}`}, date ${a.published ?? (a.publishedInferred ? `${a.publishedInferred} (inferred)` : "none")}`,
          );
        }
      }
      findings.forEach((f, i) => {
        console.log(describe(f, findings[i - 1]));
      });
    }
  }
}

if (require.main === module) main();
