// Data for the client's views: the Entities tree, the Timeline and the Duplicates quick pick.
// The client only displays these; all the analysis happens here.

import {
  DUPLICATE_BODY,
  DUPLICATE_HEADLINE,
  type DumpAnalysis,
  type DuplicateData,
  EntityIndex,
  formatDateValue,
  mentionsOfArticle,
  sentenceOf,
} from "../../analysis/index.js";
import type { DuplicateItem, EntityItem, TimelineItem } from "../../protocol.js";

export function entityItems(analysis: DumpAnalysis, uri: string, article?: number): EntityItem[] {
  const mentions = article === undefined ? analysis.entities : mentionsOfArticle(analysis.entities, article);
  return new EntityIndex(mentions)
    .all()
    .map((e) => ({
      type: e.type,
      name: e.canonical,
      aliases: e.aliases,
      count: e.mentions.length,
      articles: e.articles,
      mentions: e.mentions.map((m) => ({ uri, range: m.range })),
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function timelineItems(analysis: DumpAnalysis, uri: string, lineText: (line: number) => string, article?: number): TimelineItem[] {
  return analysis.dates
    .filter((d) => article === undefined || d.article === article)
    .map((d) => ({
      value: d.value,
      label: formatDateValue(d.value),
      text: d.text,
      sentence: sentenceOf(lineText(d.range.start.line), d.range.start.character, d.range.end.character),
      article: d.article,
      headline: analysis.articles[d.article]?.headline ?? "",
      location: { uri, range: d.range },
    }))
    .sort((a, b) => a.value.localeCompare(b.value) || a.location.range.start.line - b.location.range.start.line);
}

export function duplicateItems(analysis: DumpAnalysis, uri: string): DuplicateItem[] {
  const seen = new Set<string>();
  const items: DuplicateItem[] = [];
  for (const d of analysis.diagnostics) {
    if (d.code !== DUPLICATE_HEADLINE && d.code !== DUPLICATE_BODY) continue;
    const data = d.data as DuplicateData;
    const key = data.articles.join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({
      kind: data.kind,
      ...(data.similarity !== undefined ? { similarity: data.similarity } : {}),
      copies: data.articles.map((i) => ({ headline: analysis.articles[i]!.headline, location: { uri, range: analysis.articles[i]!.headlineRange } })),
      count: data.copies,
    });
  }
  return items;
}
