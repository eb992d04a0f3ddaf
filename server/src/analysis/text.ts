// Lines of a dump. `\r\n`, `\n` and a lone `\r` each end one line; a leading byte-order mark is
// not part of line 0. Everything downstream works on the array of line texts (without line ends),
// so positions are (line, UTF-16 column) by construction.

const BOM = "\uFEFF";

export function splitLines(text: string): string[] {
  return splitLinesWithEnds(text).lines;
}

/** The lines and, for each, the line end that follows it (`""` after the last line). */
export function splitLinesWithEnds(text: string): { lines: string[]; ends: string[] } {
  if (text.startsWith(BOM)) text = text.slice(1);
  const lines: string[] = [];
  const ends: string[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      lines.push(text.slice(start, i));
      ends.push("\n");
      start = i + 1;
    } else if (c === 13 /* \r */) {
      lines.push(text.slice(start, i));
      const crlf = text.charCodeAt(i + 1) === 10;
      ends.push(crlf ? "\r\n" : "\r");
      if (crlf) i++;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  ends.push("");
  return { lines, ends };
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
