// Who appears with whom: the co-occurrence graph of a dump (or scope) for the graph webview, the
// details of a clicked entity (its hover card and mentions) or edge (the sentences that join its
// two entities), and the graph in the formats of Gephi and spreadsheets.

import {
  cooccurrenceGraph,
  DEFAULT_GRAPH_OPTIONS,
  type DumpAnalysis,
  type EntityType,
  type ExportedFile,
  exportGraph,
  type GraphFormat,
  joiningSentences,
} from "../../analysis/index.js";
import type { EdgeDetailsParams, EntityDetails, EntityDetailsParams, GraphData, GraphParams, GraphSettings, MentionItem } from "../../protocol.js";
import { type HoverContext, hover } from "./hover.js";
import { mentionItem, scopedMentions } from "./viewScope.js";

/** How many mentions or sentences a click lists (the count says how many there are). */
const LISTED = 200;

type LineText = (line: number) => string;

/** The filters asked for, the defaults for the rest (every type the user's settings show). */
export function graphSettings(params: GraphSettings, shownTypes: readonly EntityType[]): Required<GraphSettings> {
  return {
    unit: params.unit ?? DEFAULT_GRAPH_OPTIONS.unit,
    types: params.types ?? [...shownTypes],
    minWeight: params.minWeight ?? DEFAULT_GRAPH_OPTIONS.minWeight,
    top: params.top ?? DEFAULT_GRAPH_OPTIONS.top,
  };
}

export function entityGraphData(analysis: DumpAnalysis, params: GraphParams, shownTypes: readonly EntityType[], lineText: LineText): GraphData {
  const settings = graphSettings(params, shownTypes);
  return { ...cooccurrenceGraph(scopedMentions(analysis, params), settings, lineText), settings };
}

/** The hover card of the entity's first mention in scope, and its mentions there (all its names). */
export function entityDetails(analysis: DumpAnalysis, params: EntityDetailsParams, context: HoverContext): EntityDetails {
  const { lineText } = context;
  const names = new Set(params.names);
  const mentions = scopedMentions(analysis, params).filter((m) => m.type === params.type && names.has(m.canonical));
  const first = mentions[0];
  const card = first ? hover(analysis, first.range.start, context) : null;
  return {
    hover: card && typeof card.contents === "object" && "value" in card.contents ? card.contents.value : "",
    count: mentions.length,
    mentions: mentions.slice(0, LISTED).map((m) => mentionItem(analysis, params.uri, m.range, m.article, lineText)),
  };
}

export function edgeDetails(analysis: DumpAnalysis, params: EdgeDetailsParams, lineText: LineText): MentionItem[] {
  const unit = params.unit ?? DEFAULT_GRAPH_OPTIONS.unit;
  return joiningSentences(scopedMentions(analysis, params), params.source, params.target, unit, lineText, LISTED).map((s) =>
    mentionItem(analysis, params.uri, s.range, s.article, lineText),
  );
}

export function graphFiles(
  analysis: DumpAnalysis,
  params: GraphSettings & { uri: string },
  format: GraphFormat,
  shownTypes: readonly EntityType[],
  lineText: LineText,
): ExportedFile[] {
  const uri = params.uri;
  const graph = cooccurrenceGraph(analysis.entities, graphSettings(params, shownTypes), lineText);
  return exportGraph(graph, format, decodeURIComponent(uri.slice(uri.lastIndexOf("/") + 1)));
}
