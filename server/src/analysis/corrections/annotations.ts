// User corrections of entities that survive edits of the dump. Pure: no fs, no vscode.
// A correction names its text exactly; scope "mention" finds the one occurrence again by its
// anchor (line context on both sides, the article's headline, and `nth` among equally good
// matches), scope "all" and the lexicon apply to every whole-word occurrence.
// Applied per article: what the corrections find in an article depends only on its text and the
// corrections, so it is kept with the article (see session.ts) and an edit costs only the edited
// article's search; the dump-wide part is choosing each "mention" correction's occurrence.

import { localPosition } from "../document/text.js";
import type { Article, DumpAnalysis, EntityMention, Range } from "../types.js";
import type { AnnotationsFile, Correction, CorrectionType, Lexicon } from "./files.js";

export {
  type AnnotationsFile,
  type Correction,
  type CorrectionType,
  type Lexicon,
  parseAnnotations,
  parseLexicon,
  type ReadCorrections,
  readAnnotations,
  readLexicon,
} from "./files.js";

export interface AnnotatedMention extends EntityMention {
  /** Set on mentions that a correction or the lexicon decided. */
  confirmed?: boolean;
}

const CONTEXT = 32;

// ---- finding corrections in an article -----------------------------------------------------------

interface Occurrence {
  line: number; // article-relative in what an article's search finds; of the dump once placed
  start: number; // UTF-16 column
  end: number;
}

interface Override extends Occurrence {
  type: CorrectionType;
  text: string;
  rank: number; // lexicon 0, file scope "all" 1, file scope "mention" 2
  order: number; // later corrections win among equals
}

/** A "mention" correction's occurrences in one article that match its anchor best. */
interface MentionCandidates {
  /** Its index in the annotations file. */
  readonly correction: number;
  readonly score: number;
  /** Its occurrences with that score (article-relative lines), in order. */
  readonly best: readonly Occurrence[];
  /** How many occurrences of its text the article has at all. */
  readonly count: number;
}

/** What the corrections find in one article, in article-relative lines. Depends on nothing else. */
export interface ArticleFindings {
  /** Whole-word occurrences of the lexicon's entries and of the scope "all" corrections, strongest first (see resolveOverrides). */
  readonly ranked: readonly Override[];
  /** Those that win where they overlap, by line: what applies unless a "mention" correction lands here. */
  readonly resolved: ReadonlyMap<number, readonly Override[]>;
  readonly candidates: readonly MentionCandidates[];
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

function contextOf(lines: readonly string[], o: Occurrence): { before: string; after: string } {
  const text = lines[o.line] ?? "";
  return { before: text.slice(Math.max(0, o.start - CONTEXT), o.start), after: text.slice(o.end, o.end + CONTEXT) };
}

/** How well an occurrence matches a mention correction's anchor (its line context and article headline). */
function anchorScore(lines: readonly string[], o: Occurrence, headline: string | undefined, c: Correction): number {
  const { before, after } = contextOf(lines, o);
  const score = commonSuffix(before, c.before ?? "") + commonPrefix(after, c.after ?? "");
  return c.headline !== undefined && headline === c.headline ? score + CONTEXT : score;
}

/**
 * What the corrections find in one article (its lines, and its headline for the anchors):
 * every occurrence of each text inside a line (overlapping ones included), searched once per text.
 */
export function findCorrections(lines: readonly string[], headline: string | undefined, annotations: AnnotationsFile, lexicon?: Lexicon): ArticleFindings {
  const text = lines.join("\n");
  const lineStarts: number[] = [];
  for (let i = 0, offset = 0; i < lines.length; offset += lines[i]!.length + 1, i++) lineStarts.push(offset);
  const found = new Map<string, Occurrence[]>();
  const find = (needle: string): Occurrence[] => {
    let list = found.get(needle);
    if (list) return list;
    list = [];
    // Corrections name text on one line; one with a line break is never found.
    if (needle && !/[\r\n]/.test(needle)) {
      for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
        const { line, character } = localPosition(lineStarts, i);
        list.push({ line, start: character, end: character + needle.length });
      }
    }
    found.set(needle, list);
    return list;
  };
  const overrides: Override[] = [];
  const addAll = (needle: string, type: CorrectionType, rank: number, order: number) => {
    for (const o of find(needle)) if (isWholeWord(lines[o.line]!, o)) overrides.push({ ...o, type, text: needle, rank, order });
  };
  lexicon?.entries.forEach((e, i) => {
    addAll(e.text, e.type, 0, i);
  });
  const candidates: MentionCandidates[] = [];
  annotations.corrections.forEach((c, i) => {
    if (c.scope === "all") {
      addAll(c.text, c.type, 1, i);
      return;
    }
    const occurrences = find(c.text);
    if (!occurrences.length) return;
    let best: Occurrence[] = [];
    let score = -1;
    for (const o of occurrences) {
      const s = anchorScore(lines, o, headline, c);
      if (s > score) [best, score] = [[o], s];
      else if (s === score) best.push(o);
    }
    candidates.push({ correction: i, score, best, count: occurrences.length });
  });
  const ranked = overrides.sort(strongerFirst);
  return { ranked, resolved: resolveOverrides(ranked), candidates };
}

