// The user's corrections on disk: `NAME.txt.annotations.json` beside a dump and the workspace
// lexicon `.newslens/lexicon.json` in its folder or above, read and parsed for the core.

import { existsSync } from "node:fs";
import path from "node:path";
import { type Corrections, parseAnnotations, parseLexicon } from "../analysis/index.js";
import { readTextFile } from "./textFile.js";

/** `.newslens/lexicon.json` in the dump's folder or the nearest folder above it. */
export function findLexicon(dump: string): string | undefined {
  for (let dir = path.dirname(path.resolve(dump)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, ".newslens", "lexicon.json");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function loadCorrections(dump: string): Corrections {
  const annotationsPath = `${dump}.annotations.json`;
  const annotations = parseAnnotations(existsSync(annotationsPath) ? readTextFile(annotationsPath, "annotations") : "");
  const lexiconPath = findLexicon(dump);
  return { annotations, lexicon: lexiconPath ? parseLexicon(readTextFile(lexiconPath, "lexicon")) : undefined };
}
