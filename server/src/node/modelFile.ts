// Finds and reads the NER weights (I/O lives here, not in analysis/): next to the running bundle
// (dist/ner-model.bin, copied there by the build), else server/models/ner-model.bin when run from source.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { loadNerModel, type NerModel } from "../analysis/index.js";

const FILE = "ner-model.bin";

export function nerModelCandidates(): string[] {
  return [path.join(__dirname, FILE), path.join(__dirname, "..", "..", "models", FILE)];
}

/** The uncompressed model bytes for loadNerModel(). Throws a clear error when the file is missing. */
export function readNerModelBytes(): Uint8Array {
  const candidates = nerModelCandidates();
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `News Lens NER model not found: looked for ${candidates.join(" and ")}. ` +
        "Train it with `node --import tsx scripts/train-ner.ts` or make the build copy server/models/ner-model.bin next to the bundle.",
    );
  }
  const raw = readFileSync(found);
  const bytes = raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

let cached: { model?: NerModel; error?: Error } | undefined;

/**
 * A loader that reads and parses the weights once, on first call, and then returns the same model.
 * It returns undefined when the weights are missing or broken (nerModelError() tells why).
 */
export function lazyNerModel(): () => NerModel | undefined {
  return () => {
    if (!cached) {
      try {
        cached = { model: loadNerModel(readNerModelBytes()) };
      } catch (e) {
        cached = { error: e instanceof Error ? e : new Error(String(e)) };
      }
    }
    return cached.model;
  };
}

/** Whether a model file is there to load (for worker threads that load their own), unless loading it failed here. */
export function nerModelFound(): boolean {
  return !cached?.error && nerModelCandidates().some((p) => existsSync(p));
}

/** Why the last lazyNerModel() load failed, if it did. */
export function nerModelError(): Error | undefined {
  return cached?.error;
}
