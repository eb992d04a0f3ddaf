// The entity stage: the model tags each article once (kept in the article's ENTITIES slot), then a
// dump-wide pass harmonises types and canonical names across articles (incremental: see
// entities/resolve.ts), and the user's corrections are applied over the result.

import type { Placement } from "../document/articles.js";
import { concatAll } from "../document/articles.js";
import { type ArticleCore, type DumpDocument, ResultSlot } from "../document/dumpDocument.js";
import { ArticlePlace, PlacedEntityMention } from "../placedMentions.js";
import { sharedString } from "../sharedStrings.js";
import { type CancellationToken, type EntityMention, isCancelled } from "../types.js";
import { type EntitySpan, type NerModel, recognizeEntities } from "./index.js";
import { EntityResolver, type ResolveInput } from "./resolve.js";

/** The model's entities of one article, before the dump-wide pass. */
export const ENTITIES = new ResultSlot<readonly EntitySpan[]>("entities");

/** The model's entities of one article (computed once per article text). */
export function articleEntities(core: ArticleCore, model: NerModel): readonly EntitySpan[] {
  return core.result(ENTITIES, () => withSharedTexts(recognizeEntities(core.recognitionText, model)));
}

/** Spans whose texts are the shared strings (the spans are kept with the article: their names repeat across the dump). */
export function withSharedTexts(spans: readonly EntitySpan[]): readonly EntitySpan[] {
  for (const span of spans) span.text = sharedString(span.text);
  return spans;
}

/** The entity mentions of a whole document, kept per document: the resolver's decisions between edits. */
export class EntityStage {
  private readonly resolver = new EntityResolver();

  mentions(doc: DumpDocument, placement: Placement, model: NerModel, token: CancellationToken): EntityMention[] | undefined {
    const perArticle: ResolveInput[] = [];
    for (const slot of doc.slots) {
      if (isCancelled(token)) return undefined;
      perArticle.push({ text: slot.core.recognitionText, spans: articleEntities(slot.core, model) });
    }
    const { articles, canonical, versions } = this.resolver.resolve(perArticle);
    return concatAll(
      articles.map((spans, article) => {
        const slot = doc.slots[article]!;
        let place: ArticlePlace | undefined; // one per article, made only when its mentions are
        return placement.mentions(
          slot,
          article,
          spans,
          String(versions[article]),
          (span): EntityMention => new PlacedEntityMention(span, canonical(span), (place ??= new ArticlePlace(article, slot.start, slot.core.lineStarts))),
        );
      }),
    );
  }
}
