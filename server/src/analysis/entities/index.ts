// Named-entity recognition for news text: people, organisations, locations.
// An averaged-perceptron sequence tagger trained on CoNLL-2003 (scripts/train-ner.ts) plus the rules of
// the gold guidelines, and a cheap whole-dump pass for consistent types and canonical names.
// Pure code: no I/O; the weights arrive as bytes (see server/src/modelFile.ts).

import type { EntityType } from "../../vocabulary/entityTypes.js";
import type { EntitySpan } from "./spans.js";
import { isNamelessLine } from "../words/boilerplate.js";
import { LABELS, type DocContext } from "./features.js";
import { deserializeModel, Tagger } from "./model.js";
import { applyLineRules, labelsToSpans, LOC, MISC, ORG, PER, type TSpan } from "./rules.js";
import { tokenBounds, tokenWords } from "./tokenize.js";

export { resolveEntities } from "./resolve.js";
export { tokenize, type Token } from "./tokenize.js";

export type { EntitySpan } from "./spans.js";

/** Opaque loaded model. */
export interface NerModel {
  readonly kind: "news-lens-ner";
}

interface ModelImpl extends NerModel {
  tagger: Tagger;
}

/** Loads the weights (uncompressed bytes of server/models/ner-model.bin; modelFile.ts gunzips them). */
export function loadNerModel(bytes: Uint8Array): NerModel {
  const m: ModelImpl = { kind: "news-lens-ner", tagger: deserializeModel(bytes) };
  return m;
}

function impl(model: NerModel): Tagger {
  const t = (model as ModelImpl).tagger;
  if (!t) throw new Error("not a model returned by loadNerModel()");
  return t;
}

const KIND: Record<number, EntityType> = { [PER]: "person", [ORG]: "organization", [LOC]: "location", [MISC]: "misc" };

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+|\b[\w.+-]+@[\w-]+\.[\w.-]+/gi;

/** One article's text -> entity mentions (article-local UTF-16 offsets), in text order. */
export function recognizeEntities(text: string, model: NerModel): EntitySpan[] {
  const tagger = impl(model);
  // boundaries and words, no token objects: they were a good part of the garbage of a big dump
  const found = tokenBounds(text);
  const { bounds, lines } = found;
  const words = tokenWords(text, found);
  const skip = new Uint8Array(lines.length);
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li];
    if (l.last > l.first && isNamelessLine(text.slice(l.lineStart, l.lineEnd))) skip[li] = 1;
  }
  // URL ranges
  const urls: [number, number][] = [];
  if (text.includes("http") || text.includes("www.") || text.includes("@")) {
    for (const m of text.matchAll(URL_RE)) urls.push([m.index!, m.index! + m[0].length]);
  }
  const ranges: [number, number][] = [];
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li];
    if (!skip[li] && l.last > l.first) ranges.push([l.first, l.last]);
  }
  const allLabels = tagSequences(tagger, words, ranges);
  const ctx = { bounds, words, gaz: tagger.gaz, doc: tagger.lastDoc };
  const out: EntitySpan[] = [];
  const spans: TSpan[] = [];
  for (let ri = 0; ri < ranges.length; ri++) {
    const l = { first: ranges[ri][0], last: ranges[ri][1] };
    const labels = allLabels[ri];
    spans.length = 0;
    labelsToSpans(labels, l.first, spans);
    const res = applyLineRules(ctx, spans, l.first, l.last);
    for (const s of res) {
      const kind = KIND[s.type];
      if (!kind) continue;
      const start = bounds[2 * s.a]!;
      const end = bounds[2 * s.b - 1]!;
      if (urls.length && urls.some(([a, b]) => start < b && end > a)) continue;
      out.push({ start, end, type: kind, text: text.slice(start, end) });
    }
  }
  return out;
}

/**
 * Tags sequences words[a..b) of one document with every stage of the model; returns the last
 * stage's labels. Each sequence is prepared once: first the document context (how each word is
 * capitalised across the document), then stage 1, then stage 2 with stage 1's document labels.
 */
function tagSequences(tagger: Tagger, words: readonly string[], ranges: readonly [number, number][]): Int32Array[] {
  const fx = tagger.fx;
  tagger.reserveDoc(words.length);
  // the maps are reused from call to call (allocation shows in the profile of short articles)
  const doc: DocContext = tagger.lastDoc;
  doc.clear();
  for (const [a, b] of ranges) {
    fx.prepare(words, a, b);
    fx.observe(doc);
  }
  let labels: Int32Array[] = ranges.map(([a, b]) => tagger.tag(words, a, b, doc, null, 0, true).slice());
  ranges.forEach(([a], i) => tagger.s1.set(labels[i], a));
  for (let stage = 1; stage < tagger.stageCount; stage++) {
    const docLabels: DocContext = tagger.docLabels;
    docLabels.clear();
    ranges.forEach(([a, b], i) => {
      fx.setRange(a, b);
      fx.observeLabels(docLabels, labels[i]);
    });
    labels = ranges.map(([a, b]) => tagger.tag(words, a, b, doc, docLabels, stage, true).slice());
  }
  return labels;
}

/** For `news-lens conll`: one sentence of tokens -> BIO tags (B-PER, I-ORG, B-LOC, O). */
export function tagTokens(tokens: string[], model: NerModel): string[] {
  return tagDocument([tokens], model)[0];
}

/**
 * Like tagTokens for all sentences of one document at once, so the tagger sees document-level
 * context (how a word is capitalised elsewhere in the document). MISC is tagged O.
 */
export function tagDocument(sentences: string[][], model: NerModel): string[][] {
  const tagger = impl(model);
  const words = sentences.flat();
  const ranges: [number, number][] = [];
  let p = 0;
  for (const s of sentences) { ranges.push([p, p + s.length]); p += s.length; }
  const nonEmpty = ranges.filter(([a, b]) => b > a);
  const tagged = tagSequences(tagger, words, nonEmpty);
  let k = 0;
  return sentences.map((s) => {
    if (!s.length) return [];
    const labels = tagged[k++];
    return Array.from(labels, (l) => {
      const t = LABELS[l];
      return t.endsWith("MISC") ? "O" : t;
    });
  });
}
