// Scores the built CLI on every dump that has gold beside it (the sample and the fixtures), with
// ../shared/tools/score.mjs, and prints one line per dump plus the totals.
//   node scripts/score-fixtures.mjs [--verbose] [--dirs unseen,unseen2]  (folders of test/fixtures; the sample always)
// `--blind` scores the blind fixtures instead and prints their totals only: they are kept to
// measure what the analysis does on dumps nobody tuned it on, so their details are not shown.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";

const repo = resolve(import.meta.dirname, "..");
const scorer = join(repo, "..", "shared", "tools", "score.mjs");
const blind = process.argv.includes("--blind");
const dumps = blind ? [] : [join(repo, "test", "fixtures", "sample", "middle-east-2024.txt")];
const dirsFlag = process.argv.indexOf("--dirs");
const dirs = dirsFlag > 0 ? process.argv[dirsFlag + 1].split(",") : ["layouts", "layouts-hard", "tools", "news", "unseen", "unseen2", "unseen3", "unseen4"];
for (const dir of blind ? ["blind"] : dirs) {
  const folder = join(repo, "test", "fixtures", dir);
  if (existsSync(folder))
    dumps.push(
      ...readdirSync(folder)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => join(folder, f)),
    );
}
const tmp = mkdtempSync(join(tmpdir(), "news-lens-score-"));
const totals = {};
const add = (k, tp, pred, gold) => {
  totals[k] ??= [0, 0, 0];
  totals[k][0] += tp;
  totals[k][1] += pred;
  totals[k][2] += gold;
};
const pct = (x) => (100 * x).toFixed(1).padStart(5);
const f1 = ([tp, p, g]) => (p + g ? (2 * tp) / (p + g) : 1);
if (!blind) console.log(`${"dump".padEnd(28)} articles headlines published  entities(P/R/F1)      dates found/right   dups`);
for (const dump of dumps) {
  const gold = dump.replace(/\.txt$/, ".gold.json");
  if (!existsSync(dump) || !existsSync(gold)) continue;
  const out = join(tmp, `${basename(dump)}.json`);
  let failure = "";
  try {
    writeFileSync(
      out,
      execFileSync(process.execPath, [join(repo, "dist", "cli.js"), "analyze", dump, "--json"], { maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "pipe"] }),
    );
  } catch (e) {
    // Scored as finding nothing, and said so.
    failure = String(e.stderr ?? e.message)
      .trim()
      .split("\n")[0];
    writeFileSync(out, JSON.stringify({ articles: [], entities: [], dates: [], diagnostics: [] }));
  }
  const r = JSON.parse(execFileSync(process.execPath, [scorer, out, gold, "--json"]).toString());
  const e = r.entities.strict;
  add("articles", r.articles.tp, r.articles.predicted, r.articles.actual);
  add("headlines", r.headlinesExact.tp, r.headlinesExact.predicted, r.headlinesExact.actual);
  add("published", r.published.right, r.published.of, r.published.of);
  add("entities", e.tp, e.predicted, e.actual);
  for (const type of ["person", "organization", "location"]) add(type, r.entities[type].tp, r.entities[type].predicted, r.entities[type].actual);
  add("datesFound", r.dates.found.tp, r.dates.found.predicted, r.dates.found.actual);
  add("datesRight", r.dates.correct.tp, r.dates.correct.predicted, r.dates.correct.actual);
  add("dups", r.duplicateHeadlines.found, r.duplicateHeadlines.of, r.duplicateHeadlines.of);
  if (blind) continue;
  console.log(
    `${basename(dump).padEnd(28)} ${`${r.articles.tp}/${r.articles.actual}`.padStart(8)} ${`${r.headlinesExact.tp}/${r.headlinesExact.actual}`.padStart(9)} ${`${r.published.right}/${r.published.of}`.padStart(9)}  ` +
      `${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)}   ${pct(r.dates.found.recall)} ${pct(r.dates.correct.recall)}   ${r.duplicateHeadlines.found}/${r.duplicateHeadlines.of} (${r.duplicateHeadlines.diagnostics} diag)${failure ? `  CLI failed: ${failure}` : ""}`,
  );
  if (process.argv.includes("--verbose"))
    console.log(
      execFileSync(process.execPath, [scorer, out, gold, "--verbose"])
        .toString()
        .split("\n")
        .filter((l) => l.startsWith("  -"))
        .join("\n"),
    );
}
const t = totals;
console.log(
  `\n${blind ? "blind" : "all"}: articles ${t.articles[0]}/${t.articles[2]} (${t.articles[1]} predicted), headlines ${t.headlines[0]}/${t.headlines[2]}, published ${t.published[0]}/${t.published[2]}, ` +
    `entities micro F1 ${pct(f1(t.entities))} (P ${pct(t.entities[0] / t.entities[1])} R ${pct(t.entities[0] / t.entities[2])}), ` +
    `person ${pct(f1(t.person))} organization ${pct(f1(t.organization))} location ${pct(f1(t.location))}, ` +
    `dates found ${pct(t.datesFound[0] / t.datesFound[2])} right ${pct(t.datesRight[0] / t.datesRight[2])} (P ${pct(t.datesFound[0] / t.datesFound[1])}), duplicate pairs ${t.dups[0]}/${t.dups[2]}`,
);
