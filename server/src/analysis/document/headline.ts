// A headline as a reader sees it: without the marks of the layout around it (a Markdown heading
// mark, list numbering, a bracketed list tag, emphasis or quotes around the whole line), with the
// lines of a headline set over several lines joined by one space; and the fields some dumps add to
// every headline (` - Outlet`, ` | Outlet | 12 March 2021`), which the dump-wide pass removes.

/** A headline's text and where it stands on its (first) line. */
export interface HeadlineText {
  text: string;
  /** Columns of the text on the line (for one line; a joined headline's first line ends at the line's end). */
  start: number;
  end: number;
}

const MARKS = /^(?:#{1,6}\s+|\[\d{1,5}\]\s*|\d{1,3}[.)]\s+(?=\S))/;
/** `[World] `, `[World-Digest] `, `[Sci-Env] `: a list tag, not part of the story's title. */
const LIST_TAG = /^\[[^\]\d][^\]]{0,30}\]\s+/;
const EMPHASIS = /^([*_]{1,2})(\S(?:.*\S)?)\1$/;
const QUOTED = /^(["'])(.*)\1$/;

/** The headline on `line` between columns `from` and `to` (the whole line by default), without the layout's marks. */
export function cleanHeadline(line: string, from = 0, to = line.length): HeadlineText {
  let start = from;
  let end = to;
  const at = () => line.slice(start, end);
  while (start < end && /\s|\f/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  for (let pass = 0; pass < 3; pass++) {
    const before = `${start}:${end}`;
    const mark = MARKS.exec(at()) ?? LIST_TAG.exec(at());
    if (mark) start += mark[0].length;
    const emphasis = EMPHASIS.exec(at());
    if (emphasis) {
      start += emphasis[1]!.length;
      end -= emphasis[1]!.length;
    }
    const quoted = QUOTED.exec(at());
    if (quoted && !quoted[2]!.includes(quoted[1]!)) {
      start += 1;
      end -= 1;
    }
    while (start < end && /\s/.test(line[start]!)) start++;
    if (`${start}:${end}` === before) break;
  }
  return { text: at(), start, end };
}

/** Joins the lines of a headline set over several lines (each already cleaned), with one space. */
export function joinHeadlineLines(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(" ");
}

/**
 * A field appended to a headline, as some dumps do to every headline: ` - Outlet`, ` — Outlet`,
 * ` | Outlet`, ` | Outlet | 12 March 2021`. Gives where the field starts and its shape (`dash` or
 * `pipe`); the dump-wide pass removes it when most headlines have one of the same shape.
 */
export function headlineField(headline: string): { at: number; shape: "dash" | "pipe" } | undefined {
  const pipe = /\s+\|\s+[^|]{1,60}(?:\s+\|\s+[^|]{1,40})?$/.exec(headline);
  if (pipe && pipe.index > 10) return { at: pipe.index, shape: "pipe" };
  // The last spaced dash: a headline may hold a dash itself (`… Opera House — in 11 minutes - Nile Arts Weekly`).
  const dash =
    /\s[-–—]\s+((?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|of|the|and|de|la|le|&)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|of|the|and|de|la|le|&)){0,5})$/u.exec(
      headline,
    );
  if (dash && dash.index > 10) return { at: dash.index, shape: "dash" };
  return undefined;
}
