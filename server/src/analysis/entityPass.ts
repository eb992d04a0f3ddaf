// Entities of the whole dump: the model tags each article once (cached with the article), then a
// dump-wide pass harmonises types and canonical names across articles (incremental: see
// entities/resolve.ts). Mentions are shared between analyses while their article stays put, so
// consumers must not change them.

import type { ArticleCore, DumpDocument } from "./dump.js";
import { isCancelled } from "./dump.js";
import { recognizeEntities, type EntitySpan, type NerModel } from "./entities/index.js";
import { EntityResolver, type ResolveInput } from "./entities/resolve.js";
import { spanRange } from "./articles.js";
import type { CancellationToken, EntityMention } from "./types.js";

export interface EntityOptions {
  /** Gives the model (loaded lazily by the caller); undefined: no entities. */
  nerModel: (() => NerModel | undefined) | undefined;
}

/**
 * The model's entities of one article, before the dump-wide pass (cached with the article).
 * `known`: the same, computed elsewhere (by a worker thread) from the same text.
 */
export function articleEntities(core: ArticleCore, model: NerModel, known?: EntitySpan[]): EntitySpan[] {
  return core.cached("entities", () => known ?? recognizeEntities(core.recognitionText, model));
}

/** Each dump's resolver keeps the dump-wide decisions between edits. */
const resolvers = new WeakMap<DumpDocument, EntityResolver>();

export function entityMentions(doc: DumpDocument, options: EntityOptions, token: CancellationToken): EntityMention[] | undefined {
  const model = options.nerModel?.();
  if (!model) return [];
  const perArticle: ResolveInput[] = [];
  for (const slot of doc.slots) {
    if (isCancelled(token)) return undefined;
    const core = slot.core;
    perArticle.push({ text: core.recognitionText, spans: articleEntities(core, model), cache: (key, variant, compute) => core.cachedVariant(key, variant, compute) });
  }
  let resolver = resolvers.get(doc);
  if (!resolver) resolvers.set(doc, (resolver = new EntityResolver()));
  const resolved = resolver.resolve(perArticle);
  const mentions: EntityMention[] = [];
  resolved.forEach((spans, article) => {
    const slot = doc.slots[article]!;
    let placed = placedMentions.get(spans);
    if (placed?.start !== slot.start || placed.article !== article) {
      placed = { start: slot.start, article, mentions: spans.map((span) => ({ text: span.text, type: span.type, canonical: span.canonical, range: spanRange(slot, span), article })) };
      placedMentions.set(spans, placed);
    }
    for (const m of placed.mentions) mentions.push(m);
  });
  return mentions;
}

/** An article's mentions in dump coordinates, kept while the article's resolution and place stay the same. */
const placedMentions = new WeakMap<readonly EntitySpan[], { start: number; article: number; mentions: EntityMention[] }>();
