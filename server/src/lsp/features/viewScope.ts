// What the graphic views share: the mentions of a scope (the dump, an article, a span of days
// brushed on the timeline chart) and mentions listed with their sentence and headline.

import { type DumpAnalysis, type EntityMention, inArticles, type Range, scopedArticles, sentenceOf } from "../../analysis/index.js";
import type { MentionItem, ScopedViewParams } from "../../protocol.js";

/** The entity mentions of the scope `params` names, in document order. */
export function scopedMentions(analysis: DumpAnalysis, params: ScopedViewParams): readonly EntityMention[] {
  return inArticles(analysis.entities, scopedArticles(analysis, params));
}

/** A mention (or a sentence's range) as a view lists it. */
export function mentionItem(analysis: DumpAnalysis, uri: string, range: Range, article: number, lineText: (line: number) => string): MentionItem {
  return {
    location: { uri, range },
    sentence: sentenceOf(lineText(range.start.line), range.start.character, range.start.line === range.end.line ? range.end.character : range.start.character),
    article,
    headline: analysis.articles[article]?.headline ?? "",
  };
}
