// The `newsLens.*` settings: their shape and defaults, in one place. package.json declares the same
// keys for the editor's settings UI (a unit test holds the two together), the server reads the
// user's values over these defaults, and the core's options default to them.

import { DEFAULT_ENTITY_TYPES, type EntityType } from "./entityTypes.js";

export interface Settings {
  readonly files: readonly string[];
  readonly autoDetect: boolean;
  readonly maxFileSizeMB: number;
  readonly entities: { readonly enabled: boolean; readonly types: readonly EntityType[] };
  readonly dates: { readonly inlayHints: boolean };
  readonly duplicates: { readonly bodyThreshold: number; readonly repeatedHeadlineHints: boolean; readonly acrossFiles: boolean };
}

export const DEFAULT_SETTINGS: Settings = {
  files: ["**/*.news.txt", "**/dumps/**/*.txt"],
  autoDetect: true,
  maxFileSizeMB: 50,
  entities: { enabled: true, types: DEFAULT_ENTITY_TYPES },
  dates: { inlayHints: true },
  duplicates: { bodyThreshold: 0.8, repeatedHeadlineHints: true, acrossFiles: true },
};
