// Roles the text gives a person: the title before the name ("Prime Minister Mohammed Shia
// Al-Sudani", "UNIFIL spokesperson Andrea Tenenti") and the appositive after it ("Philippe
// Lazzarini, head of the UN Palestinian refugee agency UNRWA,"). Pure; for hovers.

import type { EntityMention } from "../types.js";
import { PERSON_ROLES } from "../words/entityCues.js";
import { FUNCTION_WORDS } from "../words/stopWords.js";
import { TITLE_WORDS } from "./lexicon.js";

/** The nouns a role ends in: titles and ranks, and people's occupations and standing (`winner` too, which the rules leave out before names: `Champions League winner Real Madrid`). */
const ROLE_NOUNS: ReadonlySet<string> = new Set([...TITLE_WORDS, ...PERSON_ROLES, "winner"]);

export function rolesOf(mentions: readonly EntityMention[], lineText: (line: number) => string, limit = 3): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== "person" || m.range.start.line !== m.range.end.line) continue;
    const line = lineText(m.range.start.line);
    for (const role of [titleBefore(line.slice(0, m.range.start.character)), appositiveAfter(line.slice(m.range.end.character))]) {
      if (role) counts.set(role, (counts.get(role) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
    .slice(0, limit)
    .map(([r]) => r);
}

/** The last `count` words of `text` (split at runs of white space), without splitting all of a long line. */
function lastWords(text: string, count: number): string[] {
  const trimmed = text.trimEnd();
  if (trimmed.length > WORDS_TAIL) {
    const tail = trimmed.slice(-WORDS_TAIL).split(/\s+/);
    // More than `count` pieces: the first (perhaps cut in two) is not among the last `count`.
    if (tail.length > count) return tail.slice(-count);
  }
  return trimmed.split(/\s+/).slice(-count);
}
const WORDS_TAIL = 160;

/** The run of title words right before a name: "military spokesman Rear Admiral". */
function titleBefore(before: string): string | undefined {
  const words = lastWords(before, 6);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const bare = w.toLowerCase().replace(/[’']s$/, "");
    if (!/^\p{L}/u.test(w) || /[,.;:!?“”"()]/.test(w) || FUNCTION_WORDS.has(bare) || /^\p{Ll}+ed$/u.test(w)) break;
    kept.unshift(w);
  }
  while (kept.length && !ROLE_NOUNS.has(kept.at(-1)!.toLowerCase())) kept.pop(); // a role ends in a role noun
  return kept.length && kept.length <= 5 ? kept.join(" ") : undefined;
}

/** ", head of the UN Palestinian refugee agency UNRWA," right after a name. */
function appositiveAfter(after: string): string | undefined {
  const m = /^,\s+((?:the\s+)?[^,.;:“”"()]{3,90}?)(?=,|\.\s|;|$)/.exec(after);
  if (!m) return undefined;
  const phrase = m[1]!.trim();
  const head = phrase
    .split(/\s+/)
    .slice(0, 3)
    .map((w) => w.toLowerCase().replace(/[’']s$/, ""));
  if (!head.some((w) => ROLE_NOUNS.has(w))) return undefined;
  if (/^\d/.test(phrase) || /\b(?:said|says|told|added|who|which)\b/.test(phrase)) return undefined;
  return phrase;
}
