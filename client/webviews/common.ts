// What the three webviews share: messages to and from the host, the theme's colours (read from
// the --vscode-* CSS variables, so a redraw after a theme change picks up the new ones), the
// entity types' colours and labels from the one vocabulary, and the toolbar, notice and details
// panel they all draw. Runs in the webview (browser), bundled by esbuild into dist/webviews/.

import type { MentionItem } from "../../server/src/protocol";
import { ENTITY_TYPES, type EntityType, entityTypeInfo } from "../../server/src/vocabulary/entityTypes";
import type { FromView, Shown, ToView } from "../src/webviews/messages";

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
const host = acquireVsCodeApi();

export function send(message: FromView): void {
  host.postMessage(message);
}

/**
 * Calls `redraw` when the colour theme changes: the host says so, and VS Code's own update of the
 * page's --vscode-* variables (the root's style) and theme class (the body's) is watched too, so
 * the redraw reads the new colours whichever arrives first.
 */
export function onThemeChange(redraw: () => void): void {
  let pending = 0;
  const soon = () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(redraw);
  };
  window.addEventListener("message", (event: MessageEvent<ToView>) => event.data.type === "theme" && soon());
  const observer = new MutationObserver(soon);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["style", "class"] });
  observer.observe(document.body, { attributes: true, attributeFilter: ["class"] });
}

/** Draws the view whenever it must be drawn again (a theme change, a new size), and tells the host it is ready for data. */
export function start(area: HTMLElement, redraw: () => void): void {
  onThemeChange(redraw);
  new ResizeObserver(() => redraw()).observe(area);
  send({ type: "ready" });
}

/** Fits an SVG's coordinates to its area's size in pixels; the size. */
export function fitted(svg: SVGSVGElement, area: HTMLElement): { width: number; height: number } {
  const width = area.clientWidth;
  const height = area.clientHeight;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return { width, height };
}

/** A theme colour by its id ("charts.blue", "editor.foreground") as the theme sets it now. */
export function themeColor(id: string, fallback = "#888"): string {
  const value = getComputedStyle(document.documentElement)
    .getPropertyValue(`--vscode-${id.replace(/\./g, "-")}`)
    .trim();
  return value || fallback;
}

export function typeColor(type: EntityType): string {
  return themeColor(entityTypeInfo(type).chartColor);
}

export { ENTITY_TYPES, entityTypeInfo };

/** An element with attributes, text or children (text only through textContent: nothing from a dump becomes markup). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
}

/** The page's frame: a toolbar, the drawing area beside a details panel, a status line. */
export interface Frame {
  toolbar: HTMLElement;
  title: HTMLElement;
  area: HTMLElement;
  details: HTMLElement;
  status: HTMLElement;
  notice: HTMLElement;
}

export function frame(withDetails: boolean): Frame {
  const title = el("span", { class: "title" });
  const toolbar = el("div", { class: "toolbar", role: "toolbar" }, title);
  const area = el("div", { class: "area" });
  const notice = el("div", { class: "notice", role: "status" });
  const details = el("aside", { class: "details", "aria-live": "polite" });
  details.hidden = true;
  const main = el("div", { class: "main" }, area, notice, ...(withDetails ? [details] : []));
  const status = el("div", { class: "status" });
  document.body.append(toolbar, main, status);
  return { toolbar, title, area, details, status, notice };
}

/** The scope switch (whole dump / current article) and, when a span is brushed, a chip that clears it. */
export function scopeControls(toolbar: HTMLElement): (shown: Shown) => void {
  const select = el(
    "select",
    { "aria-label": "Scope", class: "scope" },
    el("option", { value: "dump" }, "Whole dump"),
    el("option", { value: "article" }, "Current article"),
  );
  select.addEventListener("change", () => send({ type: "scope", scoped: select.value === "article" }));
  const chip = el("button", { class: "chip", title: "Show every date again" });
  chip.addEventListener("click", () => send({ type: "clearSpan" }));
  toolbar.append(select, chip);
  return (shown) => {
    select.value = shown.scoped ? "article" : "dump";
    chip.hidden = !shown.span;
    chip.textContent = shown.span ? `${spanText(shown.span)} ✕` : "";
  };
}

export function spanText(span: { from: string; to: string }): string {
  return span.from === span.to ? span.from : `${span.from} – ${span.to}`;
}

