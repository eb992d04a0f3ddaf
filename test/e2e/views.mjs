// UI checks of the graphic views in the workbench (code-server + Chromium): the places map, the
// entity graph and the timeline chart open on the sample and on a second fixture, a click in each
// reveals the right line, a theme switch redraws them; screenshots places.png, graph.png and
// chart.png. The webviews are iframes inside iframes: each is found by what it draws.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openFileQuick, poll, runCommand, shot, uiSession, viewRows, waitForWorkbench } from "./ui.mjs";
import { REPO, samplesDir } from "./workspace.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const SECOND_FIXTURE = "asia-scraper.txt";

/** <root>/ui/views: the sample and a second fixture (another layout, other places) under dumps/. */
export function prepareViewsWorkspace(root) {
  const workspace = path.join(root, "ui", "views");
  fs.mkdirSync(path.join(workspace, "dumps"), { recursive: true });
  fs.copyFileSync(path.join(samplesDir(), "middle-east-2024.txt"), path.join(workspace, "dumps", "middle-east-2024.txt"));
  fs.copyFileSync(path.join(REPO, "test", "fixtures", "news", SECOND_FIXTURE), path.join(workspace, "dumps", SECOND_FIXTURE));
  return workspace;
}

/**
 * The frame (a webview's inner document) in which `selector` matches a visible element, polled
 * until one does: a view shown again may leave its earlier, hidden page behind for a while.
 */
async function webviewFrame(page, selector, what, timeout = 30000) {
  return poll(
    async () => {
      for (const frame of page.frames()) {
        if (frame.isDetached()) continue;
        if (
          await frame
            .locator(selector)
            .first()
            .isVisible()
            .catch(() => false)
        )
          return frame;
      }
      return undefined;
    },
    { timeout, what },
  );
}

/**
 * Polls until the cursor is on `line` (1-based): the status bar says so while the editor has the
 * focus; while a view keeps it, the editor's gutter marks the cursor's line.
 */
async function cursorOnLine(page, line, timeout = 15000) {
  const status = () =>
    page
      .locator("#status\\.editor\\.selection")
      .innerText()
      .catch(() => "?");
  const gutter = () => page.locator(".editor-group-container .monaco-editor .line-numbers.active-line-number").allInnerTexts();
  await poll(async () => new RegExp(`Ln ${line},`).test(await status()) || (await gutter()).some((n) => n.trim() === String(line)), {
    timeout,
    what: async () => `the cursor on line ${line} (status bar: ${await status()}; gutter: ${(await gutter()).join(", ")})`,
  });
}

/**
 * Clicks a listed mention until the cursor is on its line: the list is drawn again when new data
 * arrives (the page's first loads), and a click on the old one is lost.
 */
async function clickUntilOnLine(page, mention, line) {
  await poll(
    async () => {
      await mention.click({ timeout: 3000 }).catch(() => undefined);
      return cursorOnLine(page, line, 2000).then(
        () => true,
        () => false,
      );
    },
    { timeout: 30000, interval: 200, what: `the cursor on line ${line} after a click on its mention` },
  );
}

/** The CLI's analysis of a dump (what the server computes too), for the lines a click must reveal. */
function analysis(file) {
  return JSON.parse(execFileSync(process.execPath, [path.join(REPO, "dist", "cli.js"), "analyze", file, "--json"], { encoding: "utf8", maxBuffer: 1 << 28 }));
}

/**
 * Runs a News Lens command from the palette once the extension has made it available (its
 * commands show when it is active; the palette does not update a list it already shows).
 */
async function runViewCommand(page, title) {
  await poll(
    async () => {
      try {
        await runCommand(page, title, 4000);
        return true;
      } catch {
        await page.keyboard.press("Escape");
        return false;
      }
    },
    { timeout: 40000, interval: 500, what: `"${title}" in the command palette` },
  );
}

/** Chooses a place on the map as a keyboard user does: focus its marker, press Enter. */
async function choosePlace(map, name) {
  const marker = map.locator(`circle.place[data-name="${name}"]`);
  await marker.focus();
  await marker.press("Enter");
}

/** Switches between the light and dark default themes. */
async function toggleTheme(page) {
  await runCommand(page, "Preferences: Toggle between Light/Dark Themes");
  await sleep(500);
}

/** Switches the theme and polls until `read()` (what a view drew) differs; then switches back. */
async function redrawsOnThemeChange(page, read, what) {
  const before = await read();
  await toggleTheme(page);
  await poll(async () => (await read()) !== before, { timeout: 10000, what: `${what} (was ${String(before).slice(0, 40)})` });
  await toggleTheme(page);
}

/** The sample alone in the editor, then a view's command. */
async function sampleWith(page, command) {
  await runCommand(page, "View: Close All Editors");
  await openFileQuick(page, "middle-east-2024.txt");
  await runViewCommand(page, command);
}

