// The binary form of the disk cache's snapshots (server/src/node/snapshotCodec.ts): what is encoded
// decodes to the same, with or without the dump-wide decisions and the segmentation of the text; a payload cut short, or naming a
// string, a type or a place outside what it holds, is undefined, never half read and never thrown.

import assert from "node:assert/strict";
import { test } from "node:test";
import { generateNewsDump } from "../../scripts/newsDump.js";
import { type ArticleFingerprint, DumpSession, type LayoutProfile } from "../../server/src/analysis/index.js";
import { decodeSnapshot, encodeSnapshot, type Snapshot } from "../../server/src/node/snapshotCodec.js";

const fingerprint = (exactKey: string, minhash: number[] | null): ArticleFingerprint => ({
  exactKey,
  words: exactKey.toLowerCase().split(" "),
  normKey: exactKey.toLowerCase(),
  wordKeys: exactKey.split(" ").map((_, i) => (i % 2 ? -(i + 1) : 1 << 29)),
  significant: exactKey.split(" ").map((_, i) => i === 0),
  generic: false,
  bodyWords: 42,
  minhash,
});

const snapshot: Snapshot = {
  articles: [
    {
      length: 120,
      entities: [0, 5, 1, 10, 22, 0],
      entityTexts: ["Lagos", "Ngozi Okonjo"],
      dates: { variant: "2024-03-05@@a1b2", bounds: [30, 37, 50, 58], values: ["2024-03-04", "2024-03"], texts: ["Tuesday", "March 24"] },
      fingerprint: fingerprint("Talks go on in Lagos", [1, 2, 3, (63 << 24) | 5]),
    },
    {
      length: 40,
      entities: [],
      entityTexts: [],
      dates: { variant: "@2023@a1b2", bounds: [], values: [], texts: [] },
      fingerprint: { ...fingerprint("Ünïcode “headline” — here", null), generic: true },
    },
  ],
  dumpWide: {
    resolved: [
      { spans: [0, 5, 1, 10, 22, 0, 60, 66, 2], canonical: ["Lagos", "Mariam Okonjo", "Reuters"] },
      { spans: [], canonical: [] },
    ],
    dates: {
      anchors: [
        ["03-05", 2024],
        ["10-07", 2023],
      ],
      references: ["2024-03-05", undefined],
      fallbackYears: [undefined, 2023],
    },
    duplicates: { bodyThreshold: 0.85, sameHeadlinePairs: [0, 1], nearPairs: [0, 1, 1, 0], visits: [3, 0, 1, 1] },
  },
};

/** A decoded snapshot as plain arrays, to compare with what was encoded. */
const plain = (s: Snapshot | undefined) => JSON.parse(JSON.stringify(s, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v)));

test("a snapshot decodes to what was encoded, with the dump-wide decisions or without", () => {
  assert.deepEqual(plain(decodeSnapshot(encodeSnapshot(snapshot))), plain(snapshot));
  const articlesOnly: Snapshot = { articles: snapshot.articles, dumpWide: {} };
  assert.deepEqual(plain(decodeSnapshot(encodeSnapshot(articlesOnly))), plain(articlesOnly));
  const empty: Snapshot = { articles: [], dumpWide: {} };
  assert.deepEqual(plain(decodeSnapshot(encodeSnapshot(empty))), plain(empty));
  // the bytes are a function of the snapshot: a file written again is the same file
  assert.ok(encodeSnapshot(snapshot).equals(encodeSnapshot(decodeSnapshot(encodeSnapshot(snapshot))!)));
});

test("a number that does not fit the integer columns is not written", () => {
  const huge: Snapshot = { ...snapshot, articles: [{ ...snapshot.articles[0]!, fingerprint: fingerprint("Big", [2 ** 33]) }] };
  assert.throws(() => encodeSnapshot(huge), RangeError);
});

test("a payload cut short anywhere is undefined", () => {
  const bytes = encodeSnapshot(snapshot);
  for (let length = 0; length < bytes.length; length++) assert.equal(decodeSnapshot(bytes.subarray(0, length)), undefined, `cut at ${length}`);
});

