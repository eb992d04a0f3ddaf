// The core's one front door: text in, a DumpAnalysis out, and what the editor, the CLI and the
// worker threads need around it. Pure: no vscode, no LSP library, no file system, no module-level
// state (a DumpSession holds everything a document keeps). Never throws on any input.

import { DumpSession, type SessionOptions, type StageName, STAGE_NAMES } from "./session.js";
import type { DumpAnalysis } from "./types.js";

export type * from "./types.js";
export { noopToken, isCancelled, sameData } from "./types.js";
export { DumpSession, DEFAULT_SESSION_OPTIONS, STAGE_NAMES, type ArticleWork, type Corrections, type SessionOptions, type StageName, type StageResults } from "./session.js";

// documents
export { looksLikeNewsDump } from "./document/detect.js";
export { binaryReason, splitLinesWithEnds } from "./document/text.js";
export { sentenceOf } from "./document/sentences.js";

// entities
export { loadNerModel, recognizeEntities, tagDocument, type EntitySpan, type NerModel } from "./entities/index.js";
export { EntityIndex, mentionAt, mentionsOfArticle, type EntityEntry } from "./entities/mentionIndex.js";
export { rolesOf } from "./entities/roles.js";
export { describePlace, type PlaceTable } from "./entities/places.js";

// dates
export { datesOf, type DateJob } from "./dates/stage.js";
export type { DateSpan } from "./dates/resolve.js";
export { describeDate, formatDateValue } from "./dates/describe.js";

// duplicates
export { DUPLICATE_BODY, DUPLICATE_HEADLINE, REPEATED_HEADLINE, fingerprintOf, type DuplicateData } from "./duplicates/diagnostics.js";
export { crossFileDuplicates, type DumpFingerprints } from "./duplicates/crossFile.js";
export type { ArticleFingerprint } from "./duplicates/fingerprint.js";

// corrections and exports
export { makeCorrection, parseAnnotations, parseLexicon, type AnnotationsFile, type Correction, type Lexicon } from "./corrections/annotations.js";
export { exportAnnotations, exportFormats, type ExportFormat, type ExportedFile } from "./export/export.js";

/**
 * The whole analysis of a text in one go (or only the stages `options.stages` names; the articles
 * are always there). Work that must be cancellable, or kept up to date through edits, goes
 * through a DumpSession.
 */
export function analyzeDump(text: string, options: Partial<SessionOptions> & { stages?: readonly StageName[] } = {}): DumpAnalysis {
  const { stages = STAGE_NAMES, ...sessionOptions } = options;
  return new DumpSession(text, sessionOptions).analysis(stages)!;
}
