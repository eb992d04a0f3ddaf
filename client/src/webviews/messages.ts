// The messages between the graphic views' hosts (extension side) and their webviews (browser
// side, client/webviews/). Types only: both sides import them, neither's code.

import type {
  DaySpan,
  EntityDetails,
  GraphData,
  GraphSettings,
  MentionItem,
  PlacesData,
  TimelineChartData,
  TimelineChartParams,
} from "../../../server/src/protocol";
import type { EntityType } from "../../../server/src/vocabulary/entityTypes";

/** What every view is told with its data: which dump, and the scope it is drawn for. */
export interface Shown {
  /** The dump's file name; undefined: no dump open. */
  dump?: string;
  /** Only the article under the cursor. */
  scoped: boolean;
  /** The article it is scoped to, when there is one under the cursor. */
  article?: number;
  /** The span of days brushed on the timeline chart. */
  span?: DaySpan;
}

export type ToView =
  | ({ type: "places"; data: PlacesData } & Shown)
  | ({ type: "graph"; data: GraphData } & Shown)
  | ({ type: "chart"; data: TimelineChartData; unit: TimelineChartParams["unit"] } & Shown)
  /** The colour theme changed: redraw with its colours. */
  | { type: "theme" }
  /** What a click asked for: an entity's hover card and mentions, or the sentences joining two. */
  | { type: "details"; title: string; details: EntityDetails }
  | { type: "sentences"; title: string; sentences: MentionItem[] };

export type FromView =
  | { type: "ready" }
  | { type: "scope"; scoped: boolean }
  | { type: "reveal"; location: MentionItem["location"] }
  | { type: "clearSpan" }
  /** An entity clicked (a place: all the names on its point). */
  | { type: "entity"; entityType: EntityType; names: string[]; title: string }
  | { type: "edge"; source: string; target: string; title: string }
  | { type: "graphSettings"; settings: GraphSettings }
  | { type: "chartUnit"; unit: TimelineChartParams["unit"] }
  | { type: "brush"; span: DaySpan | undefined };
