// Mentions as the analysis holds them: a big dump has hundreds of thousands, and a mention with a
// range as three objects ({start, end} and two {line, character}) cost three times its span. These
// keep the span the article's result holds (its text, type, offsets) and their article's place (one
// object per article, shared by its mentions), and make the Range when it is asked for (consumers
// read a few ranges at a time); as JSON they are the plain mentions of the schema.

import type { DateSpan } from "./dates/resolve.js";
import { localPosition } from "./document/text.js";
import type { EntitySpan } from "./entities/spans.js";
import type { DateMention, EntityMention, EntityType, Range, Span } from "./types.js";

/** Where an article is in the dump: its index, its first line, and where its lines start in its text. */
export class ArticlePlace {
  constructor(
    readonly article: number,
    readonly firstLine: number,
    readonly lineStarts: readonly number[],
  ) {}
}

/** A span of an article placed in the dump. */
abstract class PlacedSpan<S extends Span & { readonly text: string }> {
  constructor(
    protected readonly span: S,
    private readonly place: ArticlePlace,
  ) {}

  /** A new Range object on every read: callers may keep it, nothing here changes. */
  get range(): Range {
    const { lineStarts, firstLine } = this.place;
    const start = localPosition(lineStarts, this.span.start);
    const end = localPosition(lineStarts, this.span.end);
    return {
      start: { line: firstLine + start.line, character: start.character },
      end: { line: firstLine + end.line, character: end.character },
    };
  }

  get text(): string {
    return this.span.text;
  }

  get article(): number {
    return this.place.article;
  }
}

export class PlacedEntityMention extends PlacedSpan<EntitySpan> implements EntityMention {
  constructor(
    span: EntitySpan,
    readonly canonical: string,
    place: ArticlePlace,
  ) {
    super(span, place);
  }

  get type(): EntityType {
    return this.span.type;
  }

  /** The schema's fields, in its order. */
  toJSON(): EntityMention {
    return { text: this.text, type: this.type, canonical: this.canonical, range: this.range, article: this.article };
  }
}

export class PlacedDateMention extends PlacedSpan<DateSpan> implements DateMention {
  constructor(span: DateSpan, place: ArticlePlace) {
    super(span, place);
  }

  get value(): string {
    return this.span.value;
  }

  /** The schema's fields, in its order. */
  toJSON(): DateMention {
    return { text: this.text, value: this.value, range: this.range, article: this.article };
  }
}
