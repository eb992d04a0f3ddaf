// A dump file analysed the way the CLI commands need it: read (any bytes, decoded leniently),
// analysed with the entity model, and the user's corrections applied (NAME.txt.annotations.json
// beside the dump, .newslens/lexicon.json in its folder or above).

import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { analyzeDocument, DumpDocument, type DumpAnalysis } from "../analysis/index.js";
import { applyCorrections, parseAnnotations, parseLexicon, type AnnotationsFile, type Lexicon } from "../analysis/corrections/annotations.js";
import { lazyNerModel, nerModelError } from "./modelFile.js";
import { analyzeInParallel, defaultThreads, startWorkers, worthWorkers, type Team } from "./parallel/workers.js";

/** An error the CLI reports as one line, exiting with `code`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

export function readTextFile(file: string, what = "file"): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new CliError(`news-lens: cannot read ${what} ${file}: ${why}`);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}

/** `.newslens/lexicon.json` in the dump's folder or the nearest folder above it. */
export function findLexicon(dump: string): string | undefined {
  for (let dir = path.dirname(path.resolve(dump)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, ".newslens", "lexicon.json");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function loadCorrections(dump: string): { annotations: AnnotationsFile; lexicon: Lexicon | undefined } {
  const annotationsPath = `${dump}.annotations.json`;
  const annotations = parseAnnotations(existsSync(annotationsPath) ? readTextFile(annotationsPath, "annotations") : "");
  const lexiconPath = findLexicon(dump);
  return { annotations, lexicon: lexiconPath ? parseLexicon(readTextFile(lexiconPath, "lexicon")) : undefined };
}

/** The articles and entities of a dump, before its dates and diagnostics (see analyzeFile). */
export type EntitiesFirst = Omit<DumpAnalysis, "dates" | "diagnostics">;

/**
 * The whole analysis of a dump file; big dumps are tagged on every core (see parallel/). When the
 * entities are final before the dates are (on worker threads, no corrections to apply), they are
 * handed to `early` meanwhile: the CLI writes them while the workers resolve the dates.
 */
export async function analyzeFile(file: string, threads = defaultThreads(), early?: (head: EntitiesFirst) => void): Promise<{ lines: string[]; analysis: DumpAnalysis }> {
  // Workers start first: they load their model while this thread reads and segments the dump.
  const team = threads > 1 && worthWorkers(fileSize(file)) ? startWorkers(threads - 1) : undefined;
  try {
    return await analyzeWith(file, team, early);
  } catch (e) {
    team?.terminate();
    throw e;
  }
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // reading it says why
  }
}

async function analyzeWith(file: string, team: Team | undefined, early: ((head: EntitiesFirst) => void) | undefined) {
  const text = readTextFile(file, "dump");
  const loadModel = lazyNerModel();
  let warned = false;
  const nerModel = () => {
    const model = loadModel();
    if (!model && !warned) {
      process.stderr.write(`news-lens: warning: no entities: ${nerModelError()?.message}\n`); // once
      warned = true;
    }
    return model;
  };
  const doc = new DumpDocument(text);
  if (doc.notText) throw new CliError(`news-lens: ${file}: ${doc.notText}`);
  const { annotations, lexicon } = loadCorrections(file);
  const corrected = annotations.corrections.length > 0 || (lexicon?.entries.length ?? 0) > 0;
  const options = { file, uri: pathToFileURL(path.resolve(file)).href, nerModel };
  await analyzeInParallel(doc, nerModel, team, () => {
    if (!early || corrected) return;
    const { dates, diagnostics, ...head } = analyzeDocument(doc, { ...options, dates: false, diagnostics: false })!;
    early(head);
  });
  const analysis = analyzeDocument(doc, options)!;
  if (corrected) analysis.entities = applyCorrections(doc.lines, analysis, annotations, lexicon);
  return { lines: doc.lines, analysis };
}
