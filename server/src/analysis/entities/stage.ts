// The entity stage: the model tags each article once (kept in the article's ENTITIES slot), then a
// dump-wide pass harmonises types and canonical names across articles (incremental: see
// entities/resolve.ts), and the user's corrections are applied over the result.

import type { Placement } from "../document/articles.js";
import { concatAll } from "../document/articles.js";
import { type ArticleCore, type DumpDocument, ResultSlot } from "../document/dumpDocument.js";
import { ArticlePlace, EntityMentionList, PlacedEntityMention } from "../placedMentions.js";
import { sharedString } from "../sharedStrings.js";
import { type CancellationToken, type EntityMention, isCancelled } from "../types.js";
import { type EntitySpan, type NerModel, recognizeEntities } from "./index.js";
import { EntityResolver, type Resolution, type ResolveInput } from "./resolve.js";

/** The model's entities of one article, before the dump-wide pass. */
export const ENTITIES = new ResultSlot<readonly EntitySpan[]>("entities");

/**
 * The model, loaded when first needed: an article whose entities were made elsewhere (worker
 * threads, the disk cache) needs none, so a dump tagged elsewhere never loads it on this thread.
 * Undefined when it cannot be loaded (entities are then off).
 */
export type ModelSource = () => NerModel | undefined;

/** The model's entities of one article (computed once per article text; none without a model). */
export function articleEntities(core: ArticleCore, model: ModelSource): readonly EntitySpan[] {
  return core.result(ENTITIES, () => {
    const loaded = model();
    return loaded ? withSharedTexts(recognizeEntities(core.recognitionText, loaded)) : [];
  });
}

/** Spans whose texts are the shared strings (the spans are kept with the article: their names repeat across the dump). */
export function withSharedTexts(spans: readonly EntitySpan[]): readonly EntitySpan[] {
  for (const span of spans) span.text = sharedString(span.text);
  return spans;
}

/**
 * The dump-wide pass's result for a dump's articles as they were: per article its resolved spans
 * (typed as decided, with the mentions the model missed), and the canonical name of any of them.
 * What a session hands on to a later one on the same text (see DumpSession.restoreDumpWide).
 */
export interface EntityResolutionState {
  spans: readonly (readonly EntitySpan[])[];
  canonical: (span: EntitySpan) => string;
}

/** The entity mentions of a whole document, kept per document: the resolver's decisions between edits. */
export class EntityStage {
  private readonly resolver = new EntityResolver();
  /** The last resolution and the articles it was made for (what dumpWide hands on). */
  private last: { cores: readonly ArticleCore[]; resolution: Resolution } | undefined;
  /** A resolution an earlier session made, standing while the articles are those it was made for. */
  private restored: { cores: readonly ArticleCore[]; state: EntityResolutionState } | undefined;
  /**
   * The version the resolver gives the articles whose canonical names are still those of the
   * resolution it adopted: their mentions, placed from that resolution, stand.
   */
  private adoptedVersion: number | undefined;

  /**
   * The mentions of the document as it is, or undefined when cancelled. `objects`: whether each
   * mention is an object kept between versions (what the user's corrections compare, by identity,
   * to find the articles they need not correct again), or made when read (EntityMentionList).
   */
  mentions(
    doc: DumpDocument,
    placement: Placement,
    model: ModelSource,
    token: CancellationToken,
    objects: "kept" | "on demand",
  ): readonly EntityMention[] | undefined {
    const restored = this.restored;
    if (restored && sameCores(restored.cores, doc)) {
      const { spans, canonical } = restored.state;
      return objects === "kept" ? placed(doc, placement, spans, canonical, () => RESTORED) : onDemand(doc, spans, canonical);
    }
    // an edit since: the resolver takes the restored decisions for the articles they were made
    // for, then decides incrementally for the articles as they are
    if (restored) this.adopt(restored, model);
    const perArticle: ResolveInput[] = [];
    for (const slot of doc.slots) {
      if (isCancelled(token)) return undefined;
      perArticle.push(resolveInput(slot.core, model));
    }
    const resolution = this.resolver.resolve(perArticle);
    this.last = { cores: doc.slots.map((slot) => slot.core), resolution };
    const { articles, canonical, versions } = resolution;
    if (objects === "on demand") return onDemand(doc, articles, canonical);
    return placed(doc, placement, articles, canonical, (article) => (versions[article] === this.adoptedVersion ? RESTORED : String(versions[article])));
  }

