// Text files read from disk: dumps (the CLI's, the workspace index's, and files over 50 MB that
// the editor keeps to itself, read in chunks under a progress) and the user's correction files.
// Every read decodes here, the same way: a byte-order mark names UTF-8, UTF-16LE or UTF-16BE (and
// is dropped); without one, the bytes are UTF-8 unless they are not UTF-8 and read better as the
// legacy single-byte code page of Western text, Windows-1252. A text file is never an error.

import { constants } from "node:buffer";
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync, type Stats, statSync } from "node:fs";
import { type FileHandle, open, stat } from "node:fs/promises";
import { TextDecoder } from "node:util";
import { binaryReason, type CancellationToken, looksLikeNewsDump } from "../analysis/index.js";

export const CHUNK_BYTES = 64 * 1024;
/** As much as `looksLikeNewsDump` and `binaryReason` judge. */
const HEAD_BYTES = 64 * 1024;

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** The encoding a byte-order mark at the start of `bytes` names (TextDecoder drops the mark itself). */
function bomEncoding(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * How much of a byte stream reads as UTF-8: its well-formed multi-byte sequences and its bytes
 * that are not UTF-8 (WHATWG's decoder rules: each such byte or cut-short sequence becomes one
 * U+FFFD). Text in a single-byte code page has hardly any of the first and many of the second.
 */
class Utf8Evidence {
  valid = 0;
  invalid = 0;
  private needed = 0;
  private seen = 0;
  private lower = 0x80;
  private upper = 0xbf;

  push(bytes: Uint8Array, from = 0, to = bytes.length): void {
    for (let i = from; i < to; i++) {
      const b = bytes[i]!;
      if (this.needed > 0) {
        if (b >= this.lower && b <= this.upper) {
          this.lower = 0x80;
          this.upper = 0xbf;
          if (++this.seen === this.needed) {
            this.valid++;
            this.needed = 0;
          }
          continue;
        }
        // A cut-short sequence: one error, and the byte starts afresh.
        this.invalid++;
        this.needed = 0;
        this.lower = 0x80;
        this.upper = 0xbf;
      }
      if (b < 0x80) continue;
      this.seen = 0;
      if (b >= 0xc2 && b <= 0xdf) this.needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        this.needed = 2;
        if (b === 0xe0) this.lower = 0xa0;
        if (b === 0xed) this.upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        this.needed = 3;
        if (b === 0xf0) this.lower = 0x90;
        if (b === 0xf4) this.upper = 0x8f;
      } else this.invalid++;
    }
  }

  /** The stream ended (inside a sequence, that is one more error). */
  end(): void {
    if (this.needed > 0) this.invalid++;
    this.needed = 0;
  }

  /** Whether Windows-1252 garbles fewer characters than UTF-8 would. */
  legacy(): boolean {
    return this.invalid > this.valid;
  }
}

/**
 * A file's bytes as text, and the encoding they were read in. `partial`: the bytes are the start
 * of a longer file, so a character cut at their end is not an error.
 */
export function decodeText(bytes: Uint8Array, partial = false): { text: string; encoding: TextEncoding } {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes, { stream: partial }), encoding: bom };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: partial }), encoding: "utf-8" };
  } catch {
    const evidence = new Utf8Evidence();
    evidence.push(bytes);
    if (!partial) evidence.end();
    if (evidence.legacy()) return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
    return { text: new TextDecoder("utf-8").decode(bytes, { stream: partial }), encoding: "utf-8" };
  }
}

/**
 * Windows-1252 is Latin-1 but for 0x80-0x9F, where it has typographic quotes, dashes, the euro
 * sign and a few letters (WHATWG's table; its five unused bytes stay C1 controls). Spelled out
 * here because Node's TextDecoder("windows-1252") decodes that range as Latin-1 in some versions.
 */
const WINDOWS_1252_HIGH_CONTROLS =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH_CONTROLS[c.charCodeAt(0) - 0x80]!);
}

