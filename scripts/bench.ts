// `npm run bench`: measures News Lens on generated news that does not repeat (scripts/newsDump.ts),
// one table per part, each with the machine's load average before and after it. Timing lives
// here, never in tests.
//
//   --sizes 1,5,20,50      the core in process: MB per CPU-second, whole and per stage
//   --cli-size 20          the CLI on 1 and 2 jobs (and with a cold and a warm --cache)
//   --server-sizes 10,50   the server over stdio: latencies, memory
//   --reopen-sizes 10,50   the server reopening a dump from its disk cache
//   --runs 1               runs of the core per size (the median is shown); reopenings per size (each shown)
//   --layout scraper       the layout of the generated dumps (newsDump.ts: DUMP_LAYOUTS or mix)
//   --only core,cli,server,reopen
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import type { DocumentSymbol, InitializeResult, SemanticTokens } from "vscode-languageserver-protocol";
import { WARM_UP_MIN_CHARS } from "../server/src/lsp/policies/warmUp.js";
import { SERVER_PROCESS } from "../server/src/protocol.js";
import { type DumpLayout, generateNewsDump } from "./newsDump.js";

/** A generated dump's text (see newsDump.ts), for the tests that need a big dump. */
export function generateDump(bytes: number, seed = 1, layout: DumpLayout = "scraper"): string {
  return generateNewsDump(bytes, seed, layout).text;
}

const repo = join(__dirname, "..");
const flag = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const numbers = (name: string, fallback: string) =>
  flag(name, fallback)
    .split(",")
    .filter((s) => s.trim())
    .map(Number);

