// The name lists of server/models/gazetteers/ (built by scripts/build-gazetteers.mjs, read by the
// tagger's trainer): each file is one name a line, sorted by code unit, without repeats or stray
// spaces, within the shape filters the script applies; and the folder stays small.

import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const dir = join(__dirname, "..", "..", "server", "models", "gazetteers");
const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
const read = (file: string) => readFileSync(join(dir, file), "utf8").split("\n").slice(0, -1);

test("every list is one name a line, sorted by code unit, without repeats, within the shape filters", () => {
  assert.ok(files.length >= 14);
  for (const file of files) {
    const text = readFileSync(join(dir, file), "utf8");
    assert.ok(text.endsWith("\n") && !text.includes("\r"), file);
    const names = read(file);
    assert.ok(names.length > 50, file);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      assert.equal(name, name.trim(), `${file}: "${name}"`);
      assert.ok(name.length >= 2 && name.length <= 80, `${file}: "${name}"`);
      assert.ok(name.split(" ").length <= 8, `${file}: "${name}"`);
      if (i > 0) assert.ok(names[i - 1] < name, `${file}: "${names[i - 1]}" before "${name}"`);
    }
  }
});

test("the folder stays under 3 MB", () => {
  const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  assert.ok(bytes < 3 * 1024 * 1024, `${bytes} bytes`);
});
