// A dump held as lines, its articles, and the per-article results. Edits re-segment only a
// window around the touched lines and re-analyse only the articles whose text changed; the
// results of every other article are reused (they are cached by article text, in
// article-relative coordinates, so an article that merely moved costs nothing).

import { classifyLine, LineKind } from "./lines.js";
import { inferPublished } from "./published.js";
import { articleEnd, findArticleStarts, isArticleStart, type LineSource, RULE_REACH } from "./segment.js";
import { type ArticleStructure, articleStructure } from "./structure.js";
import { binaryReason, joinLines, splitLines } from "./text.js";

const LONGEST_PROSE_LINE = 100_000;

/**
 * `text` with every line longer than any prose line blanked (offsets unchanged). Found with
 * indexOf, line by line: a regular expression for "a run of that many non-newlines" overflows the
 * stack on a line of a few megabytes.
 */
function blankLongLines(text: string): string {
  const parts: string[] = [];
  let kept = 0; // text before this is in parts
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    if (end - start >= LONGEST_PROSE_LINE) {
      parts.push(text.slice(kept, start), " ".repeat(end - start));
      kept = end;
    }
    start = end + 1;
  }
  return kept === 0 ? text : parts.join("") + text.slice(kept);
}

/**
 * A named place for one kind of per-article result (an article's entities, its fingerprint…).
 * Each stage declares its own slots; an article keeps what they hold while its text stays the same.
 */
export class ResultSlot<T> {
  /** Only to tell slots apart in a debugger. */
  constructor(readonly name: string) {}
  /** Makes `T` part of the slot's type. */
  declare readonly valueType: T;
}

/** What the core knows of one article, independent of where it sits in the dump. */
export class ArticleCore {
  readonly structure: ArticleStructure;
  private recognition: string | undefined;
  private readonly results = new Map<ResultSlot<unknown>, unknown>();
  constructor(
    readonly text: string,
    readonly lineStarts: number[],
    kinds: readonly LineKind[],
    lines: readonly string[],
  ) {
    this.structure = articleStructure(lines, kinds);
  }

  /**
   * The text the recognisers read: lines longer than any prose line (a megabyte of one line is
   * data, not news) are blanked, offsets unchanged, so a pathological line cannot stall them.
   */
  get recognitionText(): string {
    this.recognition ??= this.text.length < LONGEST_PROSE_LINE ? this.text : blankLongLines(this.text);
    return this.recognition;
  }

  /** The result in `slot`, computed by `compute` the first time it is asked for. */
  result<T>(slot: ResultSlot<T>, compute: () => T): T {
    if (this.results.has(slot)) return this.results.get(slot) as T;
    const value = compute();
    this.results.set(slot, value);
    return value;
  }

  /** Like `result`, for a result that depends on more than the text: only the latest `variant` is kept. */
  variantResult<T>(slot: ResultSlot<{ variant: string; value: T }>, variant: string, compute: () => T): T {
    const held = this.results.get(slot) as { variant: string; value: T } | undefined;
    if (held?.variant === variant) return held.value;
    const value = compute();
    this.results.set(slot, { variant, value });
    return value;
  }
}

export interface ArticleSlot {
  start: number; // first line
  end: number; // last non-blank line
  core: ArticleCore;
}

export class DumpDocument implements LineSource {
  lines: string[] = [];
  kinds: LineKind[] = [];
  slots: ArticleSlot[] = [];
  notText: string | undefined;
  private cache = new Map<string, ArticleCore>();
  private inferred: (string | undefined)[] | undefined;

  constructor(text: string) {
    this.setText(text);
  }

  setText(text: string): void {
    this.notText = binaryReason(text);
    this.lines = this.notText ? [""] : splitLines(text);
    this.kinds = this.lines.map(classifyLine);
    const starts = findArticleStarts(this, 0, this.lines.length);
    const previous = this.cache;
    this.cache = new Map();
    this.slots = this.buildSlots(starts, this.lines.length, previous);
    this.inferred = undefined;
  }

