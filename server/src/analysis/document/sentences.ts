// Where the sentence around a span begins and ends, in a line or an article: the clause of a date
// (its tense) and the sentence a timeline row quotes both come from here.

import { MONTH_ABBREVIATION_PATTERN } from "../words/calendar.js";

/** "Jan. 29", "Oct. 7", "J. Smith": a dot after these does not end a sentence. */
const ABBREVIATION_BEFORE_DOT = new RegExp(`\\b(?:${MONTH_ABBREVIATION_PATTERN}|[A-Z])$`);

/** A sentence longer than this on either side of its span is not one (a table, a run-on scrape). */
const REACH = 400;

/**
 * The sentence that holds text[start, end): from after the sentence end before it (or the line's
 * start) to its own end mark (or the line's end), at most REACH characters either side.
 */
export function sentenceBounds(text: string, start: number, end: number): { from: number; to: number } {
  const minS = Math.max(0, start - REACH);
  const maxE = Math.min(text.length, end + REACH);
  let s = start;
  while (s > minS) {
    const c = text.charCodeAt(s - 1);
    if (c === 10 || c === 13) break;
    if ((c === 46 || c === 33 || c === 63) && s < text.length && /\s/.test(text[s] ?? "")) {
      if (!ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(0, s - 6), s - 1))) break;
    }
    s--;
  }
  let e = end;
  while (e < maxE) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13) break;
    if ((c === 46 || c === 33 || c === 63) && /\s|$/.test(text[e + 1] ?? "")) {
      if (!ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(0, e - 5), e))) {
        e++;
        break;
      }
    }
    e++;
  }
  return { from: s, to: e };
}

/** The sentence of `line` that holds [start, end), trimmed, cut to a readable length. */
export function sentenceOf(line: string, start: number, end: number, longest = 240): string {
  const { from, to } = sentenceBounds(line, start, end);
  const sentence = line.slice(from, to).trim();
  return sentence.length > longest ? `${sentence.slice(0, longest - 1)}…` : sentence;
}
