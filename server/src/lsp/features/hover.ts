// Hovers: an entity (type, canonical name, aliases, how often and where it is mentioned, links to
// first mentions), a date (resolved value, weekday, distance from publication), a headline (the
// article's date, dateline, sections and who is in it).

import { type Hover, MarkupKind, type Position } from "vscode-languageserver";
import {
  type Article,
  type DateMention,
  type DumpAnalysis,
  describeDate,
  describePlace,
  type EntityEntry,
  EntityIndex,
  type EntityMention,
  mentionAt,
  mentionsOfArticle,
  type PlaceTable,
  rolesOf,
} from "../../analysis/index.js";
import { entityTypeInfo } from "../../vocabulary/entityTypes.js";

/** Roles are read from an entity's first mentions: enough to find how the text introduces a person, and bounded on a big dump. */
const ROLE_MENTIONS = 400;

/** What a hover reads beside the analysis. */
export interface HoverContext {
  /** Indexes the analysis's entities. */
  entities: EntityIndex;
  uri: string;
  lineText: (line: number) => string;
  placeTable?: PlaceTable;
  /** The dump's layout in words, as Markdown (the article hover names it). */
  layout: string;
}

/** The hover at `pos`. */
export function hover(analysis: DumpAnalysis, pos: Position, { entities, uri, lineText, placeTable, layout }: HoverContext): Hover | null {
  const entity = mentionAt(analysis.entities, pos);
  if (entity)
    return {
      contents: { kind: MarkupKind.Markdown, value: entityHover(analysis, uri, entity, entities.entry(entity), lineText, placeTable) },
      range: entity.range,
    };
  const date = mentionAt(analysis.dates, pos);
  if (date) return { contents: { kind: MarkupKind.Markdown, value: dateHover(analysis, date) }, range: date.range };
  const article = analysis.articles.find((a) => a.headlineRange.start.line === pos.line);
  if (article) return { contents: { kind: MarkupKind.Markdown, value: articleHover(analysis, article, layout) }, range: article.headlineRange };
  return null;
}

function entityHover(
  analysis: DumpAnalysis,
  uri: string,
  mention: EntityMention,
  entry: EntityEntry,
  lineText: (line: number) => string,
  placeTable: PlaceTable | undefined,
): string {
  const lines = [`**${escapeMarkdown(mention.canonical)}** — ${entityTypeInfo(mention.type).label}${mention.confirmed ? " (confirmed by you)" : ""}`];
  const place = mention.type === "location" ? describePlace(mention.canonical, placeTable) : undefined;
  if (place) lines.push("", place);
  const roles = rolesOf(entry.mentions.slice(0, ROLE_MENTIONS), lineText);
  if (roles.length) lines.push("", `Roles in the text: ${roles.map((r) => `“${escapeMarkdown(r)}”`).join(", ")}`);
  const others = entry.aliases.filter((a) => a !== mention.canonical);
  if (others.length)
    lines.push(
      "",
      `Also written: ${others
        .slice(0, 8)
        .map((a) => `“${escapeMarkdown(a)}”`)
        .join(", ")}`,
    );
  const n = entry.mentions.length;
  const a = entry.articles.length;
  lines.push("", `Mentioned ${n} time${n === 1 ? "" : "s"} in ${a} of ${analysis.articles.length} article${analysis.articles.length === 1 ? "" : "s"}:`);
  for (const [i, index] of entry.articles.slice(0, 6).entries()) {
    const { first, count } = entry.inArticle[i]!;
    const headline = analysis.articles[index]?.headline ?? "";
    lines.push(`- [line ${first.range.start.line + 1}](${uri}#L${first.range.start.line + 1}) · ${escapeMarkdown(truncate(headline, 70))} (${count}×)`);
  }
  if (entry.articles.length > 6) lines.push(`- … and ${entry.articles.length - 6} more articles`);
  return lines.join("\n");
}

function dateHover(analysis: DumpAnalysis, date: DateMention): string {
  const article = analysis.articles[date.article];
  const reference = article?.published ?? article?.publishedInferred;
  const lines = [`**${describeDate(date.value, reference)}**`, "", `“${escapeMarkdown(date.text)}” resolved to \`${date.value}\``];
  if (reference) lines.push(`against the article's ${article?.published ? "date of publication" : "inferred date"} ${reference}`);
  return lines.join("\n");
}

function articleHover(analysis: DumpAnalysis, article: Article, layout: string): string {
  const lines = [`**Article ${article.index + 1} of ${analysis.articles.length}**`, ""];
  if (article.published) lines.push(`Published ${article.published}`);
  else if (article.publishedInferred) lines.push(`Published ~${article.publishedInferred} (inferred from the neighbouring articles)`);
  if (article.dateline) lines.push(`Dateline: ${escapeMarkdown(article.dateline)}`);
  lines.push(`Lines ${article.range.start.line + 1}–${article.range.end.line + 1}`);
  if (article.sections.length) lines.push(`Sections: ${article.sections.map((s) => escapeMarkdown(s.title)).join(" · ")}`);
  const inArticle = new EntityIndex(mentionsOfArticle(analysis.entities, article.index))
    .all()
    .sort((x, y) => y.mentions.length - x.mentions.length)
    .slice(0, 6);
  if (inArticle.length) lines.push(`Most mentioned: ${inArticle.map((e) => `${escapeMarkdown(e.canonical)} (${e.mentions.length})`).join(", ")}`);
  lines.push(`Layout: ${layout}`);
  return lines.join("  \n");
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}