// ---- reading -----------------------------------------------------------------------------------
// A path may name anything: a FIFO, a socket, a device, or a symbolic link to /dev/zero in place
// of a dump or a corrections file. Opening a FIFO waits for a writer (and holds one of libuv's
// four file-system threads meanwhile, so a few of them stop every later read); reading a device
// never ends. So every read looks at what the path is first, reads only regular files, opens
// without waiting, checks again what it opened, and reads at most as many bytes as it allows.

/** Why a file is not read: not a regular file, or bigger than the reader takes. */
export class UnreadableFile extends Error {}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

/** The most bytes read as one dump: a byte decodes to at most one UTF-16 unit, so the size bounds the text. */
export const MAX_DUMP_BYTES = constants.MAX_STRING_LENGTH;

// O_NONBLOCK: opening a FIFO that appeared after the first look returns at once (the second look
// refuses it); O_NOCTTY: a terminal never becomes this process's controlling terminal.
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0);

function refuseUnlessRegular(info: Stats, maxBytes: number): void {
  if (info.isDirectory()) throw new UnreadableFile("is a directory");
  if (!info.isFile()) {
    const kind = info.isFIFO()
      ? "a FIFO (named pipe)"
      : info.isSocket()
        ? "a socket"
        : info.isCharacterDevice()
          ? "a character device"
          : info.isBlockDevice()
            ? "a block device"
            : "a special file";
    throw new UnreadableFile(`is ${kind}, not a regular file`);
  }
  if (info.size > maxBytes) throw new UnreadableFile(`is ${mb(info.size)} MB, more than the ${mb(maxBytes)} MB read at most`);
}

/** A regular file opened for reading (see above), and its size; throws for anything else. */
async function openRegularFile(path: string, maxBytes: number): Promise<{ file: FileHandle; size: number }> {
  refuseUnlessRegular(await stat(path), maxBytes); // follows links: a link to /dev/zero is a device
  const file = await open(path, OPEN_FLAGS);
  try {
    const info = await file.stat(); // the path may name another file by now
    refuseUnlessRegular(info, maxBytes);
    return { file, size: info.size };
  } catch (e) {
    await file.close();
    throw e;
  }
}

/** Up to `maxBytes` of an open file from its start; throws when it holds more (it grew, or it is a /proc file that says 0). */
async function readAll(file: FileHandle, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for (;;) {
    const room = Math.min(CHUNK_BYTES * 16, maxBytes + 1 - total);
    const { buffer, bytesRead } = await file.read(Buffer.alloc(room), 0, room, total);
    if (bytesRead === 0) return Buffer.concat(parts);
    parts.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw new UnreadableFile(`holds more than the ${mb(maxBytes)} MB read at most`);
  }
}

/** A regular file's bytes (see above); throws when `path` is not one, or holds more than `maxBytes`. */
export async function readBytes(path: string, maxBytes: number): Promise<Buffer> {
  const { file } = await openRegularFile(path, maxBytes);
  try {
    return await readAll(file, maxBytes);
  } finally {
    await file.close();
  }
}

/** A regular file's text, decoded (see decodeText). */
export async function readTextFile(path: string, maxBytes: number = MAX_DUMP_BYTES): Promise<string> {
  return decodeText(await readBytes(path, maxBytes)).text;
}

/** readBytes for the CLI, which has nothing else to do meanwhile: the same checks, without waiting on the event loop. */
export function readBytesSync(path: string, maxBytes: number): Buffer {
  refuseUnlessRegular(statSync(path), maxBytes);
  const fd = openSync(path, OPEN_FLAGS);
  try {
    refuseUnlessRegular(fstatSync(fd), maxBytes);
    const parts: Buffer[] = [];
    for (let total = 0; ; ) {
      const room = Math.min(CHUNK_BYTES * 16, maxBytes + 1 - total);
      const buffer = Buffer.alloc(room);
      const bytesRead = readSync(fd, buffer, 0, room, total);
      if (bytesRead === 0) return Buffer.concat(parts);
      parts.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new UnreadableFile(`holds more than the ${mb(maxBytes)} MB read at most`);
    }
  } finally {
    closeSync(fd);
  }
}

