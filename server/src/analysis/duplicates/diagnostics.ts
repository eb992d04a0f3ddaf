// The duplicate stage: diagnostics about duplicates inside one dump: duplicate and near-duplicate
// headlines (Warning), stories re-published under a new headline (Information), and the scraper's
// copies of a headline inside its own article (Hint, shown greyed out). Fingerprints are kept in
// each article's FINGERPRINT slot.

import { type ArticleCore, type DumpDocument, ResultSlot } from "../document/dumpDocument.js";
import { type CancellationToken, type Diagnostic, isCancelled, type Range, type RelatedInformation, sameData } from "../types.js";
import { type ArticleFingerprint, fingerprintArticle } from "./fingerprint.js";
import { type DuplicateGroup, Matching, type MatchingState } from "./matching.js";

export interface DuplicateDiagnosticOptions {
  /** URI of the dump, for related information. */
  uri: string;
  /** Estimated Jaccard similarity of bodies above which a re-published story is reported. */
  bodyThreshold: number;
  /** Report the scraper's repeated headline lines as greyed-out hints. */
  repeatedHeadlineHints: boolean;
}

export const DUPLICATE_HEADLINE = "duplicate-headline";
export const DUPLICATE_BODY = "duplicate-body";
export const REPEATED_HEADLINE = "repeated-headline";
const UNNECESSARY = 1;

/** Data attached to duplicate diagnostics, read back by code actions and the duplicates view. */
export interface DuplicateData {
  kind: DuplicateGroup["kind"];
  /** Article indices of the group's first copies (at most LISTED_COPIES), the original first: the same for every copy of a group. */
  articles: number[];
  /** How many copies the group has in all. */
  copies: number;
  similarity?: number;
}

/**
 * A group of N copies gives N diagnostics, each of a bounded size: the related information names
 * the first copy and a few others, and says how many more there are; the data lists the first
 * few copies. (Every copy naming every other made N² entries: 200 copies of a dump gave 39 MB.)
 */
export const RELATED_COPIES = 3;
const LISTED_COPIES = 10;

/** More articles changed at once than this (a paste, a replace-all): the dump is matched again from scratch. */
const FOLLOWED_CHANGES = 8;

/** An article's duplicate fingerprint. */
export const FINGERPRINT = new ResultSlot<ArticleFingerprint>("fingerprint");

export function articleFingerprints(doc: DumpDocument, token: CancellationToken): ArticleFingerprint[] | undefined {
  const fps: ArticleFingerprint[] = [];
  for (const slot of doc.slots) {
    if (isCancelled(token)) return undefined;
    fps.push(articleFingerprint(slot.core));
  }
  return fps;
}

/** One article's fingerprint (kept with the article). */
export function articleFingerprint(core: ArticleCore): ArticleFingerprint {
  return core.result(FINGERPRINT, () => fingerprintOf(core.structure.headline, core.recognitionText, bodyOffset(core)));
}

/** The offset in an article's text where its body starts for duplicate detection: after its headline line. */
export function bodyOffset(core: ArticleCore): number {
  return core.lineStarts[core.structure.headlineLine + 1] ?? core.recognitionText.length;
}

/** The fingerprint of an article with this headline and text, whose body starts at `bodyFrom`. */
export function fingerprintOf(headline: string, text: string, bodyFrom: number): ArticleFingerprint {
  return fingerprintArticle({ headline, body: text.slice(bodyFrom) });
}

/**
 * What a copy's diagnostic relates it to: the first copy, then the next few others in document
 * order, the last of them saying how many more the group has.
 */
function relatedCopies(group: readonly number[], copy: number, relate: (article: number, message: string) => RelatedInformation): RelatedInformation[] {
  const shown: number[] = [];
  for (const a of group) {
    if (a === copy) continue;
    if (shown.length === RELATED_COPIES) break;
    shown.push(a);
  }
  const more = group.length - 1 - shown.length;
  return shown.map((a, i) => {
    const message = a === group[0] ? "First copy" : "Another copy";
    return relate(a, i === shown.length - 1 && more > 0 ? `${message} (and ${more} more)` : message);
  });
}

/**
 * The duplicate diagnostics of one document, kept per document: the last groups with the
 * fingerprints they were found from, and the last diagnostics.
 */
export class DuplicateStage {
  private lastFingerprints: { cores: ArticleCore[]; fps: ArticleFingerprint[] } | undefined;
  private lastGroups: { fps: ArticleFingerprint[]; bodyThreshold: number; matching: Matching; groups: DuplicateGroup[] } | undefined;
  private lastDiagnostics: { inputs: DiagnosticInputs; diagnostics: Diagnostic[] } | undefined;
  /** A matching an earlier session made of these fingerprints (restore), taken up when the groups are first asked for. */
  private restored: { fps: ArticleFingerprint[]; state: MatchingState } | undefined;

