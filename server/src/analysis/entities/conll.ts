// CoNLL-2003 helpers (pure): parsing the column format, IOB1/IOB2 -> IOB2, and span-level scoring as
// conlleval counts it.

import { LABELS } from "./features.js";

export interface ConllSentence {
  words: string[];
  /** IOB2 tags. */
  tags: string[];
}
export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Converts IOB1 (or IOB2) tags to IOB2: an I-X that does not continue an X chunk starts one. */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prevType = "O";
  for (const t of tags) {
    if (t === "O" || t.length < 3) {
      out.push("O");
      prevType = "O";
      continue;
    }
    const type = t.slice(2);
    if (t.startsWith("B-") || prevType !== type) out.push(`B-${type}`);
    else out.push(`I-${type}`);
    prevType = type;
  }
  return out;
}

/** Parses `WORD POS CHUNK NER` lines into documents (split on -DOCSTART-) of sentences. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length) doc.sentences.push({ words, tags: toIob2(tags) });
    words = [];
    tags = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") {
      flush();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === "-DOCSTART-") {
      flush();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    words.push(cols[0]);
    tags.push(cols[cols.length - 1]);
  }
  flush();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

export function labelId(tag: string): number {
  const i = (LABELS as readonly string[]).indexOf(tag);
  return Math.max(i, 0);
}

/** Chunks of an IOB2 tag sequence as "start:end:TYPE" strings (conlleval rules: a stray I- starts a chunk). */
export function chunks(tags: readonly string[]): { start: number; end: number; type: string }[] {
  const out: { start: number; end: number; type: string }[] = [];
  let cur: { start: number; end: number; type: string } | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const type = t === "O" ? "" : t.slice(2);
    const begins = t.startsWith("B-") || (type !== "" && (cur === null || cur.type !== type));
    if (cur && (t === "O" || begins)) {
      out.push(cur);
      cur = null;
    }
    if (type !== "" && cur === null) cur = { start: i, end: i + 1, type };
    else if (cur) cur.end = i + 1;
  }
  if (cur) out.push(cur);
  return out;
}

export interface Prf {
  tp: number;
  pred: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}

export class SpanScorer {
  counts = new Map<string, { tp: number; pred: number; gold: number }>();
  constructor(readonly types: readonly string[] = ["PER", "ORG", "LOC"]) {
    for (const t of types) this.counts.set(t, { tp: 0, pred: 0, gold: 0 });
  }
  add(gold: readonly string[], pred: readonly string[]): void {
    const g = chunks(gold);
    const p = chunks(pred);
    const gs = new Set(g.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of g) {
      const k = this.counts.get(c.type);
      if (k) k.gold++;
    }
    for (const c of p) {
      const k = this.counts.get(c.type);
      if (!k) continue;
      k.pred++;
      if (gs.has(`${c.start}:${c.end}:${c.type}`)) k.tp++;
    }
  }
  static prf(tp: number, pred: number, gold: number): Prf {
    const p = pred ? tp / pred : 0;
    const r = gold ? tp / gold : 0;
    return { tp, pred, gold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }
  type(t: string): Prf {
    const k = this.counts.get(t)!;
    return SpanScorer.prf(k.tp, k.pred, k.gold);
  }
  micro(): Prf {
    let tp = 0,
      pred = 0,
      gold = 0;
    for (const k of this.counts.values()) {
      tp += k.tp;
      pred += k.pred;
      gold += k.gold;
    }
    return SpanScorer.prf(tp, pred, gold);
  }
}
