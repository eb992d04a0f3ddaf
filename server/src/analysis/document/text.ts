// Lines of a dump. `\r\n`, `\n` and a lone `\r` each end one line. Everything downstream works on
// the array of line texts (without line ends), so positions are (line, UTF-16 column) by
// construction. A U+FEFF is text wherever it is, also at the start: a file's byte-order mark is
// dropped when the file is read (server/src/node/textFile.ts), and the editor's text has none, so
// one found here is in the editor's text too (dumps joined with `cat` have them at line starts);
// dropping it would put every column of that line one off the editor's.

export function splitLines(text: string): string[] {
  return splitLinesWithEnds(text).lines;
}

/** The lines and, for each, the line end that follows it (`""` after the last line). */
export function splitLinesWithEnds(text: string): { lines: string[]; ends: string[] } {
  const lines: string[] = [];
  const ends: string[] = [];
  const n = text.length;
  // indexOf scans natively, about twice as fast as a charCodeAt loop over a big dump
  let nextLf = -1;
  let nextCr = -1;
  for (let start = 0; ; ) {
    if (nextLf < start) nextLf = text.indexOf("\n", start) >>> 0; // -1 becomes past the end
    if (nextCr < start) nextCr = text.indexOf("\r", start) >>> 0;
    const end = Math.min(nextLf, nextCr);
    if (end >= n) {
      lines.push(text.slice(start));
      ends.push("");
      return { lines, ends };
    }
    lines.push(text.slice(start, end));
    const crlf = end === nextCr && text.charCodeAt(end + 1) === 10;
    const lineEnd = end === nextLf ? "\n" : crlf ? "\r\n" : "\r";
    ends.push(lineEnd);
    start = end + lineEnd.length;
  }
}

/** Article-local text: lines joined by `\n`, with the offset where each line starts. */
export interface LocalText {
  text: string;
  lineStarts: number[];
}

export function joinLines(lines: readonly string[], from: number, to: number): LocalText {
  const lineStarts: number[] = [];
  let offset = 0;
  for (let i = from; i <= to; i++) {
    lineStarts.push(offset);
    offset += lines[i]!.length + 1;
  }
  return { text: lines.slice(from, to + 1).join("\n"), lineStarts };
}

/** Maps a local offset to (line relative to the block, column) by binary search. */
export function localPosition(lineStarts: readonly number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo]! };
}

/**
 * Whether the text is binary rather than a dump: NUL bytes, many control characters, or many
 * replacement characters (what invalid UTF-8 decodes to). Looks at the first 64 KB only.
 */
export function binaryReason(text: string): string | undefined {
  const n = Math.min(text.length, 65536);
  if (n === 0) return undefined;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return "not a text dump: the file contains NUL bytes (binary data)";
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    else if (c === 0xfffd) replacement++;
  }
  if (control / n > 0.05) return "not a text dump: the file is mostly control characters (binary data)";
  if (replacement / n > 0.1) return "not a text dump: the file is not valid UTF-8 text";
  return undefined;
}

/**
 * Whether a text an editor decoded looks decoded with the wrong encoding: replacement characters
 * (U+FFFD, what bytes that are not UTF-8 become) at least as many as all the other non-ASCII
 * characters, and more than a stray few. Looks at the first 64 KB only.
 */
export function misdecodedReason(text: string): string | undefined {
  const n = Math.min(text.length, 65536);
  let replacement = 0;
  let otherNonAscii = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xdc00 && c <= 0xdfff)) continue;
    if (c === 0xfffd) replacement++;
    else otherNonAscii++;
  }
  if (replacement < 3 || replacement < otherNonAscii) return undefined;
  return `${replacement}${n < text.length ? "+" : ""} characters could not be decoded (shown as \uFFFD): the file is probably in another encoding than the one it was opened with (such as Windows-1252 or UTF-16)`;
}
