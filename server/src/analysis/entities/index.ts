// Named-entity recognition for news text: people, organisations, locations.
// An averaged-perceptron sequence tagger trained on CoNLL-2003 (scripts/train-ner.ts) plus the rules of
// the gold guidelines, and a cheap whole-dump pass for consistent types and canonical names.
// Pure code: no I/O; the weights arrive as bytes (see server/src/node/modelFile.ts).

import type { EntityType } from "../../vocabulary/entityTypes.js";
import { LINE_SHAPES } from "../document/lines.js";
import { isNamelessLine } from "../words/boilerplate.js";
import { LABELS } from "./features.js";
import { deserializeModel, type Tagger } from "./model.js";
import { applyLineRules, LOC, labelsToSpans, MISC, ORG, PER, ruleContext, type TSpan } from "./rules.js";
import type { EntitySpan } from "./spans.js";
import { tokenBounds, tokenWords } from "./tokenize.js";
import { isCapWord } from "./wordShape.js";

export { resolveEntities } from "./resolve.js";
export type { EntitySpan } from "./spans.js";
export { type Token, tokenize } from "./tokenize.js";

/** Opaque loaded model. */
export interface NerModel {
  readonly kind: "news-lens-ner";
}

interface ModelImpl extends NerModel {
  tagger: Tagger;
}

/** Loads the weights: the bytes of server/models/ner-model.bin (stored uncompressed; modelFile.ts gunzips a compressed copy). */
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

/**
 * A teleprinter's control line: the start and end of message codes (`ZCZC`, `NNNN`), and a channel
 * line of the service's code glued to the item's number, then the priority, the category and the
 * word count (`EAW0142 3 FIN 0391`, `ZCZC APN0375 2 POL 0218`): codes, no names.
 */
const TELEPRINTER_LINE = /^\s*(?:(?:ZCZC|NNNN)\s*$|(?:ZCZC\s+)?[A-Z]{1,6}\d{2,6}(?:\s+(?:\d{1,5}|[A-Z]{2,4})){1,5}\s*$)/;

/** Three numbered links or more and nothing else, each of a few words: `[1]Skip to main content [2]Menu [3]Search`. */
const LINK_ROW = /^\s*(?:\[\d+\]\s?\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}\s*(?:[|·•]\s*)?){3,}$/u;

/** Three labels or more, each with a teletext page's number: `Headlines 101  Sport 300  Weather 400`. */
const PAGE_LINK_ROW = /^\s*(?:\p{L}[\p{L}'’&-]*(?: \p{L}[\p{L}'’&-]*){0,2}\s+[1-8]\d\d\s*){3,}$/u;

/**
 * Whether a line (tokens [first, last), text [lineStart, lineEnd)) carries no names (boilerplate,
 * `Updated …` stamps, web addresses: `isNamelessLine`). A furniture line has at most 3 tokens, and
 * a longer nameless line starts with the letters of `updated`, `last updated`, `url:` or a web
 * address: the other lines are not cut out of the text to be tested.
 */
function carriesNoNames(text: string, first: number, last: number, bounds: Int32Array, lineStart: number, lineEnd: number): boolean {
  // a wire slug or a record counter (`EFE-EN 0417 POL 4`, `Record 000147 of 000150`): codes, no names
  if (lineEnd - lineStart <= 60 && last - first <= 8) {
    const line = text.slice(lineStart, lineEnd);
    if (LINE_SHAPES.slug.test(line) || LINE_SHAPES.counter.test(line) || TELEPRINTER_LINE.test(line)) return true;
  }
  // a text browser's row of numbered links (`[1]Skip to main content [2]Menu [3]Search`): a site's navigation
  if (text.charCodeAt(bounds[2 * first]!) === 0x5b && LINK_ROW.test(text.slice(lineStart, lineEnd))) return true;
  // teletext's row of page links (`Headlines 101  Sport 300  Weather 400`), which ends with a page's number
  if (last - first >= 6 && last - first <= 16 && bounds[2 * last - 1]! - bounds[2 * last - 2]! === 3 && PAGE_LINK_ROW.test(text.slice(lineStart, lineEnd)))
    return true;
  if (last - first > 3) {
    const c = text.charCodeAt(bounds[2 * first]!) | 0x20;
    // past ASCII, the first token may be a space to the regex (\s)
    if (c < 0x80 && c !== 0x75 && c !== 0x68 && c !== 0x77 && c !== 0x6c) return false; // u, h, w, l
  }
  return isNamelessLine(text.slice(lineStart, lineEnd));
}

