// The layout of a dump as the user sees it: in the article hover, and for "News Lens: Set Dump
// Layout…", which offers the other layouts beside the one inferred.

import type { DumpSession } from "../../analysis/index.js";
import type { LayoutInfo } from "../../protocol.js";

export function layoutInfo(session: DumpSession): LayoutInfo {
  const profile = session.layout();
  return { mode: profile.mode, description: profile.description, chosen: profile.chosen, inferred: session.inferredLayout().description };
}
