// The user's corrections on disk: `NAME.txt.annotations.json` beside a dump and the workspace
// lexicon `.newslens/lexicon.json`, read (never blocking, see textFile.ts) and parsed for the core.
// A file that cannot be read or parsed is not taken for "no corrections": it is said, so that the
// server can warn and the CLI refuse to give results without the user's corrections.

import { stat } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { type Corrections, type ReadCorrections, readAnnotations, readLexicon } from "../analysis/index.js";
import { readTextFile, whyUnreadable } from "./textFile.js";

/** More than any hand-made corrections file: 10,000 corrections take about 2 MB. */
export const MAX_CORRECTIONS_BYTES = 32 * 1024 * 1024;

export interface LoadedCorrections {
  readonly corrections: Corrections;
  /** The files that could not be read or parsed, each said in one line. */
  readonly problems: readonly string[];
}

/**
 * The folders whose `.newslens/lexicon.json` serves the dump at `dump` in the editor, nearest
 * first: from its folder up to the workspace folder that holds it (the deepest of
 * `workspaceFolders`), never above. A dump outside every workspace folder is served by the first
 * folder's lexicon, where the editor writes it; with no workspace folder at all, by its own folder's.
 */
export function workspaceLexiconFolders(dump: string, workspaceFolders: readonly string[]): string[] {
  const dir = path.dirname(path.resolve(dump));
  const root = workspaceFolders
    .map((f) => path.resolve(f))
    .filter((f) => isInside(f, dir))
    .sort((a, b) => b.length - a.length)[0];
  if (!root) return workspaceFolders.length ? [path.resolve(workspaceFolders[0]!)] : [dir];
  const folders: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    folders.push(d);
    if (d === root || path.dirname(d) === d) return folders;
  }
}

/**
 * The folders whose lexicon serves the dump at `dump` outside the editor (no workspace there),
 * nearest first: its folder and those above it that are the user's own (owned by the user,
 * writable by no one else), up to the home folder. A shared folder such as /tmp, and everything
 * above it, is nobody's workspace: a lexicon there could be anyone's.
 */
export async function ownLexiconFolders(dump: string): Promise<string[]> {
  const home = path.resolve(homedir());
  const uid = process.getuid?.();
  const folders: string[] = [];
  for (let d = path.dirname(path.resolve(dump)); ; d = path.dirname(d)) {
    const info = await stat(d).catch(() => undefined);
    if (!info || info.mode & 0o002 || (uid !== undefined && info.uid !== uid)) return folders;
    folders.push(d);
    if (d === home || path.dirname(d) === d) return folders;
  }
}

function isInside(folder: string, inner: string): boolean {
  const rel = path.relative(folder, inner);
  return !rel.startsWith("..") && !path.isAbsolute(rel);
}

/** A corrections file's text, or undefined when there is none; throws (with why) when it cannot be read. */
async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readTextFile(file, MAX_CORRECTIONS_BYTES);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw e;
  }
}

/**
 * The dump's corrections, with the lexicon of the nearest of `lexiconFolders` that has one; what
 * cannot be read or parsed is left out and said in `problems`.
 */
export async function loadCorrections(dump: string, lexiconFolders: readonly string[]): Promise<LoadedCorrections> {
  const problems: string[] = [];
  const read = async <T>(file: string, parse: (json: string) => ReadCorrections<T>): Promise<T | undefined> => {
    let json: string | undefined;
    try {
      json = await readIfPresent(file);
    } catch (e) {
      problems.push(`${file} cannot be read (${whyUnreadable(e)})`);
      return undefined;
    }
    if (json === undefined) return undefined;
    const { value, problem } = parse(json);
    if (problem) problems.push(`${file} ${problem}`);
    return value;
  };
  const annotations = (await read(`${dump}.annotations.json`, readAnnotations)) ?? { version: 1 as const, corrections: [] };
  let lexicon: Corrections["lexicon"];
  for (const folder of lexiconFolders) {
    const file = path.join(folder, ".newslens", "lexicon.json");
    const before = problems.length;
    lexicon = await read(file, readLexicon);
    if (lexicon || problems.length > before) break; // the nearest lexicon serves, readable or not
  }
  return { corrections: { annotations, lexicon }, problems };
}
