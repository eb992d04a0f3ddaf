// Reads the places gazetteer (for hovers) next to the bundle, or from server/models when run
// from source; once, on first use. Missing or broken: hovers simply say less.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PlaceTable } from "../analysis/index.js";

let table: PlaceTable | null | undefined;

export function places(): PlaceTable | undefined {
  if (table === undefined) {
    const file = [path.join(__dirname, "places.json"), path.join(__dirname, "..", "..", "models", "places.json")].find((p) => existsSync(p));
    try {
      table = file ? (JSON.parse(readFileSync(file, "utf8")) as PlaceTable) : null;
    } catch {
      table = null;
    }
  }
  return table ?? undefined;
}
