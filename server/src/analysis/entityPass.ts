// Entities of the whole dump: the model tags each article once (cached with the article), then a
// cheap dump-wide pass harmonises types and canonical names across articles.

import type { ArticleCore, DumpDocument } from "./dump.js";
import { isCancelled } from "./dump.js";
import { recognizeEntities, resolveEntities, type EntitySpan, type NerModel } from "./entities/index.js";
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

export function entityMentions(doc: DumpDocument, options: EntityOptions, token: CancellationToken): EntityMention[] | undefined {
  const model = options.nerModel?.();
  if (!model) return [];
  const perArticle: { text: string; spans: EntitySpan[] }[] = [];
  for (const slot of doc.slots) {
    if (isCancelled(token)) return undefined;
    perArticle.push({ text: slot.core.recognitionText, spans: articleEntities(slot.core, model) });
  }
  const resolved = resolveEntities(perArticle);
  const mentions: EntityMention[] = [];
  resolved.forEach((spans, article) => {
    const slot = doc.slots[article]!;
    for (const span of spans) {
      mentions.push({ text: span.text, type: span.type, canonical: span.canonical, range: spanRange(slot, span), article });
    }
  });
  return mentions;
}
