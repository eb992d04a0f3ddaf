// The TextMate grammar of News Dump files (syntaxes/newsdump.tmLanguage.json), made from the
// expressions and key lists the analysis classifies lines with (lines.ts, words/), so that the
// editor's colours of a dump's structure follow the analysis. `npm run grammar` writes the file;
// a unit test checks that the committed file is what this makes.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { LINE_SHAPES } from "../server/src/analysis/document/lines.js";
import { ACQUISITION_STAMP_LINE, DATED_STAMP_LINE, FURNITURE_LINE, READING_TIME } from "../server/src/analysis/words/boilerplate.js";
import { ARCHIVE_CODES, METADATA_KEYS, TITLE_KEYS } from "../server/src/analysis/words/metadata.js";

export const GRAMMAR_FILE = join(__dirname, "..", "syntaxes", "newsdump.tmLanguage.json");

/** A JavaScript expression as Oniguruma reads it: the `i` flag as an inline option (Unicode properties read the same). */
function oniguruma(re: RegExp): string {
  return re.flags.includes("i") ? `(?i:${re.source})` : re.source;
}

/** Keys as the analysis compares them (`LOAD-DATE`, `load_date` and `Load date` are one key). */
function keyAlternatives(keys: readonly string[]): string {
  const sorted = [...new Set(keys)].sort((a, b) => b.length - a.length);
  return sorted.map((k) => k.replace(/ /g, "[ _-]?")).join("|");
}

function keyLine(keys: readonly string[], valueScope: string) {
  return {
    match: `^\\s*((?i:${keyAlternatives(keys)}))\\s*(:)\\s*(.*)$`,
    captures: {
      1: { name: "keyword.other.header.newsdump" },
      2: { name: "punctuation.separator.key-value.newsdump" },
      3: { name: valueScope },
    },
  };
}

/** A whole line of the shape `re` tells by its start (or whole) in one scope. */
const whole = (re: RegExp, scope: string) => ({ match: re.source.endsWith("$") ? oniguruma(re) : `${oniguruma(re)}.*$`, name: scope });

export function newsdumpGrammar(): object {
  const titleKeys = new Set<string>(TITLE_KEYS);
  // An archive service's codes stand for keys (`HD` for the headline); the grammar knows them as written.
  const codes = [...ARCHIVE_CODES];
  const repository = {
    separator: whole(LINE_SHAPES.separator, "comment.line.separator.newsdump"),
    title: keyLine(
      [...TITLE_KEYS, ...codes.filter(([, key]) => titleKeys.has(key)).map(([code]) => code)],
      "markup.heading.newsdump entity.name.section.newsdump",
    ),
    header: keyLine(
      [...METADATA_KEYS.filter((k) => !titleKeys.has(k)), ...codes.filter(([, key]) => !titleKeys.has(key)).map(([code]) => code)],
      "string.unquoted.header-value.newsdump",
    ),
    record: {
      patterns: [
        whole(LINE_SHAPES.mailFrom, "comment.line.mail-from.newsdump"),
        whole(LINE_SHAPES.counter, "comment.line.counter.newsdump"),
        whole(LINE_SHAPES.recordId, "comment.line.record-id.newsdump"),
        whole(LINE_SHAPES.slug, "comment.line.slug.newsdump"),
        whole(LINE_SHAPES.url, "markup.underline.link.newsdump"),
        whole(LINE_SHAPES.fence, "comment.line.separator.newsdump"),
      ],
    },
    boilerplate: {
      patterns: [FURNITURE_LINE, DATED_STAMP_LINE, ACQUISITION_STAMP_LINE, READING_TIME].map((re) => whole(re, "comment.line.boilerplate.newsdump")),
    },
    trailer: {
      patterns: [
        whole(LINE_SHAPES.trailer, "comment.line.trailer.newsdump"),
        whole(LINE_SHAPES.pageNumber, "comment.line.page-number.newsdump"),
        whole(LINE_SHAPES.signatureMark, "comment.line.signature.newsdump"),
      ],
    },
    byline: whole(LINE_SHAPES.byline, "comment.line.byline.newsdump"),
    heading: whole(LINE_SHAPES.heading, "markup.heading.newsdump"),
    quote: whole(LINE_SHAPES.quote, "markup.quote.newsdump"),
    bullet: {
      match: oniguruma(LINE_SHAPES.bullet),
      captures: { 1: { name: "punctuation.definition.list.begin.markdown.newsdump" } },
    },
    dateline: {
      patterns: [LINE_SHAPES.wireDateline, LINE_SHAPES.colonDateline].map((re) => ({
        // The place only: what follows it is the story's text.
        match: oniguruma(re).replace(/\\S$/, "(?=\\S)"),
        captures: { 1: { name: "markup.bold.dateline.newsdump entity.name.tag.dateline.newsdump" } },
      })),
    },
  };
  return {
    $comment: "Made by scripts/grammar.ts from the analysis's line shapes and keys (npm run grammar); do not edit by hand.",
    name: "News Dump",
    scopeName: "text.newsdump",
    patterns: Object.keys(repository).map((name) => ({ include: `#${name}` })),
    repository,
  };
}

export function grammarText(): string {
  return `${JSON.stringify(newsdumpGrammar(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(GRAMMAR_FILE, grammarText());
  console.log(`wrote ${GRAMMAR_FILE}`);
}
