// One open dump and everything the core keeps about it between edits: its lines and articles, the
// results of each article (in the articles' slots), and the dump-wide state of each stage (the
// entity resolver's decisions, the date stage's anchor names, the last duplicate groups), with the
// options each stage depends on. An edit re-segments around the lines it touched and re-analyses
// only the articles whose text changed; asking for a stage again after it costs only what changed.

import { DEFAULT_SETTINGS, type LayoutName } from "../vocabulary/settings.js";
import { type AnnotationsFile, type ArticleFindings, type CorrectionMemo, correctMentions, findCorrections, type Lexicon } from "./corrections/annotations.js";
import type { DateSpan } from "./dates/resolve.js";
import { articleDates, DATES, type DateAnchoring, type DateJob, DateStage } from "./dates/stage.js";
import { Placement } from "./document/articles.js";
import { type ArticleCore, type DocumentState, DumpDocument, ResultSlot } from "./document/dumpDocument.js";
import type { LayoutProfile } from "./document/layout.js";
import { articleFingerprint, articleFingerprints, bodyOffset, DuplicateStage, FINGERPRINT } from "./duplicates/diagnostics.js";
import type { ArticleFingerprint } from "./duplicates/fingerprint.js";
import type { MatchingState } from "./duplicates/matching.js";
import type { EntitySpan, NerModel } from "./entities/index.js";
import { EntityIndex } from "./entities/mentionIndex.js";
import { articleEntities, ENTITIES, type EntityResolutionState, EntityStage, type ModelSource, withSharedTexts } from "./entities/stage.js";
import { ArticleDates } from "./placedMentions.js";
import { type Article, type CancellationToken, type DateMention, type Diagnostic, type DumpAnalysis, type EntityMention, noopToken } from "./types.js";

/** The user's corrections of entities: the dump's annotations file and the workspace lexicon. */
export interface Corrections {
  readonly annotations: AnnotationsFile;
  readonly lexicon: Lexicon | undefined;
}

export interface SessionOptions {
  /** The path or URI the analysis names as its file. */
  file: string;
  /** The layout the user asks for (`auto`: the one inferred from the dump). */
  layout: LayoutName;
  /** URI of the dump, for related information in diagnostics. */
  uri: string;
  /** Gives the entity model (loaded lazily by the caller); undefined or no model: no entities. */
  nerModel: (() => NerModel | undefined) | undefined;
  /** Estimated Jaccard similarity of bodies above which a re-published story is reported. */
  bodyThreshold: number;
  /** Report the scraper's repeated headline lines as greyed-out hints. */
  repeatedHeadlineHints: boolean;
  /** The user's corrections, applied over the model's entities. */
  corrections: Corrections | undefined;
}

export const DEFAULT_SESSION_OPTIONS: SessionOptions = {
  file: "",
  layout: DEFAULT_SETTINGS.layout,
  uri: "",
  nerModel: undefined,
  bodyThreshold: DEFAULT_SETTINGS.duplicates.bodyThreshold,
  repeatedHeadlineHints: DEFAULT_SETTINGS.duplicates.repeatedHeadlineHints,
  corrections: undefined,
};

/** What the user's corrections find in an article, for one version of them (see DumpSession.corrected). */
const CORRECTION_FINDINGS = new ResultSlot<{ variant: string; value: ArticleFindings }>("correction findings");

/** What each stage gives. The articles are always there. */
export interface StageResults {
  entities: readonly EntityMention[];
  dates: readonly DateMention[];
  diagnostics: readonly Diagnostic[];
}
export type StageName = keyof StageResults;
export const STAGE_NAMES: readonly StageName[] = ["entities", "dates", "diagnostics"];

/** The options each stage depends on: changing another option keeps the stage's result. */
const STAGE_OPTIONS: { readonly [S in StageName]: readonly (keyof SessionOptions)[] } = {
  entities: ["nerModel", "corrections"],
  dates: [],
  diagnostics: ["uri", "bodyThreshold", "repeatedHeadlineHints"],
};

/**
 * One article's per-article work, for callers that do it elsewhere (worker threads) or in pieces
 * (a warm-up in batches): the inputs, and the results handed back into the article's slots.
 */