export async function runViewsUiChecks({ browser, baseUrl, workspace, outDir, logDir, check: record, log }) {
  const { context, page, check } = await uiSession(browser, record, logDir, log, "ui-views-fail");
  const sample = analysis(path.join(workspace, "dumps", "middle-east-2024.txt"));
  const second = analysis(path.join(workspace, "dumps", SECOND_FIXTURE));
  try {
    await check("views: the places map opens on the sample; a click on Baghdad reveals its first mention (places.png)", async () => {
      await page.goto(`${baseUrl}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: "domcontentloaded" });
      await waitForWorkbench(page);
      await openFileQuick(page, "middle-east-2024.txt");
      // The editor and the map side by side take the whole width (the pictures too).
      await runCommand(page, "View: Close Primary Side Bar");
      await runViewCommand(page, "News Lens: Show Places Map");
      const map = await webviewFrame(page, 'circle.place[data-name="Baghdad"]', "Baghdad on the places map");
      // Markers overlap at world scale (Seoul under North Korea): the keyboard chooses one exactly.
      await choosePlace(map, "Baghdad");
      const first = sample.entities.find((e) => e.type === "location" && e.canonical === "Baghdad");
      await cursorOnLine(page, first.range.start.line + 1);
      await map.locator(".details .mention").first().waitFor({ state: "visible", timeout: 15000 });
      await map.locator('circle.place[data-name="Tehran"]').hover();
      await map.locator(".tooltip", { hasText: "Tehran" }).waitFor({ state: "visible", timeout: 5000 });
      await sleep(300);
      await shot(page, path.join(outDir, "places.png"));
      // The details list each mention; a click on the last one reveals its line.
      const last = map.locator(".details .mention").last();
      const line = Number(await last.getAttribute("data-line"));
      await last.click();
      await cursorOnLine(page, line);
      return `Baghdad: line ${first.range.start.line + 1}; last listed: ${line}`;
    });

    await check("views: the places map redraws in the new colours when the theme changes", async () => {
      const map = await webviewFrame(page, "path.sphere", "the map's sphere");
      await redrawsOnThemeChange(page, () => map.locator("path.sphere").getAttribute("fill"), "a new sea colour");
    });

    await check("views: the entity graph opens on the sample; its nodes and edges reveal their mentions and sentences (graph.png)", async () => {
      await sampleWith(page, "News Lens: Show Who Appears with Whom");
      const graph = await webviewFrame(page, '.node-row[data-id="person:Yahya Sinwar"]', "Yahya Sinwar in the entity graph's list");
      // A new tab's page may be drawn twice while the workbench settles: choose until the choice holds.
      let shown = 0;
      await poll(
        async () => {
          if (!(await graph.locator(".details .mention").count())) {
            shown = 0;
            await graph.locator('.node-row[data-id="person:Yahya Sinwar"]').click({ timeout: 3000 });
            return false;
          }
          return ++shown >= 3;
        },
        { timeout: 20000, interval: 500, what: "Yahya Sinwar's mentions listed" },
      );
      const mention = graph.locator(".details .mention").first();
      const firstSinwar = sample.entities.find((e) => e.canonical === "Yahya Sinwar");
      if (Number(await mention.getAttribute("data-line")) !== firstSinwar.range.start.line + 1)
        throw new Error("the first listed mention is not Sinwar's first");
      await sleep(1500); // the layout settles on screen
      await shot(page, path.join(outDir, "graph.png"));
      await clickUntilOnLine(page, mention, firstSinwar.range.start.line + 1);
      // An edge: the neighbour Hamas; its sentences name both.
      await graph.locator('.details .node-row[data-id="organization:Hamas"]').click();
      const sentence = graph.locator(".details .mention").first();
      await sentence.waitFor({ state: "visible", timeout: 15000 });
      const text = await sentence.innerText();
      if (!/Sinwar/.test(text) && !/Hamas/.test(text)) throw new Error(`the joining sentence names neither: ${text}`);
      const line = Number(await sentence.getAttribute("data-line"));
      await sentence.click();
      await cursorOnLine(page, line);
      return `edge sentence on line ${line}`;
    });

    await check("views: the entity graph redraws when the theme changes", async () => {
      const graph = await webviewFrame(page, ".area canvas", "the graph's canvas");
      const picture = () => graph.locator(".area canvas").evaluate((c) => c.toDataURL());
      // the layout has settled: the picture no longer changes by itself
      let last = await picture();
      await poll(
        async () => {
          await sleep(400);
          const now = await picture();
          const still = now === last;
          last = now;
          return still;
        },
        { timeout: 20000, what: "the graph's layout to settle" },
      );
      await redrawsOnThemeChange(page, picture, "a repainted graph");
    });

    await check("views: the timeline chart above the News Timeline; a click on a bar reveals its first date and filters the list (chart.png)", async () => {
      await sampleWith(page, "News Lens: Focus on Timeline Chart View");
      const chart = await webviewFrame(page, "svg.chart rect.bar", "the timeline chart's bars");
      const bars = await chart.locator("rect.bar").evaluateAll((rects) => rects.map((r) => ({ key: r.dataset.key, height: Number(r.getAttribute("height")) })));
      const tallest = bars.reduce((a, b) => (b.height > a.height ? b : a));
      await chart.locator(`rect.bar[data-key="${tallest.key}"]`).click({ force: true });
      const first = sample.dates.find((d) => d.value.startsWith(tallest.key));
      await cursorOnLine(page, first.range.start.line + 1);
      const rows = await poll(
        async () => {
          const r = await viewRows(page, "News Timeline");
          return (
            r.length > 0 &&
            r.every((x) => x.replace(/\s+/g, " ").length > 0) &&
            (await page.locator(".pane", { hasText: "brushed on the chart" }).count()) > 0 &&
            r
          );
        },
        { timeout: 15000, what: async () => `the News Timeline filtered to ${tallest.key} (rows: ${JSON.stringify(await viewRows(page, "News Timeline"))})` },
      );
      const inSpan = sample.dates.filter((d) => d.value.startsWith(tallest.key) || tallest.key.startsWith(d.value)).length;
      if (rows.length > inSpan) throw new Error(`${rows.length} rows for ${inSpan} dates in ${tallest.key}`);
      // The chart and the list have the sidebar to themselves in the picture.
      const entities = page.locator(".part.sidebar .pane-header", { hasText: /^\s*Entities/i }).first();
      if ((await entities.getAttribute("aria-expanded")) === "true") await entities.click();
      await page.mouse.move(page.viewportSize().width - 5, page.viewportSize().height / 2);
      await sleep(500);
      await shot(page, path.join(outDir, "chart.png"));
      // Escape on the chart shows every date again.
      await chart.locator("svg.chart").press("Escape");
      await poll(async () => (await page.locator(".pane", { hasText: "brushed on the chart" }).count()) === 0, {
        timeout: 10000,
        what: "the filter gone after Escape",
      });
      return `${tallest.key}: ${rows.length} rows`;
    });

    await check("views: the timeline chart redraws when the theme changes", async () => {
      const chart = await webviewFrame(page, "svg.chart rect.bar", "the timeline chart's bars");
      await redrawsOnThemeChange(page, () => chart.locator("rect.bar").first().getAttribute("fill"), "new bar colours");
    });

    await check(`views: on a second fixture (${SECOND_FIXTURE}) each view shows its data and a click reveals the right line`, async () => {
      await openFileQuick(page, SECOND_FIXTURE);
      const place = second.entities.find((e) => e.type === "location" && ["Tokyo", "Japan", "China", "India", "Seoul", "Beijing"].includes(e.canonical));
      if (!place) throw new Error("no known Asian place in the second fixture's analysis");
      await runViewCommand(page, "News Lens: Show Places Map");
      const map = await webviewFrame(page, `circle.place[data-name="${place.canonical}"]`, `${place.canonical} on the map of ${SECOND_FIXTURE}`);
      if (await map.locator('circle.place[data-name="Baghdad"]').count()) throw new Error("the map still shows the sample's places");
      await choosePlace(map, place.canonical);
      const firstHere = second.entities.find((e) => e.type === "location" && e.canonical === place.canonical);
      await cursorOnLine(page, firstHere.range.start.line + 1);

      await openFileQuick(page, SECOND_FIXTURE);
      await runViewCommand(page, "News Lens: Show Who Appears with Whom");
      const top = second.entities.find((e) => e.type !== "misc");
      const graph = await webviewFrame(page, `.node-row[data-id="${top.type}:${top.canonical}"]`, `${top.canonical} in the graph of ${SECOND_FIXTURE}`);
      await graph.locator(`.node-row[data-id="${top.type}:${top.canonical}"]`).click();
      const mention = graph.locator(".details .mention").first();
      await mention.waitFor({ state: "visible", timeout: 15000 });
      const line = Number(await mention.getAttribute("data-line"));
      await mention.click();
      await cursorOnLine(page, line);

      await openFileQuick(page, SECOND_FIXTURE);
      await runViewCommand(page, "News Lens: Focus on Timeline Chart View");
      const chart = await webviewFrame(page, "svg.chart rect.bar", `the timeline chart of ${SECOND_FIXTURE}`);
      const key = await chart.locator("rect.bar").first().getAttribute("data-key");
      const firstDate = second.dates.find((d) => d.value.startsWith(key));
      await chart.locator("rect.bar").first().click({ force: true });
      await cursorOnLine(page, firstDate.range.start.line + 1);
      await chart.locator("svg.chart").press("Escape");
      return `${place.canonical}, ${top.canonical}, ${key}`;
    });
  } finally {
    await context.close().catch(() => {});
  }
}
