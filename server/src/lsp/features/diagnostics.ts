// Problems: the core's duplicate diagnostics for the dump itself, plus duplicate headlines shared
// with other dumps of the workspace (related information points into the other file).

import type { Diagnostic, DocumentDiagnosticReport } from "vscode-languageserver";
import { crossFileDuplicates, type DumpAnalysis, type DumpFingerprints, sameData } from "../../analysis/index.js";

/**
 * The core's duplicate diagnostics for the dump itself, plus the duplicate headlines it shares with
 * other dumps. The dump's own fingerprints are asked for only when there are other dumps.
 */
export function diagnostics(analysis: DumpAnalysis, own: () => DumpFingerprints, others: readonly DumpFingerprints[]): Diagnostic[] {
  const result = analysis.diagnostics as Diagnostic[];
  if (others.length === 0) return result;
  return [...result, ...(crossFileDuplicates(own(), others) as Diagnostic[])].sort((a, b) => a.range.start.line - b.range.start.line);
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
