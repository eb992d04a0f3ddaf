// `news-lens`: the analysis core outside the editor. Same core, same results as the server.

import { type DumpAnalysis, tagDocument } from "../analysis/index.js";
import { AnalysisCache } from "../node/analysisCache.js";
import { analyzeFile } from "../node/analyzeFile.js";
import { lazyNerModel } from "../node/modelFile.js";
import { defaultThreads } from "../node/parallel/workers.js";
import { CliError, readCliFile } from "../node/textFile.js";
import { isLayoutName, LAYOUT_NAMES, type LayoutName } from "../vocabulary/settings.js";
import { EXPORT_USAGE, runExport } from "./exportCommand.js";
import { runGraph, runPlaces, VIEWS_USAGE } from "./viewsCommands.js";

const USAGE = `news-lens — read a plain-text news dump into articles, entities and dates

Usage:
  news-lens analyze FILE [--json] [--jobs N] [--cache DIR] [--layout NAME]
                                    one line per article (line, date, headline) and counts; a FILE
                                    of - is standard input (no corrections apply to it);
                                    --json prints the whole analysis (DumpAnalysis); the user's
                                    corrections apply: FILE.annotations.json, and .newslens/lexicon.json
                                    in FILE's folder or the nearest above it that is yours alone
                                    (up to your home folder; never a shared one such as /tmp);
                                    a big dump is tagged on N threads (default: the cores, at most 4);
                                    --cache keeps each article's results in DIR for the next run;
                                    --layout reads the dump as records, headlines, separators or
                                    single instead of the layout inferred from it (auto)
  news-lens conll [FILE]            tag CoNLL-format tokens (token first on each line) from FILE
                                    or standard input; writes each line with the predicted BIO tag
${EXPORT_USAGE}
${VIEWS_USAGE}
  news-lens --help                  this text

Exit codes: 0 success, 1 unreadable or binary input (or a damaged corrections file), 2 wrong usage.`;

