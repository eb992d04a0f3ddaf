// Problems: the core's duplicate diagnostics for the dump itself, plus duplicate headlines shared
// with other dumps of the workspace (related information points into the other file).

import type { Diagnostic, DocumentDiagnosticReport } from "vscode-languageserver";
import { sameData, type DumpAnalysis, type Article } from "../../analysis/index.js";
import { DUPLICATE_HEADLINE } from "../../analysis/duplicates/diagnostics.js";
import { findDuplicatesFromFingerprints, type ArticleFingerprint } from "../../analysis/duplicates/duplicates.js";

export interface DumpFingerprints {
  uri: string;
  articles: readonly Article[];
  fingerprints: readonly ArticleFingerprint[];
}

export function diagnostics(analysis: DumpAnalysis, own: DumpFingerprints, others: readonly DumpFingerprints[]): Diagnostic[] {
  const result = analysis.diagnostics as Diagnostic[];
  if (others.length === 0) return result;
  return [...result, ...crossFileDuplicates(own, others)].sort((a, b) => a.range.start.line - b.range.start.line);
}

function crossFileDuplicates(own: DumpFingerprints, others: readonly DumpFingerprints[]): Diagnostic[] {
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
      const name = decodeURIComponent(first.dump.uri.split("/").pop() ?? first.dump.uri);
      out.push({
        range: own.articles[mine.article]!.headlineRange,
        severity: 2,
        code: DUPLICATE_HEADLINE,
        source: "news-lens",
        message: `${group.kind === "exact" ? "Duplicate" : "Near-duplicate"} headline: also in ${name} (line ${first.dump.articles[first.article]!.headlineRange.start.line + 1})`,
        relatedInformation: elsewhere.map((m) => ({
          location: { uri: m.dump.uri, range: m.dump.articles[m.article]!.headlineRange },
          message: `Copy in ${decodeURIComponent(m.dump.uri.split("/").pop() ?? "")}`,
        })),
        data: { kind: group.kind, acrossFiles: true },
      });
    }
  }
  return out;
}

/**
 * Pull-diagnostic reports with result ids: a pull that finds what the client already has (it
 * names the report it holds) is answered "unchanged", so a keystroke in a big dump does not send
 * its thousand duplicate diagnostics again (nor make the editor parse them).
 */
export class DiagnosticReports {
  private readonly last = new Map<string, { resultId: string; items: Diagnostic[] }>();
  private next = 1;

  report(uri: string, items: Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
    const held = this.last.get(uri);
    if (held && held.resultId === previousResultId && sameData(held.items, items)) return { kind: "unchanged", resultId: held.resultId };
    const resultId = String(this.next++);
    this.last.set(uri, { resultId, items });
    return { kind: "full", resultId, items };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
