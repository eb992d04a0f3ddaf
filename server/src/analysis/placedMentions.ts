// Mentions as the analysis holds them: a big dump has hundreds of thousands, and a range as three
// objects ({start, end} and two {line, character}) cost twice the mention itself. These keep the
// four numbers of the range in the mention and make the Range object when it is asked for (the
// consumers read a few ranges at a time); as JSON they are the plain mentions of the schema.

import type { DateMention, EntityMention, EntityType, Range } from "./types.js";

/** A range's four numbers, read out of a Range (the placement gives one, the mention keeps the numbers). */
abstract class PlacedRange {
  private readonly startLine: number;
  private readonly startCharacter: number;
  private readonly endLine: number;
  private readonly endCharacter: number;

  constructor(range: Range) {
    this.startLine = range.start.line;
    this.startCharacter = range.start.character;
    this.endLine = range.end.line;
    this.endCharacter = range.end.character;
  }

  /** A new Range object on every read: callers may keep it, nothing here changes. */
  get range(): Range {
    return { start: { line: this.startLine, character: this.startCharacter }, end: { line: this.endLine, character: this.endCharacter } };
  }
}

export class PlacedEntityMention extends PlacedRange implements EntityMention {
  constructor(
    readonly text: string,
    readonly type: EntityType,
    readonly canonical: string,
    range: Range,
    readonly article: number,
  ) {
    super(range);
  }

  /** The schema's fields, in its order. */
  toJSON(): EntityMention {
    return { text: this.text, type: this.type, canonical: this.canonical, range: this.range, article: this.article };
  }
}

export class PlacedDateMention extends PlacedRange implements DateMention {
  constructor(
    readonly text: string,
    readonly value: string,
    range: Range,
    readonly article: number,
  ) {
    super(range);
  }

  /** The schema's fields, in its order. */
  toJSON(): DateMention {
    return { text: this.text, value: this.value, range: this.range, article: this.article };
  }
}
