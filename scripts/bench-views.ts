// `node --import tsx scripts/bench-views.ts [--mb 10] [--runs 3] [--shots DIR]` (after `npm run build`):
// how long the graphic views take on a generated dump of that size. The data: each view's
// request as the server answers it, after the analysis (medians of --runs). The drawing: the
// bundled webview scripts in Chromium (the e2e suite's, /usr/bin/chromium or CHROMIUM_BIN), from
// the data message to the end of the first picture. Timing lives here, never in tests.
import { mkdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { ToView } from "../client/src/webviews/messages.js";
import { analyzeDump, type DumpAnalysis, EntityIndex, splitLinesWithEnds } from "../server/src/analysis/index.js";
import { edgeDetails, entityDetails, entityGraphData, graphFiles } from "../server/src/lsp/features/entityGraph.js";
import { placesFiles, placesMapData } from "../server/src/lsp/features/placesMap.js";
import { timelineChartData } from "../server/src/lsp/features/timelineChart.js";
import { lazyNerModel } from "../server/src/node/modelFile.js";
import { places } from "../server/src/node/placesFile.js";
import { DEFAULT_ENTITY_TYPES } from "../server/src/vocabulary/entityTypes.js";
import { generateDump } from "./bench.js";

const repo = join(__dirname, "..");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const mb = Number(arg("mb", "10"));
const runs = Number(arg("runs", "3"));
const shots = arg("shots", "");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed<T>(name: string, work: () => T): T {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = work();
    times.push(performance.now() - t);
  }
  console.log(`${name.padEnd(44)} ${median(times).toFixed(0).padStart(6)} ms   (runs: ${times.map((t) => t.toFixed(0)).join(", ")})`);
  return result!;
}

async function main(): Promise<void> {
  const text = generateDump(mb * 2 ** 20);
  const uri = "file:///bench/dump.txt";
  const nerModel = lazyNerModel();
  console.log(`dump: ${(text.length / 2 ** 20).toFixed(1)} MB; ${cpus().length} × ${cpus()[0]?.model}; node ${process.version}`);
  let t = performance.now();
  const analysis: DumpAnalysis = analyzeDump(text, { nerModel });
  console.log(
    `analysis (not counted): ${((performance.now() - t) / 1000).toFixed(1)} s; ${analysis.articles.length} articles, ${analysis.entities.length} entity mentions, ${analysis.dates.length} dates`,
  );
  const { lines } = splitLinesWithEnds(text);
  const lineText = (line: number) => lines[line] ?? "";
  const entities = new EntityIndex(analysis.entities);
  t = performance.now();
  entities.all();
  console.log(`entity index (the server keeps it): ${(performance.now() - t).toFixed(0)} ms`);
  const gazetteer = places();
  const types = DEFAULT_ENTITY_TYPES;

  console.log("\n-- data, after the analysis (median) --");
  const map = timed("places map", () => placesMapData(analysis, { uri }, gazetteer));
  const graph = timed("entity graph, top 100, by article", () => entityGraphData(analysis, { uri }, types, lineText));
  timed("entity graph, top 100, by sentence", () => entityGraphData(analysis, { uri, unit: "sentence" }, types, lineText));
  const big = timed("entity graph, top 1000, by article", () => entityGraphData(analysis, { uri, top: 1000 }, types, lineText));
  timed("entity graph, top 1000, by sentence", () => entityGraphData(analysis, { uri, top: 1000, unit: "sentence" }, types, lineText));
  const chart = timed("timeline chart", () => timelineChartData(analysis, { uri, unit: "auto" }));
  const top = graph.nodes[0]!;
  timed(`entity details (${top.name})`, () =>
    entityDetails(analysis, { uri, type: top.type, names: [top.name] }, { entities, uri, lineText, placeTable: gazetteer, layout: "" }),
  );
  const edge = graph.edges[0]!;
  timed("edge details (heaviest edge, by article)", () => edgeDetails(analysis, { uri, source: edge.source, target: edge.target }, lineText));
  timed("map scoped to a span of one month", () =>
    placesMapData(analysis, { uri, span: { from: chart.bins[0]!.from, to: chart.bins[Math.min(30, chart.bins.length - 1)]!.to } }, gazetteer),
  );
  timed("export GeoJSON", () => placesFiles(analysis, uri, gazetteer));
  timed("export GraphML (top 100)", () => graphFiles(analysis, { uri }, "graphml", types, lineText));
  console.log(
    `sizes: places ${map.places.length} (${(JSON.stringify(map).length / 1024).toFixed(0)} KB); graph ${graph.nodes.length} nodes, ${graph.edges.length} edges ` +
      `(${(JSON.stringify(graph).length / 1024).toFixed(0)} KB); top 1000: ${big.nodes.length} nodes, ${big.edges.length} edges ` +
      `(${(JSON.stringify(big).length / 1024).toFixed(0)} KB); chart ${chart.bins.length} bins by ${chart.unit}`,
  );

  console.log("\n-- drawing in Chromium: data message to first picture (median) --");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_BIN || "/usr/bin/chromium", args: ["--no-sandbox"] });
  const shown = { dump: "dump.txt", scoped: false };
  const views: [string, string, ToView, string][] = [
    ["places map", "placesMap", { type: "places", data: map, ...shown }, "places.png"],
    ["entity graph, top 100", "entityGraph", { type: "graph", data: graph, ...shown }, "graph-100.png"],
    ["entity graph, top 1000", "entityGraph", { type: "graph", data: big, ...shown }, "graph-1000.png"],
    ["timeline chart", "timelineChart", { type: "chart", data: chart, unit: "auto", ...shown }, "chart.png"],
  ];
  const css = readFileSync(join(repo, "dist", "webviews", "views.css"), "utf8");
  for (const [name, script, message, shot] of views) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      await page.setContent(`<!DOCTYPE html><html><head><style>${css}</style></head><body></body></html>`);
      // the webview's host API: the page's messages are answered with the data, once, when it is ready
      await page.evaluate("window.acquireVsCodeApi = () => ({ postMessage: () => undefined })");
      await page.addScriptTag({ content: readFileSync(join(repo, "dist", "webviews", `${script}.js`), "utf8") });
      // The message is handled in a task of its own; the frame after it puts the picture on screen.
      const ms = (await page.evaluate(`(async (m) => {
        const start = performance.now();
        window.postMessage(m, "*");
        await new Promise((resolve) => setTimeout(resolve, 0));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return performance.now() - start;
      })(${JSON.stringify(message)})`)) as number;
      times.push(ms);
      if (shots && i === 0) {
        mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: join(shots, shot) });
      }
      await page.close();
    }
    console.log(`${name.padEnd(44)} ${median(times).toFixed(0).padStart(6)} ms   (runs: ${times.map((t) => t.toFixed(0)).join(", ")})`);
  }
  await browser.close();
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
