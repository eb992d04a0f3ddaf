// The disk cache of per-article results (server/src/node/analysisCache.ts): a dump analysed before
// gets its articles' results back and the same analysis; any change of text, model, code or layout
// is a miss; a corrupt, truncated or stale file is ignored and written again; the folder keeps to
// its bound, dropping the least recently used file; and a dump reopened from the cache is still
// analysed incrementally after an edit.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { generateNewsDump } from "../../scripts/newsDump.js";
import { type DocumentState, type DumpAnalysis, DumpSession, type NerModel } from "../../server/src/analysis/index.js";
import { AnalysisCache, CACHE_FORMAT, completeHere, type DumpResults } from "../../server/src/node/analysisCache.js";
import { lazyNerModel } from "../../server/src/node/modelFile.js";
import { decodeSnapshot, encodeSnapshot, type Snapshot } from "../../server/src/node/snapshotCodec.js";

const model = lazyNerModel()()!;
const text = generateNewsDump(120_000, 3, "bylines").text;

/** The model, counting the articles it tags (recognizeEntities reads the model's tagger once per article). */
function countingModel(): { model: NerModel; taggings: () => number } {
  let taggings = 0;
  const counting = new Proxy(model, {
    get(target, property, receiver) {
      if (property === "tagger") taggings++;
      return Reflect.get(target, property, receiver);
    },
  });
  return { model: counting, taggings: () => taggings };
}

/**
 * Analyses `dumpText` through the cache as the warm-up does (the CLI the same, without the
 * dump-wide decisions); writes its results back.
 */
async function analyse(cache: AnalysisCache, dumpText: string, nerModel: NerModel = model, layout: "auto" | "records" = "auto") {
  let results = cache.readSync(dumpText, layout);
  const session = new DumpSession(dumpText, { nerModel: () => nerModel, layout }, results.document);
  if (results.document && !session.restoredDocument) results = cache.discard(results);
  const stored = results.storedArticles;
  const work = results.track(session.articleWork());
  const dumpWide = results.dumpWideFor(session.articleWork());
  if (dumpWide) session.restoreDumpWide(dumpWide);
  completeHere(work, session.dateJobs(), nerModel);
  const analysis = session.analysis()!;
  results.keepDumpWide(session.articleWork(), session.dumpWideState());
  results.keepDocument(session.articleWork(), session.documentState());
  const written = await cache.write(results, session.articleWork(), dumpText, layout);
  return {
    session,
    results,
    stored,
    restored: dumpWide !== undefined,
    restoredMatching: dumpWide?.duplicates !== undefined,
    restoredDocument: session.restoredDocument,
    analysis,
    written,
  };
}

