// A dump held as lines, its articles, and the per-article results. Edits re-segment only a
// window around the touched lines and re-analyse only the articles whose text changed; the
// results of every other article are reused (they are cached by article text, in
// article-relative coordinates, so an article that merely moved costs nothing).

import type { LayoutName } from "../../vocabulary/settings.js";
import { parsePublicationDate } from "../dates/publication.js";
import { datelineDateOrder, effectiveKind, inferProfile, isRunningHead, isStructural, issueDateOf, type LayoutProfile, opensPage } from "./layout.js";
import { classifyLine, FRAME_MARKER, LineKind, mastheadDate } from "./lines.js";
import { type DumpDates, inferDates, SCRAPE_NEIGHBOURHOOD } from "./published.js";
import { articleEnd, findArticleStarts, isArticleStart, type LineSource, RULE_REACH } from "./segment.js";
import { type ArticleStructure, articleStructure, scrapeStamp } from "./structure.js";
import { opensRow } from "./table.js";
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

/** A string that owns its characters (V8 keeps a slice's parent string alive; short ones are copied anyway). */
function ownCopy(s: string): string {
  return s.length > 12 ? ` ${s}`.slice(1) : s;
}

/** Where each of `lines` starts in their text, when each is ended by one `\n`. */
function offsetsOf(lines: readonly string[]): Int32Array {
  const offsets = new Int32Array(lines.length);
  for (let i = 1; i < lines.length; i++) offsets[i] = offsets[i - 1]! + lines[i - 1]!.length + 1;
  return offsets;
}

/** The lines of an article's text (lines joined by `\n`, each starting at `lineStarts`), as slices of it. */
function slicedLines(text: string, lineStarts: readonly number[]): string[] {
  return lineStarts.map((at, i) => text.slice(at, i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : text.length));
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
    profile: LayoutProfile,
    /** The structure found before for the same lines, kinds and profile (see DocumentState). */
    structure?: ArticleStructure,
  ) {
    this.structure = structure ?? articleStructure(lines, kinds, profile);
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

/**
 * What segmenting a text found: enough to build the same document again from the same text (and
 * layout setting) without classifying its lines or segmenting it. Only for that text: the caller
 * vouches for that (a hash of it); the document checks that the state fits the text's lines.
 */
export interface DocumentState {
  /** The profile the articles were found under. */
  readonly profile: LayoutProfile;
  /** Each line's kind judged from the line alone (LineKind). */
  readonly lineKinds: ArrayLike<number>;
  /** Each article's first and last non-blank line, in pairs. */
  readonly articleLines: ArrayLike<number>;
  /** Each article's structure. */
  readonly structures: readonly ArticleStructure[];
}

const LINE_KINDS = LineKind.Text + 1;

/** Whether `state` can be the segmentation of `lines` under the layout setting `layout`: its sizes, kinds and line numbers fit. */
function fitsLines(state: DocumentState, lines: readonly string[], layout: LayoutName): boolean {
  const { profile, lineKinds, articleLines, structures } = state;
  if (lineKinds.length !== lines.length || articleLines.length !== 2 * structures.length) return false;
  if (profile.chosen !== (layout !== "auto") || (layout !== "auto" && profile.mode !== layout)) return false;
  for (let i = 0; i < lineKinds.length; i++) {
    const kind = lineKinds[i]!;
    if (!(Number.isInteger(kind) && kind >= 0 && kind < LINE_KINDS)) return false;
  }
  let next = 0; // the first line an article may start on
  for (let a = 0; a < structures.length; a++) {
    const [start, end] = [articleLines[2 * a]!, articleLines[2 * a + 1]!];
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= next && end >= start && end < lines.length)) return false;
    const s = structures[a]!;
    const within = (line: number | undefined) => line === undefined || (Number.isInteger(line) && line >= 0 && line <= end - start + 1);
    if (typeof s.headline !== "string" || !within(s.headlineLine) || !within(s.bodyStart) || !within(s.lastLine) || !within(s.publishedLine)) return false;
    next = end + 1;
  }
  return true;
}

