#!/usr/bin/env node
// Standard @vscode/test-electron runner for the same extension-host suite as test/e2e/run.mjs
// (test/e2e/suite/index.js), for machines that can download VS Code (this project's CI cannot:
// it uses test/e2e/run.mjs with code-server instead).
//
//   npm run build && node test/vscode/runTest.mjs                 # the repo as development extension
//   npm run package && node test/vscode/runTest.mjs --vsix news-lens.vsix   # the installed .vsix
//
// Env: VSCODE_TEST_VERSION (default 1.100.3, the Code of the pinned code-server), NEWS_LENS_SAMPLES,
//      NEWS_LENS_E2E_ONLY (substring filter on check names).
// Under Linux without a display, run it under xvfb-run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from "@vscode/test-electron";
import { prepareWorkspace, REPO, readResults, SUITE } from "../e2e/workspace.mjs";

const args = process.argv.slice(2);
const vsixArg = args.includes("--vsix") ? args[args.indexOf("--vsix") + 1] : undefined;
const version = process.env.VSCODE_TEST_VERSION || "1.100.3";

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "news-lens-vscode-test-"));
const userData = path.join(tmpRoot, "user-data");
const extDir = path.join(tmpRoot, "extensions");
fs.mkdirSync(path.join(userData, "User"), { recursive: true });
fs.mkdirSync(extDir, { recursive: true });
fs.writeFileSync(
  path.join(userData, "User", "settings.json"),
  JSON.stringify(
    {
      "workbench.startupEditor": "none",
      "security.workspace.trust.enabled": false,
      "telemetry.telemetryLevel": "off",
      "extensions.autoCheckUpdates": false,
      "extensions.autoUpdate": false,
      "update.mode": "none",
    },
    null,
    2,
  ),
);

let code = 1;
try {
  const vscodeExecutablePath = await downloadAndUnzipVSCode(version);
  let extensionDevelopmentPath = REPO;
  let extra = {};
  const launchArgs = [];
  if (vsixArg) {
    // Test what users get: install the .vsix, and point extensionDevelopmentPath at an empty
    // folder (extension tests only run in extension-development mode).
    const vsix = path.resolve(vsixArg);
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const r = spawnSync(cli, [...cliArgs, "--extensions-dir", extDir, "--user-data-dir", userData, "--install-extension", vsix], {
      encoding: "utf8",
      stdio: "inherit",
      timeout: 120000,
    });
    if (r.status !== 0) throw new Error(`--install-extension ${vsix} failed with status ${r.status}`);
    extensionDevelopmentPath = path.join(tmpRoot, "no-dev-extension");
    fs.mkdirSync(extensionDevelopmentPath);
    extra = { expectInstalledUnder: extDir };
  } else {
    if (!fs.existsSync(path.join(REPO, "dist", "client.js"))) throw new Error('dist/client.js missing: run "npm run build" first');
    launchArgs.push("--disable-extensions"); // other extensions off; the development one still loads
  }
  const { workspace, configFile, resultsFile } = prepareWorkspace(tmpRoot, extra);
  launchArgs.unshift(workspace, "--user-data-dir", userData, "--extensions-dir", extDir);
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath: SUITE,
      launchArgs,
      extensionTestsEnv: { NEWS_LENS_E2E_CONFIG: configFile },
    });
  } catch (e) {
    console.error(`VS Code test run failed: ${e.message}`);
  }
  const { checks, done } = readResults(resultsFile);
  const failed = checks.filter((c) => !c.ok).length + (done ? 0 : 1);
  const passed = checks.length - checks.filter((c) => !c.ok).length;
  if (!done) console.error("the extension-host suite did not run to completion");
  console.log(`vscode-test: ${passed} passed, ${failed} failed`);
  code = failed || !checks.length ? 1 : 0;
} catch (e) {
  console.error(e?.stack ? e.stack : e);
  console.log("vscode-test: 0 passed, 1 failed");
} finally {
  if (code === 0) fs.rmSync(tmpRoot, { recursive: true, force: true });
  else console.error(`kept ${tmpRoot}`);
}
process.exit(code);
