// A group of N copies gives N - 1 duplicate diagnostics of a bounded size (not N² related entries),
// 50,000 identical articles answer in reasonable time, and a keystroke that leaves the groups and
// their headlines as they were gets the same diagnostics back, without remaking them.

import assert from "node:assert/strict";
import { performance } from "node:perf_hooks";
import { test } from "node:test";
import { type Diagnostic, DumpSession, type DuplicateData } from "../../server/src/analysis/index.js";

const copies = (n: number) =>
  Array.from({ length: n }, () => "=====\nTitle: Storm hits coast\n\nRain fell on the coast all day, and the wind blew hard.").join("\n");

function duplicates(session: DumpSession): Diagnostic[] {
  return session.stage("diagnostics")!.filter((d) => d.code === "duplicate-headline");
}

test("1,000 copies of an article: 999 diagnostics, each naming the first copy and a few others, and how many more", () => {
  const session = new DumpSession(copies(1000), { uri: "file:///d.txt" });
  const found = duplicates(session);
  assert.equal(found.length, 999);
  for (const d of found) {
    const related = d.relatedInformation!;
    assert.ok(related.length <= 3, `${related.length} related entries`);
    assert.equal(related[0]!.message, "First copy");
    assert.equal(related[0]!.location.range.start.line, 1);
    assert.match(related.at(-1)!.message, /^Another copy \(and 99[67] more\)$/);
    assert.ok(!related.some((r) => r.location.range.start.line === d.range.start.line), "not itself");
    const data = d.data as DuplicateData;
    assert.equal(data.copies, 1000);
    assert.deepEqual(data.articles, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.ok(JSON.stringify(d).length < 1500);
    assert.match(d.message, /^Duplicate headline: same as article 1 “Storm hits coast” \(line 2\); 1000 copies in all$/);
  }
});

test("two and three copies: every other copy is named, nothing more", () => {
  for (const n of [2, 3]) {
    const found = duplicates(new DumpSession(copies(n), { uri: "file:///d.txt" }));
    assert.equal(found.length, n - 1);
    for (const d of found) {
      assert.equal(d.relatedInformation!.length, n - 1);
      assert.ok(d.relatedInformation!.every((r) => !r.message.includes("more")));
    }
  }
});

test("50,000 identical articles answer in reasonable time; a keystroke that changes no group gets the same diagnostics back", () => {
  const start = performance.now();
  const session = new DumpSession(copies(50_000), { uri: "file:///d.txt" });
  const before = session.stage("diagnostics")!;
  assert.equal(before.length, 49_999);
  const ms = performance.now() - start;
  assert.ok(ms < 20_000, `${ms.toFixed(0)} ms`);
  // A letter typed in one copy's body: its fingerprint changes, its group does not.
  session.replaceLines(3, 4, [`${session.lines[3]}x`]);
  assert.equal(session.stage("diagnostics"), before);
  // A line inserted above: every headline moves, so the diagnostics are made again.
  session.replaceLines(0, 0, ["Preface"]);
  const moved = session.stage("diagnostics")!;
  assert.notEqual(moved, before);
  assert.equal(moved.filter((d) => d.code === "duplicate-headline")[0]!.range.start.line, before[0]!.range.start.line + 1);
});