  /**
   * Replaces lines [from, to) by `newLines`. Article starts are re-evaluated in a window that
   * reaches as far as any segmentation rule looks; the articles around it are rebuilt, the
   * articles after it are shifted.
   */
  replaceLines(from: number, to: number, newLines: string[]): void {
    if (this.notText) return;
    const delta = newLines.length - (to - from);
    this.lines.splice(from, to - from, ...newLines);
    this.kinds.splice(from, to - from, ...newLines.map(classifyLine));
    if (this.lines.length === 0) {
      this.lines.push("");
      this.kinds.push(LineKind.Blank);
    }
    const lineCount = this.lines.length;

    // The window of lines whose start-ness may have changed (new coordinates).
    const lo = Math.max(0, from - RULE_REACH);
    let hi = Math.min(lineCount - 1, from + newLines.length + RULE_REACH);
    while (hi < lineCount - 1 && this.kinds[hi] === LineKind.Blank) hi++;
    hi = Math.min(lineCount - 1, hi + RULE_REACH);

    // Widen to whole articles: from the start of the article holding `lo` to the end of the one holding `hi`.
    const oldHi = Math.max(hi - delta, to);
    let first = 0;
    while (first + 1 < this.slots.length && this.slots[first + 1]!.start <= lo) first++;
    let last = first;
    while (last + 1 < this.slots.length && this.slots[last + 1]!.start <= oldHi) last++;
    const after = this.slots.slice(last + 1).map((s) => ({ start: s.start + delta, end: s.end + delta, core: s.core }));
    const windowEnd = after.length ? after[0]!.start : lineCount;
    let starts: number[];
    for (;;) {
      const windowStart = first === 0 ? 0 : this.slots[first]!.start;
      starts = findArticleStarts(this, windowStart, windowEnd);
      // The window's first article lost its headline: its lines join the article before.
      if (first > 0 && starts[0] !== windowStart) first--;
      else break;
    }
    if (after.length && !isArticleStart(this, after[0]!.start)) {
      // The edit changed a decision beyond the rules' reach: re-segment everything (rare).
      this.setText(this.lines.join("\n"));
      return;
    }
    this.slots = [...this.slots.slice(0, first), ...this.buildSlots(starts, windowEnd, this.cache), ...after];
    this.inferred = undefined;
  }

  private buildSlots(starts: number[], endExclusive: number, previous: Map<string, ArticleCore>): ArticleSlot[] {
    const slots: ArticleSlot[] = [];
    for (let s = 0; s < starts.length; s++) {
      const start = starts[s]!;
      const next = s + 1 < starts.length ? starts[s + 1]! : endExclusive;
      const end = articleEnd(this, start, next);
      slots.push({ start, end, core: this.coreFor(start, end, previous) });
    }
    return slots;
  }

  private coreFor(start: number, end: number, previous: Map<string, ArticleCore>): ArticleCore {
    const { text, lineStarts } = joinLines(this.lines, start, end);
    let core = this.cache.get(text) ?? previous.get(text);
    if (!core) core = new ArticleCore(text, lineStarts, this.kinds.slice(start, end + 1), this.lines.slice(start, end + 1));
    this.cache.set(text, core);
    return core;
  }

  /** Day each article's dates are resolved against: its own date, else the inferred one. */
  publishedInferred(): (string | undefined)[] {
    this.inferred ??= inferPublished(this.slots.map((s) => s.core.structure));
    return this.inferred;
  }

  /** Drops cached article results that no article uses any more (after many edits). */
  pruneCache(): void {
    if (this.cache.size <= this.slots.length * 2 + 64) return;
    const live = new Map<string, ArticleCore>();
    for (const s of this.slots) live.set(s.core.text, s.core);
    this.cache = live;
  }
}
