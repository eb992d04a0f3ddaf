// The entities of a dump as things rather than mentions: one entry per (type, canonical name)
// with its aliases, mentions and articles; and finding the mention at a position. Pure.

import { type EntityMentionList, entityMentionList } from "../placedMentions.js";
import type { EntityMention, EntityType, Position } from "../types.js";

export interface EntityEntry {
  key: string;
  canonical: string;
  type: EntityType;
  /** Distinct surface forms, most frequent first. */
  aliases: string[];
  mentions: readonly EntityMention[];
  /** Article indices, ascending. */
  articles: number[];
  /** For each of `articles`: the entity's first mention there and how many there are. */
  inArticle: { first: EntityMention; count: number }[];
}

export function entityKey(m: Pick<EntityMention, "type" | "canonical">): string {
  return `${m.type}:${m.canonical}`;
}

/**
 * The entities of a list of mentions (a dump's, or one article's): the mentions are grouped by
 * entity in one pass when first needed and the groups kept (as the mentions' indices: a dump's
 * mentions may be made only when read, see EntityMentionList), so hovers and highlights (one per
 * cursor move) cost a look-up, not a pass over a big dump's million mentions each.
 */
export class EntityIndex {
  private groups: Map<EntityType, Map<string, number[]>> | undefined;
  private readonly entries = new Map<string, EntityEntry>();
  private readonly list: EntityMentionList | undefined;

  constructor(readonly mentions: readonly EntityMention[]) {
    this.list = entityMentionList(mentions);
  }

  /** Every mention of the entity `mention` names (all its aliases), in document order. */
  mentionsOf(mention: Pick<EntityMention, "type" | "canonical">): readonly EntityMention[] {
    const { list, mentions } = this;
    const indices = this.indicesOf(mention);
    return list ? list.entityMentions(indices, mention.canonical) : indices.map((i) => mentions[i]!);
  }

  /** The entry of the entity `mention` names (made once per entity). */
  entry(mention: Pick<EntityMention, "type" | "canonical">): EntityEntry {
    const key = entityKey(mention);
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = entryOf(this.mentionsOf(mention))));
    return entry;
  }

  /** Every entity, in the order they first appear. */
  all(): EntityEntry[] {
    const out: EntityEntry[] = [];
    for (let i = 0; i < this.mentions.length; i++) {
      const entity = this.entityAt(i);
      if (this.indicesOf(entity)[0] === i) out.push(this.entry(entity));
    }
    return out;
  }

  /** The indices of the mentions of the entity `mention` names, ascending (a shared array: do not change it). */
  private indicesOf(mention: Pick<EntityMention, "type" | "canonical">): readonly number[] {
    this.groups ??= this.groupByEntity();
    return this.groups.get(mention.type)?.get(mention.canonical) ?? [];
  }

  private groupByEntity(): Map<EntityType, Map<string, number[]>> {
    const byType = new Map<EntityType, Map<string, number[]>>();
    for (let i = 0; i < this.mentions.length; i++) {
      const { type, canonical } = this.entityAt(i);
      let byName = byType.get(type);
      if (!byName) byType.set(type, (byName = new Map()));
      const group = byName.get(canonical);
      if (group) group.push(i);
      else byName.set(canonical, [i]);
    }
    return byType;
  }

  /** Which entity mention `i` names. */
  private entityAt(i: number): Pick<EntityMention, "type" | "canonical"> {
    return this.list ? this.list.entityOf(i) : this.mentions[i]!;
  }
}

/** The entry of one entity from its mentions (at least one, in document order). */
function entryOf(mentions: readonly EntityMention[]): EntityEntry {
  const { type, canonical } = mentions[0]!;
  const entry: EntityEntry = { key: entityKey(mentions[0]!), canonical, type, aliases: [], mentions, articles: [], inArticle: [] };
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (entry.articles.at(-1) !== m.article) {
      entry.articles.push(m.article);
      entry.inArticle.push({ first: m, count: 0 });
    }
    entry.inArticle.at(-1)!.count++;
    counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  }
  entry.aliases = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([text]) => text);
  return entry;
}

/** The mentions of one article: a slice of `mentions` (in document order, so an article's are side by side). */
export function mentionsOfArticle<T extends { article: number }>(mentions: readonly T[], article: number): readonly T[] {
  const list = entityMentionList(mentions);
  if (list) {
    const { from, to } = list.articleMentions(article);
    return Array.from({ length: to - from }, (_, k) => list.at(from + k) as unknown as T);
  }
  const firstAt = (a: number) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.article < a) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return mentions.slice(firstAt(article), firstAt(article + 1));
}

/**
 * The mentions that may be on lines [fromLine, toLine], in document order: all of `mentions`, or
 * for a dump's list (see EntityMentionList) only those of the articles there, made now.
 */
export function mentionsNearLines(mentions: readonly EntityMention[], fromLine: number, toLine: number): readonly EntityMention[] {
  const list = entityMentionList(mentions);
  if (!list) return mentions;
  const { from, to } = list.linesMentions(fromLine, toLine);
  return Array.from({ length: to - from }, (_, k) => list.at(from + k));
}

/** The mention (entity or date) under a position; mentions are in document order. */
export function mentionAt<T extends { range: { start: Position; end: Position } }>(mentions: readonly T[], pos: Position): T | undefined {
  // a dump's entity mentions made only when read: the search reads ranges, and makes the one found
  const list = entityMentionList(mentions);
  const rangeOf = list ? (i: number) => list.rangeOf(i) : (i: number) => mentions[i]!.range;
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = rangeOf(mid);
    if (before(r.end, pos)) lo = mid + 1;
    else if (before(pos, r.start)) hi = mid - 1;
    else return list ? (list.at(mid) as unknown as T) : mentions[mid];
  }
  return undefined;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
