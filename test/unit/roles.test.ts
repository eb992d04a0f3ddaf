// Roles the text gives a person, read around each mention on its line (entities/roles.ts).

import assert from "node:assert/strict";
import { test } from "node:test";
import { rolesOf } from "../../server/src/analysis/index.js";
import type { EntityMention } from "../../server/src/analysis/types.js";

/** A person's mention of `name` at its first place on `line` (line 0). */
function mentionIn(line: string, name: string): EntityMention {
  const at = line.indexOf(name);
  return {
    text: name,
    canonical: name,
    type: "person",
    article: 0,
    range: { start: { line: 0, character: at }, end: { line: 0, character: at + name.length } },
  } as EntityMention;
}

test("a title right before a name is its role, on a short line and at the end of a long one", () => {
  const short = "Prime Minister Mohammed Shia Al-Sudani spoke.";
  assert.deepEqual(
    rolesOf([mentionIn(short, "Mohammed Shia Al-Sudani")], () => short),
    ["Prime Minister"],
  );
  const filler = "The talks went on for hours and the delegations met again in the evening, ".repeat(30);
  for (const gap of ["", " ", "  \t "]) {
    const long = `${filler}${gap}said military spokesman Rear Admiral Daniel Hagari on Monday.`;
    assert.deepEqual(
      rolesOf([mentionIn(long, "Daniel Hagari")], () => long),
      ["military spokesman Rear Admiral"],
      JSON.stringify(gap),
    );
  }
});

test("the words before a name are those of the whole line, however long the line and wherever its spaces fall", () => {
  // Six words at most are read: a long run of title words is cut as it would be on a short line.
  const words = "former deputy interior minister and army general";
  for (let pad = 150; pad < 175; pad++) {
    const line = `${"x".repeat(pad)} ${words} Ahmed Saleh`;
    const expected = rolesOf([mentionIn(`${words} Ahmed Saleh`, "Ahmed Saleh")], () => `${words} Ahmed Saleh`);
    assert.deepEqual(
      rolesOf([mentionIn(line, "Ahmed Saleh")], () => line),
      expected,
      `pad ${pad}`,
    );
  }
});