export class DumpDocument implements LineSource {
  lines: string[] = [];
  /** Each line's kind as the profile sees it (what segmentation and structure read). */
  kinds: LineKind[] = [];
  /** Each line's kind judged from the line alone (what the profile is inferred from). */
  private rawKinds: LineKind[] = [];
  slots: ArticleSlot[] = [];
  notText: string | undefined;
  /** The dump's layout profile (see layout.ts): what segmentation and article structure read. */
  profile!: LayoutProfile;
  /** Article cores by article text; they were made under `this.profile` (a new profile empties it). */
  private cache = new Map<string, ArticleCore>();
  private dumpDates: DumpDates[] | undefined;
  /** Whether the document was built from a DocumentState (rather than by segmenting its text). */
  readonly restored: boolean;

  /** With `state`, the segmentation of this same text found before: used when it fits the text's lines. */
  constructor(
    text: string,
    private layout: LayoutName = "auto",
    state?: DocumentState,
  ) {
    this.restored = state !== undefined && this.restore(text, state);
    if (!this.restored) this.setText(text);
  }

  /** Builds the document from `state` (see DocumentState); false, leaving it empty, when the state does not fit the text. */
  private restore(text: string, state: DocumentState): boolean {
    if (binaryReason(text)) return false;
    const lines = splitLines(text);
    if (!fitsLines(state, lines, this.layout)) return false;
    this.notText = undefined;
    this.lines = lines;
    this.rawKinds = Array.from(state.lineKinds as ArrayLike<LineKind>);
    this.profile = state.profile;
    this.kinds = this.rawKinds.map((k, i) => effectiveKind(lines[i]!, k, this.profile.fieldKeys));
    this.cache = new Map();
    // Without a `\r`, an article's lines joined by `\n` are the text's own characters from its first
    // line to its last: its text is a slice of the text, not a copy (50 MB joined again cost a reopened
    // dump a tenth of its time to the Outline). The text is then kept while any of them is.
    const lineOffsets = text.includes("\r") ? undefined : offsetsOf(lines);
    this.slots = state.structures.map((structure, a) => {
      const [start, end] = [state.articleLines[2 * a]!, state.articleLines[2 * a + 1]!];
      const core = lineOffsets ? this.slicedCore(text, lineOffsets, start, end, structure) : this.coreFor(start, end, this.cache, structure);
      return { start, end, core };
    });
    this.dumpDates = undefined;
    this.ownOtherLines();
    return true;
  }

  /**
   * The core of the article on lines [start, end] of `text` (whose lines start at `lineOffsets`,
   * each ended by `\n`), its text a slice of `text`; its lines, slices of `text` already, stay.
   */
  private slicedCore(text: string, lineOffsets: Int32Array, start: number, end: number, structure: ArticleStructure): ArticleCore {
    const from = lineOffsets[start]!;
    const articleText = text.slice(from, lineOffsets[end]! + this.lines[end]!.length);
    let core = this.cache.get(articleText);
    if (!core) {
      const lineStarts: number[] = [];
      for (let i = start; i <= end; i++) lineStarts.push(lineOffsets[i]! - from);
      core = new ArticleCore(articleText, lineStarts, this.kinds.slice(start, end + 1), this.lines.slice(start, end + 1), this.profile, structure);
      this.cache.set(articleText, core);
    }
    return core;
  }

  /** What segmenting the text found, to build the document again from the same text (see DocumentState). */
  state(): DocumentState {
    const articleLines = new Int32Array(2 * this.slots.length);
    this.slots.forEach((slot, a) => {
      articleLines[2 * a] = slot.start;
      articleLines[2 * a + 1] = slot.end;
    });
    return { profile: this.profile, lineKinds: Uint8Array.from(this.rawKinds), articleLines, structures: this.slots.map((slot) => slot.core.structure) };
  }

  setText(text: string): void {
    this.notText = binaryReason(text);
    this.lines = this.notText ? [""] : splitLines(text);
    this.rawKinds = this.lines.map(classifyLine);
    this.resegment(this.inferProfile());
  }

  /**
   * Changes the layout the user asks for (`auto`: inferred); the dump is segmented again if that
   * changes the profile. Returns whether it did.
   */
  setLayout(layout: LayoutName): boolean {
    if (layout === this.layout) return false;
    this.layout = layout;
    if (this.notText) return false;
    const profile = this.inferProfile();
    if (profile.key === this.profile.key) return false;
    this.resegment(profile);
    return true;
  }