/** A "mention" over an "all" over the lexicon, then the longer text, then the later correction. */
const strongerFirst = (a: Override, b: Override) => b.rank - a.rank || b.end - b.start - (a.end - a.start) || b.order - a.order;

/** Which overrides apply, by line, from a list strongest first: one that overlaps a stronger one is dropped. */
function resolveOverrides(strongestFirst: readonly Override[]): Map<number, Override[]> {
  const byLine = new Map<number, Override[]>();
  for (const o of strongestFirst) {
    const onLine = byLine.get(o.line);
    if (!onLine) byLine.set(o.line, [o]);
    else if (!onLine.some((k) => overlaps(k, o))) onLine.push(o);
  }
  return byLine;
}

/**
 * Where each "mention" correction applies, from every article's candidates: among its
 * occurrences in the dump that match its anchor best, the `nth`, in document order. With no
 * evidence at all (a score of 0), only an occurrence that is the only one in the dump is trusted.
 * Returns, per article, the overrides of the corrections that apply there (article-relative lines).
 */
function placeMentions(findings: readonly ArticleFindings[], annotations: AnnotationsFile): Map<number, Override[]> {
  const chosen = new Map<number, { score: number; best: { article: number; o: Occurrence }[]; count: number }>();
  findings.forEach((f, article) => {
    for (const c of f.candidates) {
      let held = chosen.get(c.correction);
      if (!held) chosen.set(c.correction, (held = { score: -1, best: [], count: 0 }));
      held.count += c.count;
      if (c.score > held.score) {
        held.score = c.score;
        held.best = [];
      }
      if (c.score === held.score) for (const o of c.best) held.best.push({ article, o });
    }
  });
  const placed = new Map<number, Override[]>();
  for (const [i, held] of chosen) {
    if (held.score <= 0 && held.count !== 1) continue;
    const c = annotations.corrections[i]!;
    const pick = held.best[Math.min(c.nth ?? 0, held.best.length - 1)]!;
    const list = placed.get(pick.article) ?? [];
    list.push({ ...pick.o, type: c.type, text: c.text, rank: 2, order: i });
    placed.set(pick.article, list);
  }
  return placed;
}

// ---- corrections ------------------------------------------------------------------------------

/** Index of the article whose line range holds `line`, or -1 (separator lines between articles). */
function articleAt(articles: readonly Pick<Article, "range">[], line: number): number {
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

/** What the corrections find in each article of a dump (the one-shot form; a session keeps it per article). */
function findInArticles(lines: readonly string[], articles: readonly Article[], annotations: AnnotationsFile, lexicon?: Lexicon): ArticleFindings[] {
  return articles.map((a) => findCorrections(lines.slice(a.range.start.line, a.range.end.line + 1), a.headline, annotations, lexicon));
}

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
  const headline = analysis.articles[articleAt(analysis.articles, start.line)]?.headline;
  if (headline !== undefined) correction.headline = headline;
  // Which of the equally well anchored occurrences this one is, counted as placeMentions counts them.
  const best: Occurrence[] = [];
  let bestScore = -1;
  findInArticles(lines, analysis.articles, { version: 1, corrections: [correction] }).forEach((f, article) => {
    const c = f.candidates[0];
    if (!c || c.score < bestScore) return;
    if (c.score > bestScore) best.length = 0;
    bestScore = c.score;
    const first = analysis.articles[article]!.range.start.line;
    for (const b of c.best) best.push({ ...b, line: b.line + first });
  });
  const nth = best.findIndex((b) => b.line === o.line && b.start === o.start);
  if (nth > 0) correction.nth = nth;
  return correction;
}

const overlaps = (a: Occurrence, b: Occurrence) => a.line === b.line && a.start < b.end && b.start < a.end;

const byPosition = (a: EntityMention, b: EntityMention) =>
  a.range.start.line - b.range.start.line ||
  a.range.start.character - b.range.start.character ||
  a.range.end.line - b.range.end.line ||
  a.range.end.character - b.range.end.character;

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
  return correctMentions(analysis.articles, findInArticles(lines, analysis.articles, annotations, lexicon), analysis.entities, annotations);
}

/**
 * What correcting an article gave, kept between versions of a dump by whoever calls
 * correctMentions (a session): an article whose mentions, placed "mention" corrections and
 * borrowed canonical names are as they were is not corrected again.
 */
export type CorrectionMemo = WeakMap<ArticleFindings, CorrectedArticle>;

interface CorrectedArticle {
  readonly article: Article;
  readonly own: readonly EntityMention[];
  /** The "mention" corrections placed in the article, as a key. */
  readonly placed: string;
  /** The confirmed mentions whose canonical name is borrowed from elsewhere in the dump, and that name. */
  readonly borrowed: readonly { type: string; text: string; canonical: string }[];
  readonly result: readonly AnnotatedMention[];
}

