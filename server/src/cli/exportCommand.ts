// `news-lens export DUMP --format F --out PATH [--dates]`: the analysis with the user's corrections
// (DUMP.annotations.json beside the dump, .newslens/lexicon.json in the dump's folder or in the
// nearest folder above it that is the user's own), written for ML annotation tools. PATH is a
// file, written atomically; for brat a new or empty folder, filled atomically (no file in it is
// ever overwritten). PATH is never the dump or one of its corrections files, whatever its name.

import { existsSync, mkdirSync, realpathSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type ExportFormat, exportAnnotations, exportFormats } from "../analysis/index.js";
import { analyzeFile } from "../node/analyzeFile.js";
import { ownLexiconFolders } from "../node/corrections.js";
import { folderProblem, isSameFile, writeFileAtomically, writeFolderAtomically } from "../node/safeWrite.js";
import { CliError } from "../node/textFile.js";

export const EXPORT_USAGE = `  news-lens export DUMP --format jsonl|labelstudio|conll|brat --out PATH [--dates]
                                    entities (with DUMP.annotations.json and .newslens/lexicon.json
                                    applied) per article for ML tools; --dates adds DATE spans;
                                    PATH is a file (replaced whole, never half-written) or - for
                                    standard output, or for brat a new or empty folder; never the
                                    dump or its corrections`;

/** Why `out` must not be written: it is the dump, or one of the files its corrections come from. */
function inputProblem(dump: string, out: string): string | undefined {
  if (dump === "-") return undefined; // standard input: nothing on disk to protect
  const inputs = [dump, `${dump}.annotations.json`, ...ownLexiconFolders(dump).map((f) => path.join(f, ".newslens", "lexicon.json"))];
  const input = inputs.find((file) => isSameFile(out, file));
  return input && `is ${input === dump ? "the dump itself" : input}: the export would replace it`;
}

/** `--out -` (or /dev/stdout, which a socket behind it keeps from being opened): standard output. */
const toStdout = (out: string) => out === "-" || out === "/dev/stdout";

/** Writes the export's files to `out` (see the top of the file). */
function write(out: string, format: ExportFormat, files: readonly { path: string; content: string }[]): void {
  if (format !== "brat" && toStdout(out)) {
    writeFileSync(1, files[0]!.content);
    return;
  }
  if (format === "brat") {
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    writeFolderAtomically(out, files);
    return;
  }
  const info = statSync(out, { throwIfNoEntry: false });
  if (info?.isDirectory()) throw new Error("is a folder");
  if (info && !info.isFile()) {
    // A FIFO, a terminal, /dev/stdout: a stream, written to as it is.
    writeFileSync(out, files[0]!.content);
    return;
  }
  // Through a link to a file, that file is the one replaced.
  const target = existsSync(out) ? realpathSync(out) : path.resolve(out);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileAtomically(target, files[0]!.content, info ? info.mode & 0o7777 : undefined);
}

function parseArgs(args: string[]): { dump: string; format: ExportFormat; out: string; dates: boolean } {
  const files: string[] = [];
  let format: string | undefined;
  let out: string | undefined;
  let dates = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf("=");
    const [flag, inline] = a.startsWith("--") && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === "") throw new CliError(`news-lens: export: ${flag} needs a value`, 2);
      return v;
    };
    if (flag === "--format" || flag === "-f") format = value();
    else if (flag === "--out" || flag === "-o") out = value();
    else if (flag === "--dates") dates = true;
    else if (a.startsWith("-") && a !== "-") throw new CliError(`news-lens: export: unknown option ${a}`, 2);
    else files.push(a);
  }
  if (files.length !== 1) throw new CliError("news-lens: export takes one DUMP file", 2);
  if (!format) throw new CliError(`news-lens: export: --format is required (${exportFormats.join(", ")})`, 2);
  if (!exportFormats.includes(format as ExportFormat)) {
    throw new CliError(`news-lens: export: unknown format "${format}" (use ${exportFormats.join(", ")})`, 2);
  }
  if (!out) throw new CliError("news-lens: export: --out PATH is required", 2);
  return { dump: files[0]!, format: format as ExportFormat, out, dates };
}

export async function runExport(args: string[]): Promise<number> {
  try {
    const { dump, format, out, dates } = parseArgs(args);
    // Said before the analysis: a minute of work should not end in a refusal.
    const refused = inputProblem(dump, out) ?? (format === "brat" ? folderProblem(out) : undefined);
    if (refused) throw new CliError(`news-lens: export: --out ${out} ${refused}`, 1);
    const { lines, analysis: corrected } = await analyzeFile(dump);

    const files = exportAnnotations(lines, corrected, format, { dates });
    try {
      write(out, format, files);
    } catch (e) {
      throw new CliError(`news-lens: cannot write ${out}: ${(e as Error).message}`, 1);
    }
    const spans = corrected.entities.length + (dates ? corrected.dates.length : 0);
    // Beside an export written to standard output, the report goes to standard error.
    const report = format !== "brat" && toStdout(out) ? process.stderr : process.stdout;
    report.write(`news-lens: wrote ${corrected.articles.length} articles, ${spans} spans (${format}) to ${out}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return e.code;
  }
}
