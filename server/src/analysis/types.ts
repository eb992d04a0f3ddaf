// The shape of an analysis (see the project's analysis schema). Plain data only: the LSP layer
// converts it to protocol objects, the CLI prints it as JSON. Results are shared between analyses
// and their consumers, never copied: everything here is read-only.

import type { EntityType } from "../vocabulary/entityTypes.js";

export type { EntityType };

export interface Position {
  readonly line: number; // 0-based
  readonly character: number; // 0-based, UTF-16 code units
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface Section {
  readonly title: string;
  readonly range: Range;
}

export interface Article {
  readonly index: number;
  readonly headline: string;
  readonly headlineRange: Range;
  readonly range: Range;
  readonly published?: string;
  readonly publishedInferred?: string;
  readonly dateline?: string;
  readonly sections: readonly Section[];
  /** Lines (other than the headline line) whose trimmed text is the headline: scraper copies. */
  readonly repeatedHeadlineLines: readonly number[];
  /** Lines of scraper boilerplate (`Updated …`, `Follow`, `Short Url`) and header lines. */
  readonly boilerplateLines: readonly number[];
}

export interface EntityMention {
  readonly text: string;
  readonly type: EntityType;
  readonly canonical: string;
  readonly range: Range;
  readonly article: number;
  /** Set on mentions that the user's corrections decided. */
  readonly confirmed?: boolean;
}

export interface DateMention {
  readonly text: string;
  readonly value: string;
  readonly range: Range;
  readonly article: number;
}

export interface RelatedInformation {
  readonly location: { uri: string; range: Range };
  readonly message: string;
}

export interface Diagnostic {
  readonly range: Range;
  readonly severity: 1 | 2 | 3 | 4;
  readonly code: string;
  readonly source: "news-lens";
  readonly message: string;
  readonly relatedInformation?: readonly RelatedInformation[];
  readonly tags?: readonly number[];
  readonly data?: unknown;
}

export interface DumpAnalysis {
  readonly version: 1;
  readonly file: string;
  readonly lineCount: number;
  /** Set when the text is not a news dump at all (binary): features then offer nothing. */
  readonly notText?: string;
  readonly articles: readonly Article[];
  readonly entities: readonly EntityMention[];
  readonly dates: readonly DateMention[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Checked in long loops; `noopToken` never cancels. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const noopToken: CancellationToken = { isCancellationRequested: false };

export function isCancelled(token: CancellationToken | undefined): boolean {
  return token?.isCancellationRequested === true;
}

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
