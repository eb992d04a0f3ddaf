// Playwright helpers for driving the VS Code workbench served by code-server, and the UI checks.
// Add a UI check: one more `await check('name', async () => { ... })` in runUiChecks.
// Add a screenshot: `await shot(page, 'docs/hover.png')` after e.g. `await hoverOnText(page, 'Sinwar')`.
import fs from 'node:fs';
import path from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits for the workbench to be up (status bar and activity bar rendered, no progress splash). */
export async function waitForWorkbench(page, timeout = 60000) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout });
  await page.locator('.part.activitybar, .part.sidebar').first().waitFor({ state: 'visible', timeout });
}

/** Clicks into the workbench so keyboard shortcuts go to it, not to the page. */
async function focusWorkbench(page) {
  await page.locator('.part.statusbar').click({ position: { x: 5, y: 5 } }).catch(() => {});
}

/** Runs a command from the command palette by (part of) its English title, e.g. 'Focus on Outline View'. */
export async function runCommand(page, title, timeout = 15000) {
  await focusWorkbench(page);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout });
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
}

/** Opens a workspace file through Quick Open (Ctrl+P) by name; waits for its editor tab. */
export async function openFileQuick(page, fileName, timeout = 20000) {
  await focusWorkbench(page);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(fileName);
  // The file search runs on the server (ripgrep); wait for the result row.
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first().waitFor({ state: 'visible', timeout });
  await input.press('Enter');
  await page.locator(`.tabs-container .tab[data-resource-name="${fileName}"], .tabs-container .tab[aria-label*="${fileName}"]`).first()
    .waitFor({ state: 'visible', timeout });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout });
}

/** Text of the status-bar language indicator (e.g. 'Plain Text'). */
export async function statusBarLanguage(page) {
  const el = page.locator('#status\\.editor\\.mode');
  if (!(await el.count())) return null;
  return (await el.innerText()).trim();
}

/** Polls fn until truthy; returns its value, throws after timeout. `what` may be a (async) function. */
export async function poll(fn, { timeout = 20000, interval = 200, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try { last = await fn(); if (last) return last; } catch (e) { last = e; }
    if (Date.now() > deadline) {
      const w = typeof what === 'function' ? await Promise.resolve().then(what).catch((e) => `? (${e.message})`) : what;
      throw new Error(`timed out waiting for ${w}${last instanceof Error ? ': ' + last.message : ''}`);
    }
    await sleep(interval);
  }
}

/** Labels of the rows currently rendered in the Outline view. */
export async function outlineLabels(page) {
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^\s*Outline/i }) });
  const rows = pane.locator('.monaco-list-row .monaco-highlighted-label');
  return rows.allInnerTexts();
}

/** Widens the sidebar and collapses the explorer's folder section so the Outline fills the sidebar. */
export async function showOutlineLarge(page, sidebarWidth = 560) {
  const folders = page.locator('.pane', { has: page.locator('.explorer-folders-view') }).locator('.pane-header[aria-expanded="true"]').first();
  if (await folders.count()) await folders.click();
  const sidebar = await page.locator('.part.sidebar').boundingBox();
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
  const span = page.locator('.editor-group-container.active .monaco-editor .view-line span', { hasText: text }).first();
  await span.waitFor({ state: 'visible', timeout });
  const box = await span.boundingBox();
  // Position the mouse on the word itself inside the span.
  const full = await span.innerText();
  const idx = Math.max(0, full.indexOf(text));
  const charW = box.width / Math.max(1, full.length);
  await page.mouse.move(box.x + charW * (idx + Math.min(2, text.length / 2)), box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  await hover.waitFor({ state: 'visible', timeout });
  return hover.innerText();
}

/**
 * Colour (CSS rgb()) the editor paints the innermost rendered span whose text is exactly `text`
 * (tokens are split into spans by colour; use it for entity / semantic-token colours).
 */
export async function tokenColor(page, text, timeout = 15000) {
  const span = page.locator('.editor-group-container.active .monaco-editor .view-line span span', { hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }).first();
  await span.waitFor({ state: 'visible', timeout });
  return span.evaluate((el) => getComputedStyle(el).color);
}

/** Screenshot of the active editor only (e.g. docs/entities.png). */
export async function editorShot(page, file) {
  return shot(page, file, page.locator('.editor-group-container.active').first());
}

/** Opens the Problems panel; returns its rendered row texts ([] when it says there are none). */
export async function openProblems(page) {
  await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  const rows = page.locator('.markers-panel .monaco-list-row');
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
 * UI checks. opts: { browser, baseUrl, workspace, headlines, languageAlias, outDir, check }
 * where check(name, fn) records a named pass/fail.
 */
export async function runUiChecks({ browser, baseUrl, workspace, headlines, languageAlias, outDir, logDir, check: record, log }) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  let n = 0;
  // On failure, keep a screenshot of the moment in the logs folder.
  const check = (name, fn) => record(name, async () => {
    try { return await fn(); } catch (e) {
      const f = path.join(logDir, `ui-fail-${++n}.png`);
      await shot(page, f).catch(() => {});
      throw new Error(`${e.message}\n(screenshot: ${f})`);
    }
  });
  page.on('pageerror', (e) => log(`[page error] ${e.message}`));
  try {
    await check('ui: workbench loads with the workspace folder', async () => {
      await page.goto(`${baseUrl}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
      await waitForWorkbench(page);
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'dumps' }).first().waitFor({ state: 'visible', timeout: 30000 });
    });

    await check('ui: sample opens via Quick Open and the status bar shows the newsdump language', async () => {
      await openFileQuick(page, path.basename('dumps/middle-east-2024.txt'));
      await poll(async () => {
        const lang = await statusBarLanguage(page);
        return lang && (languageAlias ? lang === languageAlias : lang !== 'Plain Text') && lang;
      }, { timeout: 30000, what: async () => `status bar language ${languageAlias ? `"${languageAlias}"` : 'other than Plain Text'} (is "${await statusBarLanguage(page)}")` });
    });

    await check('ui: Outline view lists the 6 headlines', async () => {
      await runCommand(page, 'Focus on Outline View');
      // Give the Outline the sidebar (its rows are virtualised: only visible ones are in the DOM).
      await showOutlineLarge(page);
      const labels = await poll(async () => {
        const l = await outlineLabels(page);
        return headlines.every((h) => l.includes(h)) && l;
      }, { timeout: 30000, what: async () => `all headlines in the Outline (has: ${JSON.stringify(await outlineLabels(page))})` });
      const order = labels.filter((l) => headlines.includes(l));
      if (JSON.stringify(order) !== JSON.stringify(headlines)) throw new Error(`Outline order ${JSON.stringify(order)}`);
      await shot(page, path.join(outDir, 'outline.png'));
      return labels;
    });
  } finally {
    await context.close().catch(() => {});
  }
}
