// The timeline chart (webview, in the sidebar above the News Timeline): dated mentions per day,
// month or year as bars. Brushing a span (d3-brush) filters the News Timeline list, the places
// map and the entity graph; a click on a bar chooses its span and reveals its first mention;
// Escape clears. Colours come from the theme and are read again on a change.

import { type BrushSelection, brushX, type D3BrushEvent } from "d3-brush";
import { pointer, select } from "d3-selection";
import type { TimelineChartData, TimelineChartParams } from "../../server/src/protocol";
import type { Shown, ToView } from "../src/webviews/messages";
import { el, emptyMessage, fitted, frame, scopeControls, send, showNotice, spanText, start, themeColor, tooltip } from "./common";

const SVG = "http://www.w3.org/2000/svg";
const AXIS = 16;
/** Room at either side: the sidebar's edge is the sash that resizes it, and a bar there could not be clicked. */
const SIDE = 10;

document.body.classList.add("sidebar");
const page = frame(false);
page.title.textContent = "Dated mentions";
const showScope = scopeControls(page.toolbar);
const unitSelect = el(
  "select",
  { "aria-label": "Bars per" },
  ...(["auto", "day", "month", "year"] as const).map((u) => el("option", { value: u }, u === "auto" ? "by day or month" : `by ${u}`)),
);
unitSelect.addEventListener("change", () => send({ type: "chartUnit", unit: unitSelect.value as TimelineChartParams["unit"] }));
page.toolbar.append(unitSelect);
const svg = document.createElementNS(SVG, "svg");
svg.classList.add("chart");
// focusable, so Escape reaches it after a click
svg.setAttribute("tabindex", "0");
page.area.append(svg);
const tip = tooltip();

let current: ({ data: TimelineChartData; unit: TimelineChartParams["unit"] } & Shown) | undefined;

window.addEventListener("message", (event: MessageEvent<ToView>) => {
  const message = event.data;
  if (message.type === "chart") {
    current = message;
    draw();
  }
});
window.addEventListener("keydown", (event) => event.key === "Escape" && send({ type: "brush", span: undefined }));
start(page.area, draw);

function draw(): void {
  if (!current) return;
  const started = performance.now();
  const { data } = current;
  showScope(current);
  unitSelect.value = current.unit;
  showNotice(page.notice, data.bins.length ? undefined : emptyMessage(current, data.emptyBecause, "dated mentions"));
  const { width, height } = fitted(svg, page.area);
  svg.setAttribute("aria-label", `${data.counted} dated mentions by ${data.unit}`);
  const root = select(svg);
  root.selectAll("*").remove();
  const bins = data.bins;
  if (!bins.length) {
    page.status.textContent = "";
    return;
  }
  const most = Math.max(1, ...bins.map((b) => b.count));
  const step = (width - 2 * SIDE) / bins.length;
  const usable = height - AXIS - 4;
  // dates in the colour the theme gives numbers (dates are numbers to the editor's colouring too)
  const colour = themeColor("debugTokenExpression.number", "#098658");
  const chosen = current.span;
  const inSpan = (b: { from: string; to: string }) => !chosen || (b.from <= chosen.to && b.to >= chosen.from);
  root
    .append("g")
    .selectAll("rect")
    .data(bins)
    .join("rect")
    .attr("class", "bar")
    .attr("data-key", (b) => b.key)
    .attr("x", (_, i) => SIDE + i * step + (step > 4 ? 1 : 0))
    .attr("width", Math.max(1, step - (step > 4 ? 2 : 0)))
    .attr("y", (b) => 4 + usable - (usable * b.count) / most)
    .attr("height", (b) => (usable * b.count) / most)
    .attr("fill", colour)
    .attr("fill-opacity", (b) => (inSpan(b) ? 0.9 : 0.3))
    .on("mousemove", (event: MouseEvent, b) => tip.show(event.clientX, event.clientY, [b.label, `${b.count} dated mention${b.count === 1 ? "" : "s"}`]))
    .on("mouseleave", () => tip.hide());
  // A few labels under the axis: the first and last bins and evenly spaced ones between.
  const every = Math.max(1, Math.ceil(bins.length / Math.max(1, Math.floor(width / 70))));
  root
    .append("g")
    .attr("class", "axis")
    .selectAll("text")
    .data(bins.filter((_, i) => i % every === 0))
    .join("text")
    .attr("x", (b) => SIDE + bins.indexOf(b) * step + step / 2)
    .attr("y", height - 4)
    .attr("text-anchor", (b) => (bins.indexOf(b) === 0 ? "start" : "middle"))
    .text((b) => b.key);

  // Brushing chooses the bins it touches; a click (an empty brush) chooses the bin under it.
  const binAt = (x: number) => bins[Math.max(0, Math.min(bins.length - 1, Math.floor((x - SIDE) / step)))]!;
  const brush = brushX<unknown>()
    .extent([
      [SIDE, 0],
      [width - SIDE, height - AXIS],
    ])
    .on("end", (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return; // moved by this code, not the user
      const selection = event.selection as [number, number] | null;
      if (!selection || selection[1] - selection[0] < 2) {
        const [x] = selection ?? pointer(event.sourceEvent, svg);
        const bin = binAt(x);
        if (bin.first) send({ type: "reveal", location: bin.first });
        send({ type: "brush", span: { from: bin.from, to: bin.to } });
        return;
      }
      send({ type: "brush", span: { from: binAt(selection[0]).from, to: binAt(selection[1] - 1).to } });
    });
  const brushed = root.append("g").attr("class", "brush").call(brush);
  brushed.on("mousedown.focus", () => svg.focus());
  if (chosen) {
    const first = bins.findIndex((b) => inSpan(b));
    const last = bins.length - 1 - [...bins].reverse().findIndex((b) => inSpan(b));
    if (first >= 0) brushed.call(brush.move, [SIDE + first * step, SIDE + (last + 1) * step] as BrushSelection);
  }
  page.status.textContent =
    `${data.counted} dated mention${data.counted === 1 ? "" : "s"} by ${data.unit}` +
    (data.coarser ? ` · ${data.coarser} less precise not shown` : "") +
    (data.outside ? ` · ${data.outside} far earlier or later not shown (choose a unit to see them)` : "") +
    (chosen ? ` · ${spanText(chosen)} chosen: Escape shows all` : " · drag to choose a span") +
    ` · drawn in ${Math.round(performance.now() - started)} ms`;
}
