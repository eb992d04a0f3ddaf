// `npm run bench [-- --sizes 1,10,50 --runs 3]`: generates varied dumps and measures the core and
// the real server. Prints medians, with the machine noted. Timing lives here, never in tests.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import type { DumpAnalysis } from "../server/src/analysis/index.js";
import { startServer } from "../test/protocol/client.js";

const repo = join(__dirname, "..");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const sizes = arg("sizes", "1,10,50").split(",").map(Number);
const runs = Number(arg("runs", "3"));

// ---- a varied corpus -----------------------------------------------------------------------
function corpusSentences(): { headlines: string[]; sentences: string[] } {
  const files = [join(repo, "test", "fixtures", "sample", "middle-east-2024.txt")];
  for (const dir of ["layouts", "layouts-hard"]) {
    const d = join(repo, "test", "fixtures", dir);
    if (existsSync(d))
      files.push(
        ...readdirSync(d)
          .filter((f) => f.endsWith(".txt"))
          .map((f) => join(d, f)),
      );
  }
  const headlines: string[] = [];
  const sentences: string[] = [];
  for (const f of files.filter(existsSync)) {
    for (const line of readFileSync(f, "utf8").split(/\r?\n|\r/)) {
      const t = line.trim();
      if (t.length > 30 && t.length < 110 && !/[.:]$/.test(t)) headlines.push(t.replace(/^(?:Title|Headline):\s*/, ""));
      else if (t.length >= 110) sentences.push(...t.split(/(?<=[.!?]["”]?)\s+(?=[A-Z“"])/).filter((s) => s.length > 40));
    }
  }
  return { headlines, sentences };
}

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function generateDump(bytes: number, seed = 1): string {
  const { headlines, sentences } = corpusSentences();
  const r = rng(seed);
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
  const words = headlines.flatMap((h) => h.split(" "));
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    // Headlines: a real one with a few words swapped, so no two articles are copies.
    const h = pick(headlines).split(" ");
    for (let k = 0; k < 2; k++) h[Math.floor(r() * h.length)] = pick(words);
    const headline = h.join(" ");
    const date = `${1 + Math.floor(r() * 28)} ${pick(MONTHS)} ${2019 + Math.floor(r() * 6)}`;
    const body: string[] = [];
    const paragraphs = 6 + Math.floor(r() * 14);
    for (let p = 0; p < paragraphs; p++) body.push(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(sentences)).join(" "));
    let article: string;
    switch (n % 3) {
      case 0:
        article = `${headline}\n\n${headline}\nUpdated ${r() < 0.3 ? `${Math.floor(r() * 59)} min ago` : date}\nFollow\n\n${headline}\n\nLONDON: ${body.join("\n")}\n\n`;
        break;
      case 1:
        article = `=====\nTitle: ${headline}\nDate: ${date}\nSource: Wire\n\n${body.join("\n\n")}\n`;
        break;
      default:
        article = `${headline}\nBy Staff Reporter | ${date}\n\n${body.join("\n\n")}\n\n`;
    }
    parts.push(article);
    size += article.length;
  }
  return parts.join("");
}

// ---- measuring --------------------------------------------------------------------------------
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

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

async function main() {
  const { DumpSession, lazyNerModel } = bundledCore();
  const nerModel = lazyNerModel();
  if (!nerModel()) throw new Error("the entity model is missing");
  const dir = mkdtempSync(join(tmpdir(), "news-lens-bench-"));
  console.log(
    `News Lens benchmark — ${cpus()[0]?.model ?? "cpu"} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; medians of ${runs} runs; the CLI tags on every core (at most 4), the core in process on one\n`,
  );
  console.log(
    "| dump | articles | segmentation | full analysis (core, 1 thread) | CLI analyze --json | first Outline after didOpen | whole analysis in the server | keystroke → symbols p50 / p99 | keystroke → diagnostics p50 / p99 | hover p50 / p99 | hover after an edit p50 / p99 | server peak RSS |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const mb of sizes) {
    const text = generateDump(mb * 1e6, mb);
    const realMb = Buffer.byteLength(text) / 1e6;
    const file = join(dir, `dump-${mb}mb.txt`);
    writeFileSync(file, text);

    const seg: number[] = [];
    const full: number[] = [];
    let analysis: DumpAnalysis | undefined;
    let articles = 0;
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      const session = new DumpSession(text, { nerModel });
      articles = session.articles().length;
      seg.push(performance.now() - t);
      t = performance.now();
      analysis = session.analysis();
      full.push(performance.now() - t + seg.at(-1)!);
    }
    const cli: number[] = [];
    for (let i = 0; i < Math.min(runs, 2); i++) {
      const t = performance.now();
      execFileSync(process.execPath, [join(repo, "dist", "cli.js"), "analyze", file, "--json"], { maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "inherit"] });
      cli.push(performance.now() - t);
    }
    // The editor's side runs in a process of its own that knows only where to edit and hover: in
    // this one, the collections of the in-process runs' heap (90 ms each, several a second) were
    // counted as the server's latency.
    const targets: Targets = {
      articles: analysis!.articles.map((a) => ({ start: a.range.start.line, end: a.range.end.line })),
      entities: analysis!.entities.map((e) => ({ line: e.range.start.line, character: e.range.start.character })),
    };
    const targetsFile = join(dir, `targets-${mb}mb.json`);
    writeFileSync(targetsFile, JSON.stringify(targets));
    const server = JSON.parse(
      execFileSync(process.execPath, ["--import", "tsx", __filename, "--client", file, targetsFile], { maxBuffer: 1 << 26, encoding: "utf8" }),
    ) as ServerFigures;
    console.log(
      `| ${realMb.toFixed(1)} MB | ${articles} | ${(realMb / (median(seg) / 1000)).toFixed(1)} MB/s | ${(realMb / (median(full) / 1000)).toFixed(2)} MB/s | ` +
        `${(realMb / (median(cli) / 1000)).toFixed(2)} MB/s | ${ms(server.firstOutline)} | ${ms(server.firstAnalysis)} | ${ms(median(server.keystrokes))} / ${ms(pct(server.keystrokes, 99))} | ` +
        `${ms(median(server.diagnostics))} / ${ms(pct(server.diagnostics, 99))} | ${ms(median(server.hovers))} / ${ms(pct(server.hovers, 99))} | ` +
        `${ms(median(server.editHovers))} / ${ms(pct(server.editHovers, 99))} | ${server.peakMb.toFixed(0)} MB |`,
    );
  }
}

