// The views' data: who appears with whom (counts by article and by sentence, the top-N and weight
// cuts, the joining sentences), places located by the gazetteer (hits, misses, merged names), the
// timeline histogram and its spans, and the export formats read back by real parsers (JSON,
// graphology's GraphML reader, an XML DOM for GEXF, a CSV reading).
// Run: node --import tsx --test test/unit/views.test.ts

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse as parseGraphML } from "graphology-graphml";
import {
  type Article,
  analyzeDump,
  cooccurrenceGraph,
  type DateMention,
  dateHistogram,
  EDGES_PER_NODE,
  type EntityMention,
  type EntityType,
  exportGraph,
  type Gazetteer,
  geocode,
  joiningSentences,
  placesGeoJSON,
  placesOf,
  scopedArticles,
} from "../../server/src/analysis/index.js";
import { lazyNerModel } from "../../server/src/node/modelFile.js";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "..", "shared", "samples", "middle-east-2024.txt");
const GAZETTEER = JSON.parse(readFileSync(path.join(ROOT, "server", "models", "places.json"), "utf8")) as Gazetteer;

/** A mention of `text` on `line` at `character` (canonical = text unless given). */
function mention(type: EntityType, text: string, article: number, line: number, character: number, canonical = text): EntityMention {
  return { text, type, canonical, article, range: { start: { line, character }, end: { line, character: character + text.length } } };
}

/** Mentions of the names in `lines` (article per line given), found by searching the text itself. */
function mentionsIn(lines: string[], articleOfLine: number[], names: [EntityType, string][]): EntityMention[] {
  const out: EntityMention[] = [];
  lines.forEach((text, line) => {
    for (const [type, name] of names)
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push(mention(type, name, articleOfLine[line]!, line, at));
  });
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

const NEWS = [
  "Biden met Netanyahu in Jerusalem. Hamas said nothing.", // article 0
  "Netanyahu spoke later.",
  "Biden called Sinwar a threat. Hamas replied.", // article 1
  "Sinwar and Hamas were named again.", // article 2
];
const NAMES: [EntityType, string][] = [
  ["person", "Biden"],
  ["person", "Netanyahu"],
  ["person", "Sinwar"],
  ["location", "Jerusalem"],
  ["organization", "Hamas"],
];
const NEWS_MENTIONS = mentionsIn(NEWS, [0, 0, 1, 2], NAMES);
const lineOf = (line: number) => NEWS[line]!;
const weight = (graph: ReturnType<typeof cooccurrenceGraph>, a: string, b: string) =>
  graph.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a))?.weight ?? 0;

test("co-occurrence by article counts each pair once per article that mentions both", () => {
  const graph = cooccurrenceGraph(NEWS_MENTIONS, { unit: "article", minWeight: 1, top: 100 }, lineOf);
  assert.equal(graph.entities, 5);
  assert.deepEqual(
    graph.nodes.map((n) => [n.id, n.count, n.articles]),
    [
      ["organization:Hamas", 3, 3],
      ["person:Biden", 2, 2],
      ["person:Netanyahu", 2, 1],
      ["person:Sinwar", 2, 2],
      ["location:Jerusalem", 1, 1],
    ],
  );
  assert.equal(weight(graph, "person:Biden", "organization:Hamas"), 2); // articles 0 and 1
  assert.equal(weight(graph, "person:Sinwar", "organization:Hamas"), 2); // articles 1 and 2
  assert.equal(weight(graph, "person:Biden", "person:Netanyahu"), 1); // twice in article 0: still one article
  assert.equal(weight(graph, "person:Netanyahu", "person:Sinwar"), 0);
  assert.equal(graph.edges.length, 8);
  assert.ok(
    graph.edges.every((e, i) => i === 0 || graph.edges[i - 1]!.weight >= e.weight),
    "heaviest first",
  );
});

