// Files written so that nothing is lost on the way: the new content goes to a temporary file (or
// folder) beside the target and then takes the target's name in one rename, so that a reader sees
// the old file or the new one, never part of one, and a failure leaves the old file as it was.
// Synchronous: the callers (the CLI, the editor's corrections and exports) write small files or
// have nothing else to do meanwhile.

import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";

/** A name for a temporary file or folder beside `target`, hidden, unlikely to be taken. */
function besideName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
}

/**
 * Writes `content` to `file` atomically (see above). A symbolic link at `file` is replaced by the
 * file, not followed; `mode` (default: read-write as the umask allows) is the new file's.
 */
export function writeFileAtomically(file: string, content: string | Uint8Array, mode = 0o666): void {
  const temporary = besideName(file);
  // "wx": created afresh, never an existing file or a link someone left under that name.
  const fd = openSync(temporary, "wx", mode);
  try {
    try {
      const bytes = typeof content === "string" ? Buffer.from(content) : content;
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
}

/** Why `folder` cannot take a new set of files (it must be missing or empty), if it cannot. */
export function folderProblem(folder: string): string | undefined {
  const info = statSync(folder, { throwIfNoEntry: false });
  if (!info) return undefined;
  if (!info.isDirectory()) return "is not a folder";
  if (readdirSync(folder).length > 0) return "already holds files: write into a new or empty folder, so that no file there is overwritten";
  return undefined;
}

/**
 * Writes `files` (relative paths, no folders) into `folder`, which must be missing or empty: they
 * are written into a temporary folder beside it, which then takes its name. Either every file is
 * there or none is, and no file that was there is overwritten.
 */
export function writeFolderAtomically(folder: string, files: readonly { path: string; content: string }[]): void {
  const problem = folderProblem(folder);
  if (problem) throw new Error(`${folder} ${problem}`);
  const temporary = besideName(folder);
  mkdirSync(temporary);
  try {
    for (const f of files) {
      const fd = openSync(path.join(temporary, f.path), "wx");
      try {
        writeSync(fd, f.content);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    // An empty folder is replaced by the rename; a missing one is made by it.
    renameSync(temporary, folder);
  } catch (e) {
    rmSync(temporary, { recursive: true, force: true });
    throw e;
  }
}

/** Whether `a` and `b` name the same file (through links, hard links, other spellings); false when either is missing. */
export function isSameFile(a: string, b: string): boolean {
  const x = statSync(a, { throwIfNoEntry: false });
  const y = statSync(b, { throwIfNoEntry: false });
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}
