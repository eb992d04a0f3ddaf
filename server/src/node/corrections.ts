// The user's corrections on disk: `NAME.txt.annotations.json` beside a dump and the workspace
// lexicon `.newslens/lexicon.json`, read (never blocking, see textFile.ts) and parsed for the core.
// A file that cannot be read or parsed is not taken for "no corrections": it is said, so that the
// server can warn and the CLI refuse to give results without the user's corrections.

import { statSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { type Corrections, type ReadCorrections, readAnnotations, readLexicon } from "../analysis/index.js";
import { readTextFile, readTextFileSync, whyUnreadable } from "./textFile.js";

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
export function ownLexiconFolders(dump: string): string[] {
  const home = path.resolve(homedir());
  const uid = process.getuid?.();
  const folders: string[] = [];
  for (let d = path.dirname(path.resolve(dump)); ; d = path.dirname(d)) {
    const info = statSync(d, { throwIfNoEntry: false });
    if (!info || info.mode & 0o002 || (uid !== undefined && info.uid !== uid)) return folders;
    folders.push(d);
    if (d === home || path.dirname(d) === d) return folders;
  }
}

function isInside(folder: string, inner: string): boolean {
  const rel = path.relative(folder, inner);
  return !rel.startsWith("..") && !path.isAbsolute(rel);
}

/** What reading a corrections file gave: its text, nothing there, or why it cannot be read. */
type FileRead = { text: string } | { missing: true } | { unreadable: unknown };

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR";

/**
 * Loading a dump's corrections, step by step: each step names a file to read and goes on with
 * what reading it gave (so that the server reads asynchronously and the CLI synchronously, the
 * same way). The lexicon is the nearest of `lexiconFolders` that has one, readable or not.
 */
function* loading(dump: string, lexiconFolders: readonly string[]): Generator<string, LoadedCorrections, FileRead> {
  const problems: string[] = [];
  const use = <T>(file: string, read: FileRead, parse: (json: string) => ReadCorrections<T>): T | undefined => {
    if ("missing" in read) return undefined;
    if ("unreadable" in read) {
      problems.push(`${file} cannot be read (${whyUnreadable(read.unreadable)})`);
      return undefined;
    }
    const { value, problem } = parse(read.text);
    if (problem) problems.push(`${file} ${problem}`);
    return value;
  };
  const annotationsFile = `${dump}.annotations.json`;
  const annotations = use(annotationsFile, yield annotationsFile, readAnnotations) ?? { version: 1 as const, corrections: [] };
  let lexicon: Corrections["lexicon"];
  for (const folder of lexiconFolders) {
    const file = path.join(folder, ".newslens", "lexicon.json");
    const read: FileRead = yield file;
    if ("missing" in read) continue;
    lexicon = use(file, read, readLexicon);
    break;
  }
  return { corrections: { annotations, lexicon }, problems };
}

/** The dump's corrections (see loading); what cannot be read or parsed is left out and said in `problems`. */
export async function loadCorrections(dump: string, lexiconFolders: readonly string[]): Promise<LoadedCorrections> {
  const steps = loading(dump, lexiconFolders);
  for (let step = steps.next(); ; ) {
    if (step.done) return step.value;
    const file = step.value;
    step = steps.next(
      await readTextFile(file, MAX_CORRECTIONS_BYTES).then(
        (text) => ({ text }),
        (e) => (isMissing(e) ? { missing: true } : { unreadable: e }),
      ),
    );
  }
}

/** loadCorrections for the CLI (see readBytesSync). */
export function loadCorrectionsSync(dump: string, lexiconFolders: readonly string[]): LoadedCorrections {
  const steps = loading(dump, lexiconFolders);
  for (let step = steps.next(); ; ) {
    if (step.done) return step.value;
    let read: FileRead;
    try {
      read = { text: readTextFileSync(step.value, MAX_CORRECTIONS_BYTES) };
    } catch (e) {
      read = isMissing(e) ? { missing: true } : { unreadable: e };
    }
    step = steps.next(read);
  }
}
