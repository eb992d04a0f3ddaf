// Colour: people, organisations, places, dates and headlines as semantic tokens. The custom types
// are declared in package.json with a super type, so every theme colours them.

import type { Range, SemanticTokens, SemanticTokensLegend } from "vscode-languageserver";
import { type DumpAnalysis, type EntityType, mentionsNearLines } from "../../analysis/index.js";
import { ENTITY_TYPE_IDS } from "../../vocabulary/entityTypes.js";

/** The entity types (package.json declares each as a semantic token type), then dates and headlines. */
export const TOKEN_TYPES = [...ENTITY_TYPE_IDS, "date", "headline"] as const;
export const TOKEN_MODIFIERS = ["confirmed"] as const;
export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export interface TokenOptions {
  entities: boolean;
  entityTypes: readonly EntityType[];
}

interface Token {
  line: number;
  start: number;
  length: number;
  type: number;
  modifiers: number;
}

export function semanticTokens(analysis: DumpAnalysis, options: TokenOptions, range?: Range): SemanticTokens {
  const tokens: Token[] = [];
  const inRange = (line: number) => !range || (line >= range.start.line && line <= range.end.line);
  const push = (r: Range, type: number, modifiers = 0) => {
    if (r.start.line !== r.end.line || !inRange(r.start.line) || r.end.character <= r.start.character) return;
    tokens.push({ line: r.start.line, start: r.start.character, length: r.end.character - r.start.character, type, modifiers });
  };
  for (const article of analysis.articles) push(article.headlineRange, TOKEN_TYPES.indexOf("headline"));
  if (options.entities) {
    const wanted = new Set(options.entityTypes);
    // a screen's tokens need the mentions of its articles only, not the dump's
    const mentions = range ? mentionsNearLines(analysis.entities, range.start.line, range.end.line) : analysis.entities;
    for (const e of mentions) {
      if (!wanted.has(e.type)) continue;
      push(e.range, TOKEN_TYPES.indexOf(e.type), e.confirmed ? 1 : 0);
    }
  }
  for (const d of analysis.dates) push(d.range, TOKEN_TYPES.indexOf("date"));
  // Entities and dates inside a headline win over the headline itself: split it around them.
  return { data: encode(resolveOverlaps(tokens)) };
}

/** Sorted, non-overlapping tokens; a token inside another splits the outer one. */
function resolveOverlaps(tokens: Token[]): Token[] {
  const headline = TOKEN_TYPES.indexOf("headline");
  tokens.sort((a, b) => a.line - b.line || a.start - b.start || (a.type === headline ? -1 : 1));
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (!last || last.line !== t.line || last.start + last.length <= t.start) {
      out.push({ ...t });
      continue;
    }
    if (last.type !== headline) continue; // two mentions overlap: keep the first
    // Cut the headline token around t, keeping its tail after t.
    const tailStart = t.start + t.length;
    const tailLength = last.start + last.length - tailStart;
    last.length = t.start - last.start;
    if (last.length <= 0) out.pop();
    out.push({ ...t });
    if (tailLength > 0) out.push({ line: t.line, start: tailStart, length: tailLength, type: headline, modifiers: last.modifiers });
  }
  return out;
}

function encode(tokens: Token[]): number[] {
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const t of tokens) {
    const dl = t.line - line;
    data.push(dl, dl === 0 ? t.start - char : t.start, t.length, t.type, t.modifiers);
    line = t.line;
    char = t.start;
  }
  return data;
}