/** One article's text -> entity mentions (article-local UTF-16 offsets), in text order. */
export function recognizeEntities(text: string, model: NerModel): EntitySpan[] {
  const tagger = impl(model);
  // boundaries and words, no token objects: they were a good part of the garbage of a big dump
  const found = tokenBounds(text);
  const { bounds, lines } = found;
  const words = tokenWords(text, found);
  // the lines to tag: not empty, not boilerplate
  const ranges = new Int32Array(2 * lines.length);
  /** Per range, whether a tab divides its line into cells (a table's row, a `SN<TAB>Harbour City Times` field). */
  const tabbed = new Uint8Array(lines.length);
  const codes = fieldCodes(text, lines, bounds, words);
  let count = 0;
  // the next tab at or after the line read (searched again only past it: the article is read once)
  let tab = text.indexOf("\t");
  for (const l of lines) {
    if (l.last > l.first && !carriesNoNames(text, l.first, l.last, bounds, l.lineStart, l.lineEnd)) {
      if (tab >= 0 && tab < l.lineStart) tab = text.indexOf("\t", l.lineStart);
      tabbed[count] = tab >= 0 && tab < l.lineEnd ? 1 : 0;
      // a field's code names nothing (`SN<TAB>…`, `PD  14 September 2023`, `TI  - …`)
      const value = codes.get(l.first);
      if (value !== undefined && value >= l.last) continue;
      ranges[2 * count] = value ?? l.first;
      ranges[2 * count + 1] = l.last;
      count++;
    }
  }
  // URL ranges
  const urls: [number, number][] = [];
  if (text.includes("http") || text.includes("www.") || text.includes("@")) {
    for (const m of text.matchAll(URL_RE)) urls.push([m.index!, m.index! + m[0].length]);
  }
  const labels = tagger.tagDocument(words, ranges, count);
  const ctx = ruleContext(bounds, words, tagger.gaz, tagger.lastDoc, tagger.fx.gazWord);
  const out: EntitySpan[] = [];
  const spans: TSpan[] = [];
  for (let r = 0; r < count; r++) {
    const first = ranges[2 * r];
    const last = ranges[2 * r + 1];
    spans.length = 0;
    labelsToSpans(labels.subarray(first, last), first, spans);
    // With no span the rules find a dateline (a line of 6 tokens or more) or a name the record's
    // shape gives (`Source: AFP`, `Photo: AFP`), which has a capital: other lines have nothing to find.
    if (spans.length === 0 && last - first < 6 && !hasCapital(words, first, last)) continue;
    const named = applyLineRules(ctx, spans, first, last);
    // (the rules run names on over words the tagger cut at a tab: `Reuters<TAB>London<TAB>Bank of England`)
    if (tabbed[r]) splitAtTabs(text, bounds, named);
    // a field's value `Wanjiru, Esther` (a citation's author) is one person, surname first
    if (first > 0 && codes.get(first - (words[first - 1] === "-" ? 2 : 1)) === first) invertedName(words, first, last, named);
    for (const s of named) {
      const kind = KIND[s.type];
      if (!kind || (s.b - s.a === 1 && (AMOUNT.test(words[s.a]!) || isStampWeekday(words, s.a) || WIRE_ADVISORIES.has(words[s.a]!)))) continue;
      const start = bounds[2 * s.a]!;
      const end = bounds[2 * s.b - 1]!;
      if (urls.length && urls.some(([a, b]) => start < b && end > a)) continue;
      out.push({ start, end, type: kind, text: text.slice(start, end) });
    }
  }
  return out;
}

/** A sum written after its currency's letters: `R4.1bn`, `N2.5trn`, `KSh3bn`, `Rs450m` (not `M23`, `G7`: no decimals, no multiplier). */
const AMOUNT = /^\p{Lu}[\p{L}]{0,2}\d[\d,]*(?:\.\d+(?:bn|m|mn|tn|trn|k)?|(?:bn|m|mn|tn|trn|k))$/u;

/** What a wire's advisory says it does to a story, in capitals: `Eds: UPDATES with …`, `REFILE-`, `CORRECTS`. */
const WIRE_ADVISORIES = new Set([
  "UPDATES",
  "UPDATE",
  "REFILE",
  "REFILES",
  "CORRECTS",
  "CORRECTED",
  "ADDS",
  "RECASTS",
  "WRITETHRU",
  "SUBS",
  "CLARIFIES",
  "REPEATS",
  "ADVISORY",
  "EMBARGOED",
]);