/** Where the edits and hovers go: the articles' first and last lines, the entities' starts. */
interface Targets {
  articles: { start: number; end: number }[];
  entities: { line: number; character: number }[];
}

type ServerFigures = Awaited<ReturnType<typeof serverFigures>>;

/** Opens the dump in the real server over stdio and times what a user waits for. */
async function serverFigures(text: string, targets: Targets) {
  const server = await startServer();
  // A server that dies would leave the requests below pending forever: fail loudly instead.
  server.process.on("exit", (code, signal) => {
    if (code !== 0) {
      console.error(`the server exited (${code ?? signal}): ${server.stderr().slice(-1000)}`);
      process.exit(1);
    }
  });
  const uri = "file:///bench/dump.txt";
  const conn = server.connection;
  let t = performance.now();
  server.open(uri, text);
  await conn.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
  const firstOutline = performance.now() - t;
  // The first analysis runs in the background (worker threads tag the articles); a hover waits for it.
  await conn.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } });
  const firstAnalysis = performance.now() - t;
  // Like VS Code, each pull names the report it holds (an unchanged report is not sent again).
  let resultId = ((await conn.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { resultId?: string }).resultId;
  const r = rng(7);
  const keystrokes: number[] = [];
  const diagnostics: number[] = [];
  // 200 keystrokes, so that p99 is not simply the slowest one
  for (let i = 0, version = 2; i < 200; i++, version++) {
    const article = targets.articles[Math.floor(r() * targets.articles.length)]!;
    const line = Math.floor((article.start + article.end) / 2);
    t = performance.now();
    void conn.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: "x" }],
    });
    await conn.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
    keystrokes.push(performance.now() - t);
    t = performance.now();
    resultId = ((await conn.sendRequest("textDocument/diagnostic", { textDocument: { uri }, previousResultId: resultId })) as { resultId?: string }).resultId;
    diagnostics.push(performance.now() - t);
  }
  // Hovers without edits in between, then each after an edit (the edited article is tagged again).
  await conn.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } });
  const hovers: number[] = [];
  for (let i = 0; i < 100 && targets.entities.length; i++) {
    const e = targets.entities[Math.floor(r() * targets.entities.length)]!;
    t = performance.now();
    await conn.sendRequest("textDocument/hover", { textDocument: { uri }, position: e });
    hovers.push(performance.now() - t);
  }
  const editHovers: number[] = [];
  for (let i = 0, version = 1000; i < 30 && targets.entities.length; i++, version++) {
    const e = targets.entities[Math.floor(r() * targets.entities.length)]!;
    const line = e.line;
    void conn.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: " " }],
    });
    t = performance.now();
    await conn.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line, character: e.character + 1 } });
    editHovers.push(performance.now() - t);
  }
  const status = readFileSync(`/proc/${server.process.pid}/status`, "utf8");
  const peakMb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  await server.stop();
  return {
    firstOutline,
    firstAnalysis,
    keystrokes,
    diagnostics,
    hovers: hovers.length ? hovers : [0],
    editHovers: editHovers.length ? editHovers : [0],
    peakMb,
  };
}

/** `--client DUMP TARGETS`: the editor's side alone, figures printed as JSON. */
async function client(): Promise<void> {
  const at = process.argv.indexOf("--client");
  const [file, targetsFile] = [process.argv[at + 1]!, process.argv[at + 2]!];
  const figures = await serverFigures(readFileSync(file, "utf8"), JSON.parse(readFileSync(targetsFile, "utf8")) as Targets);
  process.stdout.write(JSON.stringify(figures));
}

if (require.main === module)
  void (process.argv.includes("--client") ? client() : main()).catch((e) => {
    console.error(e);
    process.exit(1);
  });