export interface ArticleWork {
  /** The text the recognisers read. */
  readonly text: string;
  readonly headline: string;
  /** Where the body starts in `text`, for the duplicate fingerprint. */
  readonly bodyOffset: number;
  /** Computes (or finds) the article's own results on this thread. */
  fingerprint(): void;
  /** The model is asked for only when the article's entities are not known yet. */
  entities(model: ModelSource): void;
  dates(job: DateJob): void;
  /** Results computed elsewhere from the same text. */
  provideFingerprint(fingerprint: ArticleFingerprint): void;
  provideEntities(spans: readonly EntitySpan[]): void;
  provideDates(job: DateJob, spans: readonly DateSpan[]): void;
}

/**
 * The stages' dump-wide decisions for a dump's articles: what a session on the same text (same
 * model, code and layout) can take instead of making them again (see DumpSession.restoreDumpWide).
 */
export interface DumpWideState {
  /** The entity resolver's result: each article's resolved spans and their canonical names. */
  entities?: EntityResolutionState;
  /** The date stage's year anchors and each article's day or fallback year. */
  dates?: DateAnchoring;
  /** What the duplicate matching decided over the articles' fingerprints, with the body threshold it was made under. */
  duplicates?: MatchingState;
}

export class DumpSession {
  private readonly document: DumpDocument;
  private readonly placement = new Placement();
  private readonly entityStage = new EntityStage();
  private readonly dateStage = new DateStage();
  private readonly duplicateStage = new DuplicateStage();
  private options: SessionOptions;
  /** Changes with every edit. */
  private version = 0;
  /** Per option, how often it changed (a stage's results are kept while its options' counts stay). */
  private readonly optionChanges = new Map<keyof SessionOptions, number>();
  private articlesMemo: { version: number; articles: readonly Article[] } | undefined;
  private readonly stageMemo = new Map<StageName, { key: string; value: unknown }>();
  private analysisMemo: { key: string; analysis: DumpAnalysis } | undefined;
  private indexMemo: EntityIndex | undefined;
  private workMemo: { version: number; work: readonly ArticleWork[] } | undefined;
  private readonly correctionMemo: CorrectionMemo = new WeakMap();

  /**
   * With `document`, the segmentation an earlier session found for this same text under the same
   * layout setting (documentState): the articles are built from it rather than found again, when it
   * fits the text's lines (see `restoredDocument`).
   */
  constructor(text: string, options: Partial<SessionOptions> = {}, document?: DocumentState) {
    this.options = { ...DEFAULT_SESSION_OPTIONS, ...options };
    this.document = new DumpDocument(text, this.options.layout, document);
  }

  /** Whether the articles were built from the segmentation handed to the constructor. */
  get restoredDocument(): boolean {
    return this.document.restored;
  }

  /** The segmentation of the text as it is now, for a later session on the same text (see the constructor). */
  documentState(): DocumentState {
    return this.document.state();
  }

  /** The dump's layout profile: how its articles are found (inferred, or as the user chose). */
  layout(): LayoutProfile {
    return this.document.profile;
  }

  /** The profile inference gives the dump (the same as `layout()` unless the user chose one). */
  inferredLayout(): LayoutProfile {
    return this.document.inferredProfile();
  }

  /** The dump's lines (without line ends). */
  get lines(): readonly string[] {
    return this.document.lines;
  }

  /** Set when the text is not a news dump at all (binary): then there are no articles. */
  get notText(): string | undefined {
    return this.document.notText;
  }

  setText(text: string): void {
    this.document.setText(text);
    this.version++;
  }

  /** Replaces lines [from, to) by `lines` (the text between them is untouched). */
  replaceLines(from: number, to: number, lines: string[]): void {
    this.document.replaceLines(from, to, lines);
    this.document.pruneCache();
    this.version++;
  }

