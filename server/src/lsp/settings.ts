// The user's `newsLens.*` settings as the server reads them: over the defaults, ignoring values of
// the wrong type (the shape and the defaults are the vocabulary's).

import { isEntityType } from "../vocabulary/entityTypes.js";
import { DEFAULT_SETTINGS, isLayoutName, type Settings } from "../vocabulary/settings.js";

export function readSettings(raw: unknown): Settings {
  // biome-ignore lint/suspicious/noExplicitAny: the client's JSON, every value checked before use
  const r = (raw ?? {}) as Record<string, any>;
  const pick = <T>(value: unknown, fallback: T): T => (typeof value === typeof fallback && value !== null ? (value as T) : fallback);
  const list = <T>(value: unknown, fallback: readonly T[], valid: (item: unknown) => item is T): readonly T[] =>
    Array.isArray(value) ? value.filter(valid) : fallback;
  const isString = (item: unknown): item is string => typeof item === "string";
  const d = DEFAULT_SETTINGS;
  return {
    files: list(r.files, d.files, isString),
    autoDetect: pick(r.autoDetect, d.autoDetect),
    maxFileSizeMB: pick(r.maxFileSizeMB, d.maxFileSizeMB),
    layout: isLayoutName(r.layout) ? r.layout : d.layout,
    entities: { enabled: pick(r.entities?.enabled, d.entities.enabled), types: list(r.entities?.types, d.entities.types, isEntityType) },
    dates: { inlayHints: pick(r.dates?.inlayHints, d.dates.inlayHints) },
    duplicates: {
      bodyThreshold: pick(r.duplicates?.bodyThreshold, d.duplicates.bodyThreshold),
      repeatedHeadlineHints: pick(r.duplicates?.repeatedHeadlineHints, d.duplicates.repeatedHeadlineHints),
      acrossFiles: pick(r.duplicates?.acrossFiles, d.duplicates.acrossFiles),
    },
  };
}