/** Why the view is empty, or nothing (hidden) when it has something to draw. */
export function showNotice(notice: HTMLElement, message: string | undefined): void {
  notice.hidden = !message;
  notice.textContent = message ?? "";
}

/** The notice for a view with no data: no dump, the dump's reason, or the scope's. */
export function emptyMessage(shown: Shown, reason: string | undefined, what: string): string {
  if (!shown.dump) return `Open a news dump to see its ${what}.`;
  if (reason) return `No ${what}: ${reason}`;
  if (shown.scoped && shown.article === undefined) return `No ${what}: the cursor is in no article.`;
  if (shown.span) return `No ${what} in ${spanText(shown.span)}.`;
  return `No ${what} in ${shown.dump}.`;
}

/**
 * The hover card's Markdown as plain elements: bold, italics, list items, links as their text.
 * Only textContent is set, so nothing in it can run or load anything.
 */
export function markdown(text: string): HTMLElement {
  const box = el("div", { class: "hover" });
  for (const paragraph of text.split(/\n\s*\n/)) {
    const block = el("div", { class: "para" });
    for (const line of paragraph.split("\n")) {
      const item = line.startsWith("- ");
      const row = el(item ? "li" : "div");
      inline(item ? line.slice(2) : line, row);
      block.append(row);
    }
    box.append(block);
  }
  return box;
}

function inline(text: string, into: HTMLElement): void {
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\([^)]*\)|\\([\\`*_{}[\]()#+\-.!|<>])/g;
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    into.append(text.slice(at, m.index));
    if (m[1] !== undefined) into.append(el("strong", {}, m[1]));
    else if (m[2] !== undefined) into.append(el("em", {}, m[2]));
    else into.append(m[3] ?? m[4] ?? "");
    at = m.index + m[0].length;
  }
  into.append(text.slice(at));
}

/** Fills the details panel: a title, optional content, then the mentions (a click reveals one). */
export function showDetails(panel: HTMLElement, title: string, content: Node | undefined, mentions: MentionItem[], total: number, noun: string): void {
  panel.replaceChildren();
  const close = el("button", { class: "close", title: "Close", "aria-label": "Close details" }, "✕");
  close.addEventListener("click", () => (panel.hidden = true));
  panel.append(el("div", { class: "details-head" }, el("strong", {}, title), close));
  if (content) panel.append(content);
  panel.append(el("div", { class: "count" }, `${total} ${noun}${total === 1 ? "" : "s"}${mentions.length < total ? `; the first ${mentions.length}:` : ":"}`));
  const list = el("ol", { class: "mentions" });
  for (const m of mentions) {
    const button = el(
      "button",
      { class: "mention", "data-line": String(m.location.range.start.line + 1) },
      el("span", { class: "line" }, `line ${m.location.range.start.line + 1}`),
      el("span", { class: "sentence" }, m.sentence),
      el("span", { class: "headline" }, m.headline),
    );
    button.addEventListener("click", () => send({ type: "reveal", location: m.location }));
    list.append(el("li", {}, button));
  }
  panel.append(list);
  panel.hidden = false;
}

/** A small tooltip that follows the pointer. */
export function tooltip(): { show(x: number, y: number, lines: string[]): void; hide(): void } {
  const tip = el("div", { class: "tooltip", role: "tooltip" });
  tip.hidden = true;
  document.body.append(tip);
  return {
    show(x, y, lines) {
      tip.replaceChildren(...lines.map((line, i) => (i === 0 ? el("strong", {}, line) : el("div", {}, line))));
      tip.hidden = false;
      const { width, height } = tip.getBoundingClientRect();
      tip.style.left = `${Math.min(x + 14, window.innerWidth - width - 4)}px`;
      tip.style.top = `${Math.min(y + 14, window.innerHeight - height - 4)}px`;
    },
    hide() {
      tip.hidden = true;
    },
  };
}

/** The legend of entity types: a swatch in each type's colour and its label. */
export function legend(types: readonly EntityType[]): HTMLElement {
  return el(
    "div",
    { class: "legend" },
    ...types.map((t) => {
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = typeColor(t);
      return el("span", { class: "legend-item" }, swatch, entityTypeInfo(t).plural);
    }),
  );
}

export const ALL_TYPES: readonly EntityType[] = ENTITY_TYPES.map((t) => t.id);
