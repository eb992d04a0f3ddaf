// Entities of the whole dump: the model tags each article once (cached with the article), then a
// cheap dump-wide pass harmonises types and canonical names across articles.

import type { DumpDocument } from "./dump.js";
import { isCancelled } from "./dump.js";
import { recognizeEntities, resolveEntities, type EntitySpan, type NerModel } from "./entities/index.js";
import { spanRange } from "./articles.js";
import type { CancellationToken, EntityMention } from "./types.js";

export interface EntityOptions {
  /** Gives the model (loaded lazily by the caller); undefined: no entities. */
  nerModel: (() => NerModel | undefined) | undefined;
}

export function entityMentions(doc: DumpDocument, options: EntityOptions, token: CancellationToken): EntityMention[] | undefined {
  const model = options.nerModel?.();
  if (!model) return [];
  const perArticle: { text: string; spans: EntitySpan[] }[] = [];
  for (const slot of doc.slots) {
    if (isCancelled(token)) return undefined;
    const core = slot.core;
    perArticle.push({ text: core.recognitionText, spans: core.cached("entities", () => recognizeEntities(core.recognitionText, model)) });
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
