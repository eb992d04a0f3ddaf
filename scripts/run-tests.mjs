// `npm test`: unit and protocol tests (node --test), then a real Neovim and a real VS Code
// (code-server) against the server, streamed as they run, and one closing line with the totals:
// "tests: N passed, N failed". `--no-e2e` runs the first suite only. Before the editors' suites it
// installs what they need (scripts/e2e-setup.sh: Debian's Chromium and Neovim, code-server from
// npm), once: later runs find it in place. If that cannot be done, those suites fail and say why.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const testFiles = ["test/unit", "test/protocol"].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => `${dir}/${f}`),
);

const suites = [
  {
    name: "unit+protocol",
    cmd: process.execPath,
    args: ["--import", "tsx", "--test", "--test-reporter=tap", ...testFiles],
    pass: /^# pass (\d+)/m,
    fail: /^# fail (\d+)/m,
  },
  { name: "neovim", cmd: process.execPath, args: ["test/neovim/run.mjs"], pass: /^neovim: (\d+) passed/m, fail: /^neovim: \d+ passed, (\d+) failed/m },
  // Screenshots go to a temporary folder: `npm test` leaves docs/ as committed.
  {
    name: "e2e",
    cmd: process.execPath,
    args: ["test/e2e/run.mjs", "--shots", mkdtempSync(join(tmpdir(), "news-lens-shots-"))],
    pass: /^e2e: (\d+) passed/m,
    fail: /^e2e: \d+ passed, (\d+) failed/m,
  },
];
if (process.argv.includes("--no-e2e")) suites.splice(1);

let passed = 0;
let failed = 0;
let editorsReady;
for (const suite of suites) {
  if (suite.name !== "unit+protocol") {
    editorsReady ??= installEditors();
    if (!editorsReady) {
      console.log(`${suite.name}: not run: what it needs could not be installed (see above)`);
      failed++;
      continue;
    }
  }
  const output = await new Promise((resolve) => {
    let text = "";
    const child = spawn(suite.cmd, suite.args, { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.on("data", (chunk) => {
      text += chunk;
      process.stdout.write(chunk);
    });
    child.on("close", (code) => resolve({ text, code }));
  });
  const p = Number(suite.pass.exec(output.text)?.[1] ?? 0);
  const f = Number(suite.fail.exec(output.text)?.[1] ?? 0);
  // A suite that died before reporting counts as one failure.
  const died = output.code !== 0 && f === 0 ? 1 : 0;
  if (died) console.log(`${suite.name}: exited with code ${output.code} before reporting its failures`);
  passed += p;
  failed += f + died;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);

/** Installs (or finds in place) what the Neovim and code-server suites need; whether they can run. */
function installEditors() {
  console.log("\ntests: making sure Chromium, Neovim and code-server are installed for the editor suites (the first time takes a minute or two)");
  const setup = spawnSync("bash", ["scripts/e2e-setup.sh"], { stdio: ["ignore", "ignore", "inherit"] });
  if (setup.status === 0) return true;
  console.log(`tests: scripts/e2e-setup.sh failed (exit ${setup.status ?? setup.signal})`);
  return false;
}
process.exitCode = failed ? 1 : 0;
