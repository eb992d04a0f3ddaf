// What an article's text says about each of its mentions, for the dump-wide pass: whether the words
// around a mention give it its type (a name used for two things keeps the type it has there: "his
// club Marseille" beside "fans in Marseille"), how much its type counts in the dump's vote (little
// in a headline in capitals, which the tagger reads badly; much where a credit, a key, quotation
// marks or a product's noun say what it is), and the acronyms the article defines ("World Health
// Organization (WHO)"). Pure.

import type { EntityType } from "../../vocabulary/entityTypes.js";
import { contextType, isSideOfMatch, isSportReportText, TYPE_BITS } from "./cues.js";
import { TITLE_WORDS } from "./lexicon.js";
import { lineRecordSpans, recordType } from "./records.js";
import type { EntitySpan } from "./spans.js";
import { tokenBounds } from "./tokenize.js";
import { LOC, MISC, ORG, PER, type TSpan } from "./tspan.js";
import { isAcronym, isMonthOrWeekdayWord } from "./wordShape.js";

/** What the text says about one mention. */
export interface MentionEvidence {
  /** The words around the mention give it the type it has: the dump's vote leaves it. */
  readonly fixed: boolean;
  /** Its type's weight in the dump's vote. */
  readonly weight: number;
  /** It stands in a line written in capitals (a headline), where the tagger reads badly. */
  readonly capitals: boolean;
}

/** An acronym an article defines after a name: `Popular Mobilization Forces (PMF)`. */
export interface AcronymDefinition {
  /** The acronym's mention and the name's. */
  acronym: EntitySpan;
  name: EntitySpan;
}

const TYPE_NUMBER: Readonly<Record<EntityType, number>> = { person: PER, organization: ORG, location: LOC, misc: MISC };

/** The weight of a mention in a line written in capitals: the tagger reads capitals badly, the body says better. */
const CAPITALS_WEIGHT = 0.25;
/** The weight of a mention whose type a record convention, quotation marks or a product's noun give, and of an acronym's definition. */
const SURE_WEIGHT = 3;

/**
 * The few evidences there are, each one object shared by its mentions (kept per article, one per
 * mention: a big dump's would be a hundred thousand objects of the same few values). Frozen.
 */
const SHARED_EVIDENCE = new Map<number, MentionEvidence>();

function sharedEvidence(fixed: boolean, weight: number, capitals: boolean): MentionEvidence {
  const key = weight * 8 + (fixed ? 2 : 0) + (capitals ? 1 : 0); // the weights are multiples of 1/4
  let evidence = SHARED_EVIDENCE.get(key);
  if (!evidence) SHARED_EVIDENCE.set(key, (evidence = Object.freeze({ fixed, weight, capitals })));
  return evidence;
}

