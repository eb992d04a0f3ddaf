// Exports an analysis for ML annotation tools. Pure: returns relative paths and contents.
// One document per article: its lines from range.start.line to range.end.line joined by "\n".
// Offsets count Unicode code points (Python string indices), not UTF-16 units.

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

function documents(lines: readonly string[], analysis: DumpAnalysis, options: ExportOptions): Doc[] {
  const docs: Doc[] = analysis.articles.map((article) => ({
    article,
    text: lines.slice(article.range.start.line, article.range.end.line + 1).join("\n"),
    spans: [],
  }));
  // Per article: UTF-16 and code-point offsets where each of its lines starts.
  const starts = docs.map((d) => {
    const u16: number[] = [];
    const cp: number[] = [];
    let a = 0;
    let b = 0;
    for (let l = d.article.range.start.line; l <= d.article.range.end.line; l++) {
      u16.push(a);
      cp.push(b);
      const line = lines[l] ?? "";
      a += line.length + 1;
      b += countCodePoints(line) + 1;
    }
    return { u16, cp };
  });
  const docOf = (line: number, hint: number): number => {
    const inside = (i: number) => docs[i] && docs[i]!.article.range.start.line <= line && line <= docs[i]!.article.range.end.line;
    if (inside(hint)) return hint;
    return docs.findIndex((_, i) => inside(i));
  };
  const position = new Map(analysis.articles.map((a, i) => [a.index, i]));
  const add = (range: Range, article: number, label: string) => {
    const i = docOf(range.start.line, position.get(article) ?? -1);
    if (i < 0 || range.end.line > docs[i]!.article.range.end.line) return;
    const d = docs[i]!;
    const first = d.article.range.start.line;
    const offset = (p: Range["start"]) => {
      const line = lines[p.line] ?? "";
      const ch = Math.min(p.character, line.length);
      return { u16: starts[i]!.u16[p.line - first]! + ch, cp: starts[i]!.cp[p.line - first]! + countCodePoints(line, 0, ch) };
    };
    const s = offset(range.start);
    const e = offset(range.end);
    if (e.u16 <= s.u16) return;
    d.spans.push({ u16Start: s.u16, u16End: e.u16, start: s.cp, end: e.cp, label, text: d.text.slice(s.u16, e.u16) });
  };
  for (const e of analysis.entities) add(e.range, e.article, LABELS[e.type] ?? e.type.toUpperCase());
  if (options.dates) for (const m of analysis.dates) add(m.range, m.article, "DATE");
  for (const d of docs) d.spans.sort((a, b) => a.u16Start - b.u16Start || b.u16End - a.u16End);
  return docs;
}

const published = (a: Article) => a.published ?? a.publishedInferred ?? null;

export function exportAnnotations(lines: readonly string[], analysis: DumpAnalysis, format: ExportFormat, options: ExportOptions): ExportedFile[] {
  const docs = documents(lines, analysis, options);
  switch (format) {
    case "jsonl":
      return [{ path: "annotations.jsonl", content: docs.map((d) => `${JSON.stringify(jsonlRecord(d))}\n`).join("") }];
    case "labelstudio":
      return [{ path: "tasks.json", content: `${JSON.stringify(docs.map(labelStudioTask), null, 1)}\n` }];
    case "conll":
      return [{ path: "annotations.conll", content: docs.map(conllDocument).join("") }];
    case "brat":
      return bratFiles(docs);
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

function bratFiles(docs: Doc[]): ExportedFile[] {
  const width = Math.max(4, String(docs.length).length);
  const files: ExportedFile[] = [];
  const labels = new Set<string>(["PER", "ORG", "LOC"]);
  docs.forEach((d, i) => {
    const name = `article-${String(i + 1).padStart(width, "0")}`;
    const ann = d.spans.map((s, k) => {
      labels.add(s.label);
      // A span across lines becomes discontinuous fragments, one per line (brat has no "\n" in a text field).
      const fragments: string[] = [];
      let at = s.u16Start;
      for (const part of s.text.split("\n")) {
        const cp = countCodePoints(d.text, 0, at);
        fragments.push(`${cp} ${cp + countCodePoints(part)}`);
        at += part.length + 1;
      }
      return `T${k + 1}\t${s.label} ${fragments.join(";")}\t${s.text.replace(/\n/g, " ")}\n`;
    });
    files.push({ path: `${name}.txt`, content: `${d.text}\n` }, { path: `${name}.ann`, content: ann.join("") });
  });
  files.push({ path: "annotation.conf", content: `[entities]\n${[...labels].join("\n")}\n[relations]\n[events]\n[attributes]\n` });
  return files;
}

// ---- CoNLL ------------------------------------------------------------------------------------

// The information separators U+001C-001F count as spaces: CoNLL readers split lines as Python's str.split does.
// biome-ignore lint/suspicious/noControlCharactersInRegex: see above
const SPACE = /[\s\x1c-\x1f\x85\u200b\ufeff]+/u;

/**
 * `TOKEN -X- _ TAG` (CoNLL-2003 columns, IOB2 tags), a `-DOCSTART- -X- -X- O` line and a blank line
 * per article, a blank line after each sentence. Lines end sentences, so do sentence ends inside
 * a line unless they fall inside a span; span edges are always token edges. Overlapping spans
 * cannot be written: the earlier (then longer) one is kept.
 */
function conllDocument(d: Doc): string {
  const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });
  const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const text = d.text;
  const spans: Span[] = [];
  for (const s of d.spans) if (!spans.length || s.u16Start >= spans[spans.length - 1]!.u16End) spans.push(s);
  const insideSpan = (cut: number) => spans.some((s) => s.u16Start < cut && cut < s.u16End);

  // Cuts: piece edges (lines, sentences, span edges); sentenceEnd: the cuts that end a sentence.
  const cuts = new Set<number>([0, text.length]);
  const sentenceEnd = new Set<number>([text.length]);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    cuts.add(i).add(i + 1);
    sentenceEnd.add(i);
  }
  for (const seg of sentenceSegmenter.segment(text)) {
    if (insideSpan(seg.index)) continue;
    cuts.add(seg.index);
    sentenceEnd.add(seg.index);
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
    for (const w of wordSegmenter.segment(text.slice(from, to))) {
      let at = from + w.index;
      for (const token of w.segment.split(SPACE)) {
        if (token) {
          const start = text.indexOf(token, at);
          while (k < spans.length && spans[k]!.u16End <= start) k++;
          const span = spans[k];
          const tag = span && span.u16Start <= start ? `${span.u16Start === start ? "B" : "I"}-${span.label}` : "O";
          sentence.push(`${token} -X- _ ${tag}`);
          at = start + token.length;
        }
      }
    }
  }
  flush();
  return `${out.join("\n")}\n`;
}