/** Weekdays as a stamp shortens them. */
const SHORT_WEEKDAYS = new Set(["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]);

/** A shortened weekday beside a date's or a time's digits (`[2023-09-18 Mon 09:12]`, `Fri 08 Mar`): part of a stamp, no name. */
function isStampWeekday(words: readonly string[], i: number): boolean {
  return SHORT_WEEKDAYS.has(words[i]!) && (/\d/.test(words[i - 1] ?? "") || /\d/.test(words[i + 1] ?? ""));
}

/** A field's code: two to four capitals or digits (`HD`, `PUB`, `TI`, `Y2`, `A1`). */
const FIELD_CODE = /^\p{Lu}[\p{Lu}\d]{1,3}$/u;

/**
 * The lines of tagged records (`HD  Sasol to idle…`, `PUB Arena Holdings`, `TI  - Safaricom raises…`,
 * `SN<TAB>Business Day`) that open with a field's code: the first token of each line's value, by
 * the line's first token. A code stands before a tab, or at the line's start with its value in the
 * column where three lines or more of the text put theirs after two spaces or a dash (`PUB` and
 * `IPD` reach it with one space), so that `UN Security Council` opening a line is no code.
 */
function fieldCodes(
  text: string,
  lines: readonly { first: number; last: number; lineStart: number }[],
  bounds: Int32Array,
  words: readonly string[],
): Map<number, number> {
  const valueStartOf = (l: { first: number; last: number; lineStart: number }): number => {
    if (l.last - l.first < 2 || bounds[2 * l.first] !== l.lineStart || !FIELD_CODE.test(words[l.first]!)) return -1;
    // RIS writes `TI  - value`
    return words[l.first + 1] === "-" && l.last - l.first > 2 ? l.first + 2 : l.first + 1;
  };
  const codes = new Map<number, number>();
  const columns = new Map<number, number>();
  for (const l of lines) {
    const v = valueStartOf(l);
    if (v < 0) continue;
    const gap = text.slice(bounds[2 * l.first + 1]!, bounds[2 * v]!);
    if (gap.includes("\t")) codes.set(l.first, v);
    else if (gap.length >= 2) columns.set(bounds[2 * v]! - l.lineStart, (columns.get(bounds[2 * v]! - l.lineStart) ?? 0) + 1);
  }
  let column = -1;
  for (const [c, n] of columns) if (n >= 3 && (column < 0 || n > columns.get(column)!)) column = c;
  for (const l of lines) {
    const v = valueStartOf(l);
    if (v >= 0 && bounds[2 * v]! - l.lineStart === column) codes.set(l.first, v);
  }
  // a report's fields as cells: a key of a few words before a tab on three lines or more (`<TAB>Publication<TAB>Business Daily`)
  const keyed: [number, number][] = [];
  for (const l of text.includes("\t") ? lines : []) {
    let k = l.first + 1;
    while (k < l.last && k - l.first <= 3 && !isTabBefore(text, bounds, k)) k++;
    if (k >= l.last || k - l.first > 3 || !isTabBefore(text, bounds, k) || !/^\p{Lu}\p{Ll}/u.test(words[l.first]!)) continue;
    let allWords = true;
    for (let i = l.first; i < k; i++) allWords &&= /^\p{L}+$/u.test(words[i]!);
    if (allWords) keyed.push([l.first, k]);
  }
  if (keyed.length >= 3) for (const [first, value] of keyed) if (!codes.has(first)) codes.set(first, value);
  // among such fields, a code alone on its line heads the lines under it (`LP`, `TD` over the lead and the text)
  if (codes.size >= 2)
    for (const l of lines) if (l.last - l.first === 1 && bounds[2 * l.first] === l.lineStart && FIELD_CODE.test(words[l.first]!)) codes.set(l.first, l.last);
  return codes;
}

/** A given name or an initial after a surname's comma: `Esther`, `J.`, `Mary-Anne`. */
const GIVEN_NAME = /^\p{Lu}[\p{Ll}'’-]*\.?$/u;

/** Makes a field's whole value `Surname, Given [Given|Initial]` one person when the tagger found only persons in it. */
function invertedName(words: readonly string[], first: number, last: number, named: TSpan[]): void {
  if (last - first < 3 || last - first > 5 || words[first + 1] !== "," || !named.length || named.some((s) => s.type !== PER)) return;
  for (let i = first; i < last; i++) if (i !== first + 1 && !GIVEN_NAME.test(words[i]!)) return;
  named.length = 0;
  named.push({ a: first, b: last, type: PER });
}

/** Whether a tab stands between token k - 1 and token k. */
function isTabBefore(text: string, bounds: Int32Array, k: number): boolean {
  // (the gap alone is read: a search back from the token would cross the whole text before it on a line without a tab)
  for (let i = bounds[2 * k - 1]!; i < bounds[2 * k]!; i++) if (text.charCodeAt(i) === 9) return true;
  return false;
}

/** No name runs over a tab: a span over one is cut into a span per cell, of its type. */
function splitAtTabs(text: string, bounds: Int32Array, spans: TSpan[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const s = spans[k]!;
    let b = s.b;
    for (let i = s.b - 1; i > s.a; i--) {
      if (!isTabBefore(text, bounds, i)) continue;
      spans.splice(k + 1, 0, { a: i, b, type: s.type });
      b = i;
    }
    s.b = b;
  }
}

/** Whether a word of tokens [first, last) starts with a capital letter. */
function hasCapital(words: readonly string[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (isCapWord(words[i]!)) return true;
  return false;
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
  const ranges = new Int32Array(2 * sentences.length);
  let count = 0;
  let p = 0;
  for (const s of sentences) {
    if (s.length) {
      ranges[2 * count] = p;
      ranges[2 * count + 1] = p + s.length;
      count++;
    }
    p += s.length;
  }
  const labels = tagger.tagDocument(words, ranges, count);
  p = 0;
  return sentences.map((s) => {
    const tags = Array.from(labels.subarray(p, p + s.length), (l) => {
      const t = LABELS[l];
      return t.endsWith("MISC") ? "O" : t;
    });
    p += s.length;
    return tags;
  });
}
