// The client's corrections store never loses a correction: it refuses to write over a file it
// cannot read (and says why), never writes through a link, writes atomically, and keeps every one
// of corrections made at once.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { CorrectionsFileProblem, CorrectionsStore, correctionTextProblem } from "../../client/src/correctionsStore.js";

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "news-lens-store-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** A fresh folder with a dump in it. */
function workspace(): { folder: string; dump: string; annotations: string; lexicon: string } {
  const folder = join(dir, `ws-${++n}`);
  mkdirSync(folder);
  const dump = join(folder, "dump.txt");
  writeFileSync(dump, "Storm hits coast\nJune 3, 2024\n\nRain.\n");
  return { folder, dump, annotations: `${dump}.annotations.json`, lexicon: join(folder, ".newslens", "lexicon.json") };
}

const correction = (text: string) => ({ text, type: "none", scope: "all" });
const json = (file: string) => JSON.parse(readFileSync(file, "utf8"));

test("a new file is made; later corrections are added to it, keeping what the store does not know", async () => {
  const { dump, annotations } = workspace();
  const store = new CorrectionsStore();
  await store.addCorrection(dump, correction("Storm"));
  assert.deepEqual(json(annotations), { version: 1, corrections: [correction("Storm")] });
  writeFileSync(annotations, JSON.stringify({ version: 1, note: "kept", corrections: [correction("Storm"), { future: "entry kind" }] }));
  await store.addCorrection(dump, correction("Rain"));
  assert.deepEqual(json(annotations), { version: 1, note: "kept", corrections: [correction("Storm"), { future: "entry kind" }, correction("Rain")] });
});

test("a file that is not JSON, not UTF-8 or not shaped like a corrections file is refused and left as it was", async () => {
  const damaged: [string, Buffer | string, RegExp][] = [
    ["a trailing comma", '{"version": 1, "corrections": [{"text": "Storm", "type": "none", "scope": "all"},]}', /is not valid JSON/],
    ["merge markers", '<<<<<<< HEAD\n{"version": 1, "corrections": []}\n=======\n{"version": 1}\n>>>>>>> theirs\n', /is not valid JSON/],
    ["a half-written file", '{"version": 1, "corrections": [{"text": "Sto', /is not valid JSON/],
    ["UTF-16", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"version": 1, "corrections": []}', "utf16le")]), /is UTF-16 text/],
    ["Windows-1252", Buffer.from('{"version": 1, "corrections": [{"text": "Pe\xf1a", "type": "person"}]}', "latin1"), /is not UTF-8 text/],
    ['"corrections": {}', '{"version": 1, "corrections": {}}', /has a "corrections" that is not a list/],
    ["null", "null", /is not a JSON object with a "corrections" list/],
    ["a list", "[]", /is not a JSON object/],
  ];
  for (const [what, content, why] of damaged) {
    const { dump, annotations } = workspace();
    writeFileSync(annotations, content);
    const before = readFileSync(annotations);
    await assert.rejects(new CorrectionsStore().addCorrection(dump, correction("Storm")), (e: unknown) => {
      assert.ok(e instanceof CorrectionsFileProblem, what);
      assert.equal(e.file, annotations);
      assert.match(e.message, why, what);
      return true;
    });
    assert.deepEqual(readFileSync(annotations), before, `${what}: untouched`);
  }
});

test("a lexicon of 50 entries with one trailing comma is refused, not replaced by the new entry", async () => {
  const { folder, lexicon } = workspace();
  mkdirSync(join(folder, ".newslens"));
  const entries = Array.from({ length: 50 }, (_, i) => `{"text": "Name ${i}", "type": "person"}`);
  const text = `{"version": 1, "entries": [\n${entries.join(",\n")},\n]}\n`;
  writeFileSync(lexicon, text);
  await assert.rejects(new CorrectionsStore().setLexiconEntry(lexicon, { text: "Qaani", type: "person" }), /lexicon\.json is not valid JSON/);
  assert.equal(readFileSync(lexicon, "utf8"), text);
  // Fixed, the same entry goes in beside the 50, and replaces an entry for the same text.
  writeFileSync(lexicon, text.replace(",\n]}", "\n]}"));
  await new CorrectionsStore().setLexiconEntry(lexicon, { text: "Name 3", type: "organization" });
  const after = json(lexicon).entries as { text: string; type: string }[];
  assert.equal(after.length, 50);
  assert.deepEqual(after.at(-1), { text: "Name 3", type: "organization" });
});