const freshAnalysis = (dumpText: string): DumpAnalysis => new DumpSession(dumpText, { nerModel: () => model }).analysis()!;
/** Rewrites the cache file `file` with its snapshot changed by `change`, its header's length and hash made to fit (a file that passes the checks of the bytes). */
function rewriteSnapshot(file: string, change: (snapshot: Snapshot) => Snapshot): void {
  const good = readFileSync(file);
  const newline = good.indexOf(10);
  const header = JSON.parse(good.subarray(0, newline).toString()) as { bytes: number; sha256: string };
  const payload = encodeSnapshot(change(decodeSnapshot(good.subarray(newline + 1))!));
  const sha256 = createHash("sha256").update(payload).digest("hex");
  writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, bytes: payload.length, sha256 })}\n`), payload]));
}

const folder = () => mkdtempSync(join(tmpdir(), "news-lens-cache-"));
const cacheFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".nlcache"));

test("a dump analysed before gets every article's results from the cache, and the same analysis", async () => {
  const cache = new AnalysisCache(folder());
  const first = await analyse(cache, text);
  assert.equal(first.stored, 0);
  assert.ok(first.written);
  assert.equal(cacheFiles(cache.folder).length, 1);

  const counting = countingModel();
  const again = await analyse(cache, text, counting.model);
  assert.equal(again.stored, first.analysis.articles.length);
  assert.equal(counting.taggings(), 0, "no article is tagged again");
  assert.ok(again.results.complete);
  assert.ok(again.restored, "the dump-wide decisions came from the file too");
  assert.equal(again.written, false, "nothing new to write");
  assert.deepEqual(again.analysis, first.analysis);
  assert.deepEqual(again.analysis, freshAnalysis(text));
  assert.ok(again.analysis.entities.length > 100 && again.analysis.dates.length > 50);
});

test("another text, model, code or layout setting is a miss", async () => {
  const dir = folder();
  await analyse(new AnalysisCache(dir), text);
  const stored = async (cache: AnalysisCache, dumpText = text, layout: "auto" | "records" = "auto") => (await cache.read(dumpText, layout)).storedArticles;
  assert.ok((await stored(new AnalysisCache(dir))) > 0);
  assert.equal(await stored(new AnalysisCache(dir), `${text}\nOne more line.\n`), 0);
  assert.equal(await stored(new AnalysisCache(dir, { model: "another model" })), 0);
  assert.equal(await stored(new AnalysisCache(dir, { code: "another build" })), 0);
  assert.equal(await stored(new AnalysisCache(dir), text, "records"), 0);
});

test("a file is never trusted over the text: another dump's file under this dump's name is a miss", async () => {
  const cache = new AnalysisCache(folder());
  const other = generateNewsDump(60_000, 4, "bylines").text;
  await analyse(cache, other);
  const [file] = cacheFiles(cache.folder);
  writeFileSync(cache.fileOf(cache.key(text, "auto")), readFileSync(join(cache.folder, file!)));
  assert.equal((await cache.read(text, "auto")).storedArticles, 0);
});

test("a corrupt, truncated or stale file is a miss, and the analysis writes it again", async () => {
  const cache = new AnalysisCache(folder());
  await analyse(cache, text);
  const file = cache.fileOf(cache.key(text, "auto"));
  const good = readFileSync(file);
  const newline = good.indexOf(10);
  const header = JSON.parse(good.subarray(0, newline).toString()) as { format: number };
  const payload = good.subarray(newline + 1);
  // a digit of a span changed (the payload's hash no longer matches), the file cut short, an older format
  const digit = payload.indexOf("1".charCodeAt(0), payload.length / 2);
  const corrupt = Buffer.from(good);
  corrupt[newline + 1 + digit] = "2".charCodeAt(0);
  const damaged = {
    corrupt,
    truncated: good.subarray(0, Math.floor(good.length / 2)),
    "header only": good.subarray(0, newline + 1),
    stale: Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, format: CACHE_FORMAT - 1 })}\n`), payload]),
  };
  for (const [how, bytes] of Object.entries(damaged)) {
    writeFileSync(file, bytes);
    const counting = countingModel();
    const rebuilt = await analyse(cache, text, counting.model);
    assert.equal(rebuilt.stored, 0, how);
    assert.ok(counting.taggings() > 0, `${how}: analysed again`);
    assert.ok(rebuilt.written, `${how}: written again`);
    assert.deepEqual(rebuilt.analysis, freshAnalysis(text), how);
    assert.equal((await cache.read(text, "auto")).storedArticles, rebuilt.analysis.articles.length, `${how}: read again`);
  }
});

