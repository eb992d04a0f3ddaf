#!/usr/bin/env node
// End-to-end run of the packaged extension in a real VS Code (code-server) driven by Chromium
// through Playwright. Needs `bash scripts/e2e-setup.sh` first (code-server, chromium, ripgrep).
//
//   node test/e2e/run.mjs [--vsix FILE | --no-package] [--no-ui] [--keep] [--only SUBSTRING]
//
//   --vsix FILE     test this .vsix (default: run `npm run package`, then test news-lens.vsix)
//   --no-package    test the existing news-lens.vsix without repackaging
//   --no-ui         extension-host suite only, no workbench UI checks / screenshots
//   --no-exthost    UI checks only (skips the extension-host suite)
//   --views-only    of the UI checks, only the graphic views' (places map, entity graph, timeline chart)
//   --keep          keep the temporary folder (logs, user data); always kept on failure
//   --only S        run only extension-host checks whose name contains S
//   --shots DIR     where screenshots go (default docs/): outline, hover, colours, entities,
//                   timeline, problems, places, graph, chart .png
// Env: NEWS_LENS_TOOLS (tools folder of e2e-setup.sh), CODE_SERVER_BIN, NEWS_LENS_SAMPLES,
//      CHROMIUM_BIN (default /usr/bin/chromium), E2E_TIMEOUT_MS (default 300000).
// Last line: "e2e: N passed, N failed"; exit code 0 only if nothing failed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findCodeServer, freePort, installExtension, makeProfile, signalGroup, startCodeServer, stopCodeServer } from "./codeServer.mjs";
import { runUiChecks } from "./ui.mjs";
import { prepareViewsWorkspace, runViewsUiChecks } from "./views.mjs";
import { EXTENSION_ID, goldArticles, prepareProblemsWorkspace, prepareUiWorkspace, prepareWorkspace, REPO, readResults, SUITE } from "./workspace.mjs";

const t0 = Date.now();
const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const opt = (f) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const log = (m) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${m}`);

const results = []; // { name, ok, ms, error }
function record(r) {
  results.push(r);
  console.log(
    `${r.ok ? "PASS" : "FAIL"} ${r.name}${r.ms != null ? ` (${r.ms} ms)` : ""}${r.ok ? "" : `\n     ${String(r.error).split("\n").join("\n     ")}`}`,
  );
}
async function check(name, fn) {
  const s = Date.now();
  try {
    const v = await fn();
    record({ name, ok: true, ms: Date.now() - s });
    return v;
  } catch (e) {
    record({ name, ok: false, ms: Date.now() - s, error: e?.message || String(e) });
    return undefined;
  }
}

// ------------------------------------------------------------------------------------------------
// Cleanup: code-server runs in its own process group; the browser is closed; both on every exit.
let server; // ChildProcess
let browser;
let tmpRoot;
let cleaning;
async function cleanup() {
  if (cleaning) return cleaning;
  cleaning = (async () => {
    if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    if (server) await stopCodeServer(server);
  })();
  return cleaning;
}
let finishing = false;
function finish(code) {
  if (finishing) return;
  finishing = true;
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (failed && !code) code = 1;
  if (!results.length && !code) code = 1;
  if (tmpRoot) {
    if (code || flag("--keep")) log(`kept ${tmpRoot} (logs in logs/, user data in user-data/)`);
    else fs.rmSync(tmpRoot, { recursive: true, force: true });
  }
  log(`took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(code);
}
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, async () => {
    log(`got ${sig}`);
    await cleanup();
    finish(130);
  });
}
process.on("exit", () => {
  if (server) signalGroup(server, "SIGKILL");
});

