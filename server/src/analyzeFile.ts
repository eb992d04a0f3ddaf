// A dump file analysed the way the CLI commands need it: read (any bytes, decoded leniently),
// analysed with the entity model, and the user's corrections applied (NAME.txt.annotations.json
// beside the dump, .newslens/lexicon.json in its folder or above).

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { analyzeDump, type DumpAnalysis } from "./analysis/index.js";
import { applyCorrections, parseAnnotations, parseLexicon, type AnnotationsFile, type Lexicon } from "./analysis/annotations.js";
import { splitLines } from "./analysis/text.js";
import { lazyNerModel, nerModelError } from "./modelFile.js";

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

export function analyzeFile(file: string): { lines: string[]; analysis: DumpAnalysis } {
  const text = readTextFile(file, "dump");
  const loadModel = lazyNerModel();
  const nerModel = () => {
    const model = loadModel();
    if (!model) process.stderr.write(`news-lens: warning: no entities: ${nerModelError()?.message}\n`);
    return model;
  };
  const analysis = analyzeDump(text, { file, uri: pathToFileURL(path.resolve(file)).href, nerModel });
  if (analysis.notText) throw new CliError(`news-lens: ${file}: ${analysis.notText}`);
  const lines = splitLines(text);
  const { annotations, lexicon } = loadCorrections(file);
  if (annotations.corrections.length || lexicon?.entries.length) analysis.entities = applyCorrections(lines, analysis, annotations, lexicon);
  return { lines, analysis };
}
