// `news-lens export DUMP --format F --out PATH [--dates]`: the analysis with the user's corrections
// (DUMP.annotations.json beside the dump, .newslens/lexicon.json in the dump's folder or in the
// nearest folder above it that is the user's own),
// written for ML annotation tools. PATH is a file, or a folder (created) for brat.

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type ExportFormat, exportAnnotations, exportFormats } from "../analysis/index.js";
import { analyzeFile } from "../node/analyzeFile.js";
import { CliError } from "../node/textFile.js";

export const EXPORT_USAGE = `  news-lens export DUMP --format jsonl|labelstudio|conll|brat --out PATH [--dates]
                                    entities (with DUMP.annotations.json and .newslens/lexicon.json
                                    applied) per article for ML tools; --dates adds DATE spans;
                                    PATH is a file, or a folder for brat`;

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
    const { lines, analysis: corrected } = await analyzeFile(dump);

    const files = exportAnnotations(lines, corrected, format, { dates });
    try {
      if (format === "brat") {
        mkdirSync(out, { recursive: true });
        for (const f of files) writeFileSync(path.join(out, f.path), f.content);
      } else {
        mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
        writeFileSync(out, files[0]!.content);
      }
    } catch (e) {
      throw new CliError(`news-lens: cannot write ${out}: ${(e as Error).message}`, 1);
    }
    const spans = corrected.entities.length + (dates ? corrected.dates.length : 0);
    process.stdout.write(`news-lens: wrote ${corrected.articles.length} articles, ${spans} spans (${format}) to ${out}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return e.code;
  }
}
