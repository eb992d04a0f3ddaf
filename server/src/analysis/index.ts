// The core's one entry point: text (or a DumpDocument kept up to date by edits) in, DumpAnalysis out.
// Pure: no vscode, no LSP library, no file system. Never throws on any input.

import { DumpDocument } from "./document/dumpDocument.js";
import { articlesOf } from "./document/articles.js";
import type { CancellationToken, DumpAnalysis } from "./types.js";
import { noopToken } from "./types.js";
import { entityMentions, type EntityOptions } from "./entities/stage.js";
import { dateMentions } from "./dates/stage.js";
import { duplicateDiagnostics, type DuplicateDiagnosticOptions } from "./duplicates/diagnostics.js";

export { DumpDocument } from "./document/dumpDocument.js";
export { articlesOf, lineRange } from "./document/articles.js";
export type * from "./types.js";
export { noopToken, sameData } from "./types.js";
export { looksLikeNewsDump } from "./document/detect.js";

export interface AnalysisOptions extends EntityOptions, DuplicateDiagnosticOptions {
  file: string;
  /** Stages to run; the articles are always there. */
  entities: boolean;
  dates: boolean;
  diagnostics: boolean;
}

export const defaultOptions: AnalysisOptions = {
  file: "",
  uri: "",
  entities: true,
  dates: true,
  diagnostics: true,
  nerModel: undefined,
  bodyThreshold: 0.8,
  repeatedHeadlineHints: true,
};

export function analyzeDump(text: string, options: Partial<AnalysisOptions> = {}, token: CancellationToken = noopToken): DumpAnalysis {
  return analyzeDocument(new DumpDocument(text), options, token) ?? emptyAnalysis(options.file ?? "", 0);
}

/** The whole analysis, or undefined when `token` was cancelled on the way. */
export function analyzeDocument(
  doc: DumpDocument,
  partial: Partial<AnalysisOptions> = {},
  token: CancellationToken = noopToken,
): DumpAnalysis | undefined {
  const options = { ...defaultOptions, ...partial };
  const result = emptyAnalysis(options.file, doc.lines.length);
  if (doc.notText) return { ...result, notText: doc.notText };
  result.articles = articlesOf(doc);
  const stages = analyzeStages(doc, options, token);
  return stages && { ...result, ...stages };
}

export type Stages = Pick<DumpAnalysis, "entities" | "dates" | "diagnostics">;

/** The later stages alone (those `options` asks for; the others empty), for callers that keep the articles themselves. */
export function analyzeStages(doc: DumpDocument, partial: Partial<AnalysisOptions> = {}, token: CancellationToken = noopToken): Stages | undefined {
  const options = { ...defaultOptions, ...partial };
  const entities = options.entities ? entityMentions(doc, options, token) : [];
  const dates = entities && options.dates ? dateMentions(doc, token) : [];
  const diagnostics = entities && dates && options.diagnostics ? duplicateDiagnostics(doc, options, token) : [];
  return entities && dates && diagnostics ? { entities, dates, diagnostics } : undefined;
}

function emptyAnalysis(file: string, lineCount: number): DumpAnalysis {
  return { version: 1, file, lineCount, articles: [], entities: [], dates: [], diagnostics: [] };
}

