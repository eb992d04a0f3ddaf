// The name lists of server/models/gazetteers/ (built by scripts/build-gazetteers.mjs, read by the
// tagger's trainer): each file is one name a line, sorted by code unit, without repeats or stray
// spaces, within the shape filters the script applies; the folder stays small; and the names news
// outside the US and Western Europe uses are there while the builder's known by-products are not.

import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const dir = join(__dirname, "..", "..", "server", "models", "gazetteers");
const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
const read = (file: string) => readFileSync(join(dir, file), "utf8").split("\n").slice(0, -1);
const has = (file: string) => new Set(read(file));

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

test("companies and parties of Asia, Africa, Latin America and the Nordics are listed", () => {
  const companies = has("org-company.txt");
  for (const name of [
    "Hitachi",
    "Tokyo Electron",
    "Samsung Electronics",
    "Kakao",
    "Safaricom",
    "Pemex",
    "Petrobras",
    "MTN Group",
    "Equity Bank",
    "Grupo Bimbo",
  ])
    assert.ok(companies.has(name), name);
  const parties = has("org-party.txt");
  for (const name of ["Perussuomalaiset", "Isamaa", "Finns Party"]) assert.ok(parties.has(name), name);
});

test("by-products of the builder's cuts stay out", () => {
  const companies = has("org-company.txt");
  // Legal forms cut off leave no dangling "and"; a town that is also a surname is no company name.
  for (const name of ["Eli Lilly and", "Australia and", "Santos", "GAIL"]) assert.ok(!companies.has(name), name);
  // Wikidata's disambiguating brackets ("People's Alliance (Sri Lanka)") give no party named after a country.
  const parties = has("org-party.txt");
  for (const name of ["Sri Lanka", "South Korea"]) assert.ok(!parties.has(name), name);
});