  /** Segments the whole dump (again) under `profile`, reusing the cores made under the same profile. */
  private resegment(profile: LayoutProfile): void {
    const previous = profile.key === this.profile?.key ? this.cache : new Map<string, ArticleCore>();
    this.profile = profile;
    this.kinds = this.rawKinds.map((k, i) => effectiveKind(this.lines[i]!, k, profile.fieldKeys));
    const starts = findArticleStarts(this, 0, this.lines.length);
    this.cache = new Map();
    this.slots = this.buildSlots(starts, this.lines.length, previous);
    this.dumpDates = undefined;
    this.ownOtherLines();
  }

  /**
   * The lines of the articles are slices of the articles' texts (coreFor); the others get their
   * own copies, so that nothing keeps the whole text (or a dropped article's) alive but the
   * articles themselves (those of a restored document are slices of its text, see restore).
   */
  private ownOtherLines(): void {
    let line = 0;
    for (const slot of [...this.slots, { start: this.lines.length, end: this.lines.length }]) {
      for (; line < slot.start; line++) this.lines[line] = ownCopy(this.lines[line]!);
      line = slot.end + 1;
    }
  }

  /**
   * Replaces lines [from, to) by `newLines`. Article starts are re-evaluated in a window that
   * reaches as far as any segmentation rule looks; the articles around it are rebuilt, the
   * articles after it are shifted.
   */
  replaceLines(from: number, to: number, newLines: string[]): void {
    if (this.notText) return;
    const delta = newLines.length - (to - from);
    const newKinds = newLines.map(classifyLine);
    const touched = this.touchesProfile(from, to, newLines, newKinds);
    this.lines.splice(from, to - from, ...newLines);
    this.rawKinds.splice(from, to - from, ...newKinds);
    this.kinds.splice(from, to - from, ...newKinds.map((k, i) => effectiveKind(newLines[i]!, k, this.profile.fieldKeys)));
    if (this.lines.length === 0) {
      this.lines.push("");
      this.rawKinds.push(LineKind.Blank);
      this.kinds.push(LineKind.Blank);
    }
    if (touched) {
      // The profile may have changed: if it has, the whole dump is segmented again (segmentation is fast).
      const profile = this.inferProfile();
      if (profile.key !== this.profile.key) {
        this.resegment(profile);
        return;
      }
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
    const built = this.buildSlots(starts, windowEnd, this.cache);
    const removed = last + 1 - first;
    this.slots = [...this.slots.slice(0, first), ...built, ...after];
    // The first article's place and the page heads are what every article's day may depend on: when
    // neither can have changed, only the articles near the rebuilt ones are dated again.
    const local = first > 0 && this.profile.runningHeads.size === 0;
    this.dumpDates = local && this.dumpDates ? this.redatedAround(this.dumpDates, first, removed, built.length) : undefined;
  }

  /**
   * The dump's dates after the articles [first, first + removed) were replaced by `added` others:
   * an article's inferred day reads the articles within SCRAPE_NEIGHBOURHOOD of it, so only those
   * near the new ones are inferred again (from their own neighbourhoods), the rest keep theirs.
   */
  private redatedAround(old: readonly DumpDates[], first: number, removed: number, added: number): DumpDates[] {
    const from = Math.max(0, first - SCRAPE_NEIGHBOURHOOD);
    const to = Math.min(this.slots.length, first + added + SCRAPE_NEIGHBOURHOOD);
    const readFrom = Math.max(0, from - SCRAPE_NEIGHBOURHOOD);
    const facts = this.slots.slice(readFrom, Math.min(this.slots.length, to + SCRAPE_NEIGHBOURHOOD)).map((s) => s.core.structure);
    const redated = inferDates(facts, this.firstStamp(), []);
    const shift = added - removed;
    const dates = old.slice(0, from);
    for (let k = from; k < to; k++) dates.push(redated[k - readFrom]!);
    for (let k = to; k < this.slots.length; k++) dates.push(old[k - shift]!);
    return dates;
  }

  /** The save or scrape stamp the dump gives before its first article. */
  private firstStamp(): ArticleStructure["scrapedAt"] {
    return this.slots.length ? scrapeStamp(this.lines, this.kinds, this.slots[0]!.start, this.profile.dayFirst) : undefined;
  }

  /**
   * Whether replacing lines [from, to) by `newLines` may change the profile: a structural line
   * goes or comes (or one a form feed opens), or the first line after the edit that is neither
   * blank nor an indented list item, whose "leads its block" the edit may change, is structural.
   */
  private touchesProfile(from: number, to: number, newLines: readonly string[], newKinds: readonly LineKind[]): boolean {
    // A table's rows are evidence too: their date cells show the order of day and month.
    const table = this.profile.table;
    // (and a scanned page's frame marker, whose next line is the page's head; and a dateline's numeric date, which shows the order of day and month)
    const evidence = (line: string, kind: LineKind) =>
      isStructural(kind) ||
      opensPage(line) ||
      FRAME_MARKER.test(line) ||
      (table !== undefined && opensRow(line, table)) ||
      (kind === LineKind.Text && datelineDateOrder(line) !== undefined);
    if (from > 0 && FRAME_MARKER.test(this.lines[from - 1]!)) return true;
    for (let i = from; i < to; i++) if (evidence(this.lines[i]!, this.rawKinds[i]!)) return true;
    for (let i = 0; i < newLines.length; i++) if (evidence(newLines[i]!, newKinds[i]!)) return true;
    // Indented list items under a key count as the key's (see leadsBlock): look past them too.
    let next = to;
    while (next < this.lines.length && (this.rawKinds[next] === LineKind.Blank || (this.rawKinds[next] === LineKind.Bullet && /^\s/.test(this.lines[next]!))))
      next++;
    return next < this.lines.length && evidence(this.lines[next]!, this.rawKinds[next]!);
  }

  private inferProfile(): LayoutProfile {
    return inferProfile({ lines: this.lines, kinds: this.rawKinds }, this.layout);
  }

  /** The profile inference gives the dump, whatever the user chose. */
  inferredProfile(): LayoutProfile {
    return this.layout === "auto" ? this.profile : inferProfile({ lines: this.lines, kinds: this.rawKinds });
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

  private coreFor(start: number, end: number, previous: Map<string, ArticleCore>, structure?: ArticleStructure): ArticleCore {
    const { text, lineStarts } = joinLines(this.lines, start, end);
    let core = this.cache.get(text) ?? previous.get(text);
    const lines = slicedLines(core?.text ?? text, lineStarts);
    for (let i = 0; i < lines.length; i++) this.lines[start + i] = lines[i]!;
    if (!core) core = new ArticleCore(text, lineStarts, this.kinds.slice(start, end + 1), lines, this.profile, structure);
    this.cache.set(text, core);
    return core;
  }

  /** What the dump says of each article's day beyond the article's own date line (see published.ts). */
  dates(): readonly DumpDates[] {
    this.dumpDates ??= inferDates(
      this.slots.map((s) => s.core.structure),
      this.firstStamp(),
      this.pageDates(),
    );
    return this.dumpDates;
  }

  /** For each article, the date of the running head of the page it starts on (a PDF export's issue date). */
  private pageDates(): (string | undefined)[] {
    if (this.profile.runningHeads.size === 0) {
      // A converted newspaper whose stories give no date of their own: the edition's date of its masthead is each story's.
      const edition = this.mastheadDay();
      const undated = this.slots.every((s) => !s.core.structure.published && s.core.structure.relativeAge === undefined);
      return this.slots.map(() => (undated ? edition : undefined));
    }
    const heads: { line: number; day: string | undefined }[] = [];
    for (let i = 0; i < this.lines.length; i++) {
      if (isRunningHead(this.profile, this.lines[i]!)) heads.push({ line: i, day: issueDateOf(this.lines[i]!) });
    }
    let h = -1;
    return this.slots.map((slot) => {
      while (h + 1 < heads.length && heads[h + 1]!.line <= slot.start) h++;
      return h >= 0 ? heads[h]!.day : undefined;
    });
  }

  /** The day of the masthead the dump opens with, before its first article (see isMastheadBlock). */
  private mastheadDay(): string | undefined {
    const first = this.lines.findIndex((_, i) => this.kinds[i] !== LineKind.Blank && this.kinds[i] !== LineKind.PageNumber);
    if (first < 0 || !this.slots.length || first >= this.slots[0]!.start || this.kinds[first] !== LineKind.DateOrByline) return undefined;
    const written = mastheadDate(this.lines[first]!.replace(/^\f+/, ""));
    return written ? parsePublicationDate(written, { dayFirst: this.profile.dayFirst }) : undefined;
  }

  /** Drops cached article results that no article uses any more (after many edits). */
  pruneCache(): void {
    if (this.cache.size <= this.slots.length * 2 + 64) return;
    const live = new Map<string, ArticleCore>();
    for (const s of this.slots) live.set(s.core.text, s.core);
    this.cache = live;
  }
}
