// User corrections of entities that survive edits of the dump. Pure: no fs, no vscode.
// A correction names its text exactly; scope "mention" finds the one occurrence again by its
// anchor (line context on both sides, the article's headline, and `nth` among equally good
// matches), scope "all" and the lexicon apply to every whole-word occurrence.

import type { DumpAnalysis, EntityMention, EntityType, Range } from "../types.js";

export type CorrectionType = EntityType | "none"; // "none" = Not an Entity

export interface Correction {
  /** The surface text, exactly (case-sensitive). */
  text: string;
  type: CorrectionType;
  /** This one mention, or every occurrence of the same text in the dump. */
  scope: "mention" | "all";
  /** Scope "mention": up to 32 chars of the line before the mention. */
  before?: string;
  /** Scope "mention": up to 32 chars of the line after the mention. */
  after?: string;
  /** Scope "mention": headline of the article the mention is in. */
  headline?: string;
  /** Scope "mention": index among the occurrences that match the anchor equally well (repeated headline lines). */
  nth?: number;
}

/** `NAME.txt.annotations.json` beside the dump. */
export interface AnnotationsFile {
  version: 1;
  corrections: Correction[];
}

/** `.newslens/lexicon.json`: "always a person", "never an entity". */
export interface Lexicon {
  version: 1;
  entries: { text: string; type: CorrectionType }[];
}

export interface AnnotatedMention extends EntityMention {
  /** Set on mentions that a correction or the lexicon decided. */
  confirmed?: boolean;
}

const TYPES: readonly string[] = ["person", "organization", "location", "misc", "none"];
const CONTEXT = 32;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const validType = (v: unknown): v is CorrectionType => typeof v === "string" && TYPES.includes(v);
const validText = (v: unknown): v is string => typeof v === "string" && v.length > 0;

/** A corrections file as read: what could be used, and what could not, said in one line (if anything). */
export interface ReadCorrections<T> {
  readonly value: T;
  readonly problem?: string;
}

/**
 * The list under `key` of a corrections file's JSON, or why there is none. An empty (or blank)
 * file holds no corrections; anything else that is not an object with that list is damaged.
 */
function listIn(json: string, key: string): { list: unknown[]; problem?: string } {
  const text = json.replace(/^\uFEFF/, "");
  if (!text.trim()) return { list: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { list: [], problem: `is not valid JSON (${jsonErrorWhere(text, (e as Error).message)})` };
  }
  if (!isObject(data)) return { list: [], problem: `is not a JSON object with a "${key}" list` };
  if (data[key] === undefined) return { list: [] };
  if (!Array.isArray(data[key])) return { list: [], problem: `has a "${key}" that is not a list` };
  return { list: data[key] };
}

/** JSON.parse's complaint, with the line and column where the text stops being JSON. */
function jsonErrorWhere(text: string, message: string): string {
  const what = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, "").replace(/\s+/g, " ");
  const offset = jsonErrorOffset(text);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `line ${before.length}, column ${before.at(-1)!.length + 1}: ${what}`;
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const JSON_ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * The offset of the first character where `text` stops being JSON (its length when it ends too
 * soon). A small scanner, without recursion: JSON.parse does not always say where.
 */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const closers: string[] = [];
  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    for (i++; i < text.length; ) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        JSON_ESCAPE.lastIndex = i;
        if (!JSON_ESCAPE.test(text)) return false;
        i = JSON_ESCAPE.lastIndex;
      } else i++;
    }
    return false;
  };
  let state: "value" | "key" | "after" = "value";
  for (;;) {
    skipSpace();
    if (state === "key") {
      if (!string()) return i;
      skipSpace();
      if (text[i] !== ":") return i;
      i++;
      state = "value";
    } else if (state === "value") {
      const c = text[i];
      if (c === "{" || c === "[") {
        const closer = c === "{" ? "}" : "]";
        i++;
        skipSpace();
        if (text[i] === closer) {
          i++;
          state = "after";
        } else {
          closers.push(closer);
          state = closer === "}" ? "key" : "value";
        }
        continue;
      }
      if (c === '"') {
        if (!string()) return i;
      } else {
        const literal = ["true", "false", "null"].find((w) => text.startsWith(w, i));
        JSON_NUMBER.lastIndex = i;
        if (literal) i += literal.length;
        else if (JSON_NUMBER.test(text)) i = JSON_NUMBER.lastIndex;
        else return i;
      }
      state = "after";
    } else {
      const closer = closers.at(-1);
      if (closer === undefined) return i;
      if (text[i] === ",") {
        i++;
        state = closer === "}" ? "key" : "value";
      } else if (text[i] === closer) {
        i++;
        closers.pop();
      } else return i;
    }
  }
}