/** readTextFile for the CLI (see readBytesSync). */
export function readTextFileSync(path: string, maxBytes: number = MAX_DUMP_BYTES): string {
  return decodeText(readBytesSync(path, maxBytes)).text;
}

/** Why a read failed, said for a user. */
export function whyUnreadable(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "a loop of symbolic links";
  return (e as Error).message;
}

/**
 * Whether a file is worth reading as a dump, from its start: not binary, and either named a dump
 * by `newsLens.files` (`named`) or, with `newsLens.autoDetect`, looking like one.
 */
export async function isDumpFile(path: string, named: boolean, autoDetect: boolean): Promise<boolean> {
  const { file } = await openRegularFile(path, MAX_DUMP_BYTES);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    const head = decodeText(buffer.subarray(0, bytesRead), true).text;
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
  const { file, size } = await openRegularFile(path, MAX_DUMP_BYTES);
  try {
    const parts: string[] = [];
    // The first bytes wait until they can tell a byte-order mark (or the file ends).
    let head: Buffer | undefined = Buffer.alloc(0);
    let decoder: TextDecoder | undefined;
    let marked = false;
    let read = 0;
    for await (const chunk of file.createReadStream({ highWaterMark: chunkBytes, autoClose: false, start: 0 }) as AsyncIterable<Buffer>) {
      if (progress.token.isCancellationRequested) return undefined;
      read += chunk.length;
      if (read > MAX_DUMP_BYTES) throw new UnreadableFile(`holds more than the ${mb(MAX_DUMP_BYTES)} MB Node.js holds as one string`);
      let bytes = chunk;
      if (head) {
        head = Buffer.concat([head, chunk]);
        if (head.length < 3) continue;
        bytes = head;
        head = undefined;
      }
      if (!decoder) {
        const bom = bomEncoding(bytes);
        marked = bom !== undefined;
        decoder = new TextDecoder(bom ?? "utf-8");
      }
      // Stream mode keeps the first bytes of a character split between chunks for the next chunk.
      parts.push(decoder.decode(bytes, { stream: true }));
      progress.report((100 * Math.min(read, size)) / Math.max(size, 1), `${mb(read)} of ${mb(size)} MB`);
    }
    if (head || !decoder) return decodeText(head ?? Buffer.alloc(0)).text;
    parts.push(decoder.decode());
    const text = parts.join("");
    // Bytes that are not UTF-8 (or a U+FFFD written in the file): maybe legacy text, which reads
    // better in its own code page. Rare enough to read the file again to tell.
    if (!marked && text.includes("\uFFFD")) return decodeText(await readAll(file, MAX_DUMP_BYTES)).text;
    return text;
  } finally {
    await file.close();
  }
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

/** Standard input read to its end (at most `maxBytes`), decoded as a file is: for `news-lens analyze -`. */
export function readStdinText(maxBytes: number = MAX_DUMP_BYTES): string {
  const parts: Buffer[] = [];
  for (let total = 0; ; ) {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let bytesRead: number;
    try {
      bytesRead = readSync(0, buffer, 0, buffer.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EOF") break; // the end of a pipe, on Windows
      if (code !== "EAGAIN") throw e;
      // A pipe opened without blocking that has nothing yet: wait a little for the writer.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    if (bytesRead === 0) break;
    parts.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw new UnreadableFile(`holds more than the ${mb(maxBytes)} MB read at most`);
  }
  return decodeText(Buffer.concat(parts)).text;
}

/** A file the CLI reads (`what`: dump, file…), or standard input for "-"; one clear line when it cannot. */
export function readCliFile(file: string, what: string, maxBytes: number = MAX_DUMP_BYTES): string {
  try {
    return file === "-" ? readStdinText(maxBytes) : readTextFileSync(file, maxBytes);
  } catch (e) {
    throw new CliError(`news-lens: cannot read ${what} ${file === "-" ? "from standard input" : file}: ${whyUnreadable(e)}`);
  }
}
