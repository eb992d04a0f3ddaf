// Shared by test/e2e/run.mjs and test/vscode/runTest.mjs: builds the temporary workspace the
// extension-host suite runs against, and the config file the suite reads
// (its path goes to the extension host in the NEWS_LENS_E2E_CONFIG environment variable).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SUITE = path.join(REPO, "test", "e2e", "suite", "index.js");
export const EXTENSION_ID = "news-lens.news-lens";
export const SAMPLE_REL = "dumps/middle-east-2024.txt";
export const DOUBLED_REL = "doubled.news.txt";
// A copy outside the default newsLens.files globs (**/*.news.txt, **/dumps/**/*.txt): only
// content detection can make it a newsdump. And a plain-text file that is not a dump.
export const AUTODETECT_REL = "loose/unsorted-copy.txt";
export const NOT_A_DUMP_REL = "notes/shopping-list.txt";
// The sample repeated past 50 MB: VS Code does not hand it to extensions, the server reads it from disk.
export const LARGE_REL = "large/huge-dump.news.txt";

/** Folder of the shared samples: $NEWS_LENS_SAMPLES or ../shared/samples beside the repo. */
export function samplesDir() {
  const dir = process.env.NEWS_LENS_SAMPLES || path.resolve(REPO, "..", "shared", "samples");
  for (const f of ["middle-east-2024.txt", "middle-east-2024.gold.json"]) {
    if (!fs.existsSync(path.join(dir, f))) throw new Error(`sample ${f} not found in ${dir} (set NEWS_LENS_SAMPLES)`);
  }
  return dir;
}

/**
 * The sample twice, one blank line between the copies (as between the articles of a dump).
 * Not just a line break: the sample does not end with one, and with the second copy's headline
 * right under the first copy's last line the segmenter (at the time of writing) takes that
 * headline as part of the last article: 11 articles, 5 duplicate headlines + 1 near-duplicate story.
 */
export function doubled(sample) {
  return sample.replace(/\n*$/, "\n\n") + sample;
}

/**
 * Creates <root>/workspace with dumps/middle-east-2024.txt, doubled.news.txt (the sample twice),
 * loose/unsorted-copy.txt (the sample again), notes/shopping-list.txt (not a dump) and
 * large/huge-dump.news.txt (the sample 2,767 times, 55 MB), and <root>/e2e-config.json.
 * Returns { workspace, configFile, config, resultsFile }.
 */
export function prepareWorkspace(root, extra = {}) {
  const samples = samplesDir();
  const workspace = path.join(root, "workspace");
  fs.mkdirSync(path.join(workspace, path.dirname(SAMPLE_REL)), { recursive: true });
  const sample = fs.readFileSync(path.join(samples, "middle-east-2024.txt"), "utf8");
  fs.writeFileSync(path.join(workspace, SAMPLE_REL), sample);
  fs.writeFileSync(path.join(workspace, DOUBLED_REL), doubled(sample));
  fs.mkdirSync(path.join(workspace, path.dirname(AUTODETECT_REL)), { recursive: true });
  fs.writeFileSync(path.join(workspace, AUTODETECT_REL), sample);
  fs.mkdirSync(path.join(workspace, path.dirname(NOT_A_DUMP_REL)), { recursive: true });
  fs.writeFileSync(path.join(workspace, NOT_A_DUMP_REL), "milk\neggs\nbread\n\nremember to call the plumber about the kitchen tap\n");
  const largeCopies = writeLargeDump(workspace, sample);
  const resultsFile = path.join(root, "suite-results.jsonl");
  fs.rmSync(resultsFile, { force: true });
  const config = {
    extensionId: EXTENSION_ID,
    workspaceFolder: workspace,
    sampleRelPath: SAMPLE_REL,
    doubledRelPath: DOUBLED_REL,
    autodetectRelPath: AUTODETECT_REL,
    notADumpRelPath: NOT_A_DUMP_REL,
    largeRelPath: LARGE_REL,
    largeCopies,
    goldPath: path.join(samples, "middle-east-2024.gold.json"),
    resultsFile,
    ...extra,
  };
  const configFile = path.join(root, "e2e-config.json");
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  return { workspace, configFile, config, resultsFile };
}

/** Writes LARGE_REL under `folder`: the sample repeated past 55 MB. Returns how many copies. */
function writeLargeDump(folder, sample) {
  const copy = sample.replace(/\n*$/, "\n\n"); // as in doubled(): a blank line between copies
  const copies = Math.ceil((55 * 2 ** 20) / Buffer.byteLength(copy));
  fs.mkdirSync(path.join(folder, path.dirname(LARGE_REL)), { recursive: true });
  fs.writeFileSync(path.join(folder, LARGE_REL), copy.repeat(copies));
  return copies;
}

/**
 * Creates <root>/ui/news (the folder's name shows in the title bar) with only dumps/middle-east-2024.txt, for the UI checks and the
 * screenshots (the suite's workspace holds the sample three times, which rightly makes every
 * headline a cross-file duplicate and would clutter the pictures). Returns its path.
 */
export function prepareUiWorkspace(root) {
  const workspace = path.join(root, "ui", "news");
  fs.mkdirSync(path.join(workspace, path.dirname(SAMPLE_REL)), { recursive: true });
  fs.copyFileSync(path.join(samplesDir(), "middle-east-2024.txt"), path.join(workspace, SAMPLE_REL));
  return workspace;
}

/**
 * Creates <root>/ui/problems with doubled.news.txt (the sample twice): the Problems panel then
 * lists exactly its 6 in-file duplicate headlines, no cross-file ones. And LARGE_REL, which has
 * no diagnostics (above newsLens.maxFileSizeMB) and is not indexed. Returns its path.
 */
export function prepareProblemsWorkspace(root) {
  const workspace = path.join(root, "ui", "problems");
  fs.mkdirSync(workspace, { recursive: true });
  const sample = fs.readFileSync(path.join(samplesDir(), "middle-east-2024.txt"), "utf8");
  fs.writeFileSync(path.join(workspace, DOUBLED_REL), doubled(sample));
  writeLargeDump(workspace, sample);
  return workspace;
}

/** Parses the suite's JSON-lines results: { checks: [{name, ok, ms, error}], done }. */
export function readResults(resultsFile) {
  if (!fs.existsSync(resultsFile)) return { checks: [], done: false };
  const lines = fs
    .readFileSync(resultsFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  return { checks: lines.filter((l) => "name" in l), done: lines.some((l) => l.done) };
}

/** The gold file's articles, in order: { headline, headlineLine (0-based), … }. */
export function goldArticles() {
  return JSON.parse(fs.readFileSync(path.join(samplesDir(), "middle-east-2024.gold.json"), "utf8")).articles;
}
