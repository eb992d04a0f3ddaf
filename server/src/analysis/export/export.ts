// Exports an analysis for ML annotation tools. Pure: returns relative paths and contents.
// One document per article: its lines from range.start.line to range.end.line joined by "\n".
// Offsets count Unicode code points (Python string indices), not UTF-16 units.
// Linear in the text: code-point offsets are counted from checkpoints, never from the start of a
// long line or article for each span, and the platform's sentence and word segmenters (whose
// iteration slows down with the length of the text they are given) only ever see short pieces.
// Made article by article (exportSteps), so that a caller can work in slices and stop between them.

import { ENTITY_TYPES } from "../../vocabulary/entityTypes.js";
import type { Article, DumpAnalysis, Range } from "../types.js";

export type ExportFormat = "jsonl" | "labelstudio" | "conll" | "brat";
export const exportFormats: readonly ExportFormat[] = ["jsonl", "labelstudio", "conll", "brat"];

export interface ExportOptions {
  /** Add the date mentions as DATE spans. */
  dates: boolean;
}

export interface ExportedFile {
  path: string;
  content: string;
}

/** The label of each entity type in the exported files, and of dates. */
const LABELS: Record<string, string> = { ...Object.fromEntries(ENTITY_TYPES.map((t) => [t.id, t.conll])), date: "DATE" };

/** A labelled span of one article: UTF-16 offsets (u16) and code-point offsets (start, end). */
interface Span {
  u16Start: number;
  u16End: number;
  start: number;
  end: number;
  label: string;
  text: string;
}

interface Doc {
  article: Article;
  text: string;
  spans: Span[];
}

function countCodePoints(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === from || (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800) n++;
  }
  return n;
}

/** Lines shorter than this are counted from their start; longer ones from checkpoints this far apart. */
const CHECKPOINT = 512;

/**
 * Code points before a UTF-16 column of a line: counted from the nearest checkpoint before it, the
 * checkpoints of a long line made once (a line of megabytes with thousands of names stays linear).
 */
function codePointColumns(lines: readonly string[]): (line: number, character: number) => number {
  const checkpoints = new Map<number, Int32Array>();
  return (l, ch) => {
    const line = lines[l] ?? "";
    if (line.length < CHECKPOINT) return countCodePoints(line, 0, ch);
    let marks = checkpoints.get(l);
    if (!marks) {
      marks = new Int32Array(Math.floor(line.length / CHECKPOINT) + 1);
      for (let k = 1; k < marks.length; k++) marks[k] = marks[k - 1]! + countCodePoints(line, (k - 1) * CHECKPOINT, k * CHECKPOINT);
      checkpoints.set(l, marks);
    }
    const k = Math.floor(ch / CHECKPOINT);
    return marks[k]! + countCodePoints(line, k * CHECKPOINT, ch);
  };
}

