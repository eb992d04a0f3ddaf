// Mentions as the analysis holds them: a big dump has hundreds of thousands, and a mention with a
// range as three objects ({start, end} and two {line, character}) cost three times its span. These
// keep what the article's result holds (an entity's span; a date's slot in the article's packed
// dates) and their article's place (one object per article, shared by its mentions), and make the
// Range when it is asked for (consumers read a few ranges at a time); as JSON they are the plain
// mentions of the schema.

import type { DateSpan } from "./dates/resolve.js";
import { localPosition } from "./document/text.js";
import type { EntitySpan } from "./entities/spans.js";
import { sharedString } from "./sharedStrings.js";
import type { DateMention, EntityMention, EntityType, Range } from "./types.js";

/** Where an article is in the dump: its index, its first line, and where its lines start in its text. */
export class ArticlePlace {
  constructor(
    readonly article: number,
    readonly firstLine: number,
    readonly lineStarts: readonly number[],
  ) {}

  /** A new Range object on every call: callers may keep it, nothing here changes. */
  range(start: number, end: number): Range {
    const { lineStarts, firstLine } = this;
    const from = localPosition(lineStarts, start);
    const to = localPosition(lineStarts, end);
    return {
      start: { line: firstLine + from.line, character: from.character },
      end: { line: firstLine + to.line, character: to.character },
    };
  }
}

export class PlacedEntityMention implements EntityMention {
  constructor(
    private readonly span: EntitySpan,
    readonly canonical: string,
    private readonly place: ArticlePlace,
  ) {}

  get range(): Range {
    return this.place.range(this.span.start, this.span.end);
  }

  get text(): string {
    return this.span.text;
  }

  get type(): EntityType {
    return this.span.type;
  }

  get article(): number {
    return this.place.article;
  }

  /** The schema's fields, in its order. */
  toJSON(): EntityMention {
    return { text: this.text, type: this.type, canonical: this.canonical, range: this.range, article: this.article };
  }
}

/**
 * A dump's entity mentions as the analysis keeps them: per article its resolved spans (the lists
 * the resolver keeps anyway) and its place, with the canonical names given by the resolution. A
 * mention object is made only when one is read (a big dump has hundreds of thousands; a request
 * reads a few: a hover's, a screen's, one entity's), so the mentions cost the dump nothing of their
 * own. Mention i is the i-th in document order: article by article, each article's in text order.
 */
export class EntityMentionList {
  /** Per article, the index of its first mention; one more entry, the count. */
  private readonly firstMention: Uint32Array;
  private view: readonly EntityMention[] | undefined;

  constructor(
    private readonly spans: readonly (readonly EntitySpan[])[],
    private readonly places: readonly ArticlePlace[],
    private readonly canonical: (span: EntitySpan) => string,
  ) {
    this.firstMention = new Uint32Array(spans.length + 1);
    for (let a = 0; a < spans.length; a++) this.firstMention[a + 1] = this.firstMention[a]! + spans[a]!.length;
  }

  get length(): number {
    return this.firstMention[this.spans.length]!;
  }

  /** Mention `i` (0 ≤ i < length), a new object on every call. */
  at(i: number): EntityMention {
    const article = this.articleOf(i);
    const span = this.spans[article]![i - this.firstMention[article]!]!;
    return new PlacedEntityMention(span, this.canonical(span), this.places[article]!);
  }

  /** The mentions in order, article by article (reading them all by index would look up each one's article). */
  *values(): IterableIterator<EntityMention> {
    const { spans, places, canonical } = this;
    for (let article = 0; article < spans.length; article++)
      for (const span of spans[article]!) yield new PlacedEntityMention(span, canonical(span), places[article]!);
  }

