// Who appears with whom: the co-occurrence graph of a dump (or scope) for the graph webview, the
// details of a clicked entity (its hover card and mentions) or edge (the sentences that join its
// two entities), and the graph in the formats of Gephi and spreadsheets.

import {
  cooccurrenceGraph,
  type DumpAnalysis,
  type EntityIndex,
  type ExportedFile,
  exportGraph,
  type GraphFormat,
  joiningSentences,
  type PlaceTable,
} from "../../analysis/index.js";
import type { EdgeDetailsParams, EntityDetails, EntityDetailsParams, GraphData, GraphParams, MentionItem } from "../../protocol.js";
import { hover } from "./hover.js";
import { mentionItem, scopedMentions } from "./viewScope.js";

/** How many mentions or sentences a click lists (the count says how many there are). */
const LISTED = 200;

type LineText = (line: number) => string;

export function entityGraphData(analysis: DumpAnalysis, params: GraphParams, lineText: LineText): GraphData {
  const { unit, types, minWeight, top } = params;
  return cooccurrenceGraph(scopedMentions(analysis, params), { unit, ...(types ? { types } : {}), minWeight, top }, lineText);
}

/** The hover card of the entity's first mention in scope, and its mentions there (all its names). */
export function entityDetails(
  analysis: DumpAnalysis,
  entities: EntityIndex,
  params: EntityDetailsParams,
  lineText: LineText,
  places: PlaceTable | undefined,
): EntityDetails {
  const names = new Set(params.names);
  const mentions = scopedMentions(analysis, params).filter((m) => m.type === params.type && names.has(m.canonical));
  const first = mentions[0];
  const card = first ? hover(analysis, entities, params.uri, first.range.start, lineText, places) : null;
  return {
    hover: card && typeof card.contents === "object" && "value" in card.contents ? card.contents.value : "",
    count: mentions.length,
    mentions: mentions.slice(0, LISTED).map((m) => mentionItem(analysis, params.uri, m.range, m.article, lineText)),
  };
}

export function edgeDetails(analysis: DumpAnalysis, params: EdgeDetailsParams, lineText: LineText): MentionItem[] {
  return joiningSentences(scopedMentions(analysis, params), params.source, params.target, params.unit, lineText, LISTED).map((s) =>
    mentionItem(analysis, params.uri, s.range, s.article, lineText),
  );
}

export function graphFiles(analysis: DumpAnalysis, params: Omit<GraphParams, "article" | "span">, format: GraphFormat, lineText: LineText): ExportedFile[] {
  const uri = params.uri;
  return exportGraph(entityGraphData(analysis, params, lineText), format, decodeURIComponent(uri.slice(uri.lastIndexOf("/") + 1)));
}