function unreadableEntries(bad: number[], total: number, noun: string): string | undefined {
  if (!bad.length) return undefined;
  return `has ${bad.length} of ${total} ${noun} that cannot be read (number${bad.length > 1 ? "s" : ""} ${bad.slice(0, 5).join(", ")}${bad.length > 5 ? ", …" : ""})`;
}

/** `NAME.txt.annotations.json`: its corrections, and what in it could not be read. */
export function readAnnotations(json: string): ReadCorrections<AnnotationsFile> {
  const { list, problem } = listIn(json, "corrections");
  const corrections: Correction[] = [];
  const bad: number[] = [];
  list.forEach((c, i) => {
    if (!isObject(c) || !validText(c.text) || !validType(c.type)) {
      bad.push(i + 1);
      return;
    }
    const anchored = ["before", "after", "headline"].some((k) => typeof c[k] === "string");
    const scope = c.scope === "mention" || c.scope === "all" ? c.scope : anchored ? "mention" : "all";
    const out: Correction = { text: c.text, type: c.type, scope };
    for (const key of ["before", "after", "headline"] as const) if (typeof c[key] === "string") out[key] = c[key] as string;
    if (typeof c.nth === "number" && Number.isInteger(c.nth) && c.nth > 0) out.nth = c.nth;
    corrections.push(out);
  });
  const said = problem ?? unreadableEntries(bad, list.length, "corrections");
  return { value: { version: 1, corrections }, ...(said ? { problem: said } : {}) };
}

/** `.newslens/lexicon.json`: its entries, and what in it could not be read. */
export function readLexicon(json: string): ReadCorrections<Lexicon> {
  const { list, problem } = listIn(json, "entries");
  const entries: Lexicon["entries"] = [];
  const bad: number[] = [];
  list.forEach((e, i) => {
    if (isObject(e) && validText(e.text) && validType(e.type)) entries.push({ text: e.text, type: e.type });
    else bad.push(i + 1);
  });
  const said = problem ?? unreadableEntries(bad, list.length, "entries");
  return { value: { version: 1, entries }, ...(said ? { problem: said } : {}) };
}

/** Tolerant: bad JSON or shape gives an empty file, bad entries are dropped; never throws. */
export function parseAnnotations(json: string): AnnotationsFile {
  return readAnnotations(json).value;
}

export function parseLexicon(json: string): Lexicon {
  return readLexicon(json).value;
}

// ---- text search ------------------------------------------------------------------------------

interface Occurrence {
  line: number;
  start: number; // UTF-16 column
  end: number;
}

