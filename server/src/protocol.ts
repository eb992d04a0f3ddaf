// The News Lens protocol between the extension's client and the language server, beside LSP:
// the `newsLens/*` requests and notifications with their parameters and results, the items the
// views show, and the commands the server names in code actions and hovers. Both sides import it;
// it holds no code of either.

import { type DocumentSymbol, type Location, NotificationType, type Position, type Range, RequestType } from "vscode-languageserver-protocol";
import type {
  CooccurrenceUnit,
  Correction,
  EntityGraph,
  EntityType,
  ExportedFile,
  ExportFormat,
  GraphFormat,
  HistogramUnit,
  PlacesFormat,
} from "./analysis/index.js";
import type { CorrectionType } from "./vocabulary/entityTypes.js";
import type { LayoutName } from "./vocabulary/settings.js";

export type { Correction, ExportedFile };

/** A document, and optionally one of its articles (the views' scope). */
export interface ViewParams {
  uri: string;
  article?: number;
}

/** A row of the Entities view: one entity with its aliases and mentions. */
export interface EntityItem {
  type: EntityType;
  name: string;
  aliases: string[];
  count: number;
  articles: number[];
  mentions: Location[];
}

/** A row of the News Timeline: one dated mention, with the sentence it comes from. */
export interface TimelineItem {
  value: string;
  label: string;
  text: string;
  sentence: string;
  article: number;
  headline: string;
  location: Location;
}

/** A group of duplicates ("News Lens: Show Duplicates"). */
export interface DuplicateItem {
  kind: string;
  similarity?: number;
  /** The group's first copies (at most ten), the original first. */
  copies: { headline: string; location: Location }[];
  /** How many copies the group has in all. */
  count: number;
}

/** How a dump's articles are found ("News Lens: Set Dump Layout…"). */
export interface LayoutInfo {
  /** The layout in force. */
  mode: Exclude<LayoutName, "auto">;
  /** What it is in words: the opener of the records, pages of a PDF export… */
  description: string;
  /** Whether `newsLens.layout` chose it rather than inference. */
  chosen: boolean;
  /** The layout inference gives the dump (what `auto` would use). */
  inferred: string;
}

/** A span of days brushed on the timeline chart: ISO dates, both included. */
export interface DaySpan {
  from: string;
  to: string;
}

/** The scope of the places map and the entity graph: a document, one of its articles, a span of days. */
export interface ScopedViewParams extends ViewParams {
  span?: DaySpan;
}

/** Said by a view that has nothing to draw and why (a dump over the size limit, a cancelled analysis). */
export interface EmptyBecause {
  emptyBecause?: string;
}

/** One place on the map. */
export interface PlaceItem {
  name: string;
  /** Every entity name that lands on this point ("US", "United States"). */
  names: string[];
  kind: "country" | "capital" | "city";
  country: string;
  description: string;
  latitude: number;
  longitude: number;
  count: number;
  articles: number;
  /** Its first mention, revealed on a click. */
  first: Location;
}

export interface PlacesData extends EmptyBecause {
  places: PlaceItem[];
  /** Place names the gazetteer cannot locate, most mentioned first. */
  unlocated: { name: string; count: number }[];
}

/** The graph's filters; the server's defaults fill in those not given. */
export interface GraphSettings {
  unit?: CooccurrenceUnit;
  types?: EntityType[];
  minWeight?: number;
  top?: number;
}

export interface GraphParams extends ScopedViewParams, GraphSettings {}

/** The graph, with the filters it was made with. */
export type GraphData = EntityGraph & EmptyBecause & { settings: Required<GraphSettings> };

/** A mention (or a sentence) listed by a view: where it is, its sentence, its article's headline. */
export interface MentionItem {
  location: Location;
  sentence: string;
  article: number;
  headline: string;
}

/** An entity (or a place's names) clicked in a view: its hover card and its mentions in scope. */
export interface EntityDetailsParams extends ScopedViewParams {
  type: EntityType;
  names: string[];
}

export interface EntityDetails {
  /** The hover card of its first mention (Markdown). */
  hover: string;
  /** Mentions in scope; `mentions` lists the first of them. */
  count: number;
  mentions: MentionItem[];
}

/** An edge clicked in the graph: the sentences that join its two entities (graph node ids). */
export interface EdgeDetailsParams extends ScopedViewParams {
  source: string;
  target: string;
  unit?: CooccurrenceUnit;
}

export interface TimelineChartParams extends ViewParams {
  unit: HistogramUnit | "auto";
}

export interface TimelineChartData extends EmptyBecause {
  unit: HistogramUnit;
  /** Every bin from the first to the last; `first` is its first dated mention, revealed on a click. */
  bins: { key: string; label: string; from: string; to: string; count: number; first?: Location }[];
  /** Mentions on the chart, those too coarse for its unit ("in 2023" on a chart by day), those outside its range. */
  counted: number;
  coarser: number;
  outside: number;
}

