// The user's correction files as the core reads them: `NAME.txt.annotations.json` beside a dump and
// the workspace lexicon `.newslens/lexicon.json`. Pure: the caller reads the bytes. What cannot be
// read is said (a line and column for bad JSON), never taken silently for "no corrections".

import type { EntityType } from "../types.js";

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

const TYPES: readonly string[] = ["person", "organization", "location", "misc", "none"];

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