  /**
   * The matching of the articles as they are now, for a later session on the same text (see
   * restore); undefined when the last groups were not matched from their fingerprints.
   */
  dumpWide(doc: DumpDocument): MatchingState | undefined {
    const held = this.lastFingerprints;
    const groups = this.lastGroups;
    if (!held || !groups || groups.fps !== held.fps || held.cores.length !== doc.slots.length) return undefined;
    if (!doc.slots.every((slot, i) => slot.core === held.cores[i])) return undefined;
    return groups.matching.state();
  }

  /**
   * Takes the matching an earlier session made of the same articles (their fingerprints handed
   * over already): the first diagnostics assemble its groups instead of matching the dump, and
   * an edit since is followed from it as from any kept matching.
   */
  restore(doc: DumpDocument, state: MatchingState): void {
    const cores = doc.slots.map((slot) => slot.core);
    const fps = cores.map(articleFingerprint);
    this.lastFingerprints = { cores, fps };
    this.restored = { fps, state };
  }

  /**
   * The articles' fingerprints, and which changed since the last call (undefined: not known). An
   * article that kept its core keeps its fingerprint; only the others are looked up.
   */
  private fingerprints(doc: DumpDocument, token: CancellationToken): { fps: ArticleFingerprint[]; changed: number[] | undefined } | undefined {
    const { slots } = doc;
    const held = this.lastFingerprints;
    if (held && held.cores.length === slots.length) {
      const changed: number[] = [];
      for (let i = 0; i < slots.length; i++) if (slots[i]!.core !== held.cores[i]) changed.push(i);
      if (changed.length === 0) return { fps: held.fps, changed };
      if (changed.length <= FOLLOWED_CHANGES) {
        // New arrays: the last ones are what the kept groups were matched from.
        const cores = held.cores.slice();
        const fps = held.fps.slice();
        for (const i of changed) {
          cores[i] = slots[i]!.core;
          fps[i] = articleFingerprint(cores[i]!);
        }
        this.lastFingerprints = { cores, fps };
        return { fps, changed };
      }
    }
    const fps = articleFingerprints(doc, token);
    if (!fps) return undefined;
    this.lastFingerprints = { cores: slots.map((slot) => slot.core), fps };
    return { fps, changed: undefined };
  }

  /**
   * The duplicate groups of a document's articles. Matching is dump-wide, but an edit changes the
   * fingerprints of a few articles at most (an untouched article keeps its fingerprint object; an
   * edited one mostly gets an equal one): when they are as many as before and their headlines
   * stayed, the kept matching follows those articles alone; when none changed, the last groups
   * stand, and a keystroke costs no matching.
   */
  private groups(fps: ArticleFingerprint[], known: number[] | undefined, bodyThreshold: number): DuplicateGroup[] {
    const restored = this.restored;
    this.restored = undefined;
    const adopted = restored && !this.lastGroups ? Matching.restore(restored.fps, { bodyThreshold }, restored.state) : undefined;
    if (restored && adopted) this.lastGroups = { fps: restored.fps, bodyThreshold, matching: adopted, groups: adopted.groups() };
    const held = this.lastGroups;
    if (held && held.bodyThreshold === bodyThreshold && held.fps.length === fps.length) {
      const changed = (known ?? fps.map((_, i) => i)).filter((i) => held.fps[i] !== fps[i] && !sameData(held.fps[i], fps[i]));
      held.fps = fps;
      if (changed.length === 0) return held.groups;
      if (changed.length <= FOLLOWED_CHANGES && changed.every((i) => held.matching.update(i, fps[i]!))) {
        const groups = held.matching.groups();
        if (!sameData(groups, held.groups)) held.groups = groups;
        return held.groups;
      }
    }
    const matching = new Matching(fps, { bodyThreshold });
    this.lastGroups = { fps, bodyThreshold, matching, groups: matching.groups() };
    return this.lastGroups.groups;
  }

  diagnostics(doc: DumpDocument, options: DuplicateDiagnosticOptions, token: CancellationToken): Diagnostic[] | undefined {
    const found = this.fingerprints(doc, token);
    if (!found) return undefined;
    const groups = this.groups(found.fps, found.changed, options.bodyThreshold);
    // Most keystrokes leave every group, and every headline and repeated line they name, where it
    // was: then the last diagnostics serve as they are (callers compare them by identity), without
    // remaking (and comparing) one per copy.
    const inputs = diagnosticInputs(doc, groups, options);
    const held = this.lastDiagnostics;
    if (held && sameInputs(held.inputs, inputs)) return held.diagnostics;
    const diagnostics = this.make(doc, groups, options);
    this.lastDiagnostics = { inputs, diagnostics: held && sameData(held.diagnostics, diagnostics) ? held.diagnostics : diagnostics };
    return this.lastDiagnostics.diagnostics;
  }