test("a symbolic link in place of the annotations file or of .newslens is refused, and what it points to is untouched", async () => {
  const outside = join(dir, `outside-${++n}`);
  mkdirSync(outside);
  const victim = join(outside, "victim.json");
  writeFileSync(victim, '{"version": 1, "corrections": []}');
  const { folder, dump, annotations, lexicon } = workspace();
  symlinkSync(victim, annotations);
  await assert.rejects(new CorrectionsStore().addCorrection(dump, correction("Storm")), /dump\.txt\.annotations\.json is a symbolic link/);
  assert.equal(readFileSync(victim, "utf8"), '{"version": 1, "corrections": []}');
  assert.ok(lstatSync(annotations).isSymbolicLink(), "the link is left for the user to replace");

  symlinkSync(outside, join(folder, ".newslens"));
  await assert.rejects(new CorrectionsStore().setLexiconEntry(lexicon, { text: "Storm", type: "none" }), /is in \.newslens, a symbolic link/);
  assert.deepEqual(readdirSync(outside), ["victim.json"]);

  const dangling = workspace();
  symlinkSync(join(outside, "not-yet.json"), dangling.annotations);
  await assert.rejects(new CorrectionsStore().addCorrection(dangling.dump, correction("Storm")), /is a symbolic link/);
  assert.deepEqual(readdirSync(outside), ["victim.json"], "nothing created where a dangling link points");
});

test("a FIFO, a folder or a device in place of the annotations file is refused at once", async () => {
  const fifo = workspace();
  assert.equal(spawnSync("mkfifo", [fifo.annotations]).status, 0);
  await assert.rejects(new CorrectionsStore().addCorrection(fifo.dump, correction("Storm")), /is not a regular file/);
  const folder = workspace();
  mkdirSync(folder.annotations);
  await assert.rejects(new CorrectionsStore().addCorrection(folder.dump, correction("Storm")), /is a folder/);
});

test("corrections made at once are all kept", async () => {
  const { dump, annotations, lexicon } = workspace();
  const store = new CorrectionsStore();
  const texts = Array.from({ length: 40 }, (_, i) => `Name ${i}`);
  await Promise.all([
    ...texts.map((t) => store.addCorrection(dump, correction(t))),
    ...texts.map((t) => store.setLexiconEntry(lexicon, { text: t, type: "person" })),
  ]);
  assert.deepEqual(
    (json(annotations).corrections as { text: string }[]).map((c) => c.text),
    texts,
  );
  assert.equal(json(lexicon).entries.length, 40);
  // One refused write does not stop the ones queued after it.
  writeFileSync(annotations, "{");
  const refused = store.addCorrection(dump, correction("x"));
  await assert.rejects(refused, CorrectionsFileProblem);
  rmSync(annotations);
  await store.addCorrection(dump, correction("y"));
  assert.deepEqual(json(annotations).corrections, [correction("y")]);
});

test("a reader never sees half a file: each write replaces the whole file at once, keeping its permissions", async () => {
  const { folder, dump, annotations } = workspace();
  const store = new CorrectionsStore();
  await store.addCorrection(dump, correction("first"));
  chmodSync(annotations, 0o640);
  let reading = true;
  const torn: string[] = [];
  const reader = (async () => {
    while (reading) {
      const text = await readFile(annotations, "utf8");
      try {
        JSON.parse(text);
      } catch {
        torn.push(text);
      }
    }
  })();
  for (let i = 0; i < 200; i++) await store.addCorrection(dump, correction(`Name ${i} ${"x".repeat(2000)}`));
  reading = false;
  await reader;
  assert.deepEqual(torn, []);
  assert.equal(json(annotations).corrections.length, 201);
  assert.equal(statSync(annotations).mode & 0o777, 0o640);
  assert.deepEqual(
    readdirSync(folder).filter((f) => f.endsWith(".tmp")),
    [],
    "no temporary file left",
  );
});

test("a correction across a line break, or of nothing, is refused with a reason", () => {
  assert.match(correctionTextProblem("Esmail\nQaani") ?? "", /on one line/);
  assert.match(correctionTextProblem("Qaani\r\n") ?? "", /on one line/);
  assert.match(correctionTextProblem("   ") ?? "", /select a name/);
  assert.equal(correctionTextProblem("Esmail Qaani"), undefined);
});