  /**
   * Makes the resolver's state from a resolution handed over (restore), so that the first edit is
   * resolved incrementally rather than for the whole dump: `prepare` each article (in pieces, in
   * any order), then `finish`. Undefined when none stands; the steps do nothing once an edit has
   * changed an article (the next mentions adopt it at once, then resolve the edit).
   */
  adoption(doc: DumpDocument, model: ModelSource): { prepare(article: number): void; finish(): void } | undefined {
    const restored = this.restored;
    if (!restored || !sameCores(restored.cores, doc)) return undefined;
    const stands = () => this.restored === restored && sameCores(restored.cores, doc);
    return {
      prepare: (article) => {
        if (stands()) this.resolver.prepare(resolveInput(restored.cores[article]!, model));
      },
      finish: () => {
        if (stands()) this.adopt(restored, model);
      },
    };
  }

  /** Makes the resolver take the restored resolution for the articles it was made for. */
  private adopt(restored: NonNullable<EntityStage["restored"]>, model: ModelSource): void {
    const inputs = restored.cores.map((core) => resolveInput(core, model));
    const resolution = this.resolver.adopt(inputs, restored.state.spans, restored.state.canonical);
    this.last = { cores: restored.cores, resolution };
    this.adoptedVersion = resolution.versions[0];
    this.restored = undefined;
  }

  /** The resolution of the document's articles as they are, when the stage made (or was handed) one for them. */
  dumpWide(doc: DumpDocument): EntityResolutionState | undefined {
    if (this.restored && sameCores(this.restored.cores, doc)) return this.restored.state;
    if (!this.last || !sameCores(this.last.cores, doc)) return undefined;
    return { spans: this.last.resolution.articles, canonical: this.last.resolution.canonical };
  }

  /** Takes a resolution made for the document's articles as they are now (one spans list per article). */
  restore(doc: DumpDocument, state: EntityResolutionState): boolean {
    if (state.spans.length !== doc.slots.length) return false;
    this.restored = { cores: doc.slots.map((slot) => slot.core), state };
    return true;
  }
}

/** What the resolver reads of an article: its text and the model's spans. */
function resolveInput(core: ArticleCore, model: ModelSource): ResolveInput {
  return { text: core.recognitionText, spans: articleEntities(core, model) };
}

/** The variant of the mentions placed from a resolution handed over (see EntityStage.adoption). */
const RESTORED = "restored";

/** Whether the document's articles are `cores`, in order (no edit changed one since). */
export function sameCores(cores: readonly ArticleCore[], doc: DumpDocument): boolean {
  const { slots } = doc;
  if (slots.length !== cores.length) return false;
  for (let i = 0; i < slots.length; i++) if (slots[i]!.core !== cores[i]) return false;
  return true;
}

/** The resolved spans of every article as mentions of the dump, made when read. */
function onDemand(doc: DumpDocument, articles: readonly (readonly EntitySpan[])[], canonical: (span: EntitySpan) => string): readonly EntityMention[] {
  const places = doc.slots.map((slot, article) => new ArticlePlace(article, slot.start, slot.core.lineStarts));
  return new EntityMentionList(articles, places, canonical).asArray();
}

/** The resolved spans of every article as mentions of the dump, each an object kept while its article's place and names stand. */
function placed(
  doc: DumpDocument,
  placement: Placement,
  articles: readonly (readonly EntitySpan[])[],
  canonical: (span: EntitySpan) => string,
  variant: (article: number) => string,
): EntityMention[] {
  return concatAll(
    articles.map((spans, article) => {
      const slot = doc.slots[article]!;
      return placement.mentions(slot, article, spans, variant(article), () => {
        const place = new ArticlePlace(article, slot.start, slot.core.lineStarts);
        return spans.map((span): EntityMention => new PlacedEntityMention(span, canonical(span), place));
      });
    }),
  );
}