// ---- figures --------------------------------------------------------------------------------------

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(x >= 10_000 ? 1 : 2)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const rate = (mb: number, seconds: number) => `${(mb / seconds).toFixed(mb / seconds < 10 ? 2 : 1)}`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ");
const mbOf = (file: string) => statSync(file).size / 1e6;
/** A process's CPU time so far (user + system, all its threads) from /proc, in seconds. */
function cpuSecondsOf(pid: number): number {
  // the fields after the command's closing parenthesis; utime and stime are the 12th and 13th, in clock ticks (100 a second on Linux)
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
/** A process's memory figure from /proc (VmRSS now, VmHWM its peak), in MB. */
const memoryOf = (pid: number, field: "VmRSS" | "VmHWM") =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

/** Runs `part` and prints its table with the load average (1 / 5 / 15 minutes) before and after. */
async function section(title: string, header: string[], part: () => Promise<string[][]>): Promise<void> {
  const before = load();
  const rows = await part();
  console.log(`\n### ${title}\n\nload average before: ${before}; after: ${load()}\n`);
  console.log(`| ${header.join(" | ")} |`);
  console.log(`| ${header.map(() => "---").join(" | ")} |`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}

/** Runs this script in a process of its own (`--expose-gc`, so that runs start from a collected heap) and parses the JSON it prints. */
function child<T>(...args: string[]): T {
  const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", __filename, ...args], {
    maxBuffer: 1 << 26,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out) as T;
}

// ---- the core in process ----------------------------------------------------------------------------

/**
 * The core as it ships: bundled like dist/server.js (under tsx, every read of another module's
 * export goes through a getter, which costs the tagger a third of its speed). Written into dist/,
 * beside the model it loads.
 */
function bundledCore(): typeof import("./benchCore.js") {
  const outfile = join(repo, "dist", "bench-core.js");
  buildSync({
    entryPoints: [join(__dirname, "benchCore.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minifySyntax: true,
    keepNames: true,
    logLevel: "warning",
  });
  return require(outfile);
}

const STAGES = ["segmentation", "entities", "dates", "duplicates"] as const;
type StageFigures = Record<(typeof STAGES)[number], { cpu: number; wall: number }>;
interface CoreFigures {
  articles: number;
  runs: StageFigures[];
}

/** `--core FILE RUNS`: the whole analysis on one thread, stage by stage, each with its CPU time (user + system) and wall time. */
function coreFigures(file: string, runs: number): CoreFigures {
  const { DumpSession, lazyNerModel } = bundledCore();
  const nerModel = lazyNerModel();
  if (!nerModel()) throw new Error("the entity model is missing");
  const text = readFileSync(file, "utf8");
  const figures: StageFigures[] = [];
  let articles = 0;
  for (let run = 0; run < runs; run++) {
    (globalThis as { gc?: () => void }).gc?.();
    const timed = <T>(work: () => T) => {
      const [cpu, wall] = [process.cpuUsage(), performance.now()];
      const value = work();
      const used = process.cpuUsage(cpu);
      return { value, figures: { cpu: (used.user + used.system) / 1e6, wall: (performance.now() - wall) / 1000 } };
    };
    const segmented = timed(() => {
      const session = new DumpSession(text, { nerModel });
      session.articles();
      return session;
    });
    const session = segmented.value;
    articles = session.articles().length;
    figures.push({
      segmentation: segmented.figures,
      entities: timed(() => session.stage("entities")).figures,
      dates: timed(() => session.stage("dates")).figures,
      duplicates: timed(() => session.stage("diagnostics")).figures,
    });
  }
  return { articles, runs: figures };
}

async function coreSection(dumps: Dumps, sizes: number[], runs: number): Promise<void> {
  await section(
    `The core in process, one thread: MB per CPU-second (median of ${runs} run${runs > 1 ? "s" : ""})`,
    ["dump", "articles", ...STAGES, "whole analysis", "whole analysis, CPU", "whole analysis, wall"],
    async () =>
      sizes.map((size) => {
        const file = dumps.file(size);
        const mb = mbOf(file);
        const { articles, runs: measured } = child<CoreFigures>("--core", file, String(runs));
        const cpu = (stage: (typeof STAGES)[number]) => median(measured.map((r) => r[stage].cpu));
        const whole = median(measured.map((r) => STAGES.reduce((n, s) => n + r[s].cpu, 0)));
        const wall = median(measured.map((r) => STAGES.reduce((n, s) => n + r[s].wall, 0)));
        return [
          `${mb.toFixed(1)} MB`,
          String(articles),
          ...STAGES.map((s) => rate(mb, cpu(s))),
          `**${rate(mb, whole)}**`,
          `${whole.toFixed(1)} s`,
          `${wall.toFixed(1)} s`,
        ];
      }),
  );
}

// ---- the CLI ----------------------------------------------------------------------------------------

/** Seconds of wall time of `news-lens analyze FILE --json` with `args`, output discarded. */
function cliSeconds(file: string, args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(repo, "dist", "cli.js"), "analyze", file, "--json", ...args], { stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0) throw new Error(`news-lens analyze exited with ${run.status}`);
  return (performance.now() - start) / 1000;
}

async function cliSection(dumps: Dumps, size: number): Promise<void> {
  await section(
    "The CLI, `news-lens analyze FILE --json`: MB/s of wall time",
    ["dump", "1 job", "2 jobs", "2 jobs, `--cache` empty", "2 jobs, `--cache` holding the dump"],
    async () => {
      const file = dumps.file(size);
      const mb = mbOf(file);
      const cache = mkdtempSync(join(tmpdir(), "news-lens-bench-cli-cache-"));
      const seconds = [cliSeconds(file, ["--jobs", "1"]), cliSeconds(file, ["--jobs", "2"]), cliSeconds(file, ["--jobs", "2", "--cache", cache])];
      seconds.push(cliSeconds(file, ["--jobs", "2", "--cache", cache]));
      return [[`${mb.toFixed(1)} MB`, ...seconds.map((s) => `${rate(mb, s)} (${s.toFixed(1)} s)`)]];
    },
  );
}

// ---- the server over stdio --------------------------------------------------------------------------

interface Server {
  pid: number;
  connection: MessageConnection;
  initialize: InitializeResult;
  request<T>(method: string, params: unknown): Promise<T>;
  stop(): Promise<void>;
}

/**
 * The bundled server over stdio, started as the VS Code client starts it (SERVER_PROCESS), with the
 * capabilities VS Code declares for what is measured; with `storage`, the client's storage folder
 * (where the server keeps its analysis cache).
 */
async function launchServer(storage?: string): Promise<Server> {
  const child = spawn(process.execPath, [...SERVER_PROCESS.execArgv, join(repo, "dist", "server.js"), "--stdio"], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, ...SERVER_PROCESS.env },
  });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  // A server that dies would leave the requests pending forever: fail loudly instead.
  child.on("exit", (code, signal) => {
    if (code !== 0) {
      console.error(`the server exited (${code ?? signal}): ${stderr.slice(-2000)}`);
      process.exit(1);
    }
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest("client/registerCapability", () => null);
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.onNotification(() => undefined);
  connection.listen();
  const initialize = (await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { configuration: true },
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        hover: { contentFormat: ["markdown", "plaintext"] },
        diagnostic: {},
        semanticTokens: { requests: { range: true, full: true }, tokenTypes: [], tokenModifiers: [], formats: ["relative"] },
      },
    },
    initializationOptions: storage ? { globalStoragePath: storage } : undefined,
  })) as InitializeResult;
  await connection.sendNotification("initialized", {});
  return {
    pid: child.pid!,
    connection,
    initialize,
    request: <T>(method: string, params: unknown) => connection.sendRequest(method, params) as Promise<T>,
    async stop() {
      child.removeAllListeners("exit");
      await connection.sendRequest("shutdown");
      await connection.sendNotification("exit");
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once("exit", () => resolve());
      });
      connection.dispose();
    },
  };
}

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const openDump = (server: Server, uri: string, text: string) =>
  void server.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "newsdump", version: 1, text } });

