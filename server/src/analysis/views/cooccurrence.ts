// Who appears with whom: entities as nodes, edges weighted by the number of articles (or
// sentences) that mention both. Pure. Mentions arrive in document order, so the mentions of one
// article, and of one sentence, lie side by side: one pass groups them.

import { sentenceBounds } from "../document/sentences.js";
import { entityKey } from "../entities/mentionIndex.js";
import type { EntityMention, EntityType, Range } from "../types.js";

export type CooccurrenceUnit = "article" | "sentence";
export const COOCCURRENCE_UNITS: readonly CooccurrenceUnit[] = ["article", "sentence"];

export interface GraphOptions {
  /** What "together" means: in the same article, or in the same sentence. */
  readonly unit: CooccurrenceUnit;
  /** The entity types taken (all when absent). */
  readonly types?: readonly EntityType[];
  /** Edges joining fewer units than this are left out. */
  readonly minWeight: number;
  /** Only the this many most mentioned entities become nodes (a readable graph stays small). */
  readonly top: number;
}

/**
 * Each node keeps its this many heaviest edges (the graph: the union of them). Beyond that a graph
 * is a hairball, and slow to send and draw; a cut by weight over the whole graph would instead
 * keep only the dense core and leave the other names unconnected.
 */
export const EDGES_PER_NODE = 3;

export const DEFAULT_GRAPH_OPTIONS: GraphOptions = { unit: "article", minWeight: 1, top: 100 };

export interface GraphNode {
  /** `type:canonical name`, unique in the graph. */
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** Mentions. */
  readonly count: number;
  /** Articles that mention it. */
  readonly articles: number;
}

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  /** Articles (or sentences) that mention both. */
  readonly weight: number;
}

export interface EntityGraph {
  readonly unit: CooccurrenceUnit;
  /** Most mentioned first. */
  readonly nodes: readonly GraphNode[];
  /** Each node's EDGES_PER_NODE heaviest, heaviest first. */
  readonly edges: readonly GraphEdge[];
  /** Edges of the minimum weight before that cut. */
  readonly allEdges: number;
  /** Entities of the chosen types before the top-N cut. */
  readonly entities: number;
}

/** One line's text, for finding the sentence a mention is in. */
export type LineText = (line: number) => string;

/**
 * Labels each mention with the unit it belongs to: its article, or its sentence (the line and
 * where the sentence starts in it: in these dumps a sentence never spans lines). Consecutive
 * mentions of one sentence share one scan of the line.
 */
function unitsOf(mentions: readonly EntityMention[], unit: CooccurrenceUnit, lineText: LineText): number[] {
  if (unit === "article") return mentions.map((m) => m.article);
  const keys: number[] = [];
  let line = -1;
  let text = "";
  let sentence = { from: 0, to: -1 };
  for (const m of mentions) {
    const { start, end } = m.range;
    if (start.line !== line) {
      line = start.line;
      text = lineText(line);
      sentence = { from: 0, to: -1 };
    }
    if (start.character >= sentence.to) sentence = sentenceBounds(text, start.character, start.line === end.line ? end.character : text.length);
    // the line and where the sentence starts in it, as one number (lines are far under 2^31)
    keys.push(line * 2 ** 21 + Math.min(sentence.from, 2 ** 21 - 1));
  }
  return keys;
}