/** Which of the (ordered) articles holds `line`, trying `hint` first; -1 for none. */
function articleHolding(articles: readonly Article[], line: number, hint: number): number {
  const inside = (i: number) => articles[i] !== undefined && articles[i]!.range.start.line <= line && line <= articles[i]!.range.end.line;
  if (inside(hint)) return hint;
  let lo = 0;
  let hi = articles.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (line < articles[mid]!.range.start.line) hi = mid - 1;
    else if (line > articles[mid]!.range.end.line) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The documents of an export, one per article, made when asked for: the spans are sorted into
 * their articles in one pass, and each article's text and offsets are made when its turn comes.
 */
function documents(lines: readonly string[], analysis: DumpAnalysis, options: ExportOptions): { count: number; doc: (i: number) => Doc } {
  const articles = analysis.articles;
  const ranges: { range: Range; label: string }[][] = articles.map(() => []);
  const position = new Map(articles.map((a, i) => [a.index, i]));
  const add = (range: Range, article: number, label: string) => {
    const i = articleHolding(articles, range.start.line, position.get(article) ?? -1);
    if (i < 0 || range.end.line > articles[i]!.range.end.line) return;
    ranges[i]!.push({ range, label });
  };
  for (const e of analysis.entities) add(e.range, e.article, LABELS[e.type] ?? e.type.toUpperCase());
  if (options.dates) for (const m of analysis.dates) add(m.range, m.article, "DATE");
  const codePoints = codePointColumns(lines);
  const doc = (i: number): Doc => {
    const article = articles[i]!;
    const first = article.range.start.line;
    // UTF-16 and code-point offsets where each of its lines starts.
    const u16: number[] = [];
    const cp: number[] = [];
    let a = 0;
    let b = 0;
    for (let l = first; l <= article.range.end.line; l++) {
      u16.push(a);
      cp.push(b);
      const line = lines[l] ?? "";
      a += line.length + 1;
      b += codePoints(l, line.length) + 1;
    }
    const text = lines.slice(first, article.range.end.line + 1).join("\n");
    const spans: Span[] = [];
    for (const { range, label } of ranges[i]!) {
      const offset = (p: Range["start"]) => {
        const ch = Math.min(p.character, (lines[p.line] ?? "").length);
        return { u16: u16[p.line - first]! + ch, cp: cp[p.line - first]! + codePoints(p.line, ch) };
      };
      const s = offset(range.start);
      const e = offset(range.end);
      if (e.u16 <= s.u16) continue;
      spans.push({ u16Start: s.u16, u16End: e.u16, start: s.cp, end: e.cp, label, text: text.slice(s.u16, e.u16) });
    }
    spans.sort((x, y) => x.u16Start - y.u16Start || y.u16End - x.u16End);
    return { article, text, spans };
  };
  return { count: articles.length, doc };
}

const published = (a: Article) => a.published ?? a.publishedInferred ?? null;

export function exportAnnotations(lines: readonly string[], analysis: DumpAnalysis, format: ExportFormat, options: ExportOptions): ExportedFile[] {
  const steps = exportSteps(lines, analysis, format, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The export in steps (the generator yields after each article, and within a long article every
 * few hundred sentences): a caller can do a few steps at a time and give other work its turn in
 * between, or stop. Returns the files.
 */
export function* exportSteps(lines: readonly string[], analysis: DumpAnalysis, format: ExportFormat, options: ExportOptions): Generator<void, ExportedFile[]> {
  const { count, doc } = documents(lines, analysis, options);
  const pieces: string[] = [];
  const brat = format === "brat" ? new BratFiles(count) : undefined;
  for (let i = 0; i < count; i++) {
    const d = doc(i);
    if (brat) brat.add(d, i);
    else if (format === "jsonl") pieces.push(`${JSON.stringify(jsonlRecord(d))}\n`);
    else if (format === "labelstudio") pieces.push(JSON.stringify(labelStudioTask(d), null, 1));
    else pieces.push(yield* conllDocument(d));
    yield;
  }
  switch (format) {
    case "jsonl":
      return [{ path: "annotations.jsonl", content: pieces.join("") }];
    case "labelstudio":
      // As JSON.stringify(tasks, null, 1) writes the list: each task indented one more space.
      return [{ path: "tasks.json", content: `${pieces.length ? `[\n${pieces.map((p) => ` ${p.replace(/\n/g, "\n ")}`).join(",\n")}\n]` : "[]"}\n` }];
    case "conll":
      return [{ path: "annotations.conll", content: pieces.join("") }];
    case "brat":
      return brat!.files();
  }
}

/** doccano (`label`) and Prodigy (`spans`) read the same line. `meta.line` is 0-based. */
function jsonlRecord(d: Doc) {
  return {
    text: d.text,
    spans: d.spans.map((s) => ({ start: s.start, end: s.end, label: s.label })),
    label: d.spans.map((s) => [s.start, s.end, s.label]),
    meta: { headline: d.article.headline, published: published(d.article), line: d.article.range.start.line },
  };
}

function labelStudioTask(d: Doc) {
  return {
    data: { text: d.text, headline: d.article.headline, published: published(d.article) },
    predictions: [
      {
        model_version: "news-lens",
        result: d.spans.map((s, i) => ({
          id: `a${d.article.index}-${i}`,
          from_name: "label",
          to_name: "text",
          type: "labels",
          value: { start: s.start, end: s.end, text: s.text, labels: [s.label] },
        })),
      },
    ],
  };
}

/** brat standoff: a `.txt` and an `.ann` per article, and the `annotation.conf` of the labels used. */
class BratFiles {
  private readonly width: number;
  private readonly written: ExportedFile[] = [];
  private readonly labels = new Set<string>(["PER", "ORG", "LOC"]);

  constructor(count: number) {
    this.width = Math.max(4, String(count).length);
  }

  add(d: Doc, i: number): void {
    const name = `article-${String(i + 1).padStart(this.width, "0")}`;
    const ann = d.spans.map((s, k) => {
      this.labels.add(s.label);
      // A span across lines becomes discontinuous fragments, one per line (brat has no "\n" in a
      // text field); each fragment's offset counted from the span's start, not the article's.
      const fragments: string[] = [];
      let cp = s.start;
      for (const part of s.text.split("\n")) {
        const length = countCodePoints(part);
        fragments.push(`${cp} ${cp + length}`);
        cp += length + 1;
      }
      return `T${k + 1}\t${s.label} ${fragments.join(";")}\t${s.text.replace(/\n/g, " ")}\n`;
    });
    this.written.push({ path: `${name}.txt`, content: `${d.text}\n` }, { path: `${name}.ann`, content: ann.join("") });
  }

  files(): ExportedFile[] {
    return [...this.written, { path: "annotation.conf", content: `[entities]\n${[...this.labels].join("\n")}\n[relations]\n[events]\n[attributes]\n` }];
  }
}

// ---- CoNLL ------------------------------------------------------------------------------------

// The information separators U+001C-001F count as spaces: CoNLL readers split lines as Python's str.split does.
// biome-ignore lint/suspicious/noControlCharactersInRegex: see above
const SPACE = /[\s\x1c-\x1f\x85\u200b\ufeff]+/u;
/** White space a word boundary always follows (not U+FEFF, a format character words run through). */
const WINDOW_SPACE = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** A character a word boundary always comes before when a space precedes it (no combining mark, joiner or format character). */
const STARTS_WORD = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** Pieces of an article (between sentence, line and span edges) tokenised between two steps of an export. */
const PIECES_PER_STEP = 500;
/** The longest piece of text given to a segmenter at once (see the top of the file). */
const SEGMENT_WINDOW = 2048;

/**
 * [start, end) windows of text[from, to) no longer than SEGMENT_WINDOW where one can be cut
 * without changing its words: after a space, before a letter, digit, punctuation or symbol. A run
 * of that length with no such place (no space at all: data, not prose) is cut where it must be.
 */
function* wordWindows(text: string, from: number, to: number): Generator<[number, number]> {
  let start = from;
  while (to - start > SEGMENT_WINDOW) {
    let cut = start + SEGMENT_WINDOW;
    while (cut > start + SEGMENT_WINDOW / 2 && !(WINDOW_SPACE.test(text[cut - 1]!) && STARTS_WORD.test(text[cut]!))) cut--;
    if (cut === start + SEGMENT_WINDOW / 2) {
      cut = start + SEGMENT_WINDOW;
      if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--; // not between the halves of a surrogate pair
    }
    yield [start, cut];
    start = cut;
  }
  yield [start, to];
}

/**
 * Where sentences start in text[from, to), one line: the segmenter is given windows of the line;
 * a sentence cut by a window's end is segmented again from its start in the next window.
 */
function* sentenceStarts(segmenter: Intl.Segmenter, text: string, from: number, to: number): Generator<number> {
  let start = from;
  for (;;) {
    const end = Math.min(to, start + SEGMENT_WINDOW);
    let last = start;
    for (const seg of segmenter.segment(text.slice(start, end))) {
      last = start + seg.index;
      if (end === to || last === start || seg.index + seg.segment.length < end - start) yield last;
    }
    if (end === to) return;
    // The last segment may go on past the window: it starts the next one, unless it is the only one.
    start = last > start ? last : end;
  }
}

/**
 * `TOKEN -X- _ TAG` (CoNLL-2003 columns, IOB2 tags), a `-DOCSTART- -X- -X- O` line and a blank line
 * per article, a blank line after each sentence. Lines end sentences, so do sentence ends inside
 * a line unless they fall inside a span; span edges are always token edges. Overlapping spans
 * cannot be written: the earlier (then longer) one is kept.
 */
function* conllDocument(d: Doc): Generator<void, string> {
  const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });
  const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const text = d.text;
  const spans: Span[] = [];
  for (const s of d.spans) if (!spans.length || s.u16Start >= spans[spans.length - 1]!.u16End) spans.push(s);

  // Cuts: piece edges (lines, sentences, span edges); sentenceEnd: the cuts that end a sentence.
  const cuts = new Set<number>([0, text.length]);
  const sentenceEnd = new Set<number>([text.length]);
  let inside = 0; // the first span that does not end before the cut being looked at
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    for (const cut of sentenceStarts(sentenceSegmenter, text, lineStart, lineEnd)) {
      while (inside < spans.length && spans[inside]!.u16End <= cut) inside++;
      if (inside < spans.length && spans[inside]!.u16Start < cut) continue; // inside a span
      cuts.add(cut);
      sentenceEnd.add(cut);
    }
    if (newline < 0) break;
    cuts.add(newline).add(newline + 1);
    sentenceEnd.add(newline);
    lineStart = newline + 1;
  }
  for (const s of spans) cuts.add(s.u16Start).add(s.u16End);
  const sorted = [...cuts].sort((a, b) => a - b);

  const out: string[] = ["-DOCSTART- -X- -X- O", ""];
  let sentence: string[] = [];
  let k = 0; // current span index
  const flush = () => {
    if (sentence.length) out.push(...sentence, "");
    sentence = [];
  };
  for (let c = 0; c + 1 < sorted.length; c++) {
    const from = sorted[c]!;
    const to = sorted[c + 1]!;
    if (sentenceEnd.has(from)) flush();
    if (c % PIECES_PER_STEP === PIECES_PER_STEP - 1) yield;
    for (const [start, end] of wordWindows(text, from, to)) {
      for (const w of wordSegmenter.segment(text.slice(start, end))) {
        let at = start + w.index;
        for (const token of w.segment.split(SPACE)) {
          if (token) {
            const tokenStart = text.indexOf(token, at);
            while (k < spans.length && spans[k]!.u16End <= tokenStart) k++;
            const span = spans[k];
            const tag = span && span.u16Start <= tokenStart ? `${span.u16Start === tokenStart ? "B" : "I"}-${span.label}` : "O";
            sentence.push(`${token} -X- _ ${tag}`);
            at = tokenStart + token.length;
          }
        }
      }
    }
  }
  flush();
  return `${out.join("\n")}\n`;
}
