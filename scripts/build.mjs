// Bundles the extension client, the language server and the CLI with esbuild, and puts the
// entity model and the places gazetteer beside them; the graphic views' webview scripts (with
// their libraries and map data: nothing is loaded from the network) and stylesheet go to
// dist/webviews/, after a type check of their browser-side sources. `--watch` rebuilds on change.

import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { build, context } from "esbuild";

const watch = process.argv.includes("--watch");
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: "linked",
  logLevel: "warning",
  minifySyntax: true,
  // dates.ts picks chrono's parsers by class name
  keepNames: true,
  // ESM dependencies (tinyglobby's fdir) read import.meta.url, which a CommonJS bundle lacks.
  define: { "import.meta.url": "__importMetaUrl" },
  banner: { js: 'const __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
};
const bin = { js: `#!/usr/bin/env node\n${common.banner.js}` };
const targets = [
  { ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/client.js", external: ["vscode"] },
  { ...common, entryPoints: ["server/src/lsp/server.ts"], outfile: "dist/server.js", banner: bin },
  { ...common, entryPoints: ["server/src/cli/cli.ts"], outfile: "dist/cli.js", banner: bin },
  { ...common, entryPoints: ["server/src/node/parallel/worker.ts"], outfile: "dist/worker.js" },
  ...["placesMap", "entityGraph", "timelineChart"].map((view) => ({
    entryPoints: [`client/webviews/${view}.ts`],
    outfile: `dist/webviews/${view}.js`,
    bundle: true,
    platform: "browser",
    target: "es2022",
    format: "iife",
    minify: true,
    logLevel: "warning",
  })),
];

mkdirSync("dist/webviews", { recursive: true });
for (const model of ["ner-model.bin", "places.json"]) if (existsSync(`server/models/${model}`)) copyFileSync(`server/models/${model}`, `dist/${model}`);
copyFileSync("client/webviews/views.css", "dist/webviews/views.css");
if (watch) {
  for (const t of targets) await (await context(t)).watch();
} else {
  // The webviews' sources run in a browser: the project's type check (Node) does not cover them.
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const checked = spawnSync(process.execPath, [tsc, "--noEmit", "-p", "client/webviews"], { stdio: "inherit" });
  if (checked.status !== 0) process.exit(checked.status ?? 1);
  await Promise.all(targets.map((t) => build(t)));
}
