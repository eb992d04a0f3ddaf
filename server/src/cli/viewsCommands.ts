// `news-lens places` and `news-lens graph`: the data of the editor's places map and entity graph
// for the analyst's own tools (QGIS or a web map; Gephi, yEd, Cytoscape or a spreadsheet), from a
// dump file with the user's corrections applied.

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  COOCCURRENCE_UNITS,
  type CooccurrenceUnit,
  cooccurrenceGraph,
  DEFAULT_GRAPH_OPTIONS,
  type ExportedFile,
  exportGraph,
  GRAPH_FORMATS,
  type GraphFormat,
  PLACES_FORMATS,
  placesGeoJSON,
  placesOf,
} from "../analysis/index.js";
import { analyzeFile } from "../node/analyzeFile.js";
import { places } from "../node/placesFile.js";
import { CliError } from "../node/textFile.js";
import { ENTITY_TYPE_IDS, type EntityType, isEntityType } from "../vocabulary/entityTypes.js";

export const VIEWS_USAGE = `  news-lens places DUMP --format geojson [--out FILE]
                                    the places the gazetteer locates, as GeoJSON points with their
                                    mention counts and first mentions (QGIS, web maps); standard
                                    output unless --out
  news-lens graph DUMP --format graphml|gexf|csv [--out PATH] [--unit article|sentence]
                   [--top N] [--min-weight N] [--types ${ENTITY_TYPE_IDS.join(",")}]
                                    who appears with whom: entities (the top N by mentions, default
                                    ${DEFAULT_GRAPH_OPTIONS.top}) and edges weighted by the articles (or sentences) that
                                    mention both, for Gephi or a spreadsheet; csv writes nodes.csv
                                    and edges.csv into the folder PATH`;

/** `--name value` and `--name=value` options and the positional arguments of one command. */
function parseOptions(command: string, args: string[], known: readonly string[]): { files: string[]; options: Map<string, string> } {
  const files: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith("--")) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!known.includes(name)) throw new CliError(`news-lens: ${command}: unknown option --${name}`, 2);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === "") throw new CliError(`news-lens: ${command}: --${name} needs a value`, 2);
    options.set(name, value);
  }
  if (files.length !== 1) throw new CliError(`news-lens: ${command} takes one DUMP file`, 2);
  return { files, options };
}

function oneOf<T extends string>(command: string, option: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new CliError(`news-lens: ${command}: --${option} is required (${allowed.join(", ")})`, 2);
  if (!(allowed as readonly string[]).includes(value)) throw new CliError(`news-lens: ${command}: unknown ${option} "${value}" (use ${allowed.join(", ")})`, 2);
  return value as T;
}

function count(command: string, option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`news-lens: ${command}: --${option} takes a whole number from 1, got "${value}"`, 2);
  return n;
}

/** Writes one file to `out` (or standard output), or several into the folder `out`. */
function write(files: ExportedFile[], out: string | undefined, command: string): string {
  try {
    if (files.length === 1 && !out) {
      process.stdout.write(files[0]!.content);
      return "standard output";
    }
    if (!out) throw new CliError(`news-lens: ${command}: this format writes ${files.length} files: give a folder with --out`, 2);
    if (files.length === 1) {
      mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
      writeFileSync(out, files[0]!.content);
    } else {
      mkdirSync(out, { recursive: true });
      for (const f of files) writeFileSync(path.join(out, f.path), f.content);
    }
    return out;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`news-lens: cannot write ${out}: ${(e as Error).message}`, 1);
  }
}

/** Runs a command; its usage errors and unreadable input are reported, not thrown. */
async function reported(run: () => Promise<void>): Promise<number> {
  try {
    await run();
    return 0;
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return e.code;
  }
}

export function runPlaces(args: string[]): Promise<number> {
  return reported(async () => {
    const { files, options } = parseOptions("places", args, ["format", "out"]);
    oneOf("places", "format", options.get("format"), PLACES_FORMATS);
    const dump = files[0]!;
    const { analysis } = await analyzeFile(dump);
    const found = placesOf(analysis.entities, places());
    const where = write(placesGeoJSON(found, analysis.articles, path.basename(dump)), options.get("out"), "places");
    process.stderr.write(`news-lens: ${found.located.length} places located, ${found.unlocated.length} not (GeoJSON) to ${where}\n`);
  });
}

export function runGraph(args: string[]): Promise<number> {
  return reported(async () => {
    const { files, options } = parseOptions("graph", args, ["format", "out", "unit", "top", "min-weight", "types"]);
    const format = oneOf<GraphFormat>("graph", "format", options.get("format"), GRAPH_FORMATS);
    const unit = oneOf<CooccurrenceUnit>("graph", "unit", options.get("unit") ?? DEFAULT_GRAPH_OPTIONS.unit, COOCCURRENCE_UNITS);
    const top = count("graph", "top", options.get("top"), DEFAULT_GRAPH_OPTIONS.top);
    const minWeight = count("graph", "min-weight", options.get("min-weight"), DEFAULT_GRAPH_OPTIONS.minWeight);
    const types = options.get("types")?.split(",");
    const unknown = types?.find((t) => !isEntityType(t));
    if (unknown !== undefined) throw new CliError(`news-lens: graph: unknown type "${unknown}" (use ${ENTITY_TYPE_IDS.join(", ")})`, 2);
    const dump = files[0]!;
    const { lines, analysis } = await analyzeFile(dump);
    const graph = cooccurrenceGraph(
      analysis.entities,
      { unit, top, minWeight, ...(types ? { types: types as EntityType[] } : {}) },
      (line) => lines[line] ?? "",
    );
    const where = write(exportGraph(graph, format, path.basename(dump)), options.get("out"), "graph");
    process.stderr.write(`news-lens: ${graph.nodes.length} entities, ${graph.edges.length} edges (${format}, by ${unit}) to ${where}\n`);
  });
}