// ------------------------------------------------------------------------------------------------
async function waitHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode} before answering`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    if (Date.now() > deadline) throw new Error(`${url} not answering after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
function walk(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

async function main() {
  const budget = Number(process.env.E2E_TIMEOUT_MS || 300000);
  const codeServer = findCodeServer();
  const chromium = process.env.CHROMIUM_BIN || "/usr/bin/chromium";
  if (!fs.existsSync(chromium)) throw new Error(`${chromium} not found: run "bash scripts/e2e-setup.sh" first`);

  // 1. The .vsix under test.
  const vsix = opt("--vsix") ? path.resolve(opt("--vsix")) : path.join(REPO, "news-lens.vsix");
  if (!opt("--vsix") && !flag("--no-package")) {
    log("npm run package");
    const r = spawnSync("npm", ["run", "package"], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", timeout: 240000 });
    if (r.status !== 0) {
      process.stdout.write((r.stdout || "").slice(-4000) + (r.stderr || "").slice(-4000));
      throw new Error(`npm run package failed (status ${r.status}${r.error ? `, ${r.error.message}` : ""})`);
    }
  }
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} not found`);

  // Overall deadline starts now (packaging has its own timeout above).
  const deadline = setTimeout(async () => {
    record({ name: "e2e finished within the time limit", ok: false, error: `overall timeout ${budget} ms` });
    await cleanup();
    finish(1);
  }, budget);
  deadline.unref();

  // 2. Temp dirs, workspace, settings, install the vsix.
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "news-lens-e2e-"));
  const logDir = path.join(tmpRoot, "logs");
  fs.mkdirSync(logDir, { recursive: true });
  const { userData, extDir, csArgs } = makeProfile(tmpRoot, {
    "workbench.welcomePage.walkthroughs.openOnInstall": false,
    "workbench.enableExperiments": false,
    "chat.commandCenter.enabled": false,
    "window.commandCenter": false,
    "editor.minimap.enabled": false,
    "files.simpleDialog.enable": true,
    // As VS Code opens local files: without it, code-server asks before showing a file over 10 MB.
    "workbench.editorLargeFileConfirmation": 1024,
  });
  const { workspace, configFile, resultsFile } = prepareWorkspace(tmpRoot, { expectInstalledUnder: extDir });
  // Empty extension development folder: the workbench runs extensionTestsPath only in
  // extension-development mode (tried: without extensionDevelopmentPath the suite never starts),
  // and an empty folder adds no extension, so the one under test is the installed .vsix.
  const devDir = path.join(tmpRoot, "no-dev-extension");
  fs.mkdirSync(devDir);

  const env = {
    ...process.env,
    EXTENSIONS_GALLERY: "{}",
    NEWS_LENS_E2E_CONFIG: configFile,
    // --only: the extension host (a child of code-server) inherits this; the suite filters on it.
    ...(opt("--only") ? { NEWS_LENS_E2E_ONLY: opt("--only") } : {}),
    // Keep VS Code's own node from inheriting options meant for this process.
    NODE_OPTIONS: "",
  };
  await check("vsix installs into code-server", async () => {
    log(`installing ${path.relative(REPO, vsix) || vsix}`);
    const r = installExtension(codeServer, csArgs, vsix, env);
    fs.writeFileSync(path.join(logDir, "install-extension.log"), r.out);
    if (!r.ok) throw new Error(`install failed (status ${r.status}):\n${r.out.slice(-2000)}`);
  });
  const installed = fs.readdirSync(extDir).find((d) => d.toLowerCase().startsWith(`${EXTENSION_ID}-`));
  let languageAlias;
  if (installed) {
    const pj = JSON.parse(fs.readFileSync(path.join(extDir, installed, "package.json"), "utf8"));
    languageAlias = pj.contributes?.languages?.find((l) => l.id === "newsdump")?.aliases?.[0];
  }

  // 3. Start code-server in its own process group.
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const csLog = fs.openSync(path.join(logDir, "code-server.log"), "a");
  server = startCodeServer(codeServer, csArgs, { port, folder: workspace, env, logFd: csLog });
  log(`code-server pid ${server.pid} on ${base}`);
  await waitHttp(`${base}/healthz`, 60000);

  // 4. Browser.
  const { chromium: pwChromium } = await import("playwright-core");
  browser = await pwChromium.launch({
    executablePath: chromium,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });

  // 5. Extension-host suite.
  if (!flag("--no-exthost")) await runExtensionHostSuite({ base, port, workspace, devDir, resultsFile, logDir });

  // 6. UI checks.
  if (!flag("--no-ui")) {
    const outDir = path.resolve(REPO, opt("--shots") || "docs");
    const gold = goldArticles();
    if (!flag("--views-only"))
      await runUiChecks({
        browser,
        baseUrl: base,
        workspace: prepareUiWorkspace(tmpRoot),
        problemsWorkspace: prepareProblemsWorkspace(tmpRoot),
        headlines: gold.map((a) => a.headline),
        headlineLines: gold.map((a) => a.headlineLine),
        languageAlias,
        outDir,
        logDir,
        check,
        log,
      });
    await runViewsUiChecks({ browser, baseUrl: base, workspace: prepareViewsWorkspace(tmpRoot), outDir, logDir, check, log });
  }

  // 7. Extension host log: no errors from our extension.
  await check("extension host log has no News Lens activation errors", async () => {
    const logs = walk(path.join(userData, "logs")).filter((f) => /exthost|remoteagent/i.test(f) && f.endsWith(".log"));
    const bad = [];
    let afterTerminate = 0;
    for (const f of logs) {
      let terminating = false;
      for (const line of fs.readFileSync(f, "utf8").split("\n")) {
        // Once the window goes (a UI check navigates to another folder, or closes), provider
        // requests still in flight while the language client stops fail with "Starting server
        // failed" (a vscode-languageclient race on shutdown): noise, counted but not an error.
        if (/Extension host terminating/i.test(line)) terminating = true;
        if (terminating && /\[error\]/i.test(line) && /news-lens/i.test(line)) {
          afterTerminate++;
          continue;
        }
        if (/\[error\]/i.test(line) && /news-lens/i.test(line)) bad.push(`${path.basename(f)}: ${line}`);
        if (/Activating extension .news-lens\.news-lens. failed/i.test(line)) bad.push(`${path.basename(f)}: ${line}`);
      }
    }
    if (afterTerminate) log(`ignored ${afterTerminate} News Lens error line(s) logged while an extension host was terminating`);
    if (!logs.length) throw new Error("no extension host logs found");
    if (bad.length) throw new Error(bad.slice(0, 10).join("\n"));
  });

  clearTimeout(deadline);
}

async function runExtensionHostSuite({ base, port, workspace, devDir, resultsFile, logDir }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).join("/")}`;
  const payload = [
    ["extensionDevelopmentPath", remote(devDir)],
    ["extensionTestsPath", remote(SUITE)],
  ];
  const url = `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  const consoleLines = [];
  page.on("console", (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on("pageerror", (e) => consoleLines.push(`[pageerror] ${e.message}`));
  let exitCode;
  const exited = new Promise((resolve) => {
    page.exposeFunction("codeAutomationExit", (code) => {
      exitCode = code;
      resolve(code);
      return undefined;
    });
  });
  log("running extension-host suite");
  await page.goto(url, { waitUntil: "domcontentloaded" });
  const suiteTimeout = 180000;
  const timedOut = await Promise.race([exited.then(() => false), new Promise((r) => setTimeout(() => r(true), suiteTimeout))]);
  fs.writeFileSync(path.join(logDir, "suite-browser-console.log"), consoleLines.join("\n"));
  await page.screenshot({ path: path.join(logDir, "suite-end.png") }).catch(() => {});
  await context.close().catch(() => {});

  const { checks, done } = readResults(resultsFile);
  for (const c of checks) record({ ...c, name: `exthost: ${c.name}` });
  await check("extension-host suite ran to completion", async () => {
    if (timedOut) throw new Error(`no exit from the extension host within ${suiteTimeout} ms (see ${path.join(logDir, "suite-browser-console.log")})`);
    if (!done)
      throw new Error(
        `extension host exited with code ${exitCode} before the suite finished:\n${consoleLines
          .filter((l) => /error|fail/i.test(l))
          .slice(-15)
          .join("\n")}`,
      );
  });
  log(`extension host exited with code ${exitCode}`);
}

main().then(
  async () => {
    await cleanup();
    finish(0);
  },
  async (e) => {
    record({ name: "e2e harness", ok: false, error: e?.stack || String(e) });
    await cleanup();
    finish(1);
  },
);
