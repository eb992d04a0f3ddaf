// Duplicate headlines between dumps: one dump's articles matched against those of the workspace's
// other dumps (open or indexed from disk), reported on the first dump's headlines with related
// information pointing into the other files.

import type { Article, Diagnostic } from "../types.js";
import { DUPLICATE_HEADLINE, RELATED_COPIES } from "./diagnostics.js";
import type { ArticleFingerprint } from "./fingerprint.js";
import { findDuplicatesFromFingerprints } from "./matching.js";

/** A dump's articles and their fingerprints, by URI. */
export interface DumpFingerprints {
  readonly uri: string;
  readonly articles: readonly Article[];
  readonly fingerprints: readonly ArticleFingerprint[];
}

/** Duplicate headlines (exact or near) between `own` and the `others`, as diagnostics of `own`. */
export function crossFileDuplicates(own: DumpFingerprints, others: readonly DumpFingerprints[]): Diagnostic[] {
  const owners: { dump: DumpFingerprints; article: number }[] = [];
  const fingerprints: ArticleFingerprint[] = [];
  for (const dump of [own, ...others]) {
    dump.fingerprints.forEach((fp, article) => {
      owners.push({ dump, article });
      fingerprints.push(fp);
    });
  }
  const out: Diagnostic[] = [];
  for (const group of findDuplicatesFromFingerprints(fingerprints)) {
    if (group.kind === "body") continue;
    const members = group.articles.map((i) => owners[i]!);
    const elsewhere = members.filter((m) => m.dump !== own);
    if (elsewhere.length === 0) continue;
    for (const mine of members.filter((m) => m.dump === own)) {
      const first = elsewhere[0]!;
      out.push({
        range: own.articles[mine.article]!.headlineRange,
        severity: 2,
        code: DUPLICATE_HEADLINE,
        source: "news-lens",
        message: `${group.kind === "exact" ? "Duplicate" : "Near-duplicate"} headline: also in ${fileName(first.dump.uri)} (line ${first.dump.articles[first.article]!.headlineRange.start.line + 1})`,
        // Bounded as within a dump: the first few copies elsewhere, the last saying how many more.
        relatedInformation: elsewhere.slice(0, RELATED_COPIES).map((m, i, shown) => ({
          location: { uri: m.dump.uri, range: m.dump.articles[m.article]!.headlineRange },
          message: `Copy in ${fileName(m.dump.uri)}${i === shown.length - 1 && elsewhere.length > shown.length ? ` (and ${elsewhere.length - shown.length} more)` : ""}`,
        })),
        data: { kind: group.kind, acrossFiles: true, copies: elsewhere.length },
      });
    }
  }
  return out;
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.split("/").pop() ?? uri);
}
