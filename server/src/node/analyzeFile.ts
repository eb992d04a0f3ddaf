// A dump file analysed the way the CLI commands need it: read (any encoding, see textFile.ts),
// analysed with the entity model, and the user's corrections applied (NAME.txt.annotations.json
// beside the dump, .newslens/lexicon.json in its folder or above, in the user's own folders). A
// corrections file that cannot be read stops the command: results without the user's
// corrections, silently, would be wrong results.

import { statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type DumpAnalysis, DumpSession } from "../analysis/index.js";
import type { LayoutName } from "../vocabulary/settings.js";
import { type AnalysisCache, completeHere, TrackedArticle } from "./analysisCache.js";
import { loadCorrectionsSync, ownLexiconFolders } from "./corrections.js";
import { lazyNerModel, nerModelError } from "./modelFile.js";
import { analyzeInParallel, defaultThreads, startWorkers, type Team, worthWorkers } from "./parallel/workers.js";
import { CliError, readCliFile } from "./textFile.js";

/** The articles and entities of a dump, before its dates and diagnostics (see analyzeFile). */
export type EntitiesFirst = Omit<DumpAnalysis, "dates" | "diagnostics">;

/** How the CLI wants a dump analysed. */
export interface AnalyzeFileOptions {
  /** Threads to tag a big dump on (see parallel/). */
  threads: number;
  /** Results of earlier runs to reuse and to keep for the next (`--cache DIR`). */
  cache?: AnalysisCache;
  /** The layout to read the dump with (`--layout`); `auto` infers it. */
  layout: LayoutName;
  /**
   * Called with the articles and entities when they are final before the dates are (on worker
   * threads, no corrections to apply): the CLI writes them while the workers resolve the dates.
   */
  early?: (head: EntitiesFirst) => void;
}

/** The whole analysis of a dump file; big dumps are tagged on every core (see parallel/). */
export async function analyzeFile(
  file: string,
  options: AnalyzeFileOptions = { threads: defaultThreads(), layout: "auto" },
): Promise<{ lines: readonly string[]; analysis: DumpAnalysis }> {
  // Standard input ("-") is read first, to know its size; it has no corrections beside it.
  const piped = file === "-" ? readCliFile(file, "dump") : undefined;
  // Workers start first: they load their model while this thread reads and segments the dump.
  const size = piped?.length ?? fileSize(file);
  const team = options.threads > 1 && worthWorkers(size) ? startWorkers(options.threads - 1) : undefined;
  try {
    return await analyzeWith(file, piped ?? readCliFile(file, "dump"), team, options);
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

async function analyzeWith(file: string, text: string, team: Team | undefined, { cache, layout, early }: AnalyzeFileOptions) {
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
  const { corrections, problems } =
    file === "-"
      ? { corrections: { annotations: { version: 1 as const, corrections: [] }, lexicon: undefined }, problems: [] }
      : loadCorrectionsSync(file, ownLexiconFolders(file));
  if (problems.length) throw new CliError(problems.map((p) => `news-lens: ${p}; fix it or move it away`).join("\n"));
  const uri = file === "-" ? "stdin:" : pathToFileURL(path.resolve(file)).href;
  // With a cache, the dump is built from the segmentation it holds (unless it does not fit the text:
  // then the file is a miss), the articles it holds get their results from it, and the others are
  // worked on and recorded.
  let results = cache ? await cache.read(text, layout) : undefined;
  const session = new DumpSession(text, { file, uri, nerModel, corrections, layout }, results?.document);
  if (cache && results?.document && !session.restoredDocument) results = cache.discard(results);
  if (session.notText) throw new CliError(`news-lens: ${file}: ${session.notText}`);
  const corrected = corrections.annotations.corrections.length > 0 || (corrections.lexicon?.entries.length ?? 0) > 0;
  const work = results ? results.track(session.articleWork()) : session.articleWork();
  await analyzeInParallel(
    session,
    nerModel,
    team,
    () => {
      if (!early || corrected) return;
      const { dates, diagnostics, ...head } = session.analysis(["entities"])!;
      early(head);
    },
    { work, needed: (article) => !(article instanceof TrackedArticle && article.tagged) },
  );
  if (cache && results) {
    completeHere(work as readonly TrackedArticle[], session.dateJobs(), nerModel());
    results.keepDocument(work, session.documentState());
    await cache.write(results, work, text, layout).catch((e: Error) => process.stderr.write(`news-lens: warning: the cache was not written: ${e.message}\n`));
  }
  return { lines: session.lines, analysis: session.analysis()! };
}
