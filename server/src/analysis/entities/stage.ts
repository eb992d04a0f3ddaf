// Entities of the whole dump: the model tags each article once (cached with the article), then a
// dump-wide pass harmonises types and canonical names across articles (incremental: see
// entities/resolve.ts).

import type { ArticleCore, DumpDocument } from "../document/dumpDocument.js";
import { isCancelled } from "../document/dumpDocument.js";
import { recognizeEntities, type EntitySpan, type NerModel } from "./index.js";
import { EntityResolver, type ResolveInput } from "./resolve.js";
import { concatAll, placeSpans } from "../document/articles.js";
import type { CancellationToken, EntityMention } from "../types.js";

export interface EntityOptions {
  /** Gives the model (loaded lazily by the caller); undefined: no entities. */
  nerModel: (() => NerModel | undefined) | undefined;
}

/** The model's entities of one article, before the dump-wide pass (cached with the article). */
export function articleEntities(core: ArticleCore, model: NerModel): EntitySpan[] {
  return core.cached("entities", () => recognizeEntities(core.recognitionText, model));
}

/** Caches what articleEntities() would give, computed elsewhere (by a worker thread) from the same text. */
export function knownEntities(core: ArticleCore, spans: EntitySpan[]): void {
  core.cached("entities", () => spans);
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
    perArticle.push({ text: core.recognitionText, spans: articleEntities(core, model) });
  }
  let resolver = resolvers.get(doc);
  if (!resolver) resolvers.set(doc, (resolver = new EntityResolver()));
  const { articles, canonical, versions } = resolver.resolve(perArticle);
  return concatAll(articles.map((spans, article) => placeSpans(doc.slots[article]!, article, spans, String(versions[article]), (span, range): EntityMention =>
    ({ text: span.text, type: span.type, canonical: canonical(span), range, article }))));
}
