// The user's corrections per dump, read from disk (asynchronously: a corrections file is never
// waited for on the main thread) on first need and read again when an annotations or lexicon file
// changes (the client watches them). A file that cannot be read or parsed is said to the user once
// (per problem), and its corrections stay off until it is fixed; the rest still apply.

import { fileURLToPath } from "node:url";
import type { Corrections } from "../../analysis/index.js";
import type { LoadedCorrections } from "../../node/corrections.js";

const CORRECTION_FILE = /\.annotations\.json$|\/\.newslens\/lexicon\.json$/;

export interface CorrectionsHooks {
  /** Reads a dump's corrections from disk (what cannot be read is in `problems`, never thrown). */
  load(dumpPath: string): Promise<LoadedCorrections>;
  /** Tells the user about a corrections file that cannot be used. */
  warn(message: string): void;
}

interface Entry {
  /** Which reading of the files it is (see filesChanged). */
  readonly generation: number;
  /** Settles once the corrections are read. */
  readonly loading: Promise<void>;
  /** Until they are read again, the last reading's corrections serve. */
  corrections?: Corrections;
}

export class CorrectionsStore {
  private readonly byPath = new Map<string, Entry>();
  private readonly told = new Set<string>();
  private generation = 0;

  constructor(private readonly hooks: CorrectionsHooks) {}

  /** Resolves once the corrections of the dump at `uri` are read (at once when they are, or for a dump that is not a file). */
  ready(uri: string): Promise<void> {
    if (!uri.startsWith("file:")) return Promise.resolve();
    const path = fileURLToPath(uri);
    const held = this.byPath.get(path);
    if (held?.generation === this.generation) return held.loading;
    const generation = this.generation;
    const settle = (corrections: Corrections | undefined, problems: readonly string[]) => {
      const entry = this.byPath.get(path);
      if (entry?.generation === generation && corrections) entry.corrections = corrections;
      for (const problem of problems) this.tell(problem);
    };
    const loading = this.hooks.load(path).then(
      ({ corrections, problems }) => settle(corrections, problems),
      (e) => settle(undefined, [`the corrections of ${path} cannot be read (${(e as Error).message})`]),
    );
    this.byPath.set(path, { generation, loading, ...(held?.corrections ? { corrections: held.corrections } : {}) });
    return loading;
  }

  /** The corrections read for the dump at `uri`: undefined before they are first read, and for a dump that is not a file. */
  for(uri: string): Corrections | undefined {
    return uri.startsWith("file:") ? this.byPath.get(fileURLToPath(uri))?.corrections : undefined;
  }

  /** Marks what was read as old when one of `uris` is a corrections file (the next `ready` reads again); says whether one was. */
  filesChanged(uris: readonly string[]): boolean {
    if (!uris.some((uri) => CORRECTION_FILE.test(uri))) return false;
    this.generation++;
    return true;
  }

  private tell(problem: string): void {
    if (this.told.has(problem)) return;
    this.told.add(problem);
    this.hooks.warn(`${problem}: its corrections are not applied until it is fixed.`);
  }
}
