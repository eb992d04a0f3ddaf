// The entities of a dump as things rather than mentions: one entry per (type, canonical name)
// with its aliases, mentions and articles; and finding the mention at a position. Pure.

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
 * entity in one pass when first needed and the groups kept, so hovers and highlights (one per
 * cursor move) cost a look-up, not a pass over a big dump's million mentions each.
 */
export class EntityIndex {
  private groups: Map<EntityType, Map<string, EntityMention[]>> | undefined;
  private readonly entries = new Map<string, EntityEntry>();

  constructor(readonly mentions: readonly EntityMention[]) {}

  /** Every mention of the entity `mention` names (all its aliases), in document order (a shared array: do not change it). */
  mentionsOf(mention: Pick<EntityMention, "type" | "canonical">): readonly EntityMention[] {
    this.groups ??= groupByEntity(this.mentions);
    return this.groups.get(mention.type)?.get(mention.canonical) ?? [];
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
    for (const m of this.mentions) if (this.mentionsOf(m)[0] === m) out.push(this.entry(m));
    return out;
  }
}

function groupByEntity(mentions: readonly EntityMention[]): Map<EntityType, Map<string, EntityMention[]>> {
  const byType = new Map<EntityType, Map<string, EntityMention[]>>();
  for (const m of mentions) {
    let byName = byType.get(m.type);
    if (!byName) byType.set(m.type, (byName = new Map()));
    const group = byName.get(m.canonical);
    if (group) group.push(m);
    else byName.set(m.canonical, [m]);
  }
  return byType;
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

/** The mention (entity or date) under a position; mentions are in document order. */
export function mentionAt<T extends { range: { start: Position; end: Position } }>(mentions: readonly T[], pos: Position): T | undefined {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = mentions[mid]!.range;
    if (before(r.end, pos)) lo = mid + 1;
    else if (before(pos, r.start)) hi = mid - 1;
    else return mentions[mid];
  }
  return undefined;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
