// Who appears with whom (webview): entities as nodes coloured by type and sized by mentions,
// edges as thick as the articles (or sentences) that join them, laid out by d3-force and drawn on
// a canvas (a thousand nodes stay fast); pan and zoom with d3-zoom. Hover says who; a click on a
// node shows its hover card and mentions, on an edge the sentences that join its two ends. The
// details panel also lists the nodes and a node's neighbours, so everything works from the keyboard.

import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";
import { select } from "d3-selection";
import { type D3ZoomEvent, type ZoomTransform, zoom, zoomIdentity } from "d3-zoom";
import type { GraphData, GraphSettings } from "../../server/src/protocol";
import type { EntityType } from "../../server/src/vocabulary/entityTypes";
import type { Shown, ToView } from "../src/webviews/messages";
import {
  ALL_TYPES,
  el,
  emptyMessage,
  entityTypeInfo,
  frame,
  legend,
  markdown,
  scopeControls,
  send,
  showDetails,
  showNotice,
  start,
  themeColor,
  tooltip,
  typeColor,
} from "./common";

/** The first layout runs this long before the first picture; it then settles on screen. */
const LAYOUT_BUDGET_MS = 300;
/** Names written beside their nodes (the rest on hover). */
const LABELLED = 40;

type GraphNode = GraphData["nodes"][number];
interface Vertex extends SimulationNodeDatum, GraphNode {
  radius: number;
}
interface Edge extends SimulationLinkDatum<Vertex> {
  source: Vertex;
  target: Vertex;
  weight: number;
}

const page = frame(true);
page.title.textContent = "Who appears with whom";
const showScope = scopeControls(page.toolbar);
const controls = settingsControls(page.toolbar);
const canvas = el("canvas", { role: "img" });
page.area.append(canvas);
const tip = tooltip();

let shown: ({ data: GraphData } & Shown) | undefined;
let nodes: Vertex[] = [];
let edges: Edge[] = [];
let selected: Vertex | undefined;
let selectedEdge: Edge | undefined;
/** The entity chosen (by id, so that it survives new data) and the dump it was chosen in. */
let chosenId: string | undefined;
let chosenIn: string | undefined;
let transform: ZoomTransform = zoomIdentity;
let frameRequest = 0;
let stop: (() => void) | undefined;

window.addEventListener("message", (event: MessageEvent<ToView>) => {
  const message = event.data;
  if (message.type === "graph") {
    // the same picture again (the page's first load, a second reason to reload) is not laid out again
    const same = JSON.stringify(message) === JSON.stringify(shown);
    shown = message;
    if (!same) layout(message.data);
  } else if (message.type === "details") {
    showDetails(page.details, message.title, detailsContent(message.details.hover), message.details.mentions, message.details.count, "mention");
  } else if (message.type === "sentences") {
    showDetails(page.details, message.title, undefined, message.sentences, message.sentences.length, "sentence");
  }
});
start(page.area, () => {
  resize();
  if (!selected && !selectedEdge) listNodes();
});

/** The filters: what joins two names, which types, the minimum weight, how many entities. */
function settingsControls(toolbar: HTMLElement): (settings: Required<GraphSettings>) => void {
  const unit = el(
    "select",
    { "aria-label": "Joined by" },
    el("option", { value: "article" }, "same article"),
    el("option", { value: "sentence" }, "same sentence"),
  );
  const types = ALL_TYPES.map((t) => {
    const box = el("input", { type: "checkbox", value: t, "aria-label": entityTypeInfo(t).plural });
    return { t, box, label: el("label", {}, box, entityTypeInfo(t).plural) };
  });
  const minWeight = el("input", { type: "number", min: "1", step: "1", "aria-label": "Minimum weight" });
  const top = el("input", { type: "number", min: "1", max: "1000", step: "10", "aria-label": "Top entities" });
  toolbar.append(el("label", {}, "joined by", unit), ...types.map((t) => t.label), el("label", {}, "min. weight", minWeight), el("label", {}, "top", top));
  const changed = () =>
    send({
      type: "graphSettings",
      settings: {
        unit: unit.value === "sentence" ? "sentence" : "article",
        types: types.filter((t) => t.box.checked).map((t) => t.t),
        minWeight: Math.max(1, Math.round(Number(minWeight.value) || 1)),
        top: Math.min(1000, Math.max(1, Math.round(Number(top.value) || 1))),
      },
    });
  for (const input of [unit, minWeight, top, ...types.map((t) => t.box)]) input.addEventListener("change", changed);
  return (settings) => {
    unit.value = settings.unit;
    for (const t of types) t.box.checked = settings.types.includes(t.t);
    minWeight.value = String(settings.minWeight);
    top.value = String(settings.top);
  };
}