/** Where the user's features show: the highlighting of the first screen, a hover, the Problems (each waits for the analysis). */
const fullFeatures = (server: Server, uri: string) =>
  Promise.all([
    server.request("textDocument/semanticTokens/range", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } },
    }),
    server.request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } }),
    server.request("textDocument/diagnostic", { textDocument: { uri } }),
  ]);

/** Entities' positions in `count` random articles, from the server's semantic tokens. */
async function entityPositions(server: Server, uri: string, articles: DocumentSymbol[], random: () => number, count: number) {
  const types = (server.initialize.capabilities.semanticTokensProvider?.legend.tokenTypes ?? []).map((t) => ["person", "organization", "location"].includes(t));
  const positions: { line: number; character: number }[] = [];
  for (let i = 0; i < count; i++) {
    const { range } = articles[Math.floor(random() * articles.length)]!;
    const tokens = await server.request<SemanticTokens>("textDocument/semanticTokens/range", { textDocument: { uri }, range });
    let [line, character] = [0, 0];
    for (let k = 0; k < tokens.data.length; k += 5) {
      const [deltaLine, deltaStart, , type] = tokens.data.slice(k, k + 4) as [number, number, number, number];
      line += deltaLine;
      character = deltaLine ? deltaStart : character + deltaStart;
      if (types[type]) positions.push({ line, character: character + 1 });
    }
  }
  return positions;
}

type ServerFigures = Awaited<ReturnType<typeof serverFigures>>;

/** `--server FILE`: opens the dump in the real server over stdio and times what a user waits for. */
async function serverFigures(file: string) {
  const text = readFileSync(file, "utf8");
  const server = await launchServer();
  const uri = pathToFileURL(file).href;
  const cpu = cpuSecondsOf(server.pid);
  let t = performance.now();
  openDump(server, uri, text);
  const articles = await server.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
  const firstOutline = performance.now() - t;
  // the first analysis runs in the background (worker threads tag the articles); these wait for it
  await fullFeatures(server, uri);
  const firstAnalysis = performance.now() - t;
  const firstAnalysisCpu = cpuSecondsOf(server.pid) - cpu;
  const rssAfterAnalysis = memoryOf(server.pid, "VmRSS");
  // Like VS Code, each pull names the report it holds (an unchanged report is not sent again).
  let resultId = (await server.request<{ resultId?: string }>("textDocument/diagnostic", { textDocument: { uri } })).resultId;
  const random = rng(7);
  const symbols: number[] = [];
  const diagnostics: number[] = [];
  // 200 keystrokes, so that p99 is not simply the slowest one
  for (let i = 0, version = 2; i < 200; i++, version++) {
    const { range } = articles[Math.floor(random() * articles.length)]!;
    const line = Math.floor((range.start.line + range.end.line) / 2);
    t = performance.now();
    void server.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: "x" }],
    });
    await server.request("textDocument/documentSymbol", { textDocument: { uri } });
    symbols.push(performance.now() - t);
    t = performance.now();
    resultId = (await server.request<{ resultId?: string }>("textDocument/diagnostic", { textDocument: { uri }, previousResultId: resultId })).resultId;
    diagnostics.push(performance.now() - t);
  }
  // The first hover after the edits groups the analysis's mentions by entity again: timed apart.
  t = performance.now();
  await server.request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } });
  const firstHoverAfterEdits = performance.now() - t;
  const targets = await entityPositions(server, uri, [...articles], random, 30);
  const hovers: number[] = [];
  for (let i = 0; i < 100 && targets.length; i++) {
    const position = targets[Math.floor(random() * targets.length)]!;
    t = performance.now();
    await server.request("textDocument/hover", { textDocument: { uri }, position });
    hovers.push(performance.now() - t);
  }
  const peakRss = memoryOf(server.pid, "VmHWM");
  await server.stop();
  return {
    articles: articles.length,
    firstOutline,
    firstAnalysis,
    firstAnalysisCpu,
    rssAfterAnalysis,
    peakRss,
    symbols,
    diagnostics,
    firstHoverAfterEdits,
    hovers,
  };
}

