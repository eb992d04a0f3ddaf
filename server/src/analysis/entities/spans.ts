// What entity recognition gives for one article: spans of its text, each with its type.

import type { EntityType } from "../../vocabulary/entityTypes.js";
import type { Span } from "../types.js";

export interface EntitySpan extends Span {
  type: EntityType;
  text: string;
}
