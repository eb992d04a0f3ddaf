// The user's corrections per dump, read from disk on first need and read again when an annotations
// or lexicon file changes (the client watches them).

import { fileURLToPath } from "node:url";
import type { Corrections } from "../../analysis/index.js";

const CORRECTION_FILE = /\.annotations\.json$|\/\.newslens\/lexicon\.json$/;

export class CorrectionsStore {
  private readonly byPath = new Map<string, Corrections>();

  /** `load` reads a dump's corrections from disk (it must not throw for a missing or broken file). */
  constructor(private readonly load: (dumpPath: string) => Corrections) {}

  /** The corrections of the dump at `uri` (none for a dump that is not a file). */
  for(uri: string): Corrections | undefined {
    if (!uri.startsWith("file:")) return undefined;
    const path = fileURLToPath(uri);
    let found = this.byPath.get(path);
    if (!found) this.byPath.set(path, (found = this.load(path)));
    return found;
  }

  /** Forgets what was read when one of `uris` is a corrections file; says whether one was. */
  filesChanged(uris: readonly string[]): boolean {
    if (!uris.some((uri) => CORRECTION_FILE.test(uri))) return false;
    this.byPath.clear();
    return true;
  }
}