test("co-occurrence by sentence joins only names in the same sentence", () => {
  const graph = cooccurrenceGraph(NEWS_MENTIONS, { unit: "sentence", minWeight: 1, top: 100 }, lineOf);
  assert.equal(weight(graph, "person:Biden", "person:Netanyahu"), 1);
  assert.equal(weight(graph, "person:Biden", "location:Jerusalem"), 1);
  assert.equal(weight(graph, "person:Biden", "organization:Hamas"), 0, "Hamas is in the next sentence each time");
  assert.equal(weight(graph, "person:Biden", "person:Sinwar"), 1);
  assert.equal(weight(graph, "person:Sinwar", "organization:Hamas"), 1, "only line 3 has both in one sentence");
  assert.equal(graph.edges.length, 5);
});

test("the graph keeps the top N entities, the chosen types and edges of the minimum weight", () => {
  const top2 = cooccurrenceGraph(NEWS_MENTIONS, { unit: "article", minWeight: 1, top: 2 }, lineOf);
  assert.deepEqual(
    top2.nodes.map((n) => n.id),
    ["organization:Hamas", "person:Biden"],
  );
  assert.deepEqual(
    top2.edges.map((e) => [e.source, e.target, e.weight]),
    [["organization:Hamas", "person:Biden", 2]],
  );
  const people = cooccurrenceGraph(NEWS_MENTIONS, { unit: "article", types: ["person"], minWeight: 1, top: 100 }, lineOf);
  assert.deepEqual(people.nodes.map((n) => n.type).sort(), ["person", "person", "person"]);
  assert.equal(people.entities, 3);
  const heavy = cooccurrenceGraph(NEWS_MENTIONS, { unit: "article", minWeight: 2, top: 100 }, lineOf);
  assert.deepEqual(heavy.edges.map((e) => e.weight).sort(), [2, 2]);
});

test("each node keeps its EDGES_PER_NODE heaviest edges: the graph stays sparse and every name connected", () => {
  // 12 people named together in one article, the first two also in a second: 66 pairs, one of weight 2
  const names = Array.from({ length: 12 }, (_, i) => `Person${String.fromCharCode(65 + i)}`);
  const lines = [names.join(" "), `${names[0]} ${names[1]}`];
  const mentions = mentionsIn(
    lines,
    [0, 1],
    names.map((n): [EntityType, string] => ["person", n]),
  );
  const graph = cooccurrenceGraph(mentions, { unit: "article", minWeight: 1, top: 100 }, (l) => lines[l]!);
  assert.equal(graph.nodes.length, 12);
  assert.equal(graph.allEdges, 66);
  assert.ok(graph.edges.length <= EDGES_PER_NODE * 12 && graph.edges.length < 66, `${graph.edges.length} edges`);
  assert.deepEqual(graph.edges[0], { source: "person:PersonA", target: "person:PersonB", weight: 2 });
  for (const node of graph.nodes) {
    const own = graph.edges.filter((e) => e.source === node.id || e.target === node.id);
    assert.ok(own.length >= Math.min(EDGES_PER_NODE, 11), `${node.id} keeps its edges (${own.length})`);
  }
});

test("joining sentences: those with both names, or each one's first sentence in a shared article", () => {
  const bySentence = joiningSentences(NEWS_MENTIONS, "person:Sinwar", "organization:Hamas", "sentence", lineOf);
  assert.deepEqual(
    bySentence.map((s) => [s.article, s.text]),
    [[2, "Sinwar and Hamas were named again."]],
  );
  const byArticle = joiningSentences(NEWS_MENTIONS, "person:Biden", "organization:Hamas", "article", lineOf);
  assert.deepEqual(
    byArticle.map((s) => [s.article, s.range.start.line, s.range.start.character, s.text]),
    [
      [0, 0, 0, "Biden met Netanyahu in Jerusalem."],
      [0, 0, 34, "Hamas said nothing."],
      [1, 2, 0, "Biden called Sinwar a threat."],
      [1, 2, 30, "Hamas replied."],
    ],
  );
  assert.equal(joiningSentences(NEWS_MENTIONS, "person:Biden", "organization:Hamas", "article", lineOf, 3).length, 3);
});

