// The user's entity corrections in the editor: code actions that offer them on an entity or a
// selection (the client's `newsLens.correctEntity` command writes the chosen correction to the
// annotations file or the workspace lexicon; the core applies them).

import { type CodeAction, CodeActionKind, type Range } from "vscode-languageserver";
import { type DumpAnalysis, mentionAt } from "../../analysis/index.js";
import { commands } from "../../protocol.js";
import { CORRECTION_TYPES, type CorrectionType, correctionLabel, ENTITY_TYPE_IDS, NOT_AN_ENTITY } from "../../vocabulary/entityTypes.js";

const KIND = `${CodeActionKind.Refactor}.newsLens`;

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
  const types: readonly CorrectionType[] = mention ? CORRECTION_TYPES.filter((t) => t !== mention.type) : ENTITY_TYPE_IDS;
  return types.map((type) => ({
    title: type === NOT_AN_ENTITY.id ? `News Lens: “${text}” is ${NOT_AN_ENTITY.label}…` : `News Lens: Mark “${text}” as ${correctionLabel(type)}…`,
    kind: KIND,
    command: { title: correctionLabel(type), command: commands.correctEntity, arguments: [uri, target, type, text] },
  }));
}
