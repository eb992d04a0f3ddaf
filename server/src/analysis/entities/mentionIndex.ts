// The entities of a dump as things rather than mentions: one entry per (type, canonical name)
// with its aliases, mentions and articles. Pure; built from a DumpAnalysis on demand.

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

/** Every entity of `mentions`, in the order they first appear (from the grouping mentionsOfEntity keeps). */
export function indexEntities(mentions: readonly EntityMention[]): Map<string, EntityEntry> {
  const groups = groupsOf(mentions);
  const index = new Map<string, EntityEntry>();
  for (const m of mentions) {
    const group = groups.get(m.type)!.get(m.canonical)!;
    if (group[0] !== m) continue; // not the entity's first mention
    const entry = entryOf(group);
    index.set(entry.key, entry);
  }
  return index;
}

/** The entry of the entity `mention` names, from the mentions of a dump (see mentionsOfEntity). */
export function entityEntry(mentions: readonly EntityMention[], mention: Pick<EntityMention, "type" | "canonical">): EntityEntry {
  return entryOf(mentionsOfEntity(mentions, mention));
}

/**
 * Every mention of the entity `mention` names (all its aliases), in document order (a shared
 * array: do not change it). The mentions are grouped by entity in one pass on the first call for
 * a mentions array and the groups kept with it, so hovers and highlights (one per cursor move)
 * cost a look-up, not a pass over a big dump's million mentions each.
 */
export function mentionsOfEntity(mentions: readonly EntityMention[], mention: Pick<EntityMention, "type" | "canonical">): readonly EntityMention[] {
  return groupsOf(mentions).get(mention.type)?.get(mention.canonical) ?? [];
}

/** The mentions grouped by type and canonical name, in one pass on the first call for a mentions array. */
function groupsOf(mentions: readonly EntityMention[]): Map<EntityType, Map<string, EntityMention[]>> {
  let groups = entityGroups.get(mentions);
  if (!groups) entityGroups.set(mentions, (groups = groupByEntity(mentions)));
  return groups;
}

const entityGroups = new WeakMap<readonly EntityMention[], Map<EntityType, Map<string, EntityMention[]>>>();

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