test("a payload naming a place, a type or a string outside what it holds is undefined; no byte changed makes it throw", () => {
  const [first, second] = snapshot.articles as [Snapshot["articles"][0], Snapshot["articles"][0]];
  const withArticles = (...articles: Snapshot["articles"]) => decodeSnapshot(encodeSnapshot({ ...snapshot, articles }));
  assert.equal(withArticles({ ...first, entities: [100, 121, 1] }, second), undefined, "an entity past the article's end");
  assert.equal(withArticles({ ...first, entities: [5, 5, 1] }, second), undefined, "an empty entity");
  assert.equal(withArticles({ ...first, entities: [0, 5, 99] }, second), undefined, "an unknown entity type");
  assert.equal(
    withArticles(first, { ...second, dates: { variant: "v", bounds: [-1, 3], values: ["2024"], texts: ["2024"] } }),
    undefined,
    "a date before the article",
  );
  assert.equal(withArticles({ ...first, entityTexts: ["Lagos"] }, second), undefined, "an entity without its text");
  assert.equal(withArticles({ ...first, entityTexts: ["Lagos", "Mariam"] }, second), undefined, "an entity text of another length than its span");
  assert.equal(
    withArticles(first, { ...second, dates: { variant: "v", bounds: [0, 4], values: ["2024"], texts: ["24"] } }),
    undefined,
    "a date text of another length than its span",
  );
  const resolved = snapshot.dumpWide.resolved!;
  const pastEnd = { ...snapshot, dumpWide: { ...snapshot.dumpWide, resolved: [resolved[0]!, { spans: [39, 41, 0], canonical: ["X"] }] } };
  assert.equal(decodeSnapshot(encodeSnapshot(pastEnd)), undefined, "a resolved span past its article's end");
  // a string index past the table: the first article's variant is string 0; make the table empty
  const bytes = encodeSnapshot(snapshot);
  const tableLength = bytes.readUInt32LE(0);
  const ints = bytes.subarray(4 + tableLength + ((4 - ((4 + tableLength) % 4)) % 4));
  const noStrings = Buffer.concat([Buffer.from([2, 0, 0, 0]), Buffer.from("[]"), Buffer.alloc(2), ints]);
  assert.equal(decodeSnapshot(noStrings), undefined, "strings missing");
  const otherOrder = Buffer.from(bytes);
  otherOrder.writeInt32BE(0x01020304, bytes.length - ints.length);
  assert.equal(decodeSnapshot(otherOrder), undefined, "the integers in another byte order");
  for (let at = 0; at < bytes.length; at++) {
    const changed = Buffer.from(bytes);
    changed[at] = changed[at]! ^ 0x5a;
    assert.doesNotThrow(() => decodeSnapshot(changed), `byte ${at} changed`);
  }
});

test("the segmentation of the text decodes to what was encoded, and builds the same document; one that is not whole is undefined", () => {
  const text = generateNewsDump(6_000, 2, "scraper").text;
  const session = new DumpSession(text);
  const document = session.documentState();
  const articles = session.articles().map(() => ({ ...snapshot.articles[1]!, length: 10_000 }));
  const decoded = decodeSnapshot(encodeSnapshot({ articles, dumpWide: {}, document }))?.document;
  assert.ok(decoded);
  assert.deepEqual(Array.from(decoded.lineKinds), Array.from(document.lineKinds));
  assert.deepEqual(Array.from(decoded.articleLines), Array.from(document.articleLines));
  assert.deepEqual(JSON.parse(JSON.stringify(decoded.structures)), JSON.parse(JSON.stringify(document.structures)));
  assert.equal(decoded.profile.key, document.profile.key);
  assert.deepEqual([...decoded.profile.fieldKeys], [...document.profile.fieldKeys]);
  const rebuilt = new DumpSession(text, {}, decoded);
  assert.ok(rebuilt.restoredDocument);
  assert.deepEqual(rebuilt.articles(), session.articles());
  // a structure too few, a profile whose sets are not of strings: not a segmentation
  assert.equal(decodeSnapshot(encodeSnapshot({ articles, dumpWide: {}, document: { ...document, structures: document.structures.slice(1) } })), undefined);
  const numbers = { ...document.profile, fieldKeys: new Set([1]) } as unknown as LayoutProfile;
  assert.equal(decodeSnapshot(encodeSnapshot({ articles, dumpWide: {}, document: { ...document, profile: numbers } })), undefined);
});
