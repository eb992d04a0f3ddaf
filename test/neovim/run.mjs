#!/usr/bin/env node
// The language server in Neovim: opens a copy of the sample as *.news.txt in a headless
// `nvim --clean -u test/neovim/init.lua`, which starts `node dist/server.js --stdio`, waits for
// the client to attach and asks for the document symbols (and a hover) synchronously; checks the
// symbols are the 6 gold headlines. Needs `nvim` (Debian: apt-get install neovim, which
// scripts/e2e-setup.sh does) and a built dist/server.js (npm run build).
//
//   node test/neovim/run.mjs [--keep]
// Env: NVIM_BIN (default nvim), NEWS_LENS_SAMPLES (default ../shared/samples beside the repo).
// Last line: "neovim: N passed, N failed"; exit code 0 only if nothing failed.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const SAMPLES = process.env.NEWS_LENS_SAMPLES || path.resolve(REPO, "..", "shared", "samples");
const NVIM = process.env.NVIM_BIN || "nvim";
const TIMEOUT_MS = 60000;
const t0 = Date.now();

const results = [];
function record(name, ok, error) {
  results.push({ name, ok });
  console.log(`${ok ? "PASS" : "FAIL"} ${name}${ok ? "" : `\n     ${String(error).split("\n").join("\n     ")}`}`);
}
function check(name, fn) {
  try {
    fn();
    record(name, true);
  } catch (e) {
    record(name, false, e?.message || e);
  }
}
function finish() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`[neovim] took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`neovim: ${passed} passed, ${failed || (results.length ? 0 : 1)} failed`);
  process.exit(failed || !results.length ? 1 : 0);
}

function runNvim(args, env) {
  return new Promise((resolve) => {
    let output = "";
    let child;
    try {
      child = spawn(NVIM, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    } catch (e) {
      resolve({ code: null, error: e, output });
      return;
    }
    child.stdout.on("data", (d) => {
      output += d;
    });
    child.stderr.on("data", (d) => {
      output += d;
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }, TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: null, error, output });
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
}

async function main() {
  const server = path.join(REPO, "dist", "server.js");
  const sample = path.join(SAMPLES, "middle-east-2024.txt");
  const goldFile = path.join(SAMPLES, "middle-east-2024.gold.json");
  for (const f of [server, sample, goldFile]) {
    if (!fs.existsSync(f)) {
      record(`${path.basename(f)} exists`, false, `${f} not found${f === server ? " (run npm run build)" : ""}`);
      return;
    }
  }
  const headlines = JSON.parse(fs.readFileSync(goldFile, "utf8")).articles.map((a) => a.headline);
  const text = fs.readFileSync(sample, "utf8");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "news-lens-nvim-"));
  const file = path.join(tmp, "middle-east-2024.news.txt");
  fs.writeFileSync(file, text);
  const out = path.join(tmp, "result.json");
  // Hover on "Esmail Qaani" (0-based line:character; the sample has no characters outside the BMP before it).
  const idx = text.indexOf("Esmail Qaani");
  const before = text.slice(0, idx).split("\n");
  const hoverAt = `${before.length - 1}:${before[before.length - 1].length + 2}`;

  const env = {
    ...process.env,
    NEWS_LENS_SERVER: server,
    NEWS_LENS_NVIM_OUT: out,
    NEWS_LENS_NVIM_TIMEOUT_MS: "30000",
    NEWS_LENS_HOVER: hoverAt,
    // Keep Neovim off the user's state and shada.
    XDG_STATE_HOME: path.join(tmp, "state"),
    XDG_DATA_HOME: path.join(tmp, "data"),
    XDG_CACHE_HOME: path.join(tmp, "cache"),
    XDG_CONFIG_HOME: path.join(tmp, "config"),
    NODE_OPTIONS: "",
  };
  const init = path.join(REPO, "test", "neovim", "init.lua");
  const r = await runNvim(["--headless", "--clean", "-u", init, "-i", "NONE", file], env);
  let res = null;
  check("nvim runs and writes its result", () => {
    if (r.error) throw new Error(`${NVIM}: ${r.error.message}${r.error.code === "ENOENT" ? " (apt-get install neovim, or bash scripts/e2e-setup.sh)" : ""}`);
    if (!fs.existsSync(out))
      throw new Error(`no result file (exit ${r.code}${r.signal ? `, signal ${r.signal}` : ""}); nvim output:\n${r.output.slice(-2000)}`);
    res = JSON.parse(fs.readFileSync(out, "utf8"));
    console.log(`[neovim] nvim ${res.nvim}, ${res.api}, filetype ${res.filetype}`);
  });
  if (res) {
    check("*.news.txt gets filetype newsdump and the news-lens client attaches", () => {
      if (res.filetype !== "newsdump") throw new Error(`filetype is "${res.filetype}"`);
      if (!res.attached) throw new Error(res.error || "client did not attach");
    });
    check("textDocument/documentSymbol gives the 6 sample headlines", () => {
      if (res.error) throw new Error(res.error);
      const got = res.symbols || [];
      if (JSON.stringify(got) !== JSON.stringify(headlines))
        throw new Error(`got ${JSON.stringify(got, null, 1)}\nexpected ${JSON.stringify(headlines, null, 1)}`);
    });
    check('textDocument/hover on "Esmail Qaani" names a Person', () => {
      if (!/\*\*Esmail Qaani\*\*\s*—\s*Person/.test(res.hover || "")) throw new Error(`hover at ${hoverAt}: ${JSON.stringify(res.hover)}`);
    });
  }
  if (results.every((x) => x.ok) && !process.argv.includes("--keep")) fs.rmSync(tmp, { recursive: true, force: true });
  else console.log(`[neovim] kept ${tmp}`);
}

main().then(finish, (e) => {
  record("neovim harness", false, e?.stack || e);
  finish();
});
