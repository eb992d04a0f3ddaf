// `npm run demo [FILE]`: analyses a dump with the built CLI, prints its outline, entities and
// dates in the terminal, and writes demo/sample.html (demo/<name>.html for FILE), a self-contained page of the dump with
// entities coloured by type and dates marked.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";

const repo = resolve(import.meta.dirname, "..");
const candidates = [join(repo, "test", "fixtures", "sample", "middle-east-2024.txt"), join(repo, "test", "fixtures", "layouts", "sample-style-2.txt")];
const file = process.argv[2] ? resolve(process.argv[2]) : candidates.find((f) => existsSync(f));
if (!file || !existsSync(file)) {
  console.error(`demo: no such file: ${process.argv[2] ?? candidates.join(" or ")}`);
  process.exit(1);
}

const analysis = JSON.parse(execFileSync(process.execPath, [join(repo, "dist", "cli.js"), "analyze", file, "--json"], { maxBuffer: 1 << 30 }).toString());
const lines = readFileSync(file, "utf8")
  .replace(/^\uFEFF/, "")
  .split(/\r\n|\n|\r/);

// ---- terminal summary ----------------------------------------------------------------------
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const colour = { person: 33, organization: 36, location: 32 };
const paint = (s, type) => (process.stdout.isTTY ? `\x1b[${colour[type]}m${s}\x1b[0m` : s);
console.log(bold(`${basename(file)}: ${analysis.articles.length} articles, ${analysis.entities.length} entity mentions, ${analysis.dates.length} dates`));
console.log("");
for (const a of analysis.articles) {
  const date = a.published ?? (a.publishedInferred ? `~${a.publishedInferred}` : "          ");
  console.log(`${String(a.range.start.line + 1).padStart(5)}  ${date.padEnd(11)}  ${bold(a.headline)}${a.dateline ? `  (${a.dateline})` : ""}`);
  for (const s of a.sections) console.log(`${String(s.range.start.line + 1).padStart(5)}               § ${s.title}`);
}
const byEntity = new Map();
for (const e of analysis.entities) {
  const k = `${e.type}:${e.canonical}`;
  byEntity.set(k, { ...(byEntity.get(k) ?? { type: e.type, name: e.canonical, n: 0 }), n: (byEntity.get(k)?.n ?? 0) + 1 });
}
console.log("");
for (const type of ["person", "organization", "location"]) {
  const top = [...byEntity.values()]
    .filter((e) => e.type === type)
    .sort((a, b) => b.n - a.n)
    .slice(0, 8);
  console.log(`${bold(type.padEnd(13))} ${top.map((e) => `${paint(e.name, type)} ${e.n}`).join(", ")}`);
}
const dates = [...analysis.dates].sort((a, b) => a.value.localeCompare(b.value));
console.log(
  `${bold("dates".padEnd(13))} ${dates.length ? `${dates[0].value} … ${dates.at(-1).value}: ` : ""}${dates
    .slice(0, 10)
    .map((d) => `${d.text} → ${d.value}`)
    .join(", ")}${dates.length > 10 ? ", …" : ""}`,
);
const dups = analysis.diagnostics.filter((d) => d.code === "duplicate-headline" || d.code === "duplicate-body");
console.log(`${bold("duplicates".padEnd(13))} ${dups.length ? dups.map((d) => `line ${d.range.start.line + 1}: ${d.message}`).join("; ") : "none"}`);

// ---- HTML page -------------------------------------------------------------------------------
const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const marks = new Map(); // line -> [{start, end, open, close}]
const mark = (range, open, close) => {
  if (range.start.line !== range.end.line) return;
  const list = marks.get(range.start.line) ?? [];
  list.push({ start: range.start.character, end: range.end.character, open, close });
  marks.set(range.start.line, list);
};
for (const e of analysis.entities) mark(e.range, `<span class="ent ${e.type}" title="${esc(`${e.type}: ${e.canonical}`)}">`, "</span>");
for (const d of analysis.dates) mark(d.range, `<time datetime="${d.value}" title="${esc(d.value)}">`, "</time>");
const renderLine = (i) => {
  const text = lines[i] ?? "";
  const list = (marks.get(i) ?? []).sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const m of list) {
    if (m.start < at) continue;
    out += esc(text.slice(at, m.start)) + m.open + esc(text.slice(m.start, m.end)) + m.close;
    at = m.end;
  }
  return out + esc(text.slice(at));
};
const articleHtml = analysis.articles.map((a) => {
  const skip = new Set([a.headlineRange.start.line, ...a.repeatedHeadlineLines, ...a.boilerplateLines]);
  const sectionLines = new Set(a.sections.map((s) => s.range.start.line));
  const body = [];
  for (let i = a.range.start.line; i <= a.range.end.line; i++) {
    if (skip.has(i) || !lines[i]?.trim()) continue;
    if (sectionLines.has(i)) body.push(`<h3>${renderLine(i)}</h3>`);
    else if (/^\s*[•·▪]/.test(lines[i])) body.push(`<p class="bullet">${renderLine(i)}</p>`);
    else body.push(`<p>${renderLine(i)}</p>`);
  }
  const date = a.published ?? (a.publishedInferred ? `${a.publishedInferred} (inferred)` : "undated");
  return `<article id="a${a.index}"><h2>${renderLine(a.headlineRange.start.line)}</h2>
<p class="meta">${esc(date)}${a.dateline ? ` · ${esc(a.dateline)}` : ""} · lines ${a.range.start.line + 1}–${a.range.end.line + 1}</p>
${body.join("\n")}</article>`;
});
const toc = analysis.articles.map((a) => `<li><a href="#a${a.index}">${esc(a.headline)}</a></li>`).join("\n");
const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(basename(file))} — News Lens</title>
<style>
body { font: 16px/1.55 Georgia, serif; margin: 0; display: grid; grid-template-columns: 18rem 1fr; color: #222; }
nav { position: sticky; top: 0; height: 100vh; overflow: auto; background: #f4f1ea; padding: 1rem; font: 14px/1.4 system-ui, sans-serif; }
nav ol { padding-left: 1.2rem; } nav a { color: #333; text-decoration: none; } nav a:hover { text-decoration: underline; }
main { max-width: 46rem; padding: 1rem 2rem 4rem; }
article { border-bottom: 1px solid #ddd; padding-bottom: 1rem; margin-bottom: 2rem; }
h2 { font-size: 1.6rem; line-height: 1.25; } h3 { font-size: 1.1rem; margin-top: 1.5rem; }
.meta { color: #777; font: 13px system-ui, sans-serif; } .bullet { font-style: italic; color: #555; }
.ent { border-radius: 3px; padding: 0 2px; } .person { background: #fde7b0; } .organization { background: #c9ecf2; } .location { background: #d2efc9; }
time { border-bottom: 2px dotted #b4437e; } .legend span, .legend time { margin-right: .6rem; }
</style></head><body>
<nav><strong>News Lens</strong><p>${esc(basename(file))}: ${analysis.articles.length} articles</p>
<p class="legend"><span class="ent person">person</span><span class="ent organization">organization</span><span class="ent location">location</span><time>date</time></p>
<ol>${toc}</ol></nav>
<main>${articleHtml.join("\n")}</main></body></html>
`;
mkdirSync(join(repo, "demo"), { recursive: true });
const out = join(repo, "demo", process.argv[2] ? `${basename(file).replace(/\.txt$/, "")}.html` : "sample.html");
writeFileSync(out, html);
console.log(`\nwrote ${out}`);