test("the folder keeps within its bound, the least recently used file going first", async () => {
  const dumps = [1, 2, 3].map((seed) => generateNewsDump(40_000, seed, "separators").text);
  const dir = folder();
  const unbounded = new AnalysisCache(dir);
  await analyse(unbounded, dumps[0]!);
  const size = statSync(join(dir, cacheFiles(dir)[0]!)).size;
  // room for two files of about this size
  const cache = new AnalysisCache(dir, { maxBytes: Math.floor(size * 2.5) });
  await analyse(cache, dumps[1]!);
  const [a, b] = [0, 1].map((i) => cache.fileOf(cache.key(dumps[i]!, "auto")));
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
  utimesSync(a!, minutesAgo(30), minutesAgo(30));
  utimesSync(b!, minutesAgo(20), minutesAgo(20));
  // reading the older one makes it the most recently used
  assert.ok((await cache.read(dumps[0]!, "auto")).storedArticles > 0);
  await analyse(cache, dumps[2]!);
  const left = cacheFiles(dir);
  assert.equal(left.length, 2);
  assert.deepEqual(left.sort(), [a!, cache.fileOf(cache.key(dumps[2]!, "auto"))].map((f) => f.slice(dir.length + 1)).sort());

  const tiny = new AnalysisCache(folder(), { maxBytes: size / 2 });
  const { written } = await analyse(tiny, dumps[0]!);
  assert.equal(written, false, "a file bigger than the bound is not written");
  assert.deepEqual(cacheFiles(tiny.folder), []);
});

test("a dump reopened from the cache is analysed incrementally after an edit", async () => {
  const cache = new AnalysisCache(folder());
  await analyse(cache, text);
  const counting = countingModel();
  const { session, results } = await analyse(cache, text, counting.model);
  assert.ok((results as DumpResults).complete);
  assert.equal(counting.taggings(), 0);
  const article = session.articles()[5]!;
  const line = article.range.start.line + 3;
  session.replaceLines(line, line, ["Mariam Okonjo, the mayor of Lagos, said on Tuesday that the talks would go on."]);
  const edited = session.analysis()!;
  assert.equal(counting.taggings(), 1, "only the edited article is tagged");
  const editedText = session.lines.join("\n");
  assert.deepEqual(edited.entities, freshAnalysis(editedText).entities);
  assert.deepEqual(edited.dates, freshAnalysis(editedText).dates);
  assert.ok(edited.entities.some((e) => e.text === "Mariam Okonjo"));
});

/** The dump edited as a user would: a new name in an article's body. */
function edit(session: DumpSession, article: number, line: string): string {
  const at = session.articles()[article]!.range.start.line + 3;
  session.replaceLines(at, at, [line]);
  return session.lines.join("\n");
}

test("after reopening with the dump-wide decisions restored, an edit gives the analysis of the edited text, adopted or not", async () => {
  const cache = new AnalysisCache(folder());
  await analyse(cache, text);
  const line = "Mariam Okonjo, the mayor of Lagos, met Reuters on Tuesday; Okonjo said the talks would go on.";
  // the restored decisions adopted in full before the edit, adopted in part, and not at all
  for (const adopted of [1, 0.5, 0]) {
    const { session, restored } = await analyse(cache, text);
    assert.ok(restored);
    const adoption = session.dumpWideAdoption();
    assert.ok(adoption, "there is something to adopt");
    for (let i = 0; i < adoption.articles * adopted; i++) adoption.prepare(i);
    if (adopted === 1) adoption.finish();
    const editedText = edit(session, 7, line);
    if (adopted === 0.5) adoption.finish(); // too late: it does nothing
    const edited = session.analysis()!;
    assert.deepEqual(JSON.parse(JSON.stringify(edited)), JSON.parse(JSON.stringify(freshAnalysis(editedText))), `adopted ${adopted}`);
    assert.ok(edited.entities.some((e) => e.text === "Mariam Okonjo"));
    // a second edit, undoing nothing: still the analysis of the text
    const twiceEdited = edit(session, 2, "The Popular Mobilization Forces (PMF) said Okonjo had left.");
    assert.deepEqual(
      JSON.parse(JSON.stringify(session.analysis())),
      JSON.parse(JSON.stringify(freshAnalysis(twiceEdited))),
      `adopted ${adopted}, edited twice`,
    );
  }
});