  /**
   * Mentions `indices` (ascending) of one entity, whose canonical name is `canonical`: walking the
   * articles forward once, without looking each one's article up or naming it again.
   */
  entityMentions(indices: readonly number[], canonical: string): EntityMention[] {
    const { spans, places, firstMention } = this;
    const out: EntityMention[] = new Array(indices.length);
    let article = 0;
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k]!;
      while (firstMention[article + 1]! <= i) article++;
      out[k] = new PlacedEntityMention(spans[article]![i - firstMention[article]!]!, canonical, places[article]!);
    }
    return out;
  }

  /** The range of mention `i`, without making the mention. */
  rangeOf(i: number): Range {
    const article = this.articleOf(i);
    const span = this.spans[article]![i - this.firstMention[article]!]!;
    return this.places[article]!.range(span.start, span.end);
  }

  /** The type and canonical name of mention `i` (what says which entity it names), without making the mention. */
  entityOf(i: number): { type: EntityType; canonical: string } {
    const article = this.articleOf(i);
    const span = this.spans[article]![i - this.firstMention[article]!]!;
    return { type: span.type, canonical: this.canonical(span) };
  }

  /** The indices [from, to) of an article's mentions. */
  articleMentions(article: number): { from: number; to: number } {
    if (article < 0 || article >= this.spans.length || !Number.isInteger(article)) return { from: 0, to: 0 };
    return { from: this.firstMention[article]!, to: this.firstMention[article + 1]! };
  }

  /**
   * The indices [from, to) of the mentions of the articles that may have lines in [fromLine,
   * toLine]: those that start on or before toLine, from the last that starts on or before fromLine.
   */
  linesMentions(fromLine: number, toLine: number): { from: number; to: number } {
    const places = this.places;
    let lo = 0;
    let hi = places.length;
    // the first article that starts after fromLine; the one before it may reach into the lines
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (places[mid]!.firstLine <= fromLine) lo = mid + 1;
      else hi = mid;
    }
    let last = Math.max(0, lo - 1);
    while (last < places.length && places[last]!.firstLine <= toLine) last++;
    return { from: this.firstMention[Math.max(0, lo - 1)]!, to: this.firstMention[last]! };
  }

  /**
   * The mentions as a read-only array (what DumpAnalysis.entities is): an array whose elements are
   * made as they are read, each read a new object. Writing to it throws.
   */
  asArray(): readonly EntityMention[] {
    this.view ??= new Proxy([] as EntityMention[], {
      get: (target, key, receiver) => {
        if (key === LIST) return this;
        if (key === "length") return this.length;
        if (key === Symbol.iterator) return () => this.values();
        const i = indexOf(key, this.length);
        return i >= 0 ? this.at(i) : Reflect.get(target, key, receiver);
      },
      has: (target, key) => indexOf(key, this.length) >= 0 || Reflect.has(target, key),
      ownKeys: () => [...Array.from({ length: this.length }, (_, i) => String(i)), "length"],
      getOwnPropertyDescriptor: (target, key) => {
        if (key === "length") return { value: this.length, writable: true, enumerable: false, configurable: false };
        const i = indexOf(key, this.length);
        return i >= 0 ? { value: this.at(i), writable: false, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(target, key);
      },
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    });
    return this.view;
  }

  /** The article mention `i` is in: the last whose first mention is at or before it. */
  private articleOf(i: number): number {
    const first = this.firstMention;
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (first[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** What an EntityMentionList's array answers for its list. */
const LIST = Symbol("EntityMentionList");

/** The list behind `mentions` when they are an EntityMentionList's array (then reading by index is cheaper on the list). */
export function entityMentionList(mentions: readonly unknown[]): EntityMentionList | undefined {
  return (mentions as unknown as { [LIST]?: EntityMentionList })[LIST];
}

/** The array index a property key names (below `length`), or -1. */
function indexOf(key: string | symbol, length: number): number {
  if (typeof key !== "string") return -1;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return -1;
  const i = Number(key);
  return Number.isInteger(i) && i < length && String(i) === key ? i : -1;
}

/**
 * One article's resolved dates as it keeps them, packed: four slots of one array per date (start,
 * end, text, value) instead of an object each (a big dump has hundreds of thousands), the texts and
 * values the shared strings (they repeat across the dump).
 */
export class ArticleDates {
  private readonly fields: (number | string)[];

  constructor(spans: readonly DateSpan[]) {
    this.fields = new Array(spans.length * 4);
    spans.forEach((span, i) => {
      this.fields[4 * i] = span.start;
      this.fields[4 * i + 1] = span.end;
      this.fields[4 * i + 2] = sharedString(span.text);
      this.fields[4 * i + 3] = sharedString(span.value);
    });
  }

  get length(): number {
    return this.fields.length / 4;
  }

  start(i: number): number {
    return this.fields[4 * i] as number;
  }

  end(i: number): number {
    return this.fields[4 * i + 1] as number;
  }

  text(i: number): string {
    return this.fields[4 * i + 2] as string;
  }

  value(i: number): string {
    return this.fields[4 * i + 3] as string;
  }
}

/** Where an article is (see ArticlePlace), with its dates. */
export class DatesPlace extends ArticlePlace {
  constructor(
    article: number,
    firstLine: number,
    lineStarts: readonly number[],
    readonly dates: ArticleDates,
  ) {
    super(article, firstLine, lineStarts);
  }
}

/** Date `index` of an article's dates, placed in the dump. */
export class PlacedDateMention implements DateMention {
  constructor(
    private readonly place: DatesPlace,
    private readonly index: number,
  ) {}

  get range(): Range {
    const { dates } = this.place;
    return this.place.range(dates.start(this.index), dates.end(this.index));
  }

  get text(): string {
    return this.place.dates.text(this.index);
  }

  get value(): string {
    return this.place.dates.value(this.index);
  }

  get article(): number {
    return this.place.article;
  }

  /** The schema's fields, in its order. */
  toJSON(): DateMention {
    return { text: this.text, value: this.value, range: this.range, article: this.article };
  }
}