  /** Changes options; only the stages that depend on a changed one are made again. */
  configure(options: Partial<SessionOptions>): void {
    for (const key of Object.keys(options) as (keyof SessionOptions)[]) {
      if (options[key] === this.options[key]) continue;
      this.optionChanges.set(key, (this.optionChanges.get(key) ?? 0) + 1);
    }
    this.options = { ...this.options, ...options };
    if (options.layout !== undefined && this.document.setLayout(options.layout)) this.version++;
  }

  articles(): readonly Article[] {
    if (this.articlesMemo?.version !== this.version) this.articlesMemo = { version: this.version, articles: this.placement.articles(this.document) };
    return this.articlesMemo.articles;
  }

  /** One stage's result (memoised per version and options), or undefined when `token` was cancelled on the way. */
  stage<S extends StageName>(name: S, token: CancellationToken = noopToken): StageResults[S] | undefined {
    const key = this.stageKey(name);
    const held = this.stageMemo.get(name);
    if (held?.key === key) return held.value as StageResults[S];
    const value = this.run(name, token);
    if (value === undefined) return undefined;
    this.stageMemo.set(name, { key, value });
    return value as StageResults[S];
  }

  /**
   * The analysis with `stages` (the others empty), or undefined when cancelled. The same object
   * for the same question, so what callers derive from it can be memoised by it.
   */
  analysis(stages: readonly StageName[] = STAGE_NAMES, token: CancellationToken = noopToken): DumpAnalysis | undefined {
    const key = `${this.version}|${stages.map((s) => `${s}:${this.stageKey(s)}`).join(",")}|${this.options.file}`;
    if (this.analysisMemo?.key === key) return this.analysisMemo.analysis;
    const base: DumpAnalysis = {
      version: 1,
      file: this.options.file,
      lineCount: this.lines.length,
      articles: this.articles(),
      entities: [],
      dates: [],
      diagnostics: [],
    };
    if (this.notText) return { ...base, notText: this.notText };
    const results: Partial<StageResults> = {};
    for (const stage of stages) {
      const value = this.stage(stage, token);
      if (value === undefined) return undefined;
      (results as Record<StageName, unknown>)[stage] = value;
    }
    const analysis = { ...base, ...results };
    this.analysisMemo = { key, analysis };
    return analysis;
  }

  /** The entities of the dump as things (for hovers, references, views), from the entity stage. */
  entityIndex(token: CancellationToken = noopToken): EntityIndex | undefined {
    const mentions = this.stage("entities", token);
    if (!mentions) return undefined;
    if (this.indexMemo?.mentions !== mentions) this.indexMemo = new EntityIndex(mentions);
    return this.indexMemo;
  }

  /** Each article's duplicate fingerprint (for matching across dumps), or undefined when cancelled. */
  fingerprints(token: CancellationToken = noopToken): readonly ArticleFingerprint[] | undefined {
    return articleFingerprints(this.document, token);
  }

  /** The per-article work of the dump as it stands, in article order. */
  articleWork(): readonly ArticleWork[] {
    if (this.workMemo?.version !== this.version) this.workMemo = { version: this.version, work: this.document.slots.map((slot) => new CoreWork(slot.core)) };
    return this.workMemo.work;
  }

  /** What each article's dates are resolved against (the dump-wide part of the date stage). */
  dateJobs(): readonly DateJob[] {
    return this.dateStage.dateJobs(this.document);
  }

  /** The stages' dump-wide decisions for the articles as they are now, those made (or handed over) for them. */
  dumpWideState(): DumpWideState {
    return {
      entities: this.entityStage.dumpWide(this.document),
      dates: this.dateStage.dumpWide(this.document),
      duplicates: this.duplicateStage.dumpWide(this.document),
    };
  }

  /**
   * Hands the stages the dump-wide decisions an earlier session made on the same text, model, code
   * and layout, one entry per article as the articles are now: they stand instead of being made
   * again until an edit changes an article; then the entity resolver takes them as its own and
   * resolves the edit incrementally, and the date stage makes its jobs afresh. The per-article
   * results must have been handed over too (ArticleWork).
   */
  restoreDumpWide(state: DumpWideState): void {
    if (this.notText) return;
    if (state.entities) this.entityStage.restore(this.document, state.entities);
    if (state.dates) this.dateStage.restore(this.document, state.dates);
    if (state.duplicates) this.duplicateStage.restore(this.document, state.duplicates);
  }