/** Finds the occurrences of a text in the dump's lines, once per text. */
class Haystack {
  private readonly cache = new Map<string, Occurrence[]>();
  constructor(readonly lines: readonly string[]) {}
  /** Every occurrence of `needle` inside one line (overlapping ones included), in document order. */
  find(needle: string): Occurrence[] {
    let found = this.cache.get(needle);
    if (found) return found;
    found = [];
    if (needle && !needle.includes("\n") && !needle.includes("\r")) {
      this.lines.forEach((text, line) => {
        for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found!.push({ line, start: i, end: i + needle.length });
      });
    }
    this.cache.set(needle, found);
    return found;
  }
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;
const HYPHEN = /^[-\u2010\u2011]$/;

function charBefore(s: string, i: number): string {
  if (i <= 0) return "";
  const lo = s.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s[i - 1]!;
}
function charAt(s: string, i: number): string {
  return i >= s.length ? "" : String.fromCodePoint(s.codePointAt(i)!);
}

/**
 * Whole-word occurrence: no letter, digit or mark touches it, and it is not one part of a
 * hyphenated word (`Iran` in `Iran-backed`: the guidelines annotate no name inside such a word).
 */
function isWholeWord(line: string, o: Occurrence): boolean {
  const first = charAt(line, o.start);
  const last = charBefore(line, o.end);
  const prev = charBefore(line, o.start);
  const next = charAt(line, o.end);
  if (WORD.test(first) && prev && (WORD.test(prev) || (HYPHEN.test(prev) && WORD.test(charBefore(line, o.start - prev.length))))) return false;
  if (WORD.test(last) && next && (WORD.test(next) || (HYPHEN.test(next) && WORD.test(charAt(line, o.end + next.length))))) return false;
  return true;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Index of the article whose line range holds `line`, or -1 (separator lines between articles). */
function articleAt(analysis: Pick<DumpAnalysis, "articles" | "entities">, line: number): number {
  const articles = analysis.articles;
  let lo = 0;
  let hi = articles.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = articles[mid]!.range;
    if (line < r.start.line) hi = mid - 1;
    else if (line > r.end.line) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function contextOf(lines: readonly string[], o: Occurrence): { before: string; after: string } {
  const text = lines[o.line] ?? "";
  return { before: text.slice(Math.max(0, o.start - CONTEXT), o.start), after: text.slice(o.end, o.end + CONTEXT) };
}

/** The occurrences of a mention correction that match its anchor best, in document order. */
function bestOccurrences(hay: Haystack, analysis: Pick<DumpAnalysis, "articles" | "entities">, c: Correction): Occurrence[] {
  const candidates = hay.find(c.text);
  let best: Occurrence[] = [];
  let bestScore = -1;
  for (const o of candidates) {
    const { before, after } = contextOf(hay.lines, o);
    const article = analysis.articles[articleAt(analysis, o.line)];
    let score = commonSuffix(before, c.before ?? "") + commonPrefix(after, c.after ?? "");
    if (c.headline !== undefined && article?.headline === c.headline) score += CONTEXT;
    if (score > bestScore) [best, bestScore] = [[o], score];
    else if (score === bestScore) best.push(o);
  }
  // With no evidence at all, only a unique occurrence is trusted.
  return bestScore > 0 || candidates.length === 1 ? best : [];
}

// ---- corrections ------------------------------------------------------------------------------

/** A correction for the text at `range` (one line), anchored so that it survives edits elsewhere. */
export function makeCorrection(
  lines: readonly string[],
  analysis: Pick<DumpAnalysis, "articles" | "entities">,
  range: Range,
  type: CorrectionType,
  scope: "mention" | "all",
): Correction {
  const { start, end } = range;
  const text =
    start.line === end.line
      ? (lines[start.line] ?? "").slice(start.character, end.character)
      : [(lines[start.line] ?? "").slice(start.character), ...lines.slice(start.line + 1, end.line), (lines[end.line] ?? "").slice(0, end.character)].join(
          "\n",
        );
  if (scope === "all") return { text, type, scope };
  const o: Occurrence = { line: start.line, start: start.character, end: start.line === end.line ? end.character : start.character + text.length };
  const correction: Correction = { text, type, scope, ...contextOf(lines, o) };
  const headline = analysis.articles[articleAt(analysis, start.line)]?.headline;
  if (headline !== undefined) correction.headline = headline;
  const nth = bestOccurrences(new Haystack(lines), analysis, correction).findIndex((b) => b.line === o.line && b.start === o.start);
  if (nth > 0) correction.nth = nth;
  return correction;
}

interface Override extends Occurrence {
  type: CorrectionType;
  text: string;
  rank: number; // lexicon 0, file scope "all" 1, file scope "mention" 2
  order: number; // later corrections win among equals
}

const overlaps = (a: Occurrence, b: Occurrence) => a.line === b.line && a.start < b.end && b.start < a.end;

/**
 * Applies the lexicon, then the file's corrections (the file wins over the lexicon, a "mention"
 * over an "all", a longer text over a shorter one it overlaps, a later correction over an earlier;
 * corrections always win over the model). A typed correction replaces every model mention it
 * overlaps; "none" removes the model mentions that lie inside its text. Returns the entity list in
 * document order; corrected mentions carry `confirmed: true`. Entities are single-line.
 */
export function applyCorrections(
  lines: readonly string[],
  analysis: Pick<DumpAnalysis, "articles" | "entities">,
  annotations: AnnotationsFile,
  lexicon?: Lexicon,
): AnnotatedMention[] {
  const hay = new Haystack(lines);
  const overrides: Override[] = [];
  const addAll = (text: string, type: CorrectionType, rank: number, order: number) => {
    for (const o of hay.find(text)) if (isWholeWord(lines[o.line]!, o)) overrides.push({ ...o, type, text, rank, order });
  };
  lexicon?.entries.forEach((e, i) => {
    addAll(e.text, e.type, 0, i);
  });
  annotations.corrections.forEach((c, i) => {
    if (c.scope === "all") {
      addAll(c.text, c.type, 1, i);
      return;
    }
    const best = bestOccurrences(hay, analysis, c);
    const o = best[Math.min(c.nth ?? 0, best.length - 1)];
    if (o) overrides.push({ ...o, type: c.type, text: c.text, rank: 2, order: i });
  });
  if (!overrides.length) return analysis.entities.slice();

  // Strongest first; an override that overlaps a stronger one is dropped.
  overrides.sort((a, b) => b.rank - a.rank || b.end - b.start - (a.end - a.start) || b.order - a.order);
  const byLine = new Map<number, Override[]>();
  for (const o of overrides) {
    const onLine = byLine.get(o.line) ?? [];
    if (onLine.some((k) => overlaps(k, o)) || articleAt(analysis, o.line) < 0) continue;
    onLine.push(o);
    byLine.set(o.line, onLine);
  }

  const canonicals = new Map<string, string>();
  const at = (line: number, start: number, end: number) => `${line}:${start}:${end}`;
  const byRange = new Map<string, EntityMention>();
  for (const e of analysis.entities) {
    if (e.range.start.line === e.range.end.line) byRange.set(at(e.range.start.line, e.range.start.character, e.range.end.character), e);
    const key = `${e.type}\u0000${e.text}`;
    if (!canonicals.has(key)) canonicals.set(key, e.canonical);
    if (!canonicals.has(e.text)) canonicals.set(e.text, e.canonical);
  }

  const result: AnnotatedMention[] = [];
  for (const e of analysis.entities) {
    const r = e.range;
    const kept =
      r.start.line !== r.end.line ||
      !(byLine.get(r.start.line) ?? []).some((o) => {
        const m = { line: r.start.line, start: r.start.character, end: r.end.character };
        return o.type === "none" ? o.start <= m.start && m.end <= o.end : overlaps(o, m);
      });
    if (kept) result.push(e);
  }
  for (const [line, list] of byLine) {
    for (const o of list) {
      if (o.type === "none") continue;
      const same = byRange.get(at(line, o.start, o.end));
      const canonical = same?.canonical ?? canonicals.get(`${o.type}\u0000${o.text}`) ?? canonicals.get(o.text) ?? o.text;
      result.push({
        text: o.text,
        type: o.type,
        canonical,
        range: { start: { line, character: o.start }, end: { line, character: o.end } },
        article: analysis.articles[articleAt(analysis, line)]!.index,
        confirmed: true,
      });
    }
  }
  return result.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.range.end.line - b.range.end.line ||
      a.range.end.character - b.range.end.character,
  );
}
