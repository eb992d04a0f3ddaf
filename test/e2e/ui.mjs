// Playwright helpers for driving the VS Code workbench served by code-server, and the UI checks.
// Add a UI check: one more `await check('name', async () => { ... })` in runUiChecks.
// Add a screenshot: `await shot(page, path.join(outDir, 'x.png'))` (or a clip) after e.g. `await hoverOnToken(page, 'Sinwar', /Person/)`.
// Screenshots written to outDir (docs/ by default): outline.png, hover.png, colours.png,
// entities.png, timeline.png (workspace with only the sample) and problems.png (only the doubled dump).
import fs from "node:fs";
import path from "node:path";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits for the workbench to be up (status bar and activity bar rendered, no progress splash). */
export async function waitForWorkbench(page, timeout = 60000) {
  await page.locator(".monaco-workbench").waitFor({ state: "visible", timeout });
  await page.locator(".part.statusbar").waitFor({ state: "visible", timeout });
  await page.locator(".part.activitybar, .part.sidebar").first().waitFor({ state: "visible", timeout });
}

/** Clicks into the workbench so keyboard shortcuts go to it, not to the page. */
async function focusWorkbench(page) {
  await page
    .locator(".part.statusbar")
    .click({ position: { x: 5, y: 5 } })
    .catch(() => {});
}

/** Runs a command from the command palette by (part of) its English title, e.g. 'Focus on Outline View' (the first row containing it). */
export async function runCommand(page, title, timeout = 15000) {
  await focusWorkbench(page);
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget .quick-input-box input");
  await input.waitFor({ state: "visible", timeout });
  await input.fill(`>${title}`);
  const row = page.locator(".quick-input-widget .monaco-list-row", { hasText: title }).first();
  await row.waitFor({ state: "visible", timeout });
  // Click the matching row, not Enter: several commands may match (VS Code's own Explorer also
  // has a "Timeline" view, so "Focus on Timeline View" is there twice).
  await row.click();
  await page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout });
}

/** Opens a workspace file through Quick Open (Ctrl+P) by name; waits for its editor tab. */
export async function openFileQuick(page, fileName, timeout = 20000) {
  await focusWorkbench(page);
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget .quick-input-box input");
  await input.waitFor({ state: "visible", timeout });
  await input.fill(fileName);
  // The file search runs on the server (ripgrep); wait for the result row.
  await page.locator(".quick-input-widget .monaco-list-row", { hasText: fileName }).first().waitFor({ state: "visible", timeout });
  await input.press("Enter");
  await page
    .locator(`.tabs-container .tab[data-resource-name="${fileName}"], .tabs-container .tab[aria-label*="${fileName}"]`)
    .first()
    .waitFor({ state: "visible", timeout });
  // Its text, in whichever group it opened (beside a webview, the webview's group may keep the focus).
  await page.locator(".editor-group-container .monaco-editor .view-lines").first().waitFor({ state: "visible", timeout });
}

/** Text of the status-bar language indicator (e.g. 'Plain Text'). */
export async function statusBarLanguage(page) {
  const el = page.locator("#status\\.editor\\.mode");
  if (!(await el.count())) return null;
  return (await el.innerText()).trim();
}

/** Polls fn until truthy; returns its value, throws after timeout. `what` may be a (async) function. */
export async function poll(fn, { timeout = 20000, interval = 200, what = "condition" } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      const w =
        typeof what === "function"
          ? await Promise.resolve()
              .then(what)
              .catch((e) => `? (${e.message})`)
          : what;
      throw new Error(`timed out waiting for ${w}${last instanceof Error ? `: ${last.message}` : ""}`);
    }
    await sleep(interval);
  }
}

/** Labels of the rows currently rendered in the Outline view. */
export async function outlineLabels(page) {
  const pane = page.locator(".pane", { has: page.locator(".pane-header", { hasText: /^\s*Outline/i }) });
  const rows = pane.locator(".monaco-list-row .monaco-highlighted-label");
  return rows.allInnerTexts();
}

/** Widens the sidebar and collapses the explorer's folder section so the Outline fills the sidebar. */
export async function showOutlineLarge(page, sidebarWidth = 560) {
  const folders = page
    .locator(".pane", { has: page.locator(".explorer-folders-view") })
    .locator('.pane-header[aria-expanded="true"]')
    .first();
  if (await folders.count()) await folders.click();
  const sidebar = await page.locator(".part.sidebar").boundingBox();
  if (sidebar && sidebar.width < sidebarWidth) {
    const x = sidebar.x + sidebar.width;
    const y = sidebar.y + sidebar.height / 2;
    await page.mouse.move(x - 1, y);
    await page.mouse.down();
    await page.mouse.move(sidebar.x + sidebarWidth, y, { steps: 8 });
    await page.mouse.up();
  }
  await page.mouse.move(page.viewportSize().width - 5, page.viewportSize().height / 2);
  await sleep(300); // let the layout settle before a screenshot
}