/** The co-occurrence graph of `mentions` (a dump's, or a scope's). */
export function cooccurrenceGraph(mentions: readonly EntityMention[], options: GraphOptions, lineText: LineText): EntityGraph {
  const types = options.types ? new Set(options.types) : undefined;
  const taken = types ? mentions.filter((m) => types.has(m.type)) : mentions;

  // Each mention's entity as a number (by type, then name: no key strings in this loop over a big
  // dump's mentions); mentions and articles per entity; then the top N by mentions.
  const entityOf = new Int32Array(taken.length);
  const byType = new Map<EntityType, Map<string, number>>();
  const entities: { name: string; type: EntityType; count: number; articles: number; lastArticle: number }[] = [];
  for (let k = 0; k < taken.length; k++) {
    const m = taken[k]!;
    let byName = byType.get(m.type);
    if (!byName) byType.set(m.type, (byName = new Map()));
    let e = byName.get(m.canonical);
    if (e === undefined) {
      byName.set(m.canonical, (e = entities.length));
      entities.push({ name: m.canonical, type: m.type, count: 0, articles: 0, lastArticle: -1 });
    }
    entityOf[k] = e;
    const s = entities[e]!;
    s.count++;
    if (s.lastArticle !== m.article) {
      s.articles++;
      s.lastArticle = m.article;
    }
  }
  const ranked = entities
    .map((s, e) => ({ e, s }))
    .sort((a, b) => b.s.count - a.s.count || a.s.name.localeCompare(b.s.name))
    .slice(0, Math.max(0, options.top));
  const nodes: GraphNode[] = ranked.map(({ s }) => ({
    id: entityKey({ type: s.type, canonical: s.name }),
    name: s.name,
    type: s.type,
    count: s.count,
    articles: s.articles,
  }));
  const nodeOfEntity = new Int32Array(entities.length).fill(-1);
  ranked.forEach(({ e }, i) => {
    nodeOfEntity[e] = i;
  });

  // Each unit's distinct nodes; every pair of them adds one to its edge. Weights live in an n × n
  // array while that is small (a thousand nodes: 4 MB), else in a map.
  const n = nodes.length;
  const matrix = n <= 2048 ? new Uint32Array(n * n) : undefined;
  const sparse = new Map<number, number>();
  const units = unitsOf(taken, options.unit, lineText);
  // the unit each node was last seen in: a node joins a unit's members once
  const seenIn = new Int32Array(n).fill(-1);
  let unitNumber = 0;
  const members: number[] = [];
  const flush = () => {
    unitNumber++;
    members.sort((a, b) => a - b);
    for (let i = 0; i < members.length; i++) {
      const row = members[i]! * n;
      for (let j = i + 1; j < members.length; j++) {
        if (matrix) matrix[row + members[j]!]!++;
        else sparse.set(row + members[j]!, (sparse.get(row + members[j]!) ?? 0) + 1);
      }
    }
    members.length = 0;
  };
  for (let k = 0; k < taken.length; k++) {
    if (k > 0 && units[k] !== units[k - 1]) flush();
    const node = nodeOfEntity[entityOf[k]!]!;
    if (node < 0 || seenIn[node] === unitNumber) continue;
    seenIn[node] = unitNumber;
    members.push(node);
  }
  flush();

  // Each node's heaviest pairs of the minimum weight (ties: the first in node order), then their
  // union, heaviest first.
  const least = Math.max(1, options.minWeight);
  const best: [pair: number, weight: number][][] = Array.from({ length: n }, () => []);
  const offer = (node: number, pair: number, weight: number) => {
    const list = best[node]!;
    if (list.length === EDGES_PER_NODE) {
      if (list[EDGES_PER_NODE - 1]![1] >= weight) return;
      list.pop();
    }
    let at = list.length;
    while (at > 0 && list[at - 1]![1] < weight) at--;
    list.splice(at, 0, [pair, weight]);
  };
  let allEdges = 0;
  const visit = (pair: number, weight: number) => {
    if (weight < least) return;
    allEdges++;
    offer(Math.floor(pair / n), pair, weight);
    offer(pair % n, pair, weight);
  };
  if (matrix) {
    for (let pair = 0; pair < matrix.length; pair++) if (matrix[pair]) visit(pair, matrix[pair]!);
  } else for (const [pair, weight] of sparse) visit(pair, weight);
  const chosen = new Map<number, number>();
  for (const list of best) for (const [pair, weight] of list) chosen.set(pair, weight);
  const edges = [...chosen]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([pair, weight]) => ({ source: nodes[Math.floor(pair / n)]!.id, target: nodes[pair % n]!.id, weight }));
  return { unit: options.unit, nodes, edges, allEdges, entities: entities.length };
}

/** A sentence that joins two entities: where it is and its text. */
export interface JoiningSentence {
  readonly article: number;
  readonly range: Range;
  readonly text: string;
}

/**
 * The sentences that join two entities (ids as in the graph): with the sentence unit, those that
 * mention both; with the article unit, in each article that mentions both, the sentence of each
 * one's first mention there (one sentence when it holds both). At most `limit`.
 */
export function joiningSentences(
  mentions: readonly EntityMention[],
  a: string,
  b: string,
  unit: CooccurrenceUnit,
  lineText: LineText,
  limit = 50,
): JoiningSentence[] {
  const ofEither = mentions.filter((m) => {
    const key = entityKey(m);
    return key === a || key === b;
  });
  const units = unitsOf(ofEither, unit, lineText);
  const out: JoiningSentence[] = [];
  let first = 0;
  for (let k = 1; k <= ofEither.length && out.length < limit; k++) {
    if (k < ofEither.length && units[k] === units[first]) continue;
    const group = ofEither.slice(first, k);
    first = k;
    const firstOfA = group.find((m) => entityKey(m) === a);
    const firstOfB = group.find((m) => entityKey(m) === b);
    if (!firstOfA || !firstOfB) continue;
    const seen = new Set<string>();
    for (const m of firstOfA.range.start.line <= firstOfB.range.start.line ? [firstOfA, firstOfB] : [firstOfB, firstOfA]) {
      const line = m.range.start.line;
      const text = lineText(line);
      const bounds = sentenceBounds(text, m.range.start.character, m.range.start.line === m.range.end.line ? m.range.end.character : text.length);
      if (seen.has(`${line}:${bounds.from}`)) continue;
      seen.add(`${line}:${bounds.from}`);
      // The range covers the sentence's words, not the spaces around it.
      const sentence = text.slice(bounds.from, bounds.to);
      const from = bounds.from + (sentence.length - sentence.trimStart().length);
      const to = bounds.to - (sentence.length - sentence.trimEnd().length);
      if (out.length < limit)
        out.push({ article: m.article, range: { start: { line, character: from }, end: { line, character: to } }, text: text.slice(from, to) });
    }
  }
  return out;
}