function layout(data: GraphData): void {
  const started = performance.now();
  stop?.();
  showScope(shown!);
  controls(data.settings);
  showNotice(page.notice, data.nodes.length ? undefined : emptyMessage(shown!, data.emptyBecause, "entities"));
  const before = new Map(nodes.map((n) => [n.id, n]));
  const most = Math.max(1, ...data.nodes.map((n) => n.count));
  // A node already on screen keeps its place: a filter or an edit moves what changed only.
  nodes = data.nodes.map((n) => {
    const old = before.get(n.id);
    return { ...n, radius: 3 + 12 * Math.sqrt(n.count / most), ...(old ? { x: old.x, y: old.y } : {}) };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  edges = data.edges.map((e) => ({ source: byId.get(e.source)!, target: byId.get(e.target)!, weight: e.weight }));
  // A choice outlives new data of its dump (an edit, a filter, a moment with no dump open) while
  // its entity is drawn; another dump forgets it.
  if (shown?.dump && shown.dump !== chosenIn) chosenId = undefined;
  if (shown?.dump) chosenIn = shown.dump;
  selected = chosenId === undefined ? undefined : byId.get(chosenId);
  selectedEdge = undefined;
  const heaviest = Math.max(1, ...edges.map((e) => e.weight));
  const simulation = forceSimulation<Vertex>(nodes)
    .force(
      "link",
      forceLink<Vertex, Edge>(edges)
        .distance(60)
        .strength((e) => 0.05 + (0.5 * e.weight) / heaviest),
    )
    .force("charge", forceManyBody<Vertex>().strength(-80).distanceMax(400))
    .force("center", forceCenter(0, 0))
    .force(
      "collide",
      forceCollide<Vertex>((n) => n.radius + 2),
    )
    .alpha(before.size ? 0.5 : 1)
    .stop();
  // Settle as far as the budget allows before the first picture, then go on frame by frame.
  while (simulation.alpha() > simulation.alphaMin() && performance.now() - started < LAYOUT_BUDGET_MS) simulation.tick();
  if (!before.size) userZoomed = false;
  if (!userZoomed) fit();
  paint();
  const drawnIn = Math.round(performance.now() - started);
  page.status.textContent =
    `${data.nodes.length} of ${data.entities} entities · ${data.edges.length}${data.edges.length < data.allEdges ? ` of ${data.allEdges} edges (each entity's heaviest)` : " edges"} · joined by the same ${data.unit}` +
    ` · drawn in ${drawnIn} ms`;
  page.status.dataset.drawnMs = String(drawnIn);
  const step = () => {
    if (simulation.alpha() <= simulation.alphaMin()) return;
    const frameStart = performance.now();
    while (performance.now() - frameStart < 12 && simulation.alpha() > simulation.alphaMin()) simulation.tick();
    // the view follows the layout as it spreads, until the user pans or zooms
    if (!userZoomed) fit();
    paint();
    frameRequest = requestAnimationFrame(step);
  };
  frameRequest = requestAnimationFrame(step);
  stop = () => cancelAnimationFrame(frameRequest);
  if (selected) choose(selected);
  else listNodes();
}

/** Zooms so the whole graph fits the canvas. */
function fit(): void {
  if (!nodes.length) return;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = page.area.clientWidth;
  const height = page.area.clientHeight;
  const k = Math.min(2, 0.9 * Math.min(width / Math.max(1, x1 - x0 + 40), height / Math.max(1, y1 - y0 + 40)));
  transform = zoomIdentity.translate(width / 2 - (k * (x0 + x1)) / 2, height / 2 - (k * (y0 + y1)) / 2).scale(k);
  select(canvas).call(zoomer.transform, transform);
}

/** Whether the user has panned or zoomed this graph (then it no longer fits itself to the canvas). */
let userZoomed = false;
const zoomer = zoom<HTMLCanvasElement, unknown>()
  .scaleExtent([0.05, 20])
  .on("zoom", (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
    transform = event.transform;
    if (event.sourceEvent) userZoomed = true;
    paint();
  });
select(canvas).call(zoomer).on("dblclick.zoom", null);

function resize(): void {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.max(1, Math.round(page.area.clientWidth * ratio));
  canvas.height = Math.max(1, Math.round(page.area.clientHeight * ratio));
  paint();
}

/** Draws the graph with the theme's colours as they are now. */
function paint(): void {
  const context = canvas.getContext("2d");
  if (!context) return;
  const ratio = window.devicePixelRatio || 1;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.setTransform(ratio * transform.k, 0, 0, ratio * transform.k, ratio * transform.x, ratio * transform.y);
  const foreground = themeColor("editor.foreground", "#333");
  const highlight = themeColor("focusBorder", "#06c");
  const heaviest = Math.max(1, ...edges.map((e) => e.weight));
  const near = selected ? new Set(edges.filter((e) => e.source === selected || e.target === selected).flatMap((e) => [e.source, e.target])) : undefined;
  for (const e of edges) {
    const lit = e === selectedEdge || (selected !== undefined && (e.source === selected || e.target === selected));
    context.globalAlpha = lit ? 0.9 : near ? 0.08 : 0.25;
    context.strokeStyle = lit ? highlight : foreground;
    context.lineWidth = (0.5 + (4 * e.weight) / heaviest) / Math.sqrt(transform.k);
    context.beginPath();
    context.moveTo(e.source.x ?? 0, e.source.y ?? 0);
    context.lineTo(e.target.x ?? 0, e.target.y ?? 0);
    context.stroke();
  }
  const colours = new Map<EntityType, string>(ALL_TYPES.map((t) => [t, typeColor(t)]));
  for (const n of nodes) {
    context.globalAlpha = near && !near.has(n) && n !== selected ? 0.25 : 1;
    context.fillStyle = colours.get(n.type)!;
    context.beginPath();
    context.arc(n.x ?? 0, n.y ?? 0, n.radius, 0, 2 * Math.PI);
    context.fill();
    context.lineWidth = (n === selected ? 3 : 1) / transform.k;
    context.strokeStyle = n === selected ? highlight : foreground;
    context.stroke();
  }
  context.globalAlpha = 1;
  context.fillStyle = foreground;
  context.font = `${11 / transform.k}px ${getComputedStyle(document.body).fontFamily}`;
  const labelled = nodes.slice(0, LABELLED);
  if (selected && !labelled.includes(selected)) labelled.push(selected);
  for (const n of labelled) context.fillText(n.name, (n.x ?? 0) + n.radius + 2 / transform.k, (n.y ?? 0) + 4 / transform.k);
}

/** The node or edge under a point of the canvas (page pixels). */
function hit(clientX: number, clientY: number): { node?: Vertex; edge?: Edge } {
  const box = canvas.getBoundingClientRect();
  const [x, y] = transform.invert([clientX - box.left, clientY - box.top]);
  let best: Vertex | undefined;
  for (const n of nodes) if (Math.hypot((n.x ?? 0) - x, (n.y ?? 0) - y) <= n.radius + 2 / transform.k) best = n;
  if (best) return { node: best };
  const reach = 4 / transform.k;
  for (const e of edges) if (toSegment(x, y, e) <= reach) return { edge: e };
  return {};
}

function toSegment(x: number, y: number, e: Edge): number {
  const [ax, ay, bx, by] = [e.source.x ?? 0, e.source.y ?? 0, e.target.x ?? 0, e.target.y ?? 0];
  const length = (bx - ax) ** 2 + (by - ay) ** 2;
  const t = length ? Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length)) : 0;
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

canvas.addEventListener("mousemove", (event) => {
  const { node, edge } = hit(event.clientX, event.clientY);
  canvas.style.cursor = node || edge ? "pointer" : "";
  if (node) tip.show(event.clientX, event.clientY, [node.name, entityTypeInfo(node.type).label, `${node.count} mentions in ${node.articles} articles`]);
  else if (edge) tip.show(event.clientX, event.clientY, [`${edge.source.name} — ${edge.target.name}`, joinedBy(edge)]);
  else tip.hide();
});
canvas.addEventListener("mouseleave", () => tip.hide());
canvas.addEventListener("click", (event) => {
  const { node, edge } = hit(event.clientX, event.clientY);
  if (node) choose(node);
  else if (edge) chooseEdge(edge);
  else {
    selected = undefined;
    chosenId = undefined;
    selectedEdge = undefined;
    paint();
    listNodes();
  }
});

function joinedBy(edge: Edge): string {
  const unit = shown?.data.unit ?? "article";
  return `together in ${edge.weight} ${unit}${edge.weight === 1 ? "" : "s"}`;
}

/** A node chosen: its hover card and mentions (asked of the host), its neighbours listed. */
function choose(node: Vertex): void {
  selected = node;
  chosenId = node.id;
  selectedEdge = undefined;
  paint();
  send({ type: "entity", entityType: node.type, names: [node.name], title: node.name });
}

function chooseEdge(edge: Edge): void {
  selectedEdge = edge;
  selected = undefined;
  chosenId = undefined;
  paint();
  send({ type: "edge", source: edge.source.id, target: edge.target.id, title: `${edge.source.name} — ${edge.target.name}: ${joinedBy(edge)}` });
}

/** A node's hover card, then its neighbours (a click shows the sentences that join them). */
function detailsContent(hover: string): HTMLElement {
  const box = el("div", {}, markdown(hover));
  const node = selected;
  if (!node) return box;
  const neighbours = edges.filter((e) => e.source === node || e.target === node);
  if (!neighbours.length) return box;
  const list = el("ol", { class: "nodes", "aria-label": "Appears with" });
  for (const e of neighbours) {
    const other = e.source === node ? e.target : e.source;
    const row = el("button", { class: "node-row", "data-id": other.id }, other.name, el("span", { class: "weight" }, `${e.weight}×`));
    row.addEventListener("click", () => chooseEdge(e));
    list.append(el("li", {}, row));
  }
  box.append(el("div", { class: "count" }, `Appears with ${neighbours.length}:`), list);
  return box;
}

/** With nothing chosen, the details panel lists the entities (most mentioned first). */
function listNodes(): void {
  if (!nodes.length) {
    page.details.hidden = true;
    return;
  }
  const list = el("ol", { class: "nodes", "aria-label": "Entities" });
  for (const n of nodes) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = typeColor(n.type);
    const row = el("button", { class: "node-row", "data-id": n.id }, swatch, ` ${n.name}`, el("span", { class: "weight" }, `${n.count}`));
    row.addEventListener("click", () => choose(n));
    list.append(el("li", {}, row));
  }
  page.details.replaceChildren(legend(ALL_TYPES.filter((t) => nodes.some((n) => n.type === t))), el("div", { class: "count" }, "Entities by mentions:"), list);
  page.details.hidden = false;
}
