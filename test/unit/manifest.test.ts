// package.json declares for the editor what the vocabulary defines once: the settings with their
// defaults, the layouts, the entity types as semantic token types with their scopes, and the
// commands the client registers. These tests hold the two together.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ENTITY_TYPE_IDS, ENTITY_TYPES, NOT_AN_ENTITY } from "../../server/src/vocabulary/entityTypes.js";
import { DEFAULT_SETTINGS, LAYOUT_NAMES, LAYOUTS } from "../../server/src/vocabulary/settings.js";

const root = join(__dirname, "..", "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const contributes = manifest.contributes;
const properties: Record<string, { default: unknown; enum?: unknown[]; enumDescriptions?: string[]; items?: { enum?: unknown[] } }> =
  contributes.configuration.properties;

/** The settings' leaves as `newsLens.*` keys: `{ dates: { inlayHints } }` → `newsLens.dates.inlayHints`. */
function leaves(value: object, prefix: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, v] of Object.entries(value)) {
    if (v !== null && typeof v === "object" && !Array.isArray(v)) for (const [k, leaf] of leaves(v, `${prefix}${key}.`)) out.set(k, leaf);
    else out.set(`${prefix}${key}`, v);
  }
  return out;
}

test("every setting of the vocabulary is declared in package.json with the same default, and no other", () => {
  const settings = leaves(DEFAULT_SETTINGS, "newsLens.");
  assert.deepEqual(Object.keys(properties).sort(), [...settings.keys()].sort());
  for (const [key, value] of settings) assert.deepEqual(properties[key]!.default, value, key);
});

test("newsLens.layout offers the vocabulary's layouts, each with its description", () => {
  const layout = properties["newsLens.layout"]!;
  assert.deepEqual(layout.enum, LAYOUT_NAMES);
  assert.deepEqual(
    layout.enumDescriptions,
    LAYOUT_NAMES.map((name) => LAYOUTS[name]),
  );
});

test("newsLens.entities.types takes the vocabulary's entity types", () => {
  assert.deepEqual(properties["newsLens.entities.types"]!.items?.enum, ENTITY_TYPE_IDS);
});

test("each entity type is a semantic token type with its super type and theme scope", () => {
  const declared = new Map<string, { superType: string }>(contributes.semanticTokenTypes.map((t: { id: string; superType: string }) => [t.id, t]));
  const scopes = contributes.semanticTokenScopes.find((s: { language: string }) => s.language === "newsdump").scopes;
  for (const type of ENTITY_TYPES) {
    assert.equal(declared.get(type.id)?.superType, type.tokenSuperType, type.id);
    assert.deepEqual(scopes[type.id], [type.scope], type.id);
  }
});

/** The command ids the client registers, read from its sources (string literals, and the vocabulary's mark commands). */
function registeredCommands(): Set<string> {
  const ids = new Set<string>([...ENTITY_TYPES.map((t) => t.markCommand), NOT_AN_ENTITY.markCommand]);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
  for (const file of walk(join(root, "client", "src"))) for (const m of readFileSync(file, "utf8").matchAll(/registerCommand\(\s*"([\w.]+)"/g)) ids.add(m[1]!);
  return ids;
}

test("the commands package.json declares are the ones the client registers for the palette and menus", () => {
  const declared: string[] = contributes.commands.map((c: { command: string }) => c.command);
  const registered = registeredCommands();
  for (const id of declared) assert.ok(registered.has(id), `${id} is declared but not registered`);
  // Registered but not declared: only commands for code actions, hovers and tests.
  const internal = [...registered].filter((id) => !declared.includes(id)).sort();
  assert.deepEqual(internal, ["newsLens.graphicViewData", "newsLens.timelineListData", "newsLens.viewData"]);
  for (const entry of Object.values(contributes.menus).flat() as { command?: string }[])
    if (entry.command) assert.ok(declared.includes(entry.command), `${entry.command} is in a menu but not declared`);
});