export const requests = {
  /** The layout of a dump (null: not an open text dump). */
  layout: new RequestType<{ uri: string }, LayoutInfo | null, void>("newsLens/layout"),
  /** People, organisations and places of a dump (or one article), by mention count. */
  entities: new RequestType<ViewParams, EntityItem[], void>("newsLens/entities"),
  /** Dated mentions of a dump (or one article), in calendar order. */
  timeline: new RequestType<ViewParams, TimelineItem[], void>("newsLens/timeline"),
  /** The duplicate groups of a dump. */
  duplicates: new RequestType<ViewParams, DuplicateItem[], void>("newsLens/duplicates"),
  /** Which article holds a line (null: none). */
  articleAt: new RequestType<{ uri: string; line: number }, number | null, void>("newsLens/articleAt"),
  /** The entity mention under a position, for the correction commands. */
  entityAt: new RequestType<{ uri: string; position: Position }, { range: Range; text: string } | null, void>("newsLens/entityAt"),
  /** The correction to record for a range; the client writes it to the annotations file. */
  makeCorrection: new RequestType<{ uri: string; range: Range; type: CorrectionType; scope: "mention" | "all" }, Correction | null, void>(
    "newsLens/makeCorrection",
  ),
  /** The dump's annotations in an ML format; the client writes the files where the user chose. */
  export: new RequestType<{ uri: string; format: ExportFormat; dates: boolean }, ExportedFile[], void>("newsLens/export"),
  /** The places map: the dump's (or scope's) places the gazetteer can locate. */
  placesMap: new RequestType<ScopedViewParams, PlacesData, void>("newsLens/placesMap"),
  /** Who appears with whom: entities and how many articles (or sentences) join each pair. */
  entityGraph: new RequestType<GraphParams, GraphData, void>("newsLens/entityGraph"),
  /** The hover card and mentions of an entity or place clicked in a view. */
  entityDetails: new RequestType<EntityDetailsParams, EntityDetails, void>("newsLens/entityDetails"),
  /** The sentences that join two entities of the graph. */
  edgeDetails: new RequestType<EdgeDetailsParams, MentionItem[], void>("newsLens/edgeDetails"),
  /** Dated mentions per day, month or year, for the timeline chart. */
  timelineChart: new RequestType<TimelineChartParams, TimelineChartData, void>("newsLens/timelineChart"),
  /** The places as GeoJSON; the client writes the file where the user chose. */
  exportPlaces: new RequestType<{ uri: string; format: PlacesFormat }, ExportedFile[], void>("newsLens/exportPlaces"),
  /** The entity graph as GraphML, GEXF or CSV tables; the client writes the files where the user chose. */
  exportGraph: new RequestType<{ uri: string; format: GraphFormat } & GraphSettings, ExportedFile[], void>("newsLens/exportGraph"),
  /** Whether a plain-text document looks like a dump (its first 64 KB). */
  looksLikeDump: new RequestType<{ text: string }, boolean, void>("newsLens/looksLikeDump"),
  /** Answered at once: the client's liveness check (a server that is running but does not answer this is hung). */
  alive: new RequestType<null, true, void>("newsLens/alive"),
  /** A file over 50 MB, which VS Code keeps from extensions, read by the server: its Outline (null: not a dump). */
  openLargeFile: new RequestType<{ uri: string }, DocumentSymbol[] | null, void>("newsLens/openLargeFile"),
} as const;

export const notifications = {
  /** The client closed the last tab of a file the server read from disk. */
  closeLargeFile: new NotificationType<{ uri: string }>("newsLens/closeLargeFile"),
  /** Server → client: a dump's articles changed without an edit (`newsLens.layout` changed); views that hold them ask again. */
  articlesChanged: new NotificationType<{ uri: string }>("newsLens/articlesChanged"),
  /** Server → client: whether a dump gets only its Outline, and why (the status bar says it). */
  sizeLimit: new NotificationType<{ uri: string; limited: boolean; message: string }>("newsLens/sizeLimit"),
  /** Server → client, once per document: the editor seems to have decoded it with the wrong encoding (why, in `message`). */
  misdecoded: new NotificationType<{ uri: string; message: string }>("newsLens/misdecoded"),
} as const;

/** Commands the server puts in code actions and hovers; the client registers them. */
export const commands = {
  /** Arguments: uri, range. */
  revealLocation: "newsLens.revealLocation",
  /** Arguments: uri, range, correction type, text. */
  correctEntity: "newsLens.correctEntity",
} as const;

/**
 * How the server's process is started, by the VS Code client and by the benchmark alike.
 * `--expose-gc`: the server collects the garbage of a big dump's first analysis before the user
 * types (warmUp.ts). `MALLOC_MMAP_THRESHOLD_` (glibc; other C libraries ignore it): blocks of
 * 128 KB and more (the workers' model copies, the text shared with them, message buffers) go back
 * to the system when freed, instead of staying in the allocator's arenas for the session's life.
 */
export const SERVER_PROCESS = {
  execArgv: ["--expose-gc"],
  env: { MALLOC_MMAP_THRESHOLD_: "131072" },
} as const;