  private make(doc: DumpDocument, groups: readonly DuplicateGroup[], options: DuplicateDiagnosticOptions): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    const headlineRange = (article: number): Range => {
      const slot = doc.slots[article]!;
      const s = slot.core.structure;
      const line = slot.start + s.headlineLine;
      return { start: { line, character: s.headlineStart }, end: { line, character: s.headlineStart + s.headline.length } };
    };
    const describe = (article: number) => `article ${article + 1} “${doc.slots[article]!.core.structure.headline}” (line ${doc.slots[article]!.start + 1})`;
    for (const group of groups) {
      const [first, ...copies] = group.articles;
      const original = `${describe(first!)}${group.articles.length > 2 ? `; ${group.articles.length} copies in all` : ""}`;
      const data: DuplicateData = {
        kind: group.kind,
        articles: group.articles.slice(0, LISTED_COPIES),
        copies: group.articles.length,
        ...(group.similarity !== undefined ? { similarity: group.similarity } : {}),
      };
      for (const copy of copies) {
        const related = relatedCopies(group.articles, copy, (a, message) => ({ location: { uri: options.uri, range: headlineRange(a) }, message }));
        diagnostics.push(
          group.kind === "body"
            ? {
                range: headlineRange(copy),
                severity: 3,
                code: DUPLICATE_BODY,
                source: "news-lens",
                message: `Near-duplicate story: the body is ${Math.round((group.similarity ?? 0) * 100)}% similar to ${original}`,
                relatedInformation: related,
                data,
              }
            : {
                range: headlineRange(copy),
                severity: 2,
                code: DUPLICATE_HEADLINE,
                source: "news-lens",
                message: `${group.kind === "exact" ? "Duplicate" : "Near-duplicate"} headline: same as ${original}`,
                relatedInformation: related,
                data,
              },
        );
      }
    }
    if (options.repeatedHeadlineHints) {
      doc.slots.forEach((slot, article) => {
        const s = slot.core.structure;
        for (const rel of s.repeatedHeadlineLines) {
          const line = slot.start + rel;
          const text = doc.lines[line]!;
          const start = text.length - text.trimStart().length;
          diagnostics.push({
            range: { start: { line, character: start }, end: { line, character: start + text.trim().length } },
            severity: 4,
            code: REPEATED_HEADLINE,
            source: "news-lens",
            message: "The scraper repeated the headline here",
            tags: [UNNECESSARY],
            data: { article },
          });
        }
      });
    }
    return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
}

/** All the duplicate diagnostics are made from: the groups, the options, where and what each headline they name is, and each article's repeated headline lines. */
interface DiagnosticInputs {
  readonly groups: readonly DuplicateGroup[];
  readonly uri: string;
  readonly hints: boolean;
  /** Per group member: its first line, its headline's line, column and text. */
  readonly places: readonly (number | string)[];
  /** With hints: each article's first line and core (which holds its repeated lines and their text). */
  readonly starts: readonly number[];
  readonly cores: readonly ArticleCore[];
}

function diagnosticInputs(doc: DumpDocument, groups: readonly DuplicateGroup[], options: DuplicateDiagnosticOptions): DiagnosticInputs {
  const places: (number | string)[] = [];
  for (const group of groups) {
    for (const a of group.articles) {
      const slot = doc.slots[a]!;
      const s = slot.core.structure;
      places.push(slot.start, s.headlineLine, s.headlineStart, s.headline);
    }
  }
  const hints = options.repeatedHeadlineHints;
  const starts = hints ? doc.slots.map((slot) => slot.start) : [];
  const cores = hints ? doc.slots.map((slot) => slot.core) : [];
  return { groups, uri: options.uri, hints, places, starts, cores };
}

function sameInputs(a: DiagnosticInputs, b: DiagnosticInputs): boolean {
  return (
    (a.groups === b.groups || sameData(a.groups, b.groups)) &&
    a.uri === b.uri &&
    a.hints === b.hints &&
    a.places.length === b.places.length &&
    a.places.every((p, i) => p === b.places[i]) &&
    sameRepeatedLines(a, b)
  );
}

/** Whether every article's repeated headline lines are where and what they were (an article that kept its core kept its lines). */
function sameRepeatedLines(a: DiagnosticInputs, b: DiagnosticInputs): boolean {
  if (a.cores.length !== b.cores.length) return false;
  for (let i = 0; i < a.cores.length; i++) {
    const ca = a.cores[i]!;
    const cb = b.cores[i]!;
    if (ca === cb && a.starts[i] === b.starts[i]) continue;
    const la = ca.structure.repeatedHeadlineLines;
    const lb = cb.structure.repeatedHeadlineLines;
    if (la.length === 0 && lb.length === 0) continue;
    if (a.starts[i] !== b.starts[i]) return false;
    if (la.length !== lb.length || la.some((rel, k) => rel !== lb[k] || lineOf(ca, rel) !== lineOf(cb, rel))) return false;
  }
  return true;
}

/** Line `rel` of an article's text. */
function lineOf(core: ArticleCore, rel: number): string {
  const start = core.lineStarts[rel]!;
  const next = core.lineStarts[rel + 1];
  return core.text.slice(start, next === undefined ? core.text.length : next - 1);
}
