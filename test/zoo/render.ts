// The zoo's building blocks: a seeded random source, date and text formatting, and the writer
// that templates fill line by line while stating the truth of every record they write.

import type { Random } from "../../scripts/seededRandom.js";
import { isSubhead, articles as pool, type ZooArticle } from "./articles.js";

/** What the guidelines say a correct analysis finds for one record. */
export interface TruthArticle {
  /** First line of the record: a metadata line (counter, key, URL, id, mail `From `) or the headline. */
  startLine: number;
  /** First line of the headline. */
  headlineLine: number;
  /** The headline as a reader should see it: title-key value, without the layout's markers. */
  headline: string;
  /** ISO day of the record's own absolute date, else null. */
  published: string | null;
  /** When the record's date is relative and the dump states when it was saved: the day it gives. */
  publishedInferred: string | null;
}

// ---- seeded randomness (the zoo must render the same text on every run)

export { type Random, seededRandom } from "../../scripts/seededRandom.js";

export function randomInt(rnd: Random, low: number, high: number): number {
  return low + Math.floor(rnd() * (high - low + 1));
}

export function oneOf<T>(rnd: Random, list: readonly T[]): T {
  return list[randomInt(rnd, 0, list.length - 1)]!;
}

export function shuffled<T>(rnd: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(rnd, 0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---- dates

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export interface Clock {
  hour: number;
  minute: number;
  second: number;
}

export function dayParts(iso: string): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(`${iso}T00:00:00Z`);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `earlier` to `later`. */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000);
}

export const pad2 = (n: number) => String(n).padStart(2, "0");
const shortMonth = (m: number) => MONTHS[m - 1]!.slice(0, 3);

export const weekdayOf = (iso: string) => WEEKDAYS[dayParts(iso).weekday]!;
/** March 5, 2021 */
export const usDate = (iso: string) => ((p) => `${MONTHS[p.month - 1]} ${p.day}, ${p.year}`)(dayParts(iso));
/** 5 March 2021 */
export const ukDate = (iso: string) => ((p) => `${p.day} ${MONTHS[p.month - 1]} ${p.year}`)(dayParts(iso));
/** 9 Nov 2021 */
export const shortUkDate = (iso: string) => ((p) => `${p.day} ${shortMonth(p.month)} ${p.year}`)(dayParts(iso));
export const clockText = (c: Clock) => `${pad2(c.hour)}:${pad2(c.minute)}:${pad2(c.second)}`;

/** RFC 822 as feeds and mail write it: `Tue, 16 Mar 2021 08:00:00 GMT`. */
export function rfc822(iso: string, clock: Clock, zone = "GMT"): string {
  const p = dayParts(iso);
  return `${WEEKDAYS[p.weekday]!.slice(0, 3)}, ${pad2(p.day)} ${shortMonth(p.month)} ${p.year} ${clockText(clock)} ${zone}`;
}

/** The date of an mbox `From ` line (asctime): `Tue Mar  6 08:00:00 2021`. */
export function asctime(iso: string, clock: Clock): string {
  const p = dayParts(iso);
  return `${WEEKDAYS[p.weekday]!.slice(0, 3)} ${shortMonth(p.month)} ${String(p.day).padStart(2, " ")} ${clockText(clock)} ${p.year}`;
}

/** `2023-09-09T05:40:00Z`, or with an offset (`+05:30`): the day stays as written. */
export function isoStamp(iso: string, clock: Clock, zone = "Z"): string {
  return `${iso}T${clockText(clock)}${zone}`;
}

export function randomClock(rnd: Random, fromHour = 6, toHour = 21): Clock {
  return { hour: randomInt(rnd, fromHour, toHour), minute: randomInt(rnd, 0, 59), second: randomInt(rnd, 0, 59) };
}

// ---- text

/** Greedy hard wrap at `width` columns; with `hyphenate`, long words may break with a hyphen as typesetters do. */
export function wrap(text: string, width: number, hyphenate = false): string[] {
  const lines: string[] = [];
  let current = "";
  for (let word of text.split(" ")) {
    for (;;) {
      const candidate = current ? `${current} ${word}` : word;
      if (candidate.length <= width) {
        current = candidate;
        break;
      }
      const room = width - current.length - 2; // the space before the word part and the hyphen after it
      const cut = hyphenate && current ? hyphenationPoint(word, room) : 0;
      if (cut > 0) {
        lines.push(`${current} ${word.slice(0, cut)}-`);
        current = "";
        word = word.slice(cut);
        continue;
      }
      if (current) {
        lines.push(current);
        current = "";
        continue;
      }
      current = word; // a word longer than the line stays whole
      break;
    }
  }
  if (current) lines.push(current);
  return lines;
}

const VOWEL = /[aeiouy]/i;
/** Consonant pairs that open a syllable (or spell one sound) and so are not split. */
const ONSET = /^(?:bl|br|ch|cl|cr|dr|fl|fr|gl|gr|ng|ph|pl|pr|qu|sc|sh|sk|sp|st|th|tr|wh|ck)$/i;

/**
 * Where a typesetter could break `word` with at most `room` letters before the hyphen: between two
 * consonants followed by a vowel (`inter-national`, `cam-paigned`) that do not open a syllable
 * together (`tr`, `st`, `ch`), three letters at least on each
 * side; 0 when there is no such place.
 */
function hyphenationPoint(word: string, room: number): number {
  if (!/^\p{L}{7,}$/u.test(word)) return 0;
  for (let cut = Math.min(room, word.length - 3); cut >= 3; cut--) {
    const [before, after, next] = [word[cut - 1]!, word[cut]!, word[cut + 1]!];
    if (!VOWEL.test(before) && !VOWEL.test(after) && VOWEL.test(next) && !ONSET.test(before + after)) return cut;
  }
  return 0;
}