async function analyze(args: string[]): Promise<number> {
  let json = false;
  let threads = defaultThreads();
  let cache: AnalysisCache | undefined;
  let layout: LayoutName = "auto";
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (name: string) => (a === name ? args[++i] : a.slice(name.length + 1));
    if (a === "--json") json = true;
    else if (a === "--jobs" || a.startsWith("--jobs=")) {
      const given = value("--jobs");
      threads = Number(given);
      if (!Number.isInteger(threads) || threads < 1) throw new UsageError(`--jobs takes a whole number of threads, got "${given ?? ""}"`);
    } else if (a === "--cache" || a.startsWith("--cache=")) {
      const folder = value("--cache");
      if (!folder) throw new UsageError("--cache takes a folder");
      cache = new AnalysisCache(folder);
    } else if (a === "--layout" || a.startsWith("--layout=")) {
      const name = value("--layout");
      if (!isLayoutName(name)) throw new UsageError(`--layout takes one of ${LAYOUT_NAMES.join(", ")}, got "${name ?? ""}"`);
      layout = name;
    } else if (a.startsWith("--")) throw new UsageError(`analyze: unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError("analyze takes one FILE");
  if (!json) {
    process.stdout.write(summary((await analyzeFile(files[0]!, { threads, cache, layout })).analysis));
    return 0;
  }
  const out = new JsonWriter((bytes) => process.stdout.write(bytes));
  const { analysis } = await analyzeFile(files[0]!, { threads, cache, layout, early: (head) => out.fields(head) });
  out.fields(analysis);
  out.end();
  return 0;
}

/**
 * The analysis as JSON with one article, entity, date or diagnostic per line: readable, greppable,
 * about half the size of indented JSON. Written field by field (the entities go out while the
 * dates are still being resolved), each piece encoded straight into a 1 MB buffer: a 20 MB dump
 * gives 70 MB of JSON, and building big strings to encode cost more than making the JSON.
 */
class JsonWriter {
  private readonly written = new Set<string>();
  private buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  constructor(private readonly out: (bytes: Uint8Array) => void) {
    this.text("{");
  }

  /** Writes the fields of `object` not written yet. */
  fields(object: object): void {
    for (const [key, value] of Object.entries(object)) {
      if (this.written.has(key)) continue;
      this.text(`${this.written.size ? "," : ""}\n  ${JSON.stringify(key)}: `);
      this.written.add(key);
      if (!Array.isArray(value) || value.length === 0) {
        this.text(JSON.stringify(value));
        continue;
      }
      // items joined into pieces of about 16K characters: one encoding call per piece, not three per
      // item (bigger pieces were slower again)
      let piece = "[\n";
      value.forEach((item, j) => {
        piece += `    ${JSON.stringify(item)}${j + 1 < value.length ? ",\n" : "\n"}`;
        if (piece.length > 16_384) {
          this.text(piece);
          piece = "";
        }
      });
      this.text(`${piece}  ]`);
    }
  }

  end(): void {
    this.text("\n}\n");
    this.flush();
  }

  private text(s: string): void {
    // a UTF-16 code unit takes at most 3 bytes of UTF-8
    if (this.used + 3 * s.length > this.buffer.length) this.flush();
    if (3 * s.length > this.buffer.length) this.out(Buffer.from(s));
    else this.used += this.buffer.write(s, this.used);
  }

  private flush(): void {
    if (this.used === 0) return;
    // the stream may hold on to what it is given: each piece gets a buffer of its own
    this.out(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(this.buffer.length);
    this.used = 0;
  }
}

function summary(a: DumpAnalysis): string {
  const out: string[] = [];
  const width = String(a.lineCount).length;
  for (const article of a.articles) {
    const line = String(article.range.start.line + 1).padStart(width);
    const date = article.published ?? (article.publishedInferred ? `~${article.publishedInferred}` : "").padEnd(10);
    out.push(`${line}  ${date.padEnd(11)}  ${article.headline}`);
  }
  const count = (t: string) => a.entities.filter((e) => e.type === t).length;
  const diag = (code: string) => a.diagnostics.filter((d) => d.code === code).length;
  out.push(
    "",
    `${a.articles.length} articles, ${a.lineCount} lines; entities: ${count("person")} person, ${count("organization")} organization, ` +
      `${count("location")} location; ${a.dates.length} dates; ${diag("duplicate-headline")} duplicate headlines, ` +
      `${diag("duplicate-body")} near-duplicate stories`,
    "",
  );
  return out.join("\n");
}

function conll(args: string[]): number {
  const file = args.find((a) => !a.startsWith("--"));
  const text = readCliFile(file ?? "-", "file");
  const model = lazyNerModel()();
  if (!model) throw new CliError("news-lens: the entity model is missing");
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  // Each -DOCSTART- document is tagged at once, so the tagger sees how the document writes a
  // word elsewhere; output lines keep the input's order and add one column.
  const out: string[] = [];
  let document: string[][] = [[]];
  let pending: string[] = []; // input lines of the current document, blank lines included
  const flush = () => {
    const sentences = document.filter((s) => s.length);
    const tags = tagDocument(
      sentences.map((s) => s.map((l) => l.split(/\s+/)[0]!)),
      model,
    );
    const perLine = sentences.flatMap((s, i) => s.map((l, j) => `${l} ${tags[i]![j]}`));
    let k = 0;
    for (const line of pending) out.push(line.trim() ? perLine[k++]! : line);
    document = [[]];
    pending = [];
  };
  for (const line of lines) {
    if (line.startsWith("-DOCSTART-")) {
      flush();
      out.push(line);
    } else if (!line.trim()) {
      document.push([]);
      pending.push(line);
    } else {
      document.at(-1)!.push(line.trimEnd());
      pending.push(line.trimEnd());
    }
  }
  flush();
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(`${USAGE}\n`);
      return command ? 0 : 2;
    }
    if (command === "analyze") return await analyze(rest);
    if (command === "conll") return conll(rest);
    if (command === "export") return await runExport(rest);
    if (command === "places") return await runPlaces(rest);
    if (command === "graph") return await runGraph(rest);
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`news-lens: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof CliError) {
      process.stderr.write(`${e.message}\n`);
      return e.code;
    }
    process.stderr.write(`news-lens: ${(e as Error).message}\n`);
    return 1;
  }
}

// A reader that stops early (`news-lens analyze dump.txt --json | head`) is not an error; output
// that cannot be written (a full disk, `> /dev/full`) is one line and exit 1, not a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`news-lens: cannot write the output: ${e.message}\n`);
  process.exit(1);
});
void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