  /**
   * After restoreDumpWide, what makes the stages' own state from the decisions handed over, so that
   * the first edit costs what any edit does (without it, the first edit makes it, in one piece):
   * `prepare` every article (in pieces, between which anything may happen), then `finish`.
   * Undefined when there is nothing to make; an edit in between makes the steps do nothing.
   */
  dumpWideAdoption(): { articles: number; prepare(article: number): void; finish(): void } | undefined {
    const model = this.options.nerModel;
    const entities = model ? this.entityStage.adoption(this.document, model) : undefined;
    if (!entities || this.notText) return undefined;
    const { document: doc } = this;
    const cores = doc.slots.map((slot) => slot.core);
    return {
      articles: cores.length,
      prepare: (article) => {
        entities.prepare(article);
        if (doc.slots[article]?.core === cores[article]) this.dateStage.prepare(doc, article);
      },
      finish: () => entities.finish(),
    };
  }

  private stageKey(name: StageName): string {
    return `${this.version}:${STAGE_OPTIONS[name].map((o) => this.optionChanges.get(o) ?? 0).join(".")}`;
  }

  private run(name: StageName, token: CancellationToken): readonly unknown[] | undefined {
    if (this.notText) return [];
    const { document: doc, placement, options } = this;
    switch (name) {
      case "entities": {
        const model = options.nerModel;
        const corrections = this.entityCorrections();
        const mentions = model ? this.entityStage.mentions(doc, placement, model, token, corrections ? "kept" : "on demand") : [];
        return mentions && (corrections ? this.corrected(mentions, corrections) : mentions);
      }
      case "dates":
        return this.dateStage.mentions(doc, placement, token);
      case "diagnostics":
        return this.duplicateStage.diagnostics(doc, options, token);
    }
  }

  /** The user's corrections of this dump's entities, when there is any. */
  private entityCorrections(): Corrections | undefined {
    const c = this.options.corrections;
    return c && (c.annotations.corrections.length > 0 || (c.lexicon?.entries.length ?? 0) > 0) ? c : undefined;
  }

  /**
   * The user's corrections over the model's mentions. What they find in an article is kept with
   * the article for this version of the corrections, so after an edit only the edited article is
   * searched again (1,000 corrections on 1 MB cost a keystroke milliseconds, not seconds).
   */
  private corrected(mentions: readonly EntityMention[], c: Corrections): EntityMention[] {
    const variant = String(this.optionChanges.get("corrections") ?? 0);
    const { lines, slots } = this.document;
    const findings = slots.map((slot) =>
      slot.core.variantResult(CORRECTION_FINDINGS, variant, () =>
        findCorrections(lines.slice(slot.start, slot.end + 1), slot.core.structure.headline, c.annotations, c.lexicon),
      ),
    );
    return correctMentions(this.articles(), findings, mentions, c.annotations, this.correctionMemo);
  }
}

/**
 * An article's work: one small object per article, its methods on the class (a dump's list of them
 * is kept between edits; an object literal of closures per article held kilobytes each).
 */
class CoreWork implements ArticleWork {
  constructor(private readonly core: ArticleCore) {}

  get text(): string {
    return this.core.recognitionText;
  }

  get headline(): string {
    return this.core.structure.headline;
  }

  get bodyOffset(): number {
    return bodyOffset(this.core);
  }

  fingerprint(): void {
    articleFingerprint(this.core);
  }

  entities(model: ModelSource): void {
    articleEntities(this.core, model);
  }

  dates(job: DateJob): void {
    articleDates(this.core, job);
  }

  provideFingerprint(fingerprint: ArticleFingerprint): void {
    this.core.result(FINGERPRINT, () => fingerprint);
  }

  provideEntities(spans: readonly EntitySpan[]): void {
    this.core.result(ENTITIES, () => withSharedTexts(spans));
  }

  provideDates(job: DateJob, spans: readonly DateSpan[]): void {
    this.core.variantResult(DATES, job.variant, () => new ArticleDates(spans));
  }
}