/** The evidence of each of `spans` (an article's mentions, in text order) in the article's `text`. */
export function mentionEvidence(text: string, spans: readonly EntitySpan[], acronyms: readonly AcronymDefinition[]): MentionEvidence[] {
  if (spans.length === 0) return [];
  const found = tokenBounds(text);
  // the words of the lines that have mentions, and only those (a long article's other lines cost nothing)
  const words = new Array<string>(found.count);
  const defined = new Set(acronyms.map((d) => d.acronym));
  let line = -1;
  let capitals = false;
  let records: TSpan[] = [];
  let sportReport: boolean | undefined;
  const isSportReport = () =>
    (sportReport ??= isSportReportText(Array.from({ length: found.count }, (_, k) => text.slice(found.bounds[2 * k]!, found.bounds[2 * k + 1]!))));
  return spans.map((s) => {
    const a = tokenAt(found.bounds, found.count, s.start);
    const b = tokenAt(found.bounds, found.count, s.end - 1) + 1;
    let next = Math.max(line, 0);
    while (next + 1 < found.lines.length && found.lines[next]!.last <= a) next++;
    const { first, last } = found.lines[next]!;
    if (next !== line) {
      // what a line says is read once for all its mentions
      line = next;
      for (let k = first; k < last; k++) words[k] = text.slice(found.bounds[2 * k]!, found.bounds[2 * k + 1]!);
      capitals = inCapitals(words, first, last);
      records = lineRecordSpans(words, first, last);
    }
    if (defined.has(s)) return sharedEvidence(true, SURE_WEIGHT, capitals);
    const type = TYPE_NUMBER[s.type];
    // a mention that is not made of whole tokens (none the recogniser gives) has no words around it to read
    if (a < 0 || found.bounds[2 * a] !== s.start || found.bounds[2 * b - 1] !== s.end) return sharedEvidence(false, 1, capitals);
    if (recordType(records, a, b) === type) return sharedEvidence(true, SURE_WEIGHT, capitals);
    // a wire's dateline names the place the story was filed from, whatever the name is elsewhere (`MUMBAI —` beside `Mumbai edge Chennai`)
    if (type === LOC && isWireDateline(words, a, b, first, last)) return sharedEvidence(true, SURE_WEIGHT, capitals);
    // a title before a name (`Queen Rania`, `President Bukele`, `Mr Carr`) says it is a person's
    if (type === PER && a > first && TITLE_WORDS.has(words[a - 1]!.toLowerCase())) return sharedEvidence(true, 1, capitals);
    // a club named by its town, a side of a match in a sports report (`Mumbai last won the IPL` beside `MUMBAI —`)
    if (type === ORG && b - a === 1 && isSideOfMatch(words, a, b, first, last) && isSportReport()) return sharedEvidence(true, 1, capitals);
    const context = contextType(words, a, b, first, last, type, records) & TYPE_BITS;
    if (context === type) return sharedEvidence(true, type === MISC ? SURE_WEIGHT : 1, capitals);
    return sharedEvidence(false, capitals ? CAPITALS_WEIGHT : 1, capitals);
  });
}

/** Marks after a wire dateline's place: `MUMBAI —`, `LAGOS (Reuters) -` (not a colon: `MARA ELLIS: And the landlord?` is a speaker). */
const DATELINE_MARKS = new Set(["—", "–", "-", "("]);

/** Whether tokens [a, b) open their line in capitals, before a dateline's mark and the story (five tokens or more). */
function isWireDateline(words: readonly string[], a: number, b: number, first: number, last: number): boolean {
  // (and `DUBAI:`, `AL AIN, Dec 5 --`: a colon after one word, or a comma before the date; a
  // speaker's full name before a colon is no dateline)
  const mark =
    DATELINE_MARKS.has(words[b]!) ||
    (words[b] === ":" && b - a === 1) ||
    (words[b] === "," && (isMonthOrWeekdayWord(words[b + 1] ?? "") || /^\d/.test(words[b + 1] ?? "")));
  if (a !== first || last - b < 6 || !mark) return false;
  for (let i = a; i < b; i++) if (/\p{Ll}/u.test(words[i]!)) return false;
  return true;
}

/** The token whose text holds offset `at` (the last one that starts at or before it). */
function tokenAt(bounds: Int32Array, count: number, at: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[2 * mid]! <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A line written in capitals: words, none of them with a lower-case letter. */
function inCapitals(words: readonly string[], first: number, last: number): boolean {
  let letters = 0;
  for (let i = first; i < last; i++) {
    const w = words[i]!;
    if (!/\p{L}/u.test(w)) continue;
    if (/\p{Ll}/u.test(w)) return false;
    letters++;
  }
  return letters >= 2;
}

/** The acronyms `text` defines in parentheses after a name whose capitalised words' initials they begin: `Popular Mobilization Forces (PMF)`. */
export function acronymDefinitions(text: string, spans: readonly EntitySpan[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const name = spans[i]!;
    const acronym = spans[i + 1]!;
    if (!/^\s*\(\s*$/.test(text.slice(name.end, acronym.start)) || text.charAt(acronym.end) !== ")") continue;
    if (!isAcronym(acronym.text)) continue;
    const letters = acronym.text.replace(/[^\p{Lu}]/gu, "");
    const initials = name.text
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
    if (initials.length >= 2 && (initials.startsWith(letters.slice(0, 2)) || letters.startsWith(initials.slice(0, 2)))) out.push({ acronym, name });
  }
  return out;
}