test("geocoding: gazetteer names, datelines in capitals, a leading 'the'; misses stay misses", () => {
  const baghdad = geocode("Baghdad", GAZETTEER)!;
  assert.equal(baghdad.kind, "capital");
  assert.equal(baghdad.where, "Iraq");
  assert.ok(Math.abs(baghdad.latitude - 33.34) < 0.1 && Math.abs(baghdad.longitude - 44.4) < 0.1, JSON.stringify(baghdad));
  assert.match(baghdad.description, /^Capital of Iraq, pop\./);
  assert.equal(geocode("CAIRO", GAZETTEER)?.key, "Cairo");
  assert.equal(geocode("the United States", GAZETTEER)?.kind, "country");
  assert.equal(geocode("Washington", GAZETTEER)?.where, "United States", "a capital is what news means");
  for (const miss of ["Jabalia", "Kamal Adwan Hospital", "Dead Sea", "Nowhere-on-Earth", "constructor", "__proto__"]) {
    assert.equal(geocode(miss, GAZETTEER), undefined, miss);
  }
  assert.equal(geocode("Baghdad", undefined), undefined);
  assert.equal(geocode("Baghdad", { Baghdad: ["capital", "Iraq", 7e6] }), undefined, "an entry without coordinates is not placed");
});

test("places: names that land on one point are one place; unknown ones are listed apart", () => {
  const lines = ["The US and the United States and Iraq.", "Jabalia, US, Baghdad."];
  const mentions = [
    mention("location", "US", 0, 0, 4),
    mention("location", "United States", 0, 0, 15),
    mention("location", "Iraq", 0, 0, 33),
    mention("location", "Jabalia", 1, 1, 0),
    mention("location", "US", 1, 1, 9),
    mention("location", "Baghdad", 1, 1, 13),
    mention("person", "Washington", 1, 1, 30), // a person called Washington is no place
  ];
  assert.equal(lines.length, 2);
  const { located, unlocated } = placesOf(mentions, GAZETTEER);
  assert.deepEqual(
    located.map((p) => [p.name, p.names, p.count, p.articles, p.country]),
    [
      ["US", ["US", "United States"], 3, [0, 1], "US"],
      ["Baghdad", ["Baghdad"], 1, [1], "Iraq"],
      ["Iraq", ["Iraq"], 1, [0], "Iraq"],
    ],
  );
  assert.deepEqual(
    located[0]!.mentions.map((m) => m.text),
    ["US", "United States", "US"],
    "in document order",
  );
  assert.deepEqual(unlocated, [{ name: "Jabalia", count: 1 }]);
});

function date(value: string, article: number): DateMention {
  return { text: value, value, article, range: { start: { line: article, character: 0 }, end: { line: article, character: value.length } } };
}

test("the histogram counts dated mentions per day, fills the gaps, and counts the coarser ones apart", () => {
  const dates = [date("2024-02-27", 0), date("2024-03-01", 0), date("2024-03-01", 1), date("2024-03", 1), date("2023", 2)];
  const byDay = dateHistogram(dates, "day");
  assert.deepEqual(
    byDay.bins.map((b) => [b.key, b.count]),
    [
      ["2024-02-27", 1],
      ["2024-02-28", 0],
      ["2024-02-29", 0],
      ["2024-03-01", 2],
    ],
  );
  assert.equal(byDay.counted, 3);
  assert.equal(byDay.bins[3]!.first, dates[1], "a bin's first mention in document order");
  assert.equal(byDay.bins[1]!.first, undefined);
  assert.equal(byDay.coarser, 2);
  const byMonth = dateHistogram(dates, "month");
  assert.deepEqual(
    byMonth.bins.map((b) => [b.key, b.count, b.span.from, b.span.to]),
    [
      ["2024-02", 1, "2024-02-01", "2024-02-29"],
      ["2024-03", 3, "2024-03-01", "2024-03-31"],
    ],
  );
  assert.deepEqual(
    dateHistogram(dates, "year").bins.map((b) => [b.key, b.count]),
    [
      ["2023", 1],
      ["2024", 4],
    ],
  );
  assert.equal(dateHistogram(dates).unit, "day", "a few days: by day");
  const decades = [date("2000-05-01", 0), date("2024-01-01", 0)];
  assert.equal(dateHistogram(decades).unit, "month", "24 years of days would be too many bars");
  assert.equal(dateHistogram([date("1900-01-01", 0), date("2024-01-01", 0)]).unit, "year");
  // a dump about three weeks of 2024 that also mentions 1948 once: by day over the three weeks
  const weeks = Array.from({ length: 99 }, (_, i) => date(`2024-01-${String(1 + (i % 21)).padStart(2, "0")}`, i));
  const withStray = dateHistogram([date("1948-05-14", 99), ...weeks]);
  assert.equal(withStray.unit, "day");
  assert.equal(withStray.bins.length, 21);
  assert.equal(withStray.outside, 1);
  assert.equal(withStray.counted, 99);
  assert.equal(dateHistogram([date("1948-05-14", 99), ...weeks], "year").outside, 0, "a unit chosen by hand shows every date");
  assert.deepEqual(dateHistogram([]).bins, []);
});

