// The `newsLens.*` settings as the server reads them (package.json declares the same keys and
// defaults for the editor's settings UI).

import type { EntityType } from "../analysis/index.js";

export interface Settings {
  files: string[];
  autoDetect: boolean;
  maxFileSizeMB: number;
  entities: { enabled: boolean; types: EntityType[] };
  dates: { inlayHints: boolean };
  duplicates: { bodyThreshold: number; repeatedHeadlineHints: boolean; acrossFiles: boolean };
}

export const defaultSettings: Settings = {
  files: ["**/*.news.txt", "**/dumps/**/*.txt"],
  autoDetect: true,
  maxFileSizeMB: 50,
  entities: { enabled: true, types: ["person", "organization", "location"] },
  dates: { inlayHints: true },
  duplicates: { bodyThreshold: 0.8, repeatedHeadlineHints: true, acrossFiles: true },
};

/** Merges what the client sent over the defaults, ignoring values of the wrong type. */
export function readSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as Record<string, any>;
  const pick = <T>(value: unknown, fallback: T): T => (typeof value === typeof fallback && value !== null ? (value as T) : fallback);
  const list = <T>(value: unknown, fallback: T[]): T[] => (Array.isArray(value) ? (value as T[]) : fallback);
  const d = defaultSettings;
  return {
    files: list(r.files, d.files),
    autoDetect: pick(r.autoDetect, d.autoDetect),
    maxFileSizeMB: pick(r.maxFileSizeMB, d.maxFileSizeMB),
    entities: { enabled: pick(r.entities?.enabled, d.entities.enabled), types: list(r.entities?.types, d.entities.types) },
    dates: { inlayHints: pick(r.dates?.inlayHints, d.dates.inlayHints) },
    duplicates: {
      bodyThreshold: pick(r.duplicates?.bodyThreshold, d.duplicates.bodyThreshold),
      repeatedHeadlineHints: pick(r.duplicates?.repeatedHeadlineHints, d.duplicates.repeatedHeadlineHints),
      acrossFiles: pick(r.duplicates?.acrossFiles, d.duplicates.acrossFiles),
    },
  };
}
