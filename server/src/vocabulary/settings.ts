// The `newsLens.*` settings: their shape and defaults, in one place. package.json declares the same
// keys for the editor's settings UI (a unit test holds the two together), the server reads the
// user's values over these defaults, and the core's options default to them.

import { DEFAULT_ENTITY_TYPES, type EntityType } from "./entityTypes.js";

/** The layouts a user can ask for instead of the inferred one (`newsLens.layout`), and what each means. */
export const LAYOUTS = {
  auto: "Inferred from the dump: the lines its tool repeats for every article.",
  records: "Records of one template, opened by the line that recurs at the head of each (a counter, a key, a URL, a date line…).",
  headlines: "Articles found by their headlines: scraped pages, blank-line and wire layouts, header blocks.",
  separators: "An article between each pair of separator lines (=====, ----, ***, form feeds).",
  single: "The whole file is one article.",
} as const;
export type LayoutName = keyof typeof LAYOUTS;
export const LAYOUT_NAMES = Object.keys(LAYOUTS) as LayoutName[];
export const isLayoutName = (value: unknown): value is LayoutName => typeof value === "string" && Object.hasOwn(LAYOUTS, value);

export interface Settings {
  readonly files: readonly string[];
  readonly autoDetect: boolean;
  readonly maxFileSizeMB: number;
  readonly layout: LayoutName;
  readonly entities: { readonly enabled: boolean; readonly types: readonly EntityType[] };
  readonly dates: { readonly inlayHints: boolean };
  readonly duplicates: { readonly bodyThreshold: number; readonly repeatedHeadlineHints: boolean; readonly acrossFiles: boolean };
}

export const DEFAULT_SETTINGS: Settings = {
  files: ["**/*.news.txt", "**/dumps/**/*.txt"],
  autoDetect: true,
  maxFileSizeMB: 50,
  layout: "auto",
  entities: { enabled: true, types: DEFAULT_ENTITY_TYPES },
  dates: { inlayHints: true },
  duplicates: { bodyThreshold: 0.8, repeatedHeadlineHints: true, acrossFiles: true },
};