/**
 * applyCorrections from what the corrections find in each article (`findings[i]` in `articles[i]`):
 * only the articles where a correction applies are changed; the others keep their mentions. With a
 * `memo`, an article corrected before with the same inputs gives what it gave then.
 */
export function correctMentions(
  articles: readonly Article[],
  findings: readonly ArticleFindings[],
  entities: readonly EntityMention[],
  annotations: AnnotationsFile,
  memo?: CorrectionMemo,
): AnnotatedMention[] {
  const mentions = placeMentions(findings, annotations);
  if (!mentions.size && findings.every((f) => !f.ranked.length)) return entities.slice();

  // The canonical name a corrected mention takes: the model's for that type and text (or text) anywhere in the dump.
  let canonicals: Map<string, string> | undefined;
  const canonicalOf = (type: string, text: string) => {
    if (!canonicals) {
      canonicals = new Map();
      for (const e of entities) {
        const key = `${e.type}\u0000${e.text}`;
        if (!canonicals.has(key)) canonicals.set(key, e.canonical);
        if (!canonicals.has(e.text)) canonicals.set(e.text, e.canonical);
      }
    }
    return canonicals.get(`${type}\u0000${text}`) ?? canonicals.get(text) ?? text;
  };

  const byArticle = new Map<number, EntityMention[]>();
  const elsewhere: EntityMention[] = []; // in no article of the list
  const known = new Set(articles.map((a) => a.index));
  for (const e of entities) {
    if (!known.has(e.article)) elsewhere.push(e);
    else {
      const list = byArticle.get(e.article);
      if (list) list.push(e);
      else byArticle.set(e.article, [e]);
    }
  }
  const result: AnnotatedMention[] = [];
  articles.forEach((article, i) => {
    const own = byArticle.get(article.index) ?? [];
    const found = findings[i]!;
    const placed = mentions.get(i)?.sort(strongerFirst);
    const placedKey = placed?.map((o) => `${o.order}:${o.line}:${o.start}`).join(",") ?? "";
    const held = memo?.get(found);
    if (
      held &&
      held.article === article &&
      held.placed === placedKey &&
      held.own.length === own.length &&
      held.own.every((e, k) => e === own[k]) &&
      held.borrowed.every((b) => canonicalOf(b.type, b.text) === b.canonical)
    ) {
      for (const e of held.result) result.push(e);
      return;
    }
    // Most articles have no "mention" correction: what applies there was resolved with the article.
    // ("mention" corrections are the strongest: placed before the article's own, the order holds.)
    const resolved = placed ? resolveOverrides([...placed, ...found.ranked]) : found.resolved;
    const corrected = resolved.size ? correctArticle(article, own, resolved, canonicalOf) : { result: own, borrowed: [] };
    memo?.set(found, { article, own, placed: placedKey, ...corrected });
    for (const e of corrected.result) result.push(e);
  });
  result.push(...elsewhere);
  // The core's mentions come in article order already; hand-made lists may not.
  return result.every((m, i) => i === 0 || byPosition(result[i - 1]!, m) <= 0) ? result : result.sort(byPosition);
}

/** One article's mentions with the overrides that apply (by article-relative line) in force, in document order. */
function correctArticle(
  article: Article,
  own: readonly EntityMention[],
  resolved: ReadonlyMap<number, readonly Override[]>,
  canonicalOf: (type: string, text: string) => string,
): Pick<CorrectedArticle, "result" | "borrowed"> {
  const first = article.range.start.line;
  const at = (line: number, start: number, end: number) => `${line}:${start}:${end}`;
  const byRange = new Map<string, EntityMention>();
  const result: AnnotatedMention[] = [];
  for (const e of own) {
    const r = e.range;
    const m = { line: r.start.line - first, start: r.start.character, end: r.end.character };
    const onLine = r.start.line === r.end.line ? resolved.get(m.line) : undefined;
    if (!onLine) {
      result.push(e);
      continue;
    }
    byRange.set(at(r.start.line, r.start.character, r.end.character), e);
    if (!onLine.some((o) => (o.type === "none" ? o.start <= m.start && m.end <= o.end : overlaps(o, m)))) result.push(e);
  }
  const borrowed: CorrectedArticle["borrowed"][number][] = [];
  for (const [rel, list] of resolved) {
    const line = first + rel;
    for (const o of list) {
      if (o.type === "none") continue;
      let canonical = byRange.get(at(line, o.start, o.end))?.canonical;
      if (canonical === undefined) {
        canonical = canonicalOf(o.type, o.text);
        borrowed.push({ type: o.type, text: o.text, canonical });
      }
      result.push({
        text: o.text,
        type: o.type,
        canonical,
        range: { start: { line, character: o.start }, end: { line, character: o.end } },
        article: article.index,
        confirmed: true,
      });
    }
  }
  return { result: result.sort(byPosition), borrowed };
}