async function serverSection(dumps: Dumps, sizes: number[]): Promise<void> {
  await section(
    "The server over stdio: latencies and memory",
    [
      "dump",
      "articles",
      "first Outline after didOpen",
      "first analysis (didOpen → highlighting, hover, Problems): wall / server CPU",
      "RSS after the first analysis",
      "peak RSS",
      "keystroke → documentSymbol p50 / p99",
      "keystroke → diagnostics p50 / p99",
      "first hover after the edits",
      "hover p50 / p99",
    ],
    async () =>
      sizes.map((size) => {
        const file = dumps.file(size);
        const f = child<ServerFigures>("--server", file);
        const pair = (xs: number[]) => `${ms(median(xs))} / ${ms(percentile(xs, 99))}`;
        return [
          `${mbOf(file).toFixed(1)} MB`,
          String(f.articles),
          ms(f.firstOutline),
          `${ms(f.firstAnalysis)} / ${f.firstAnalysisCpu.toFixed(1)} s`,
          `${f.rssAfterAnalysis.toFixed(0)} MB`,
          `${f.peakRss.toFixed(0)} MB`,
          pair(f.symbols),
          pair(f.diagnostics),
          ms(f.firstHoverAfterEdits),
          f.hovers.length ? pair(f.hovers) : "no entity found",
        ];
      }),
  );
}

type ReopenFigures = Awaited<ReturnType<typeof reopenFigures>>;

/**
 * `--reopen FILE FOLDER RUNS`: opens the dump in a server whose client gives it FOLDER as its
 * storage, waits for the analysis and for the cache file it writes, then opens the dump again in a
 * new server (as after a restart of the editor), RUNS times one after another, and times each one's
 * first Outline and full features; checks that each reopened server answers as the first did (the
 * highlighting of the whole dump, hovers on entities, the Problems), and times its first keystroke.
 */
async function reopenFigures(file: string, storage: string, runs: number) {
  const text = readFileSync(file, "utf8");
  const uri = pathToFileURL(file).href;
  const cacheFiles = () =>
    existsSync(join(storage, "analysis-cache")) ? readdirSync(join(storage, "analysis-cache")).filter((f) => f.endsWith(".nlcache")) : [];
  const open = async () => {
    const server = await launchServer(storage);
    const cpu = cpuSecondsOf(server.pid);
    const t = performance.now();
    openDump(server, uri, text);
    const articles = await server.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
    const outline = performance.now() - t;
    const outlineCpu = cpuSecondsOf(server.pid) - cpu;
    const [, hover, problems] = await fullFeatures(server, uri);
    const full = performance.now() - t;
    const fullCpu = cpuSecondsOf(server.pid) - cpu;
    const tokens = await server.request<SemanticTokens>("textDocument/semanticTokens/full", { textDocument: { uri } });
    const hovers = [];
    for (const position of (await entityPositions(server, uri, articles, rng(3), 10)).slice(0, 40)) {
      hovers.push(await server.request("textDocument/hover", { textDocument: { uri }, position }));
    }
    const answers = JSON.stringify([articles, hover, problems, tokens, hovers]);
    return { server, articles, answers, outline, outlineCpu, full, fullCpu };
  };
  const cold = await open();
  while (cacheFiles().length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  const cacheMb = statSync(join(storage, "analysis-cache", cacheFiles()[0]!)).size / 1e6;
  await cold.server.stop();
  const figures = (f: typeof cold) => ({ outline: f.outline, outlineCpu: f.outlineCpu, full: f.full, fullCpu: f.fullCpu });
  const reopened = [];
  // (the edit below is not written to the cache: every reopening reads the file the first open wrote)
  for (let run = 0; run < runs; run++) {
    const warm = await open();
    // the first keystroke after reopening (the dump-wide decisions handed over may still be being adopted)
    const { range } = warm.articles[Math.floor(warm.articles.length / 2)]!;
    const t = performance.now();
    void warm.server.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: range.start, end: range.start }, text: "x" }],
    });
    await warm.server.request("textDocument/documentSymbol", { textDocument: { uri } });
    await warm.server.request("textDocument/diagnostic", { textDocument: { uri } });
    const firstKeystroke = performance.now() - t;
    await warm.server.stop();
    reopened.push({ ...figures(warm), same: cold.answers === warm.answers, firstKeystroke });
  }
  return { cold: figures(cold), reopened, cacheMb };
}

