// The duplicate stage: diagnostics about duplicates inside one dump: duplicate and near-duplicate
// headlines (Warning), stories re-published under a new headline (Information), and the scraper's
// copies of a headline inside its own article (Hint, shown greyed out). Fingerprints are kept in
// each article's FINGERPRINT slot.

import { type ArticleCore, type DumpDocument, ResultSlot } from "../document/dumpDocument.js";
import { type CancellationToken, type Diagnostic, isCancelled, type Range, type RelatedInformation, sameData } from "../types.js";
import { type ArticleFingerprint, fingerprintArticle } from "./fingerprint.js";
import { type DuplicateGroup, findDuplicatesFromFingerprints } from "./matching.js";

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

/** Data attached to duplicate diagnostics, read back by code actions. */
export interface DuplicateData {
  kind: DuplicateGroup["kind"];
  /** Article indices of the group, the original first. */
  articles: number[];
  similarity?: number;
}

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
 * The duplicate diagnostics of one document, kept per document: the last groups with the
 * fingerprints they were found from, and the last diagnostics.
 */
export class DuplicateStage {
  private lastGroups: { fps: ArticleFingerprint[]; bodyThreshold: number; groups: DuplicateGroup[] } | undefined;
  private lastDiagnostics: Diagnostic[] | undefined;

  /**
   * The duplicate groups of a document's articles. Matching is dump-wide, but most edits leave
   * every fingerprint as it was (an untouched article keeps its fingerprint object; an edited one
   * mostly gets an equal one): then the last groups stand, and a keystroke costs no matching.
   */
  private groups(fps: ArticleFingerprint[], bodyThreshold: number): DuplicateGroup[] {
    const held = this.lastGroups;
    if (held && held.bodyThreshold === bodyThreshold && held.fps.length === fps.length && held.fps.every((fp, i) => fp === fps[i] || sameData(fp, fps[i]))) {
      held.fps = fps;
      return held.groups;
    }
    const groups = findDuplicatesFromFingerprints(fps, { bodyThreshold });
    this.lastGroups = { fps, bodyThreshold, groups };
    return groups;
  }

  diagnostics(doc: DumpDocument, options: DuplicateDiagnosticOptions, token: CancellationToken): Diagnostic[] | undefined {
    const fps = articleFingerprints(doc, token);
    if (!fps) return undefined;
    const groups = this.groups(fps, options.bodyThreshold);
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
      for (const copy of copies) {
        const related: RelatedInformation[] = group.articles
          .filter((a) => a !== copy)
          .map((a) => ({ location: { uri: options.uri, range: headlineRange(a) }, message: a === first ? "First copy" : "Another copy" }));
        const data: DuplicateData = { kind: group.kind, articles: group.articles, ...(group.similarity !== undefined ? { similarity: group.similarity } : {}) };
        diagnostics.push(
          group.kind === "body"
            ? {
                range: headlineRange(copy),
                severity: 3,
                code: DUPLICATE_BODY,
                source: "news-lens",
                message: `Near-duplicate story: the body is ${Math.round((group.similarity ?? 0) * 100)}% similar to ${describe(first!)}`,
                relatedInformation: related,
                data,
              }
            : {
                range: headlineRange(copy),
                severity: 2,
                code: DUPLICATE_HEADLINE,
                source: "news-lens",
                message: `${group.kind === "exact" ? "Duplicate" : "Near-duplicate"} headline: same as ${describe(first!)}`,
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
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    // Most keystrokes leave them as they were: the held array serves (callers compare it by identity),
    // and the new one dies young instead of ageing into a collection of the whole heap.
    const held = this.lastDiagnostics;
    if (held && sameData(held, diagnostics)) return held;
    this.lastDiagnostics = diagnostics;
    return diagnostics;
  }
}
