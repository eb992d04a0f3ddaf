// The views' data in the formats of the analyst's own tools: GeoJSON points for QGIS or a web
// map; GraphML and GEXF for Gephi, yEd or Cytoscape; CSV node and edge tables for Gephi's
// spreadsheet import or a spreadsheet. Pure: files as relative paths and contents.

import { entityTypeInfo } from "../../vocabulary/entityTypes.js";
import type { ExportedFile } from "../export/export.js";
import type { Article } from "../types.js";
import type { EntityGraph } from "./cooccurrence.js";
import type { PlacesOfDump } from "./places.js";

export type PlacesFormat = "geojson";
export const PLACES_FORMATS: readonly PlacesFormat[] = ["geojson"];
export type GraphFormat = "graphml" | "gexf" | "csv";
export const GRAPH_FORMATS: readonly GraphFormat[] = ["graphml", "gexf", "csv"];

/** How many mentions of a place a GeoJSON feature lists (the count says how many there are). */
const MENTIONS_PER_PLACE = 100;

/** One Point feature per located place; coordinates in GeoJSON's order, longitude first. */
export function placesGeoJSON(places: PlacesOfDump, articles: readonly Article[], source: string): ExportedFile[] {
  const features = places.located.map((p) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [p.longitude, p.latitude] },
    properties: {
      name: p.name,
      names: p.names,
      kind: p.kind,
      country: p.country,
      description: p.description,
      count: p.count,
      articles: p.articles.length,
      mentions: p.mentions.slice(0, MENTIONS_PER_PLACE).map((m) => ({
        text: m.text,
        line: m.range.start.line + 1,
        column: m.range.start.character + 1,
        headline: articles[m.article]?.headline ?? "",
      })),
    },
  }));
  const collection = {
    type: "FeatureCollection",
    // Read by tools that show a layer's origin; not part of any feature.
    source,
    features,
    unlocated: places.unlocated,
  };
  return [{ path: "places.geojson", content: `${JSON.stringify(collection, null, 1)}\n` }];
}

/** The graph in the format asked for. */
export function exportGraph(graph: EntityGraph, format: GraphFormat, source: string): ExportedFile[] {
  if (format === "graphml") return [{ path: "graph.graphml", content: graphML(graph, source) }];
  if (format === "gexf") return [{ path: "graph.gexf", content: gexf(graph, source) }];
  return graphCSV(graph);
}

function xml(text: string): string {
  // Control characters other than tab and newlines are not allowed in XML 1.0 at all.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/[<>&"']/g, (c) => XML_ENTITIES[c]!);
}
const XML_ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" };

function weightMeaning(graph: EntityGraph): string {
  return `${graph.unit}s that mention both`;
}

function graphML(graph: EntityGraph, source: string): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="count" for="node" attr.name="mentions" attr.type="int"/>',
    '  <key id="articles" for="node" attr.name="articles" attr.type="int"/>',
    `  <key id="weight" for="edge" attr.name="weight" attr.type="int"><desc>${xml(weightMeaning(graph))}</desc></key>`,
    `  <graph id="${xml(source)}" edgedefault="undirected">`,
  ];
  for (const n of graph.nodes) {
    out.push(
      `    <node id="${xml(n.id)}"><data key="label">${xml(n.name)}</data><data key="type">${entityTypeInfo(n.type).label}</data>` +
        `<data key="count">${n.count}</data><data key="articles">${n.articles}</data></node>`,
    );
  }
  graph.edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="weight">${e.weight}</data></edge>`);
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

function gexf(graph: EntityGraph, source: string): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta><creator>News Lens</creator><description>${xml(`${source}: entities and the ${weightMeaning(graph)}`)}</description></meta>`,
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="count" title="mentions" type="integer"/>',
    '      <attribute id="articles" title="articles" type="integer"/>',
    "    </attributes>",
    "    <nodes>",
  ];
  for (const n of graph.nodes) {
    out.push(
      `      <node id="${xml(n.id)}" label="${xml(n.name)}"><attvalues><attvalue for="type" value="${entityTypeInfo(n.type).label}"/>` +
        `<attvalue for="count" value="${n.count}"/><attvalue for="articles" value="${n.articles}"/></attvalues></node>`,
    );
  }
  out.push("    </nodes>", "    <edges>");
  graph.edges.forEach((e, i) => {
    out.push(`      <edge id="${i}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${e.weight}"/>`);
  });
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}

/** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csv(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function graphCSV(graph: EntityGraph): ExportedFile[] {
  const rows = (header: string[], body: (string | number)[][]) => `${[header, ...body].map((r) => r.map(csv).join(",")).join("\r\n")}\r\n`;
  return [
    {
      path: "nodes.csv",
      content: rows(
        ["Id", "Label", "Type", "Mentions", "Articles"],
        graph.nodes.map((n) => [n.id, n.name, entityTypeInfo(n.type).label, n.count, n.articles]),
      ),
    },
    {
      path: "edges.csv",
      content: rows(
        ["Source", "Target", "Type", "Weight"],
        graph.edges.map((e) => [e.source, e.target, "Undirected", e.weight]),
      ),
    },
  ];
}