async function reopenSection(dumps: Dumps, sizes: number[], runs: number): Promise<void> {
  // the warm-up writes the cache, and only a dump this big has one
  if (sizes.some((size) => size * 1e6 < WARM_UP_MIN_CHARS))
    throw new Error(`--reopen-sizes: the cache is written for dumps of ${WARM_UP_MIN_CHARS / 1e6} MB and more`);
  await section(
    "Reopening a dump from the disk cache (a new server, as after restarting the editor)",
    [
      "dump",
      "first open: Outline / full features, wall (server CPU)",
      "reopen: first Outline, wall (server CPU)",
      "reopen: full features (highlighting, hover, Problems), wall (server CPU)",
      "same answers",
      "reopen: first keystroke → symbols and diagnostics",
      "cache file",
    ],
    async () =>
      sizes.map((size) => {
        const file = dumps.file(size);
        const f = child<ReopenFigures>("--reopen", file, mkdtempSync(join(tmpdir(), "news-lens-bench-storage-")), String(runs));
        const cpu = (s: number) => `${s.toFixed(1)} s`;
        // each reopening's figure, in the order they ran
        const each = (figure: (run: ReopenFigures["reopened"][number]) => string) => f.reopened.map(figure).join(", ");
        return [
          `${mbOf(file).toFixed(1)} MB`,
          `${ms(f.cold.outline)} (${cpu(f.cold.outlineCpu)}) / ${ms(f.cold.full)} (${cpu(f.cold.fullCpu)})`,
          each((run) => `${ms(run.outline)} (${cpu(run.outlineCpu)})`),
          each((run) => `**${ms(run.full)}** (${cpu(run.fullCpu)})`),
          f.reopened.every((run) => run.same) ? "yes" : "**no**",
          each((run) => ms(run.firstKeystroke)),
          `${f.cacheMb.toFixed(1)} MB`,
        ];
      }),
  );
}

// ---- main -------------------------------------------------------------------------------------------

/** The generated dumps, one file per size, written when first needed. */
class Dumps {
  private readonly folder = mkdtempSync(join(tmpdir(), "news-lens-bench-"));
  constructor(private readonly layout: DumpLayout) {}
  file(mb: number): string {
    const file = join(this.folder, `${this.layout}-${mb}mb.txt`);
    if (!existsSync(file)) writeFileSync(file, generateNewsDump(mb * 1e6, mb, this.layout).text);
    return file;
  }
}

async function main(): Promise<void> {
  const only = flag("only", "core,cli,server,reopen").split(",");
  const layout = flag("layout", "scraper") as DumpLayout;
  const dumps = new Dumps(layout);
  console.log(
    `News Lens benchmark — ${cpus()[0]?.model ?? "cpu"} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ` +
      `generated dumps in the ${layout} layout; load average (1 / 5 / 15 min) at the start: ${load()}`,
  );
  if (only.includes("core")) await coreSection(dumps, numbers("sizes", "1,5,20,50"), Number(flag("runs", "1")));
  if (only.includes("cli")) await cliSection(dumps, Number(flag("cli-size", "20")));
  if (only.includes("server")) await serverSection(dumps, numbers("server-sizes", "10,50"));
  if (only.includes("reopen")) await reopenSection(dumps, numbers("reopen-sizes", "10,50"), Number(flag("runs", "1")));
}

async function runChild(): Promise<unknown> {
  const at = (name: string) => process.argv.indexOf(`--${name}`);
  if (at("core") > 0) return coreFigures(process.argv[at("core") + 1]!, Number(process.argv[at("core") + 2]));
  if (at("server") > 0) return serverFigures(process.argv[at("server") + 1]!);
  return reopenFigures(process.argv[at("reopen") + 1]!, process.argv[at("reopen") + 2]!, Number(process.argv[at("reopen") + 3]));
}

if (require.main === module) {
  const isChild = ["--core", "--server", "--reopen"].some((f) => process.argv.includes(f));
  void (isChild ? runChild().then((figures) => process.stdout.write(JSON.stringify(figures))) : main()).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
