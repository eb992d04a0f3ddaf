// Text files read from disk: dumps (the CLI's, the workspace index's, and files over 50 MB that
// the editor keeps to itself, read in chunks under a progress) and the user's correction files.

import { constants } from "node:buffer";
import { createReadStream, readFileSync } from "node:fs";
import { open, stat } from "node:fs/promises";
import { binaryReason, type CancellationToken, looksLikeNewsDump } from "../analysis/index.js";

export const CHUNK_BYTES = 64 * 1024;
/** As much as `looksLikeNewsDump` and `binaryReason` judge. */
const HEAD_BYTES = 64 * 1024;

/**
 * Whether a file is worth reading as a dump, from its start: not binary, and either named a dump
 * by `newsLens.files` (`named`) or, with `newsLens.autoDetect`, looking like one.
 */
export async function isDumpFile(path: string, named: boolean, autoDetect: boolean): Promise<boolean> {
  const file = await open(path, "r");
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    const head = new TextDecoder().decode(buffer.subarray(0, bytesRead));
    return !binaryReason(head) && (named || (autoDetect && looksLikeNewsDump(head)));
  } finally {
    await file.close();
  }
}

/** Where a long read reports how far it got, and learns that it should stop. */
export interface ReadProgress {
  readonly token: CancellationToken;
  report(percentage: number, message: string): void;
}

/**
 * A file's whole text, read `chunkBytes` at a time, reporting the share of bytes read. Undefined
 * when the progress is cancelled (reading stops there); throws when the file cannot be read or is
 * too big for one string.
 */
export async function readText(path: string, progress: ReadProgress, chunkBytes = CHUNK_BYTES): Promise<string | undefined> {
  const { size } = await stat(path);
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  // A byte decodes to at most one UTF-16 unit (a 4-byte character to two), so the size bounds the text.
  if (size > constants.MAX_STRING_LENGTH) throw new Error(`${mb(size)} MB is more than Node.js holds as one string`);
  // Stream mode keeps the first bytes of a character split between chunks for the next chunk.
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const parts: string[] = [];
  let read = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    if (progress.token.isCancellationRequested) return undefined; // leaving the loop closes the file
    parts.push(decoder.decode(chunk, { stream: true }));
    read += chunk.length;
    progress.report((100 * Math.min(read, size)) / Math.max(size, 1), `${mb(read)} of ${mb(size)} MB`);
  }
  parts.push(decoder.decode());
  return parts.join("");
}

/** A file that cannot be read, said in one line (the CLI exits with `code`). */
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
