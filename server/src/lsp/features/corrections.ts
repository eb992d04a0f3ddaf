// The user's entity corrections in the editor: code actions that offer them on an entity or a
// selection (the client's `newsLens.correctEntity` command writes the chosen correction to the
// annotations file or the workspace lexicon), and their application to an analysis.

import { CodeActionKind, type CodeAction, type Range } from "vscode-languageserver";
import { applyCorrections, type AnnotationsFile, type CorrectionType, type Lexicon } from "../../analysis/corrections/annotations.js";
import { mentionAt } from "../../analysis/entities/mentionIndex.js";
import type { DumpAnalysis } from "../../analysis/index.js";

export const CORRECT_COMMAND = "newsLens.correctEntity";
const KIND = `${CodeActionKind.Refactor}.newsLens`;
const LABEL: Record<CorrectionType, string> = { person: "Person", organization: "Organization", location: "Location", misc: "Other", none: "Not an Entity" };

export function correctionActions(analysis: DumpAnalysis, uri: string, range: Range, lineText: (line: number) => string): CodeAction[] {
  const mention = mentionAt(analysis.entities, range.start);
  let target: Range;
  let text: string;
  if (mention) {
    target = mention.range;
    text = mention.text;
  } else {
    if (range.start.line !== range.end.line || range.start.character === range.end.character) return [];
    target = range;
    text = lineText(range.start.line).slice(range.start.character, range.end.character).trim();
    // A selection that reads like a name: a few words, capitalised (not a sentence or a headline).
    if (!/^[\p{Lu}\p{Lo}]/u.test(text) || text.split(/\s+/).length > 5 || /[.,;:!?]$/.test(text)) return [];
  }
  const types: CorrectionType[] = mention ? (["person", "organization", "location", "misc", "none"] as const).filter((t) => t !== mention.type) : ["person", "organization", "location", "misc"];
  return types.map((type) => ({
    title: type === "none" ? `News Lens: “${text}” is Not an Entity…` : `News Lens: Mark “${text}” as ${LABEL[type]}…`,
    kind: KIND,
    command: { title: LABEL[type], command: CORRECT_COMMAND, arguments: [uri, target, type, text] },
  }));
}

export interface Corrections {
  annotations: AnnotationsFile;
  lexicon: Lexicon | undefined;
  /** Changes whenever the files behind them change. */
  key: string;
}

/** The analysis with the user's corrections applied to its entities (the same object if none). */
export function withCorrections(analysis: DumpAnalysis, lines: readonly string[], corrections: Corrections | undefined): DumpAnalysis {
  if (!corrections || (!corrections.annotations.corrections.length && !corrections.lexicon?.entries.length)) return analysis;
  return { ...analysis, entities: applyCorrections(lines, analysis, corrections.annotations, corrections.lexicon) };
}
