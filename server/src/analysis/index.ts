// The core's one front door: text in, a DumpAnalysis out, and what the editor, the CLI and the
// worker threads need around it. Pure: no vscode, no LSP library, no file system, no module-level
// state (a DumpSession holds everything a document keeps). Never throws on any input.

import { DumpSession, type SessionOptions, STAGE_NAMES, type StageName } from "./session.js";
import type { DumpAnalysis } from "./types.js";

// corrections and exports
export {
  type AnnotationsFile,
  type Correction,
  type Lexicon,
  makeCorrection,
  parseAnnotations,
  parseLexicon,
  type ReadCorrections,
  readAnnotations,
  readLexicon,
} from "./corrections/annotations.js";
export { describeDate, formatDateValue } from "./dates/describe.js";
export type { DateSpan } from "./dates/resolve.js";
// dates
export { type DateJob, datesOf, timexesOf } from "./dates/stage.js";
export type { TimexSpan } from "./dates/timex.js";
// documents
export { looksLikeNewsDump } from "./document/detect.js";
export type { DocumentState } from "./document/dumpDocument.js";
export type { LayoutProfile } from "./document/layout.js";
export { sentenceOf } from "./document/sentences.js";
export type { ArticleStructure } from "./document/structure.js";
export { binaryReason, misdecodedReason, splitLinesWithEnds } from "./document/text.js";
export { crossFileDuplicates, type DumpFingerprints } from "./duplicates/crossFile.js";
// duplicates
export { DUPLICATE_BODY, DUPLICATE_HEADLINE, type DuplicateData, fingerprintOf, REPEATED_HEADLINE } from "./duplicates/diagnostics.js";
export type { ArticleFingerprint } from "./duplicates/fingerprint.js";
// entities
export { type EntitySpan, loadNerModel, type NerModel, recognizeEntities, tagDocument } from "./entities/index.js";
export { type EntityEntry, EntityIndex, mentionAt, mentionsNearLines, mentionsOfArticle } from "./entities/mentionIndex.js";
export { describePlace, type PlaceTable } from "./entities/places.js";
export { rolesOf } from "./entities/roles.js";
export type { ModelSource } from "./entities/stage.js";
export { type ExportedFile, type ExportFormat, exportAnnotations, exportFormats, exportSteps } from "./export/export.js";
export {
  type ArticleWork,
  type Corrections,
  DEFAULT_SESSION_OPTIONS,
  DumpSession,
  type DumpWideState,
  type SessionOptions,
  STAGE_NAMES,
  type StageName,
  type StageResults,
} from "./session.js";
export type * from "./types.js";
export { isCancelled, noopToken, sameData } from "./types.js";
// views: the places map, who appears with whom, the timeline chart, and their export formats
export {
  COOCCURRENCE_UNITS,
  type CooccurrenceUnit,
  cooccurrenceGraph,
  DEFAULT_GRAPH_OPTIONS,
  EDGES_PER_NODE,
  type EntityGraph,
  type GraphEdge,
  type GraphNode,
  type GraphOptions,
  type JoiningSentence,
  joiningSentences,
} from "./views/cooccurrence.js";
export { exportGraph, GRAPH_FORMATS, type GraphFormat, PLACES_FORMATS, type PlacesFormat, placesGeoJSON } from "./views/formats.js";
export { type DateHistogram, dateHistogram, HISTOGRAM_UNITS, type HistogramBin, type HistogramUnit } from "./views/histogram.js";
export { type Gazetteer, type GazetteerEntry, type Geocoded, geocode, type LocatedPlace, type PlacesOfDump, placesOf } from "./views/places.js";
export { type CalendarSpan, daysOf, inArticles, overlaps, scopedArticles, type ViewScope } from "./views/scope.js";

/**
 * The whole analysis of a text in one go (or only the stages `options.stages` names; the articles
 * are always there). Work that must be cancellable, or kept up to date through edits, goes
 * through a DumpSession.
 */
export function analyzeDump(text: string, options: Partial<SessionOptions> & { stages?: readonly StageName[] } = {}): DumpAnalysis {
  const { stages = STAGE_NAMES, ...sessionOptions } = options;
  return new DumpSession(text, sessionOptions).analysis(stages)!;
}