/** Replaces the headline line of an article (its indentation kept). */
function editHeadline(session: DumpSession, article: number, headline: string): string {
  const { line, character } = session.articles()[article]!.headlineRange.start;
  session.replaceLines(line, line + 1, [`${session.lines[line]!.slice(0, character)}${headline}`]);
  return session.lines.join("\n");
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

test("a reopened dump's duplicate matching comes from the file, and a headline edited right after gives the diagnostics of the edited text", async () => {
  // the dump with one headline posted twice
  const posted = new DumpSession(text, { nerModel: () => model });
  const withCopy = editHeadline(posted, 12, posted.articles()[3]!.headline);
  const cache = new AnalysisCache(folder());
  const first = await analyse(cache, withCopy);
  const duplicates = first.analysis.diagnostics.filter((d) => d.code === "duplicate-headline");
  assert.ok(duplicates.length > 0, "the dump has duplicate headlines");
  const { session, restoredMatching, analysis } = await analyse(cache, withCopy);
  assert.ok(restoredMatching, "the matching came from the file");
  assert.deepEqual(plain(analysis.diagnostics), plain(first.analysis.diagnostics));

  // the groups are the file's: with its step-1 joins left out, the copy is not found
  const file = cache.fileOf(cache.key(withCopy, "auto"));
  const good = readFileSync(file);
  rewriteSnapshot(file, (snapshot) => ({
    ...snapshot,
    dumpWide: { ...snapshot.dumpWide, duplicates: { ...snapshot.dumpWide.duplicates!, sameHeadlinePairs: [] } },
  }));
  assert.equal(
    reopen(cache, withCopy)
      .stage("diagnostics")!
      .filter((d) => d.code === "duplicate-headline").length,
    0,
  );
  writeFileSync(file, good);

  // edits right after restoring, before any diagnostics: a headline made another's copy, and a copy's headline changed
  const other = reopen(cache, withCopy);
  const copied = editHeadline(other, 4, other.articles()[9]!.headline);
  assert.deepEqual(plain(other.analysis()), plain(freshAnalysis(copied)), "a new duplicate");
  assert.ok(other.stage("diagnostics")!.some((d) => d.code === "duplicate-headline" && d.range.start.line === other.articles()[9]!.headlineRange.start.line));
  const reopened = reopen(cache, withCopy);
  const copy = (duplicates[0]!.data as { articles: number[] }).articles[1]!;
  const changed = editHeadline(reopened, copy, "Harbour pilots strike over night shifts in Valparaíso");
  assert.deepEqual(plain(reopened.analysis()), plain(freshAnalysis(changed)), "a duplicate no more");
  // and after the diagnostics of the restored matching, a headline edited as well
  assert.deepEqual(plain(session.analysis()), plain(first.analysis));
  const later = editHeadline(session, 20, session.articles()[3]!.headline);
  assert.deepEqual(plain(session.analysis()), plain(freshAnalysis(later)));
});

/** A dump reopened from the cache as the warm-up does it, up to handing over the dump-wide decisions: nothing analysed yet. */
function reopen(cache: AnalysisCache, dumpText: string): DumpSession {
  const results = cache.readSync(dumpText, "auto");
  const session = new DumpSession(dumpText, { nerModel: () => model }, results.document);
  assert.ok(session.restoredDocument);
  results.track(session.articleWork());
  const dumpWide = results.dumpWideFor(session.articleWork());
  assert.ok(dumpWide?.duplicates);
  session.restoreDumpWide(dumpWide);
  return session;
}

test("the dump-wide decisions are kept for the articles they were made for: a file without them, or an edit before reading, leaves them out", async () => {
  // the CLI's way: the articles' own results alone
  const cache = new AnalysisCache(folder());
  const session = new DumpSession(text, { nerModel: () => model });
  const results = await cache.read(text, "auto");
  completeHere(results.track(session.articleWork()), session.dateJobs(), model);
  session.analysis();
  assert.ok(await cache.write(results, session.articleWork(), text, "auto"));
  const partial = await analyse(cache, text);
  assert.equal(partial.stored, partial.analysis.articles.length);
  assert.equal(partial.restored, false, "no dump-wide decisions in the file");
  assert.ok(partial.written, "the file is written again with them");
  assert.ok((await analyse(cache, text)).restored);

  // an edit between reading the file and handing its results over: the file's articles are not these
  const reopened = new DumpSession(text, { nerModel: () => model });
  const read = await cache.read(text, "auto");
  const editedText = edit(reopened, 3, "Mariam Okonjo, the mayor of Lagos, said so.");
  read.track(reopened.articleWork());
  assert.equal(read.dumpWideFor(reopened.articleWork()), undefined);
  assert.deepEqual(JSON.parse(JSON.stringify(reopened.analysis())), JSON.parse(JSON.stringify(freshAnalysis(editedText))));
});

test("a whole file whose articles are not the text's (another segmentation) gives them nothing", async () => {
  const cache = new AnalysisCache(folder());
  await analyse(cache, text);
  const file = cache.fileOf(cache.key(text, "auto"));
  rewriteSnapshot(file, (snapshot) => {
    const [first, ...rest] = snapshot.articles;
    return { ...snapshot, articles: [{ ...first!, length: first!.length + 1 }, ...rest] };
  });
  const counting = countingModel();
  const reopened = await analyse(cache, text, counting.model);
  assert.equal(reopened.restored, false);
  assert.equal(counting.taggings(), reopened.analysis.articles.length, "every article tagged again");
  assert.deepEqual(reopened.analysis, freshAnalysis(text));
  assert.ok(reopened.written, "and the file written again");
});

/** An analysis as plain data, to compare across sessions. */
const plainAnalysis = (analysis: DumpAnalysis | DocumentState | undefined) => JSON.parse(JSON.stringify(analysis));

test("a dump reopened from the cache is built from the segmentation it holds: the same lines, articles and analysis", async () => {
  const cache = new AnalysisCache(folder());
  const first = await analyse(cache, text);
  assert.equal(first.restoredDocument, false, "nothing to build it from the first time");
  const again = await analyse(cache, text);
  assert.ok(again.restoredDocument);
  assert.equal(again.written, false, "the file held it all");
  const fresh = new DumpSession(text, { nerModel: () => model });
  assert.deepEqual(again.session.lines, fresh.lines);
  assert.deepEqual(plainAnalysis(again.analysis), plainAnalysis(fresh.analysis()));
  assert.deepEqual(plainAnalysis(again.session.documentState()), plainAnalysis(fresh.documentState()));
  const articleTexts = (session: DumpSession) => session.articleWork().map((work) => work.text);
  assert.deepEqual(articleTexts(again.session), articleTexts(fresh));
  // lines ended by `\r\n`: the articles' texts are their lines joined by `\n` all the same
  const crlf = text.replace(/\n/g, "\r\n");
  await analyse(cache, crlf);
  const reopenedCrlf = await analyse(cache, crlf);
  assert.ok(reopenedCrlf.restoredDocument);
  const freshCrlf = new DumpSession(crlf, { nerModel: () => model });
  assert.deepEqual(articleTexts(reopenedCrlf.session), articleTexts(freshCrlf));
  assert.deepEqual(plainAnalysis(reopenedCrlf.analysis), plainAnalysis(freshCrlf.analysis()));
  // a layout the user chose has its own file, and its own segmentation
  await analyse(cache, text, model, "records");
  const records = await analyse(cache, text, model, "records");
  assert.ok(records.restoredDocument);
  assert.deepEqual(plainAnalysis(records.analysis), plainAnalysis(new DumpSession(text, { nerModel: () => model, layout: "records" }).analysis()));
});

test("an edit right after the dump is built from the cache gives the analysis of the edited text", async () => {
  const cache = new AnalysisCache(folder());
  await analyse(cache, text);
  const edits: { name: string; apply(session: DumpSession): void }[] = [
    { name: "a line in a body", apply: (session) => void edit(session, 4, "Mariam Okonjo, the mayor of Lagos, said on Tuesday that the talks would go on.") },
    {
      name: "a headline removed (two articles become one)",
      apply: (session) => {
        const start = session.articles()[6]!.range.start.line;
        session.replaceLines(start, start + 1, []);
      },
    },
    {
      name: "an article added",
      apply: (session) => {
        const start = session.articles()[8]!.range.start.line;
        session.replaceLines(start, start, ["Floods close schools across Kenya", "", "Heavy rain closed schools in Nairobi on Monday, officials said.", ""]);
      },
    },
    { name: "the first lines replaced", apply: (session) => session.replaceLines(0, 3, ["Title: Markets rally", "Date: 2024-03-05", ""]) },
    { name: "another layout chosen", apply: (session) => session.configure({ layout: "records" }) },
  ];
  for (const { name, apply } of edits) {
    const { session, restoredDocument } = await analyse(cache, text);
    assert.ok(restoredDocument);
    apply(session);
    const layout = name === "another layout chosen" ? "records" : "auto";
    const fresh = new DumpSession(session.lines.join("\n"), { nerModel: () => model, layout });
    assert.deepEqual(session.lines, fresh.lines, name);
    assert.deepEqual(plainAnalysis(session.analysis()), plainAnalysis(fresh.analysis()), name);
  }
});

test("a segmentation that does not fit the text is refused: the text is segmented, and the cache's file is a miss written again", async () => {
  const state = new DumpSession(text).documentState();
  const fresh = plainAnalysis(new DumpSession(text).analysis());
  const otherText = generateNewsDump(90_000, 4, "bylines").text;
  const swapped = Array.from(state.articleLines);
  [swapped[2], swapped[4]] = [swapped[4]!, swapped[2]!];
  const refused: [string, DocumentState][] = [
    ["another text's", new DumpSession(otherText).documentState()],
    ["a line kind that is none", { ...state, lineKinds: Uint8Array.from(state.lineKinds, (k, i) => (i === 10 ? 200 : k)) }],
    ["articles out of order", { ...state, articleLines: swapped }],
    ["an article past the end", { ...state, articleLines: [...Array.from(state.articleLines).slice(0, -1), text.split("\n").length + 5] }],
    ["a structure too few", { ...state, structures: state.structures.slice(1) }],
    ["a headline line outside its article", { ...state, structures: state.structures.map((s, i) => (i === 3 ? { ...s, headlineLine: 9999 } : s)) }],
  ];
  for (const [name, bad] of refused) {
    const session = new DumpSession(text, {}, bad);
    assert.equal(session.restoredDocument, false, name);
    assert.deepEqual(plainAnalysis(session.analysis()), fresh, name);
  }
  // the segmentation made under the inferred layout, for a layout the user chose
  assert.equal(new DumpSession(text, { layout: "records" }, state).restoredDocument, false);

  // a file whose segmentation does not fit (its hashes right): a miss, deleted, and written again whole
  const cache = new AnalysisCache(folder());
  await analyse(cache, text);
  const file = cache.fileOf(cache.key(text, "auto"));
  rewriteSnapshot(file, (snapshot) => ({ ...snapshot, document: { ...snapshot.document!, articleLines: swapped } }));
  const counting = countingModel();
  const reopened = await analyse(cache, text, counting.model);
  assert.equal(reopened.restoredDocument, false);
  assert.equal(reopened.stored, 0, "nothing else of the file is taken either");
  assert.equal(counting.taggings(), reopened.analysis.articles.length);
  assert.deepEqual(plainAnalysis(reopened.analysis), plainAnalysis(freshAnalysis(text)));
  assert.ok(reopened.written);
  assert.ok((await analyse(cache, text)).restoredDocument, "the file written again holds it");
});
