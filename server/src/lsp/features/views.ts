// Data for the client's views: the Entities tree, the Timeline and the Duplicates quick pick.
// The client only displays these; all the analysis happens here.

import type { Location } from "vscode-languageserver";
import type { DumpAnalysis, EntityType } from "../../analysis/index.js";
import { indexEntities, mentionsOfArticle } from "../../analysis/entities/mentionIndex.js";
import { DUPLICATE_BODY, DUPLICATE_HEADLINE, type DuplicateData } from "../../analysis/duplicates/diagnostics.js";
import { formatDateValue } from "./dateText.js";

export interface EntityItem {
  type: EntityType;
  name: string;
  aliases: string[];
  count: number;
  articles: number[];
  mentions: Location[];
}

export function entityItems(analysis: DumpAnalysis, uri: string, article?: number): EntityItem[] {
  const mentions = article === undefined ? analysis.entities : mentionsOfArticle(analysis.entities, article);
  return [...indexEntities(mentions).values()]
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

export interface TimelineItem {
  value: string;
  label: string;
  text: string;
  sentence: string;
  article: number;
  headline: string;
  location: Location;
}

export function timelineItems(analysis: DumpAnalysis, uri: string, lineText: (line: number) => string, article?: number): TimelineItem[] {
  return analysis.dates
    .filter((d) => article === undefined || d.article === article)
    .map((d) => ({
      value: d.value,
      label: formatDateValue(d.value),
      text: d.text,
      sentence: sentenceAround(lineText(d.range.start.line), d.range.start.character, d.range.end.character),
      article: d.article,
      headline: analysis.articles[d.article]?.headline ?? "",
      location: { uri, range: d.range },
    }))
    .sort((a, b) => a.value.localeCompare(b.value) || a.location.range.start.line - b.location.range.start.line);
}

/** The sentence of `line` that holds [start, end), trimmed to a readable length. */
export function sentenceAround(line: string, start: number, end: number): string {
  let from = 0;
  for (const m of line.slice(0, start).matchAll(/[.!?]["”’]?\s+(?=[\p{Lu}"“‘])/gu)) from = m.index! + m[0].length;
  const rest = line.slice(end).search(/[.!?](?:["”’])?(?:\s|$)/);
  const to = rest < 0 ? line.length : end + rest + 1;
  const sentence = line.slice(from, to).trim();
  return sentence.length > 240 ? sentence.slice(0, 239) + "…" : sentence;
}

export interface DuplicateItem {
  kind: string;
  similarity?: number;
  copies: { headline: string; location: Location }[];
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
    });
  }
  return items;
}
