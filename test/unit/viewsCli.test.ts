// `news-lens places` and `news-lens graph` on the sample: the files they write read back, and
// wrong usage is refused with exit code 2. Run: node --import tsx --test test/unit/viewsCli.test.ts

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import Graph from "graphology";
import { parse as parseGraphML } from "graphology-graphml";
import { runGraph, runPlaces } from "../../server/src/cli/viewsCommands.js";
import { lazyNerModel } from "../../server/src/node/modelFile.js";

const SAMPLE = path.join(__dirname, "..", "..", "..", "shared", "samples", "middle-east-2024.txt");
const out = mkdtempSync(path.join(tmpdir(), "news-lens-views-"));
after(() => rmSync(out, { recursive: true, force: true }));

/** Runs a command with standard error captured (the commands report there). */
async function quietly(run: () => Promise<number>): Promise<{ code: number; stderr: string }> {
  const write = process.stderr.write;
  let stderr = "";
  process.stderr.write = ((chunk: string) => {
    stderr += chunk;
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await run(), stderr };
  } finally {
    process.stderr.write = write;
  }
}

test("news-lens places writes GeoJSON with the sample's capitals", async (t) => {
  if (!lazyNerModel()()) return t.skip("the entity model is missing");
  const file = path.join(out, "places.geojson");
  const { code, stderr } = await quietly(() => runPlaces([SAMPLE, "--format", "geojson", "--out", file]));
  assert.equal(code, 0, stderr);
  assert.match(stderr, /places located/);
  const geo = JSON.parse(readFileSync(file, "utf8"));
  assert.equal(geo.type, "FeatureCollection");
  const baghdad = geo.features.find((f: { properties: { name: string } }) => f.properties.name === "Baghdad");
  assert.ok(baghdad, "Baghdad is a feature");
  assert.equal(baghdad.properties.kind, "capital");
  assert.ok(baghdad.properties.count >= 1);
});

test("news-lens graph writes GraphML a real reader opens, and CSV tables into a folder", async (t) => {
  if (!lazyNerModel()()) return t.skip("the entity model is missing");
  const file = path.join(out, "graph.graphml");
  const graphml = await quietly(() => runGraph([SAMPLE, "--format=graphml", "--out", file, "--top", "20", "--unit", "sentence"]));
  assert.equal(graphml.code, 0, graphml.stderr);
  const graph = parseGraphML(Graph, readFileSync(file, "utf8"));
  assert.equal(graph.order, 20);
  assert.ok(graph.size > 0);
  const folder = path.join(out, "tables");
  const csv = await quietly(() => runGraph([SAMPLE, "--format", "csv", "--out", folder, "--types", "person,organization"]));
  assert.equal(csv.code, 0, csv.stderr);
  const nodes = readFileSync(path.join(folder, "nodes.csv"), "utf8").trim().split("\r\n");
  assert.equal(nodes[0], "Id,Label,Type,Mentions,Articles");
  assert.ok(
    nodes.slice(1).every((row) => /,(Person|Organization),/.test(row)),
    nodes.join("\n"),
  );
  assert.match(readFileSync(path.join(folder, "edges.csv"), "utf8"), /^Source,Target,Type,Weight\r\n/);
});

test("wrong usage is refused with exit code 2 and says why", async () => {
  const cases: [() => Promise<number>, RegExp][] = [
    [() => runPlaces([SAMPLE]), /--format is required/],
    [() => runPlaces([SAMPLE, "--format", "kml"]), /unknown format "kml"/],
    [() => runGraph([SAMPLE, "--format", "graphml", "--top", "0"]), /--top takes a whole number/],
    [() => runGraph([SAMPLE, "--format", "graphml", "--unit", "paragraph"]), /unknown unit/],
    [() => runGraph([SAMPLE, "--format", "graphml", "--types", "person,animal"]), /unknown type "animal"/],
    [() => runGraph([SAMPLE, "--format", "csv"]), /give a folder with --out/],
    [() => runGraph([SAMPLE, "--format", "gexf", "--colour", "red"]), /unknown option --colour/],
    [() => runGraph(["--format", "gexf"]), /takes one DUMP file/],
  ];
  for (const [run, message] of cases) {
    const { code, stderr } = await quietly(run);
    assert.equal(code, 2, stderr);
    assert.match(stderr, message);
  }
});
