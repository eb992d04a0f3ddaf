// How the analysis fares on the layout zoo (test/zoo): one row per template with the articles it
// found on their headline lines, their starts, headlines and dates, then the totals.
//
//   node --import tsx scripts/zoo-report.ts [--verbose]
//
// --verbose adds, for every template not fully right, the per-article diff the zoo test prints.

import { analyzeDump } from "../server/src/analysis/index.js";
import { compareDump, type DumpResult, describe, foundArticles } from "../test/zoo/compare.js";
import { renderZoo } from "../test/zoo/templates.js";

const verbose = process.argv.includes("--verbose");
const zoo = renderZoo();
const results = zoo.map((dump) => compareDump(dump, foundArticles(analyzeDump(dump.text, { stages: [] }).articles)));

const header = ["template", "kind", "found", "made", "starts", "headlines", "published", ""];
const rows = results.map((r, i) => [
  r.name,
  zoo[i]!.kind,
  `${r.found}/${r.expected}`,
  String(r.made),
  `${r.startsRight}/${r.expected}`,
  `${r.headlinesRight}/${r.expected}`,
  `${r.datesRight}/${r.expected}`,
  r.perfect ? "ok" : "",
]);

const sum = (f: (r: DumpResult) => number) => results.reduce((n, r) => n + f(r), 0);
const expected = sum((r) => r.expected);
const share = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(1)}%)`;
const perfect = results.filter((r) => r.perfect).length;
rows.push([
  "total",
  "",
  `${sum((r) => r.found)}/${expected}`,
  String(sum((r) => r.made)),
  `${sum((r) => r.startsRight)}/${expected}`,
  `${sum((r) => r.headlinesRight)}/${expected}`,
  `${sum((r) => r.datesRight)}/${expected}`,
  "",
]);

const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
const format = (row: string[]) =>
  row
    .map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
    .join("  ")
    .trimEnd();
console.log(format(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
rows.forEach((row, i) => {
  if (i === rows.length - 1) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  console.log(format(row));
});
console.log();
const measures: [string, (r: DumpResult) => number][] = [
  ["articles found on their headline line", (r) => r.found],
  ["starts right", (r) => r.startsRight],
  ["headlines right", (r) => r.headlinesRight],
  ["published right", (r) => r.datesRight],
];
for (const [label, count] of measures) console.log(`${`${label}:`.padEnd(39)}${share(sum(count), expected)}`);
console.log(`extra articles (on no expected line):  ${sum((r) => r.extra.length)}`);
console.log(`templates fully right:                 ${share(perfect, results.length)}`);

if (verbose) {
  results.forEach((r, i) => {
    if (!r.perfect) console.log(`\n${describe(zoo[i]!, r)}`);
  });
}
