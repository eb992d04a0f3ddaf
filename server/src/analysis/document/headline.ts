// A headline as a reader sees it: without the marks of the layout around it (a Markdown heading
// mark, list numbering, a vote arrow, a bracketed list tag, emphasis or quotes around the whole line), with the
// lines of a headline set over several lines joined by one space; and the fields some dumps add to
// every headline (` - Outlet`, ` | Outlet | 12 March 2021`), which the dump-wide pass removes.

import { HEADING_MARK, LIST_TAG, outlineHeadingTitle } from "./lines.js";

/** A headline's text and where it stands on its (first) line. */
export interface HeadlineText {
  text: string;
  /** Columns of the text on the line (for one line; a joined headline's first line ends at the line's end). */
  start: number;
  end: number;
}

/** A list tag after a reply's or forward's prefix (`Re: [Terrace-Talk] …`): the prefix stays, the tag goes. */
const TAG_AFTER_PREFIX = /^((?:(?:re|fwd?|aw|wg|tr)\s*:\s*)+)(\[[^\]\d][^\]]{0,30}\]\s+)/i;
/** The vote arrow a link aggregator sets before every headline of its list (`1. ▲ Title (site.example)`). */
const VOTE_ARROW = /^[▲△▴⇧⬆↑](?:\uFE0F)?\s+(?=\S)/u;
const EMPHASIS = /^([*_]{1,2})(\S(?:.*\S)?)\1$/;
const QUOTED = /^(["'])(.*)\1$/;
const QUOTE_BEFORE_EMPHASIS = /^>\s*(?=([*_]{1,2})\S(?:.*\S)?\1$)/;

/** The headline on `line` between columns `from` and `to` (the whole line by default), without the layout's marks. */
export function cleanHeadline(line: string, from = 0, to = line.length): HeadlineText {
  let start = from;
  let end = to;
  const at = () => line.slice(start, end);
  while (start < end && /\s|\f/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  // An outline's heading: its title without the stars and the tags (`* Title   :business:`).
  const outline = from === 0 && to === line.length ? outlineHeadingTitle(line) : undefined;
  if (outline) ({ start, end } = outline);
  // A quote marker before a line emphasised as a whole (`> **Headline**`) is the template's, like the emphasis.
  const quoted = QUOTE_BEFORE_EMPHASIS.exec(at());
  if (quoted) start += quoted[0].length;
  for (let pass = 0; pass < 3; pass++) {
    const before = `${start}:${end}`;
    const mark = HEADING_MARK.exec(at()) ?? LIST_TAG.exec(at()) ?? VOTE_ARROW.exec(at());
    if (mark) start += mark[0].length;
    const emphasis = EMPHASIS.exec(at());
    if (emphasis) {
      start += emphasis[1]!.length;
      end -= emphasis[1]!.length;
    }
    const quoted = QUOTED.exec(at());
    // Quotes around the whole line, none inside but YAML's doubled ones (`'Japan''s …'`).
    if (quoted && !quoted[2]!.replace(/''/g, "").includes(quoted[1]!)) {
      start += 1;
      end -= 1;
    }
    while (start < end && /\s/.test(line[start]!)) start++;
    if (`${start}:${end}` === before) break;
  }
  // A tag after `Re:`/`Fwd:` is cut out of the text; the range keeps the line's columns.
  const tagged = TAG_AFTER_PREFIX.exec(at());
  const text = tagged ? tagged[1]! + at().slice(tagged[0].length) : at();
  return { text: unescapeQuoted(line, start, text), start, end };
}

/** YAML writes a quote inside single quotes twice (`'Japan''s …'`): the reader sees one. */
function unescapeQuoted(line: string, start: number, text: string): string {
  return start > 0 && line[start - 1] === "'" ? text.replace(/''/g, "'") : text;
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
 * ` | Outlet`, ` | Outlet | 12 March 2021`, ` (site.example)`, ` (Outlet)`. Gives where the field starts and its
 * shape (`dash`, `pipe`, also ` · Outlet`, `site` or `paren`); the dump-wide pass removes it when most headlines have one.
 */
export type HeadlineFieldShape = "dash" | "pipe" | "site" | "paren";

export function headlineField(headline: string): { at: number; shape: HeadlineFieldShape } | undefined {
  // the site in parentheses, as a forum's link posts show it (`… reach CAF final (kickoff-africa.example)`)
  const site = /\s+\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\)$/i.exec(headline);
  if (site && site.index > 10) return { at: site.index, shape: "site" };
  const pipe = /\s+[|·•]\s+[^|·•]{1,60}(?:\s+[|·•]\s+[^|·•]{1,40})?$/.exec(headline);
  if (pipe && pipe.index > 10) return { at: pipe.index, shape: "pipe" };
  // The last spaced dash: a headline may hold a dash itself (`… Opera House — in 11 minutes - Nile Arts Weekly`).
  const dash =
    /\s[-–—]\s+((?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|of|the|and|de|la|le|&)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|of|the|and|de|la|le|&)){0,5})$/u.exec(
      headline,
    );
  if (dash && dash.index > 10) return { at: dash.index, shape: "dash" };
  // the outlet in parentheses, as an e-reader's clippings write a title's author (`… goalless Superclásico (Buenos Aires Herald)`)
  const paren = /\s+\((?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|of|the|and|de|la|le|&)){0,5}\)$/u.exec(headline);
  if (paren && paren.index > 10) return { at: paren.index, shape: "paren" };
  return undefined;
}

/**
 * A section tag some dumps put before every headline: a word or three in capitals and a dash, a
 * pipe or a colon before a headline in ordinary case (`POWER — Germany sticks to …`, `MARKETS |
 * Oil rises`). Gives the length to cut; the dump-wide pass cuts it when most headlines have one.
 */
export function headlinePrefix(headline: string): number | undefined {
  const m = /^(?:\p{Lu}[\p{Lu}\p{N}&'’.-]*)(?:\s+\p{Lu}[\p{Lu}\p{N}&'’.-]*){0,2}\s*(?:[—–|:]|\s-)\s+(?=\S)/u.exec(headline);
  return m && /\p{Ll}/u.test(headline.slice(m[0].length)) ? m[0].length : undefined;
}
