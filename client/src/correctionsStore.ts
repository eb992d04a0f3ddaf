// Writes the user's corrections to their files (NAME.txt.annotations.json beside a dump,
// .newslens/lexicon.json in a workspace folder) without ever losing one:
// - a file it cannot read as a corrections file (not JSON, not UTF-8, the wrong shape, not a
//   regular file) is left as it is and the write refused, saying why: what it holds is the
//   user's, and writing only the new correction would throw it away;
// - what it does read is kept as it is (unknown fields, entries it does not understand);
// - a write goes to a temporary file in the same folder, then takes the file's name in one
//   rename: a reader (the server, git) sees the old file or the new one, never half of one;
// - a symbolic link in place of the file (or of .newslens) is refused, never written through: a
//   link committed to a repository could otherwise make a correction overwrite any file it names;
// - writes to one file wait for each other, so that two corrections made at once are both kept.
// Plain Node (no vscode): the extension calls it, and the unit tests do.

import { constants, type Stats } from "node:fs";
import { lstat, mkdir, open } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomically } from "../../server/src/node/safeWrite";

/** A corrections file that is not written, and why (said to the user, who may open it). */
export class CorrectionsFileProblem extends Error {
  constructor(
    readonly file: string,
    why: string,
  ) {
    super(`${path.basename(file)} ${why}`);
  }
}

/** No hand-made corrections file comes near it; anything bigger is not one. */
const MAX_BYTES = 32 * 1024 * 1024;

/** Why `text` cannot be recorded as a correction (corrections name text on one line), if it cannot. */
export function correctionTextProblem(text: string): string | undefined {
  if (/[\r\n]/.test(text)) return "a correction names text on one line: select the name without the line break";
  if (!text.trim()) return "select a name first";
  return undefined;
}

type Json = Record<string, unknown>;

export class CorrectionsStore {
  /** Per file, the last write queued (each write starts after the one before it ends). */
  private readonly queues = new Map<string, Promise<void>>();

  /** Adds a correction to the annotations file of the dump at `dumpPath`. */
  addCorrection(dumpPath: string, correction: object): Promise<void> {
    return this.update(`${dumpPath}.annotations.json`, "corrections", (list) => [...list, correction]);
  }

  /** Records "`text` is always `type`" in the lexicon at `lexiconPath`, replacing what it said of `text`. */
  setLexiconEntry(lexiconPath: string, entry: { text: string; type: string }): Promise<void> {
    return this.update(lexiconPath, "entries", (list) => [...list.filter((e) => !(isObject(e) && e.text === entry.text)), entry], true);
  }

  /**
   * Changes the list under `key` of the file; the folder is created when missing, and when
   * `ownFolder` (the lexicon's .newslens) it must not be a symbolic link either.
   */
  private update(file: string, key: string, change: (list: unknown[]) => unknown[], ownFolder = false): Promise<void> {
    const target = path.resolve(file);
    const previous = this.queues.get(target) ?? Promise.resolve();
    const write = previous.then(async () => {
      const folder = path.dirname(target);
      if (ownFolder) await refuseLink(folder, target);
      const { data, mode } = await readExisting(target, key);
      const list = data[key] === undefined ? [] : (data[key] as unknown[]);
      await mkdir(folder, { recursive: true });
      writeFileAtomically(target, `${JSON.stringify({ ...data, [key]: change(list) }, null, 2)}\n`, mode);
    });
    const settled = write.catch(() => undefined);
    this.queues.set(target, settled);
    void settled.then(() => {
      if (this.queues.get(target) === settled) this.queues.delete(target);
    });
    return write;
  }
}

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Refuses `folder` when it is a symbolic link (a missing folder is created later). */
async function refuseLink(folder: string, file: string): Promise<void> {
  const info = await lstat(folder).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return undefined;
    throw e;
  });
  if (info?.isSymbolicLink()) {
    throw new CorrectionsFileProblem(file, `is in ${path.basename(folder)}, a symbolic link: News Lens does not write through links. Make it a folder.`);
  }
}

function kind(info: Stats): string {
  if (info.isSymbolicLink()) return "a symbolic link";
  if (info.isDirectory()) return "a folder";
  return "not a regular file";
}

/** The file's JSON object and permissions, or a new object when there is no file; refuses anything it cannot keep intact. */
async function readExisting(file: string, key: string): Promise<{ data: Json; mode: number | undefined }> {
  const fresh = { data: { version: 1, [key]: [] }, mode: undefined };
  const info = await lstat(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return undefined;
    throw e;
  });
  if (!info) return fresh;
  if (!info.isFile()) {
    throw new CorrectionsFileProblem(
      file,
      `is ${kind(info)}: News Lens writes corrections only to a regular file of their own, never through a link. Replace it with a regular file.`,
    );
  }
  if (info.size > MAX_BYTES) throw new CorrectionsFileProblem(file, `is ${Math.round(info.size / 2 ** 20)} MB: too big to be a corrections file.`);
  let bytes: Buffer;
  // Opened without waiting and checked again: the path may name something else by now.
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  try {
    const now = await handle.stat();
    if (!now.isFile() || now.size > MAX_BYTES) throw new CorrectionsFileProblem(file, "changed while it was read. Try again.");
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes); // drops a UTF-8 byte-order mark
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    throw new CorrectionsFileProblem(file, `is ${utf16 ? "UTF-16" : "not UTF-8"} text: News Lens writes it as UTF-8. Save it as UTF-8 first.`);
  }
  if (!text.trim()) return { data: fresh.data, mode: info.mode & 0o7777 };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CorrectionsFileProblem(file, `is not valid JSON (${(e as Error).message.replace(/\s+/g, " ")}). Fix it first.`);
  }
  if (!isObject(data)) throw new CorrectionsFileProblem(file, `is not a JSON object with a "${key}" list. Fix it first.`);
  if (data[key] !== undefined && !Array.isArray(data[key])) throw new CorrectionsFileProblem(file, `has a "${key}" that is not a list. Fix it first.`);
  return { data, mode: info.mode & 0o7777 };
}
