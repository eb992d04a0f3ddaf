// The shape of an analysis (see the project's analysis schema). Plain data only: the LSP layer
// converts it to protocol objects, the CLI prints it as JSON.

export interface Position {
  line: number; // 0-based
  character: number; // 0-based, UTF-16 code units
}

export interface Range {
  start: Position;
  end: Position;
}

export type EntityType = "person" | "organization" | "location" | "misc";

export interface Section {
  title: string;
  range: Range;
}

export interface Article {
  index: number;
  headline: string;
  headlineRange: Range;
  range: Range;
  published?: string;
  publishedInferred?: string;
  dateline?: string;
  sections: Section[];
  /** Lines (other than the headline line) whose trimmed text is the headline: scraper copies. */
  repeatedHeadlineLines: number[];
  /** Lines of scraper boilerplate (`Updated …`, `Follow`, `Short Url`) and header lines. */
  boilerplateLines: number[];
}

export interface EntityMention {
  text: string;
  type: EntityType;
  canonical: string;
  range: Range;
  article: number;
}

export interface DateMention {
  text: string;
  value: string;
  range: Range;
  article: number;
}

export interface RelatedInformation {
  location: { uri: string; range: Range };
  message: string;
}

export interface Diagnostic {
  range: Range;
  severity: 1 | 2 | 3 | 4;
  code: string;
  source: "news-lens";
  message: string;
  relatedInformation?: RelatedInformation[];
  tags?: number[];
  data?: unknown;
}

export interface DumpAnalysis {
  version: 1;
  file: string;
  lineCount: number;
  /** Set when the text is not a news dump at all (binary): features then offer nothing. */
  notText?: string;
  articles: Article[];
  entities: EntityMention[];
  dates: DateMention[];
  diagnostics: Diagnostic[];
}

/** Checked in long loops; `noopToken` never cancels. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const noopToken: CancellationToken = { isCancellationRequested: false };

/** A span in article-local string offsets (UTF-16), as the recognisers return them. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Deep equality of plain data (what JSON holds: primitives, arrays, plain objects; `undefined`
 * members count as absent). Allocates nothing, unlike util.isDeepStrictEqual, whose garbage on
 * every pull of a big dump's diagnostics hastened the collections that stall keystrokes.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (x[key] === undefined) continue;
    if (!sameData(x[key], y[key])) return false;
    count++;
  }
  for (const key in y) if (y[key] !== undefined) count--;
  return count === 0;
}
