// The places map (webview): Natural Earth's countries drawn with d3-geo, one marker per located
// place sized by its mentions; hover says what it is, a click lists its mentions and reveals the
// first; pan and zoom with d3-zoom. Colours come from the theme and are read again on a change.

import { type GeoSphere, geoGraticule10, geoNaturalEarth1, geoPath } from "d3-geo";
import { select } from "d3-selection";
import { type D3ZoomEvent, type ZoomTransform, zoom, zoomIdentity } from "d3-zoom";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection } from "topojson-specification";
import world from "world-atlas/countries-50m.json";
import type { PlaceItem, PlacesData } from "../../server/src/protocol";
import type { Shown, ToView } from "../src/webviews/messages";
import { el, emptyMessage, fitted, frame, markdown, scopeControls, send, showDetails, showNotice, start, themeColor, tooltip, typeColor } from "./common";

const SVG = "http://www.w3.org/2000/svg";
/** Places that may be named on the map itself, most mentioned first (the rest on hover). */
const LABELLED = 30;
/** Room around the map that panning may show, so a place at its edge can be brought to the middle. */
const PAN_ROOM = 200;

const countries = feature(world, world.objects.countries as GeometryCollection);
const borders = mesh(world, world.objects.countries as GeometryCollection, (a, b) => a !== b);

const page = frame(true);
page.title.textContent = "Places";
const showScope = scopeControls(page.toolbar);
const svg = document.createElementNS(SVG, "svg");
svg.setAttribute("role", "img");
page.area.append(svg);
const tip = tooltip();

let current: ({ data: PlacesData } & Shown) | undefined;
/** The map's zoom: fitted to the dump's places at each drawing until the user pans or zooms. */
let transform: ZoomTransform = zoomIdentity;
let userMoved = false;
/** Zooming to a dump's places stops at this scale: a city-state should not fill the view. */
const MOST_FITTED_ZOOM = 8;

window.addEventListener("message", (event: MessageEvent<ToView>) => {
  const message = event.data;
  if (message.type === "places") {
    if (JSON.stringify(message) === JSON.stringify(current)) return; // the same picture again
    const sameDump = current?.dump === message.dump;
    current = message;
    if (!sameDump) userMoved = false;
    draw();
  } else if (message.type === "details") {
    showDetails(page.details, message.title, markdown(message.details.hover), message.details.mentions, message.details.count, "mention");
  }
});
start(page.area, draw);

