// Tiny check runner for the extension-host suite (CommonJS, runs inside VS Code's extension host).
// No mocha: a check is a named async function; each runs with its own timeout, failures are
// collected, and every result is appended to a JSON-lines file that the outer runner reads.

const fs = require("node:fs");

/** Loads the config the outer runner wrote (path in NEWS_LENS_E2E_CONFIG). */
function loadConfig() {
  const file = process.env.NEWS_LENS_E2E_CONFIG;
  if (!file) throw new Error("NEWS_LENS_E2E_CONFIG is not set (run through test/e2e/run.mjs or test/vscode/runTest.mjs)");
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/**
 * Polls fn until it returns a truthy value without throwing; returns that value.
 * On timeout throws the last error (or a message naming `what`, a string or a function giving one).
 */
async function waitFor(fn, { timeout = 20000, interval = 100, what = "condition" } = {}) {
  const deadline = Date.now() + timeout;
  let lastErr;
  let lastVal;
  for (;;) {
    try {
      lastVal = await fn();
      if (lastVal) return lastVal;
    } catch (err) {
      lastErr = err;
    }
    if (Date.now() >= deadline) {
      if (typeof what === "function") {
        try {
          what = what();
        } catch (e) {
          what = `? (${e.message})`;
        }
      }
      const detail = lastErr ? `: ${lastErr.message}` : lastVal !== undefined ? ` (last value: ${safeJson(lastVal)})` : "";
      const e = new Error(`timed out after ${timeout} ms waiting for ${what}${detail}`);
      if (lastErr) e.cause = lastErr;
      throw e;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

function safeJson(v) {
  try {
    return JSON.stringify(v).slice(0, 300);
  } catch {
    return String(v);
  }
}

function withTimeout(promise, ms, name) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`check "${name}" exceeded ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Runs the checks in order. Each check: { name, fn(ctx), timeout? }.
 * Results go to console and (if config.resultsFile) to a JSON-lines file:
 *   {"name": "...", "ok": true|false, "ms": 123, "error": "..."}
 * Resolves if all pass, rejects with a summary otherwise.
 */
async function runChecks(checks, ctx) {
  const { resultsFile } = ctx.config;
  const record = (r) => {
    const line = `${r.ok ? "PASS" : "FAIL"} ${r.name} (${r.ms} ms)${r.ok ? "" : `\n     ${r.error}`}`;
    console.log(`[news-lens e2e] ${line}`);
    if (resultsFile) fs.appendFileSync(resultsFile, `${JSON.stringify(r)}\n`);
  };
  let failed = 0;
  for (const c of checks) {
    const t0 = Date.now();
    try {
      await withTimeout(
        Promise.resolve().then(() => c.fn(ctx)),
        c.timeout ?? 60000,
        c.name,
      );
      record({ name: c.name, ok: true, ms: Date.now() - t0 });
    } catch (err) {
      failed++;
      record({
        name: c.name,
        ok: false,
        ms: Date.now() - t0,
        error: String(err?.stack || err)
          .split("\n")
          .slice(0, 12)
          .join("\n"),
      });
    }
  }
  if (resultsFile) fs.appendFileSync(resultsFile, `${JSON.stringify({ done: true, total: checks.length, failed })}\n`);
  if (failed) throw new Error(`${failed} of ${checks.length} extension-host checks failed`);
}

module.exports = { loadConfig, waitFor, runChecks };