test("a span of days scopes the articles published or dated in it", () => {
  const articles = [{ index: 0, published: "2024-01-10" }, { index: 1, publishedInferred: "2024-02-01" }, { index: 2 }] as unknown as Article[];
  const dates = [date("2024-01-29", 2), date("2023-12", 1)];
  assert.equal(scopedArticles({ articles, dates }, {}), undefined);
  assert.deepEqual([...scopedArticles({ articles, dates }, { span: { from: "2024-01-01", to: "2024-01-31" } })!], [0, 2]);
  assert.deepEqual([...scopedArticles({ articles, dates }, { span: { from: "2023-12-31", to: "2023-12-31" } })!], [1], "a month overlaps its days");
  assert.deepEqual([...scopedArticles({ articles, dates }, { article: 2, span: { from: "2024-02-01", to: "2024-02-28" } })!], []);
  assert.deepEqual([...scopedArticles({ articles, dates }, { article: 1 })!], [1]);
});

test("GeoJSON: a FeatureCollection of points, longitude first, read back by JSON.parse", () => {
  const mentions = [mention("location", "Baghdad", 0, 0, 0), mention("location", "Baghdad", 0, 1, 0), mention("location", "Atlantis", 0, 1, 10)];
  const articles = [{ headline: "In Baghdad" }] as unknown as Article[];
  const [file] = placesGeoJSON(placesOf(mentions, GAZETTEER), articles, "news.txt");
  assert.equal(file!.path, "places.geojson");
  const geo = JSON.parse(file!.content);
  assert.equal(geo.type, "FeatureCollection");
  assert.equal(geo.features.length, 1);
  const [feature] = geo.features;
  assert.equal(feature.type, "Feature");
  assert.equal(feature.geometry.type, "Point");
  const [lon, lat] = feature.geometry.coordinates;
  assert.ok(lon > 44 && lon < 45 && lat > 33 && lat < 34, `${lon}, ${lat}`);
  assert.equal(feature.properties.name, "Baghdad");
  assert.equal(feature.properties.count, 2);
  assert.deepEqual(feature.properties.mentions[1], { text: "Baghdad", line: 2, column: 1, headline: "In Baghdad" });
  assert.deepEqual(geo.unlocated, [{ name: "Atlantis", count: 1 }]);
});

/** A graph whose names need escaping in every format. */
const AWKWARD = mentionsIn(
  ['AT&T met "Smith, Jr." <Inc> and AT&T again.', "Smith, Jr. saw O'Neil."],
  [0, 1],
  [
    ["organization", "AT&T"],
    ["person", "Smith, Jr."],
    ["organization", "<Inc>"],
    ["person", "O'Neil"],
  ],
);
const awkwardGraph = () =>
  cooccurrenceGraph(AWKWARD, { unit: "article", minWeight: 1, top: 100 }, (l) => ['AT&T met "Smith, Jr." <Inc> and AT&T again.', "Smith, Jr. saw O'Neil."][l]!);