function draw(): void {
  if (!current) return;
  const started = performance.now();
  const { width, height } = fitted(svg, page.area);
  const { data } = current;
  showNotice(page.notice, data.places.length ? undefined : emptyMessage(current, data.emptyBecause, "places on the map"));
  showScope(current);
  svg.setAttribute("aria-label", `World map of ${data.places.length} places`);
  const projection = geoNaturalEarth1().fitExtent(
    [
      [8, 8],
      [width - 8, height - 8],
    ],
    { type: "Sphere" } as GeoSphere,
  );
  const path = geoPath(projection);
  const root = select(svg);
  root.selectAll("*").remove();
  const layer = root.append("g").attr("class", "layer");
  layer.append("path").datum<GeoSphere>({ type: "Sphere" }).attr("class", "sphere").attr("d", path).attr("fill", themeColor("editor.background", "#fff"));
  layer
    .append("path")
    .datum(geoGraticule10())
    .attr("class", "graticule")
    .attr("d", path)
    .attr("fill", "none")
    .attr("stroke", themeColor("editorIndentGuide.background1", "#ccc"));
  layer
    .append("g")
    .selectAll("path")
    .data(countries.features)
    .join("path")
    .attr("class", "country")
    .attr("d", path)
    .attr("fill", themeColor("editorWidget.background", "#eee"));
  layer.append("path").datum(borders).attr("class", "borders").attr("d", path).attr("fill", "none").attr("stroke", themeColor("editorWidget.border", "#999"));

  const most = Math.max(1, ...data.places.map((p) => p.count));
  const radius = (p: PlaceItem) => 3 + 13 * Math.sqrt(p.count / most);
  const colour = typeColor("location");
  const edge = themeColor("editor.foreground", "#000");
  // Smaller markers on top, so a big country's circle never hides a city in it.
  const drawn = [...data.places].sort((a, b) => b.count - a.count);
  const markers = layer
    .append("g")
    .attr("class", "markers")
    .selectAll<SVGCircleElement, PlaceItem>("circle")
    .data(drawn)
    .join("circle")
    .attr("class", "place")
    .attr("data-name", (p) => p.name)
    .attr("tabindex", "0")
    .attr("role", "button")
    .attr("aria-label", (p) => `${p.name}: ${p.count} mentions`)
    .attr("cx", (p) => projection([p.longitude, p.latitude])![0])
    .attr("cy", (p) => projection([p.longitude, p.latitude])![1])
    .attr("fill", colour)
    .attr("fill-opacity", 0.6)
    .attr("stroke", edge);
  const labels = layer
    .append("g")
    .attr("class", "labels")
    .selectAll<SVGTextElement, PlaceItem>("text")
    .data(drawn.slice(0, LABELLED))
    .join("text")
    .attr("x", (p) => projection([p.longitude, p.latitude])![0])
    .attr("y", (p) => projection([p.longitude, p.latitude])![1])
    .attr("fill", edge)
    .text((p) => p.name);

  markers
    .on("mousemove", (event: MouseEvent, p) => tip.show(event.clientX, event.clientY, describe(p)))
    .on("mouseleave", () => tip.hide())
    .on("click", (_, p) => choose(p))
    .on("keydown", (event: KeyboardEvent, p) => (event.key === "Enter" || event.key === " ") && choose(p));

  // Markers and labels keep their size on screen while the map zooms.
  const scaled = (t: ZoomTransform) => {
    const k = t.k;
    markers.attr("r", (p) => radius(p) / k).attr("stroke-width", 1 / k);
    labels
      .attr("font-size", 11 / k)
      .attr("dx", (p) => (radius(p) + 2) / k)
      .attr("dy", 4 / k);
    // A label that would cover one of a more mentioned place is left to the hover.
    const taken: [number, number, number, number][] = [];
    labels.attr("visibility", (p) => {
      const [x, y] = t.apply(projection([p.longitude, p.latitude])!);
      const box: [number, number, number, number] = [x + radius(p) + 2, y - 8, x + radius(p) + 2 + 6.5 * p.name.length, y + 6];
      if (taken.some((o) => box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3])) return "hidden";
      taken.push(box);
      return "visible";
    });
    layer.selectAll(".borders, .graticule").attr("stroke-width", 0.5 / k);
  };
  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 60])
    .translateExtent([
      [-PAN_ROOM, -PAN_ROOM],
      [width + PAN_ROOM, height + PAN_ROOM],
    ])
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      transform = event.transform;
      if (event.sourceEvent) userMoved = true;
      layer.attr("transform", transform.toString());
      scaled(transform);
    });
  if (!userMoved)
    transform = fittedTo(
      drawn.map((p) => projection([p.longitude, p.latitude])!),
      width,
      height,
    );
  root.call(zoomer).call(zoomer.transform, transform);
  scaled(transform);

  const unlocated = data.unlocated;
  page.status.textContent =
    `${data.places.length} place${data.places.length === 1 ? "" : "s"} on the map` +
    (unlocated.length
      ? ` · not in the gazetteer: ${unlocated
          .slice(0, 8)
          .map((u) => `${u.name} (${u.count})`)
          .join(", ")}${unlocated.length > 8 ? `, and ${unlocated.length - 8} more` : ""}`
      : "") +
    ` · drawn in ${Math.round(performance.now() - started)} ms`;
}

/** The zoom that shows every point with a margin (the whole world when there are none). */
function fittedTo(points: [number, number][], width: number, height: number): ZoomTransform {
  if (!points.length) return zoomIdentity;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = 60;
  const k = Math.max(1, Math.min(MOST_FITTED_ZOOM, width / (x1 - x0 + 2 * margin), height / (y1 - y0 + 2 * margin)));
  return zoomIdentity.translate(width / 2 - (k * (x0 + x1)) / 2, height / 2 - (k * (y0 + y1)) / 2).scale(k);
}

function describe(p: PlaceItem): string[] {
  const kind = p.kind === "country" ? "Country" : p.kind === "capital" ? "Capital" : "City";
  return [
    p.name,
    p.description || `${kind}${p.kind === "country" ? "" : ` in ${p.country}`}`,
    `${p.count} mention${p.count === 1 ? "" : "s"} in ${p.articles} article${p.articles === 1 ? "" : "s"}`,
    ...(p.names.length > 1 ? [`Also written: ${p.names.slice(1).join(", ")}`] : []),
  ];
}

/** A click: the place's mentions in the details panel, and its first mention in the editor. */
function choose(p: PlaceItem): void {
  send({ type: "reveal", location: p.first });
  send({ type: "entity", entityType: "location", names: p.names, title: p.name });
  page.details.replaceChildren(el("div", { class: "count" }, `${p.name}…`));
  page.details.hidden = false;
}
