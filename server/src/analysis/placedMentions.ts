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