test("GraphML opens in graphology's reader with the nodes' labels, types, counts and the edges' weights", () => {
  const graph = awkwardGraph();
  const [file] = exportGraph(graph, "graphml", "news & views.txt");
  const read = parseGraphML(Graph, file!.content);
  assert.equal(read.order, graph.nodes.length);
  assert.equal(read.size, graph.edges.length);
  assert.equal(read.type, "undirected");
  assert.deepEqual(read.getNodeAttributes("organization:AT&T"), { label: "AT&T", type: "Organization", mentions: 2, articles: 1 });
  assert.equal(read.getNodeAttribute("person:Smith, Jr.", "label"), "Smith, Jr.");
  assert.equal(read.getNodeAttribute("person:O'Neil", "type"), "Person");
  for (const e of graph.edges) assert.equal(read.getEdgeAttribute(read.edge(e.source, e.target), "weight"), e.weight);
  assert.equal(read.getEdgeAttribute(read.edge("person:Smith, Jr.", "person:O'Neil"), "weight"), 1);
});

test("GEXF parses as XML with every node, edge and weight", () => {
  const graph = awkwardGraph();
  const [file] = exportGraph(graph, "gexf", "news.txt");
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => level !== "warning" && errors.push(message) }).parseFromString(file!.content, "text/xml");
  assert.deepEqual(errors, []);
  assert.equal(doc.documentElement!.getAttribute("version"), "1.3");
  const nodes = Array.from(doc.getElementsByTagName("node"));
  assert.deepEqual(nodes.map((n) => n.getAttribute("label")).sort(), graph.nodes.map((n) => n.name).sort());
  const edges = Array.from(doc.getElementsByTagName("edge"));
  assert.deepEqual(
    edges.map((e) => [e.getAttribute("source"), e.getAttribute("target"), Number(e.getAttribute("weight"))]),
    graph.edges.map((e) => [e.source, e.target, e.weight]),
  );
});

/** RFC 4180 reading: quoted fields with commas and doubled quotes; CRLF rows. */
function readCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

test("CSV: a node table and an edge table that read back to the graph", () => {
  const graph = awkwardGraph();
  const files = exportGraph(graph, "csv", "news.txt");
  assert.deepEqual(
    files.map((f) => f.path),
    ["nodes.csv", "edges.csv"],
  );
  const nodes = readCSV(files[0]!.content);
  assert.deepEqual(nodes[0], ["Id", "Label", "Type", "Mentions", "Articles"]);
  assert.deepEqual(
    nodes.slice(1),
    graph.nodes.map((n) => [n.id, n.name, n.type === "person" ? "Person" : "Organization", String(n.count), String(n.articles)]),
  );
  const edges = readCSV(files[1]!.content);
  assert.deepEqual(edges[0], ["Source", "Target", "Type", "Weight"]);
  assert.deepEqual(
    edges.slice(1),
    graph.edges.map((e) => [e.source, e.target, "Undirected", String(e.weight)]),
  );
});

test("on the sample: the places map finds the dump's capitals and the graph joins who the stories join", (t) => {
  const nerModel = lazyNerModel();
  if (!nerModel()) return t.skip("the entity model is missing");
  const text = readFileSync(SAMPLE, "utf8");
  const lines = text.split(/\r?\n/);
  const analysis = analyzeDump(text, { nerModel });
  const { located, unlocated } = placesOf(analysis.entities, GAZETTEER);
  const names = located.map((p) => p.name);
  for (const capital of ["Baghdad", "Tehran", "Beirut", "Jerusalem"]) assert.ok(names.includes(capital), `${capital} in ${names.join(", ")}`);
  assert.ok(
    unlocated.some((p) => p.name === "Jabalia"),
    "a refugee camp the gazetteer does not know",
  );
  const locations = analysis.entities.filter((e) => e.type === "location").length;
  assert.equal(located.reduce((n, p) => n + p.count, 0) + unlocated.reduce((n, p) => n + p.count, 0), locations, "every place mention is counted once");
  const graph = cooccurrenceGraph(analysis.entities, { unit: "article", minWeight: 1, top: 50 }, (l) => lines[l] ?? "");
  for (const e of graph.edges) {
    const articlesOf = (id: string) => new Set(analysis.entities.filter((m) => `${m.type}:${m.canonical}` === id).map((m) => m.article));
    const a = articlesOf(e.source);
    assert.equal(e.weight, [...articlesOf(e.target)].filter((x) => a.has(x)).length, `${e.source} — ${e.target}`);
  }
});
