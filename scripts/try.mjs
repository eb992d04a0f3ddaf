#!/usr/bin/env node
// `npm run try`: the packaged extension in a real VS Code in your browser. Packages the .vsix
// (npm run package), installs it into a throwaway code-server profile, opens a folder holding a
// copy of the sample as dumps/middle-east-2024.txt, prints the address and runs until Ctrl-C.
// Needs `bash scripts/e2e-setup.sh` (code-server) first. Listens on 127.0.0.1 only, no password.
//
//   node scripts/try.mjs [--no-package] [--vsix FILE] [--port N] [--folder DIR]
//
//   --no-package   use the existing news-lens.vsix (default: run npm run package first)
//   --vsix FILE    install this .vsix instead
//   --port N       port to listen on (default 8080, or a free one if 8080 is taken)
//   --folder DIR   open this folder instead of a fresh copy of the sample
// Env: NEWS_LENS_TOOLS, CODE_SERVER_BIN, NEWS_LENS_SAMPLES (as for test/e2e/run.mjs).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findCodeServer, freePort, installExtension, makeProfile, signalGroup, startCodeServer, stopCodeServer } from "../test/e2e/codeServer.mjs";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const opt = (f) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const say = (m) => console.log(`[try] ${m}`);
const die = (m) => {
  console.error(`[try] ERROR: ${m}`);
  process.exit(1);
};

let codeServer;
try {
  codeServer = findCodeServer();
} catch (e) {
  die(e.message);
}

// 1. The .vsix.
const vsix = opt("--vsix") ? path.resolve(opt("--vsix")) : path.join(REPO, "news-lens.vsix");
if (!opt("--vsix") && !flag("--no-package")) {
  say("npm run package");
  const r = spawnSync("npm", ["run", "package"], { cwd: REPO, stdio: "inherit" });
  if (r.status !== 0) die(`npm run package failed (status ${r.status})`);
}
if (!fs.existsSync(vsix)) die(`${vsix} not found (drop --no-package to build it)`);

// 2. Throwaway profile and workspace.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "news-lens-try-"));
const { csArgs } = makeProfile(tmp);
let folder;
if (opt("--folder")) {
  folder = path.resolve(opt("--folder"));
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) die(`${folder} is not a folder`);
} else {
  const samples = process.env.NEWS_LENS_SAMPLES || path.resolve(REPO, "..", "shared", "samples");
  const sample = path.join(samples, "middle-east-2024.txt");
  if (!fs.existsSync(sample)) die(`${sample} not found (set NEWS_LENS_SAMPLES)`);
  folder = path.join(tmp, "news");
  fs.mkdirSync(path.join(folder, "dumps"), { recursive: true });
  fs.copyFileSync(sample, path.join(folder, "dumps", "middle-east-2024.txt"));
}
const env = { ...process.env, EXTENSIONS_GALLERY: "{}", NODE_OPTIONS: "" };

say(`installing ${path.relative(REPO, vsix) || vsix}`);
const inst = installExtension(codeServer, csArgs, vsix, env);
if (!inst.ok) {
  fs.rmSync(tmp, { recursive: true, force: true });
  die(`installing the extension failed:\n${inst.out}`);
}

// 3. code-server in its own process group, stopped (group and all) on Ctrl-C.
function portFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}
let port = Number(opt("--port") || 8080);
if (!(await portFree(port))) {
  if (opt("--port")) die(`port ${port} is taken`);
  port = await freePort();
}
const logFile = path.join(tmp, "code-server.log");
const log = fs.openSync(logFile, "a");
const server = startCodeServer(codeServer, csArgs, { port, folder, env, logFd: log });

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  say("stopping code-server");
  await stopCodeServer(server);
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => void stop(0));
process.on("exit", () => signalGroup(server, "SIGKILL"));
server.on("exit", (code, signal) => {
  if (stopping) return;
  console.error(`[try] code-server exited (${signal || code}); its log:\n${fs.readFileSync(logFile, "utf8").slice(-3000)}`);
  stopping = true;
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(1);
});

const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {}
  if (i > 240) {
    console.error(`[try] code-server not answering on ${base} after 60 s`);
    await stop(1);
  }
  await new Promise((r) => setTimeout(r, 250));
}
say(`code-server ${CODE_SERVER_VERSION} (pid ${server.pid}), log: ${logFile}`);
console.log(`\n  News Lens is running: ${base}/?folder=${encodeURIComponent(folder)}\n`);
console.log(`  Open dumps/middle-east-2024.txt; the News Lens icon in the activity bar holds Entities and Timeline.`);
console.log(`  (Over SSH: ssh -L ${port}:127.0.0.1:${port} HOST, then open the address locally.) Ctrl-C stops it.\n`);
