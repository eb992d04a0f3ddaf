// Find All References and highlights: every mention of the entity under the cursor (all its
// aliases), in this dump and, for references, in the other dumps of the workspace.

import { type DocumentHighlight, DocumentHighlightKind, type Location, type Position } from "vscode-languageserver";
import { type EntityIndex, type EntityMention, mentionAt } from "../../analysis/index.js";

export interface OtherDump {
  uri: string;
  entities: readonly EntityMention[];
}

export function references(index: EntityIndex, uri: string, pos: Position, others: Iterable<OtherDump> = []): Location[] {
  const mention = mentionAt(index.mentions, pos);
  if (!mention) return [];
  const same = index.mentionsOf(mention);
  const locations = same.map((m) => ({ uri, range: m.range }));
  for (const other of others) {
    // Across dumps canonical names can differ ("Qaani" alone in one file): match on any shared surface.
    const surfaces = new Set(same.map((m) => m.text));
    surfaces.add(mention.canonical);
    for (const m of other.entities)
      if (m.type === mention.type && (surfaces.has(m.text) || m.canonical === mention.canonical)) locations.push({ uri: other.uri, range: m.range });
  }
  return locations;
}

export function documentHighlights(index: EntityIndex, pos: Position): DocumentHighlight[] {
  const mention = mentionAt(index.mentions, pos);
  if (!mention) return [];
  return index.mentionsOf(mention).map((m) => ({ range: m.range, kind: DocumentHighlightKind.Text }));
}
