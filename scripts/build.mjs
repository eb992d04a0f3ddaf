// Bundles the extension client, the language server and the CLI with esbuild, and puts the
// entity model and the places gazetteer beside them. `--watch` rebuilds on change.

import { copyFileSync, existsSync, mkdirSync } from "node:fs";
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
];

mkdirSync("dist", { recursive: true });
for (const model of ["ner-model.bin", "places.json"]) if (existsSync(`server/models/${model}`)) copyFileSync(`server/models/${model}`, `dist/${model}`);
if (watch) {
  for (const t of targets) await (await context(t)).watch();
} else {
  await Promise.all(targets.map((t) => build(t)));
}