/** A headline broken at the space nearest its middle, as page layouts set long headlines. */
export function splitInTwo(text: string): [string, string] {
  const middle = text.length / 2;
  let best = -1;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) {
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return [text.slice(0, best), text.slice(best + 1)];
}

export function centered(text: string, width = 78): string {
  return " ".repeat(Math.max(0, Math.floor((width - text.length) / 2))) + text;
}

export function rightAligned(text: string, width = 78): string {
  return " ".repeat(Math.max(0, width - text.length)) + text;
}

/** Latin letters without their accents, as slugs and wire keywords write them. */
export function ascii(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[łŁ]/g, "l");
}

export function slugOf(headline: string): string {
  const slug = ascii(headline)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug.length <= 60 ? slug : slug.slice(0, slug.lastIndexOf("-", 60));
}

export function domainOf(outlet: string): string {
  return `${ascii(outlet)
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^a-z0-9]+/g, "")}.example.com`;
}

export function urlOf(a: ZooArticle): string {
  if (a.url) return a.url;
  const p = dayParts(a.published);
  return `https://www.${domainOf(a.outlet)}/${a.topic}/${p.year}/${pad2(p.month)}/${pad2(p.day)}/${slugOf(a.headline)}`;
}

/** The article's id, or a stable number made from its place in the pool. */
export function idOf(a: ZooArticle): number {
  return a.id ?? 47000 + pool.indexOf(a) * 13;
}

/** "SAO PAULO" → "Sao Paulo": the place as a caption or a mixed-case dateline writes it. */
export function placeName(place: string): string {
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

export function wordCount(a: ZooArticle): number {
  return a.body.reduce((n, b) => n + (isSubhead(b) ? b.subhead : b).split(/\s+/).length, 0);
}

export function paragraphsOf(a: ZooArticle): string[] {
  return a.body.filter((b): b is string => !isSubhead(b));
}

export function firstSentence(paragraph: string): string {
  const m = /^.*?[.!?](?=\s+[A-Z“"]|$)/u.exec(paragraph);
  return m ? m[0] : paragraph;
}

// ---- the body of a record

export interface BodyStyle {
  /** How the first paragraph opens with the dateline place (`NAIROBI (Reuters) - `); without it the place is left out. */
  dateline?: (place: string, a: ZooArticle) => string;
  /** A blank line between paragraphs; without it a subhead still has a blank line above it, as in the sample. */
  gap: boolean;
  /** How a subhead is marked (`### Title`); plain by default. */
  subhead?: (title: string) => string;
  /** Hard wrap at this width. */
  width?: number;
  hyphenate?: boolean;
  /** Put before every line (a list item's continuation, a wire's indent). */
  indent?: string;
  /** Put before the first line of every paragraph only (typeset text). */
  paragraphIndent?: string;
  /** Rewrite a line the tool would escape (mbox: `From ` → `>From `). */
  escape?: (line: string) => string;
}

export function bodyLines(a: ZooArticle, style: BodyStyle): string[] {
  const out: string[] = [];
  const indent = style.indent ?? "";
  let first = true;
  for (const block of a.body) {
    if (isSubhead(block)) {
      if (out.length) out.push("");
      out.push(indent + (style.subhead ? style.subhead(block.subhead) : block.subhead));
      if (style.gap) out.push("");
      continue;
    }
    if (out.length && style.gap && out[out.length - 1] !== "") out.push("");
    let text = block;
    if (first && a.dateline && style.dateline) text = style.dateline(a.dateline, a) + text;
    first = false;
    const lead = style.paragraphIndent ?? "";
    const width = style.width ? style.width - indent.length - lead.length : undefined;
    const wrapped = width ? wrap(text, width, style.hyphenate) : [text];
    wrapped.forEach((line, i) => {
      out.push(indent + (i === 0 ? lead : "") + (style.escape ? style.escape(line) : line));
    });
  }
  return out;
}

export const wireDateline =
  (agency: string, dash = "-") =>
  (place: string) =>
    `${place} (${agency}) ${dash} `;
export const colonDateline = (place: string) => `${place}: `;
export const dashDateline = (place: string) => `${place} — `;

// ---- the writer

export class DumpWriter {
  readonly lines: string[] = [];
  readonly truth: TruthArticle[] = [];

  /** Index of the next line to be written. */
  get next(): number {
    return this.lines.length;
  }

  /** Writes lines; returns the index of the first. */
  line(...texts: string[]): number {
    const at = this.lines.length;
    for (const t of texts) {
      if (/[\n\r]/.test(t)) throw new Error(`a zoo line must not contain a line break: ${JSON.stringify(t)}`);
      this.lines.push(t);
    }
    return at;
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i++) this.lines.push("");
  }

  record(truth: { startLine: number; headlineLine: number; headline: string; published: string | null; publishedInferred?: string | null }): void {
    this.truth.push({ ...truth, publishedInferred: truth.publishedInferred ?? null });
  }

  /** The dump's text: the lines joined by `lineEnd`, one line end after the last non-blank line. */
  text(lineEnd: "\n" | "\r\n", bom: boolean): string {
    let last = this.lines.length;
    while (last > 0 && !/\S/.test(this.lines[last - 1]!)) last--;
    return (bom ? "\uFEFF" : "") + this.lines.slice(0, last).join(lineEnd) + lineEnd;
  }
}