/** Moves the mouse over the first rendered occurrence of text in the active editor; waits for a hover widget. */
export async function hoverOnText(page, text, timeout = 15000) {
  const span = page.locator(".editor-group-container.active .monaco-editor .view-line span", { hasText: text }).first();
  await span.waitFor({ state: "visible", timeout });
  const box = await span.boundingBox();
  // Position the mouse on the word itself inside the span.
  const full = await span.innerText();
  const idx = Math.max(0, full.indexOf(text));
  const charW = box.width / Math.max(1, full.length);
  await page.mouse.move(box.x + charW * (idx + Math.min(2, text.length / 2)), box.y + box.height / 2);
  const hover = page.locator(".monaco-hover:not(.hidden)").first();
  await hover.waitFor({ state: "visible", timeout });
  return hover.innerText();
}

/**
 * Colour (CSS rgb()) the editor paints the innermost rendered span whose text is exactly `text`
 * (tokens are split into spans by colour; use it for entity / semantic-token colours).
 */
export async function tokenColor(page, text, timeout = 15000) {
  const span = page
    .locator(".editor-group-container.active .monaco-editor .view-line span span", {
      hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`),
    })
    .first();
  await span.waitFor({ state: "visible", timeout });
  return span.evaluate((el) => getComputedStyle(el).color);
}

/** Regex source matching text with any whitespace (the editor renders spaces as no-break spaces). */
const wsText = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/** The innermost rendered span of the active editor whose text is exactly `text`. */
function tokenSpan(page, text) {
  return page.locator(".editor-group-container.active .monaco-editor .view-line span span", { hasText: new RegExp(`^\\s*${wsText(text)}\\s*$`) }).first();
}

/** Moves the cursor to a 1-based line through Quick Open (":line"), which also reveals it in the centre. */
export async function goToLine(page, line, timeout = 15000) {
  await focusWorkbench(page);
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget .quick-input-box input");
  await input.waitFor({ state: "visible", timeout });
  await input.fill(`:${line}`);
  await page.locator(".quick-input-widget .monaco-list-row").first().waitFor({ state: "visible", timeout });
  await input.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout });
}

/**
 * Hovers the entity token `text` (an exact semantic-token span) in the active editor; returns the
 * hover widget once its text matches `expect` (a RegExp).
 */
export async function hoverOnToken(page, text, expect, timeout = 20000) {
  const span = tokenSpan(page, text);
  await span.waitFor({ state: "visible", timeout });
  const hover = page.locator(".monaco-editor .monaco-hover:not(.hidden)").first();
  await poll(
    async () => {
      const box = await span.boundingBox();
      // Leave and re-enter: a hover is only (re)started by a mouse move onto the word.
      await page.mouse.move(box.x + box.width / 2, box.y - 40);
      await sleep(100);
      await page.mouse.move(box.x + Math.min(box.width / 2, 30), box.y + box.height / 2, { steps: 3 });
      await hover.waitFor({ state: "visible", timeout: 4000 });
      const t = await hover.innerText();
      return expect.test(t.replace(/\s+/g, " "));
    },
    { timeout, interval: 300, what: async () => `a hover matching ${expect} (have: ${JSON.stringify(await hover.innerText().catch(() => null))})` },
  );
  return hover;
}

/** Text of the active editor's rendered lines (injected inlay hints included), spaces normalised. */
export async function renderedText(page) {
  const t = await page.locator(".editor-group-container.active .monaco-editor .view-lines").first().innerText();
  return t.replace(/[\u00a0\s]+/g, " ");
}

/** The sidebar pane (view) whose header title is `title`. */
function paneByTitle(page, title) {
  return page.locator(".part.sidebar .pane", { has: page.locator(".pane-header .title", { hasText: new RegExp(`^\\s*${wsText(title)}\\s*$`, "i") }) }).first();
}

/** Row texts of a sidebar view (only the rendered, i.e. visible, rows). */
export async function viewRows(page, title) {
  return paneByTitle(page, title).locator(".monaco-list-row").allInnerTexts();
}

/** Expands or collapses a sidebar view by its title. */
async function setPaneExpanded(page, title, expanded) {
  const header = paneByTitle(page, title).locator(".pane-header").first();
  if (!(await header.count())) return;
  if ((await header.getAttribute("aria-expanded")) !== String(expanded)) await header.click();
}

/** Clip rectangle around a locator's box, padded and kept inside the viewport. */
async function clipAround(page, boxes, pad = { left: 0, top: 0, right: 0, bottom: 0 }) {
  const vp = page.viewportSize();
  const x0 = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad.left);
  const y0 = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad.top);
  const x1 = Math.min(vp.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad.right);
  const y1 = Math.min(vp.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad.bottom);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Screenshot of the active editor only (e.g. docs/entities.png). */
export async function editorShot(page, file) {
  return shot(page, file, page.locator(".editor-group-container.active").first());
}

/** Opens the Problems panel; returns its rendered row texts ([] when it says there are none). */
export async function openProblems(page) {
  await runCommand(page, "View: Focus Problems (Errors, Warnings, Infos)");
  const rows = page.locator(".markers-panel .monaco-list-row");
  return rows.allInnerTexts();
}

/** Screenshot of the page (or of a locator) to a file; creates the folder. */
export async function shot(page, file, locator) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (locator) await locator.screenshot({ path: file });
  else await page.screenshot({ path: file });
  return file;
}

/**
 * A browser context and page for a series of UI checks, and their `check(name, fn)`: on failure
 * it keeps a screenshot of the moment in the logs folder (PREFIX-N.png) and names it.
 */
export async function uiSession(browser, record, logDir, log, prefix) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  let n = 0;
  const check = (name, fn) =>
    record(name, async () => {
      try {
        return await fn();
      } catch (e) {
        const f = path.join(logDir, `${prefix}-${++n}.png`);
        await shot(page, f).catch(() => {});
        throw new Error(`${e.message}\n(screenshot: ${f})`);
      }
    });
  page.on("pageerror", (e) => log(`[page error] ${e.message}`));
  return { context, page, check };
}

/**
 * UI checks. opts: { browser, baseUrl, workspace, problemsWorkspace, headlines, headlineLines, languageAlias, outDir, check }
 * where check(name, fn) records a named pass/fail. `workspace` holds only the sample (no
 * cross-file duplicates in the pictures); `problemsWorkspace` the doubled dump and a 55 MB one.
 * Screenshots: outline.png, hover.png, colours.png, entities.png, timeline.png, problems.png.
 */
export async function runUiChecks({
  browser,
  baseUrl,
  workspace,
  problemsWorkspace,
  headlines,
  headlineLines,
  languageAlias,
  outDir,
  logDir,
  check: record,
  log,
}) {
  const { context, page, check } = await uiSession(browser, record, logDir, log, "ui-fail");
  try {
    await check("ui: workbench loads with the workspace folder", async () => {
      await page.goto(`${baseUrl}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: "domcontentloaded" });
      await waitForWorkbench(page);
      await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "dumps" }).first().waitFor({ state: "visible", timeout: 30000 });
    });

    await check("ui: sample opens via Quick Open and the status bar shows the newsdump language", async () => {
      await openFileQuick(page, path.basename("dumps/middle-east-2024.txt"));
      await poll(
        async () => {
          const lang = await statusBarLanguage(page);
          return lang && (languageAlias ? lang === languageAlias : lang !== "Plain Text") && lang;
        },
        {
          timeout: 30000,
          what: async () => `status bar language ${languageAlias ? `"${languageAlias}"` : "other than Plain Text"} (is "${await statusBarLanguage(page)}")`,
        },
      );
    });

    await check("ui: Outline view lists the 6 headlines", async () => {
      await runCommand(page, "Focus on Outline View");
      // Give the Outline the sidebar (its rows are virtualised: only visible ones are in the DOM).
      await showOutlineLarge(page);
      const labels = await poll(
        async () => {
          const l = await outlineLabels(page);
          return headlines.every((h) => l.includes(h)) && l;
        },
        { timeout: 30000, what: async () => `all headlines in the Outline (has: ${JSON.stringify(await outlineLabels(page))})` },
      );
      const order = labels.filter((l) => headlines.includes(l));
      if (JSON.stringify(order) !== JSON.stringify(headlines)) throw new Error(`Outline order ${JSON.stringify(order)}`);
      await shot(page, path.join(outDir, "outline.png"));
      return labels;
    });

    await check('ui: hovering "Esmail Qaani" shows the entity hover (hover.png)', async () => {
      await goToLine(page, 17);
      const hover = await hoverOnToken(page, "Esmail Qaani", /Esmail Qaani\s*—\s*Person/);
      const text = (await hover.innerText()).replace(/\s+/g, " ");
      if (!/Also written: “?Qaani/.test(text)) throw new Error(`hover lacks the alias: ${text}`);
      if (!/Mentioned \d+ times/.test(text)) throw new Error(`hover lacks the mention count: ${text}`);
      const boxes = [await hover.boundingBox(), await tokenSpan(page, "Esmail Qaani").boundingBox()];
      const editor = await page.locator(".editor-group-container.active").first().boundingBox();
      const clip = await clipAround(page, boxes, { left: 60, top: 12, right: 120, bottom: 90 });
      clip.x = Math.max(clip.x, editor.x);
      clip.width = Math.min(clip.width, editor.x + editor.width - clip.x);
      fs.mkdirSync(outDir, { recursive: true });
      await page.screenshot({ path: path.join(outDir, "hover.png"), clip });
      return text;
    });

    await check("ui: entities, dates and inlay hints are coloured in the editor (colours.png)", async () => {
      await page.keyboard.press("Escape");
      await page.mouse.move(5, page.viewportSize().height - 40);
      // Cursor to the empty line above: no word highlight on the name in the picture.
      await goToLine(page, 16);
      await page
        .locator(".monaco-editor .monaco-hover:not(.hidden)")
        .first()
        .waitFor({ state: "hidden", timeout: 5000 })
        .catch(() => {});
      const colour = async (t) => tokenSpan(page, t).evaluate((el) => getComputedStyle(el).color);
      const plain = await poll(
        async () => {
          const c = {
            person: await colour("Esmail Qaani"),
            organization: await colour("Kataib Hezbollah"),
            location: await colour("Baghdad"),
            date: await colour("Jan. 29"),
          };
          return new Set(Object.values(c)).size === 4 && c;
        },
        { timeout: 20000, what: "four distinct token colours for a person, an organization, a location and a date" },
      );
      const text = await poll(
        async () => {
          const t = await renderedText(page);
          return t.includes("= Mon 29 Jan 2024") && t;
        },
        { timeout: 20000, what: 'the inlay hint "= Mon 29 Jan 2024" rendered in the editor' },
      );
      const lineBox = await tokenSpan(page, "Esmail Qaani").boundingBox();
      const content = await page.locator(".editor-group-container.active .monaco-editor .lines-content").first().boundingBox();
      const editor = await page.locator(".editor-group-container.active").first().boundingBox();
      const top = Math.max(editor.y + 35, lineBox.y - 6 * lineBox.height);
      const clip = {
        x: Math.max(editor.x, content.x - 4),
        y: top,
        width: Math.min(880, editor.x + editor.width - Math.max(editor.x, content.x - 4)),
        height: Math.min(17 * lineBox.height, editor.y + editor.height - top),
      };
      fs.mkdirSync(outDir, { recursive: true });
      await page.screenshot({ path: path.join(outDir, "colours.png"), clip });
      return { ...plain, hint: text.includes("= Mon 29 Jan 2024") };
    });

    await check("ui: News Lens container shows the Entities view with Esmail Qaani among the people (entities.png)", async () => {
      await runCommand(page, "News Lens: Focus on Entities View");
      await setPaneExpanded(page, "Entities", true);
      await setPaneExpanded(page, "News Timeline", false);
      const rows = await poll(
        async () => {
          const r = (await viewRows(page, "Entities")).map((x) => x.replace(/\s+/g, " "));
          return r.some((x) => /^People \(\d+\)/.test(x)) && r.some((x) => x.startsWith("Esmail Qaani")) && r;
        },
        { timeout: 20000, what: async () => `People and Esmail Qaani in the Entities view (rows: ${JSON.stringify(await viewRows(page, "Entities"))})` },
      );
      const active = await page
        .locator(".part.activitybar .action-item.checked .action-label")
        .first()
        .getAttribute("aria-label")
        .catch(() => null);
      if (!/News Lens/i.test(active || "")) throw new Error(`active activity bar item is "${active}", not News Lens`);
      await page.mouse.move(page.viewportSize().width - 5, page.viewportSize().height / 2);
      await sleep(300);
      await shot(page, path.join(outDir, "entities.png"));
      return rows.slice(0, 5);
    });

    await check("ui: Timeline view lists the dates in calendar order (timeline.png)", async () => {
      await runCommand(page, "News Lens: Focus on News Timeline View");
      await setPaneExpanded(page, "Entities", false);
      await setPaneExpanded(page, "News Timeline", true);
      const rows = await poll(
        async () => {
          const r = (await viewRows(page, "News Timeline")).map((x) => x.replace(/\s+/g, " "));
          return r.length >= 10 && r[0].startsWith("1994") && r.some((x) => x.startsWith("2020")) && r;
        },
        { timeout: 20000, what: async () => `timeline rows from 1994 on (rows: ${JSON.stringify(await viewRows(page, "News Timeline"))})` },
      );
      await page.mouse.move(page.viewportSize().width - 5, page.viewportSize().height / 2);
      await sleep(300);
      await shot(page, path.join(outDir, "timeline.png"));
      await setPaneExpanded(page, "Entities", true);
      return rows.slice(0, 3);
    });

    if (problemsWorkspace) {
      await check("ui: Problems panel lists the duplicate headlines of the doubled dump (problems.png)", async () => {
        await page.goto(`${baseUrl}/?folder=${encodeURIComponent(problemsWorkspace)}`, { waitUntil: "domcontentloaded" });
        await waitForWorkbench(page);
        await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "doubled.news.txt" }).first().waitFor({ state: "visible", timeout: 30000 });
        await openFileQuick(page, "doubled.news.txt");
        // The whole width for editor and panel (the messages are long).
        await runCommand(page, "View: Close Primary Side Bar");
        await runCommand(page, "View: Focus Problems (Errors, Warnings, Infos)");
        const rows = await poll(
          async () => {
            const r = (await page.locator(".markers-panel .monaco-list-row").allInnerTexts()).map((x) => x.replace(/\s+/g, " "));
            return r.some((x) => /doubled\.news\.txt/.test(x)) && r.filter((x) => /Duplicate headline: same as/.test(x)).length >= 3 && r;
          },
          {
            timeout: 30000,
            what: async () =>
              `duplicate headlines in the Problems panel (rows: ${JSON.stringify(await page.locator(".markers-panel .monaco-list-row").allInnerTexts())})`,
          },
        );
        const fileRow = rows.find((x) => /doubled\.news\.txt/.test(x));
        // the count stands after the name, with or without a space between them (`doubled.news.txt6`)
        if (!/(?<!\d)6(?!\d)/.test(fileRow)) throw new Error(`file row "${fileRow}" does not count 6 problems`);
        // Go to the first warning: the editor shows the later copy with its squiggle.
        await page
          .locator(".markers-panel .monaco-list-row", { hasText: /Duplicate headline/ })
          .first()
          .click();
        await page.locator(".editor-group-container.active .monaco-editor .squiggly-warning").first().waitFor({ state: "visible", timeout: 10000 });
        await page.mouse.move(page.viewportSize().width - 5, 200);
        await sleep(300);
        // The panel must still list them when the picture is taken (a re-pull must not clear it).
        await poll(async () => (await page.locator(".markers-panel .monaco-list-row", { hasText: /Duplicate headline/ }).count()) >= 3, {
          timeout: 10000,
          what: "duplicate rows still listed after going to the first warning",
        });
        await shot(page, path.join(outDir, "problems.png"));
        return rows.slice(0, 3);
      });

      await check("ui: a 55 MB dump gets its articles in the Large Dump Outline view, and a click goes to the line", async () => {
        await openFileQuick(page, "huge-dump.news.txt");
        await page.locator(".notifications-toasts", { hasText: "reads it from disk, read-only" }).first().waitFor({ state: "visible", timeout: 30000 });
        await page.locator(".part.statusbar", { hasText: "News Lens: Outline only" }).first().waitFor({ state: "visible", timeout: 10000 });
        await runCommand(page, "News Lens: Focus on Large Dump Outline View");
        // 16,602 articles: the view groups them by the thousand.
        await paneByTitle(page, "Large Dump Outline").locator(".monaco-list-row", { hasText: "Articles 1–1000" }).first().click();
        const rows = await poll(
          async () => {
            const r = (await viewRows(page, "Large Dump Outline")).map((x) => x.replace(/\s+/g, " "));
            return headlines.every((h) => r.some((x) => x.startsWith(h))) && r;
          },
          { timeout: 20000, what: async () => `the headlines in the Large Dump Outline (rows: ${JSON.stringify(await viewRows(page, "Large Dump Outline"))})` },
        );
        await paneByTitle(page, "Large Dump Outline")
          .locator(".monaco-list-row", { hasText: headlines.at(-1) })
          .first()
          .click();
        const line = headlineLines.at(-1) + 1;
        await poll(
          async () =>
            new RegExp(`Ln ${line},`).test(
              await page
                .locator("#status\\.editor\\.selection")
                .innerText()
                .catch(() => ""),
            ),
          {
            timeout: 10000,
            what: async () =>
              `the cursor on line ${line} (status bar: ${await page
                .locator("#status\\.editor\\.selection")
                .innerText()
                .catch(() => "?")})`,
          },
        );
        return rows.slice(0, 3);
      });
    }
  } finally {
    await context.close().catch(() => {});
  }
}
