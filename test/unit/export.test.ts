// Export for ML tools: every format read back must give exactly the dump's entities (and dates),
// at code-point offsets. Run: node --import tsx --test test/unit/export.test.ts

import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { applyCorrections } from "../../server/src/analysis/corrections/annotations.js";
import { splitLines } from "../../server/src/analysis/document/text.js";
import { type ExportedFile, type ExportFormat, exportAnnotations } from "../../server/src/analysis/export/export.js";
import { analyzeDump, type DumpAnalysis } from "../../server/src/analysis/index.js";
import { runExport } from "../../server/src/cli/exportCommand.js";
import { lazyNerModel } from "../../server/src/node/modelFile.js";
import { articleOn } from "../support/articles.js";

const SAMPLE = path.join(__dirname, "..", "fixtures", "sample", "middle-east-2024.txt");
const FIXTURE = path.join(__dirname, "..", "fixtures", "export", "emoji-crlf-arabic.txt");
const FORMATS: ExportFormat[] = ["jsonl", "labelstudio", "conll", "brat"];
const LABEL: Record<string, string> = { person: "PER", organization: "ORG", location: "LOC", misc: "MISC" };

/** One exported span: article index, code-point offsets in the article's text, label, text. */
type Found = [article: number, start: number, end: number, label: string, text: string];

const cut = (text: string, start: number, end: number) => [...text].slice(start, end).join("");
const cps = (s: string) => [...s].length;
const byOffset = (a: Found, b: Found) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3].localeCompare(b[3]);

function load(file: string): { lines: string[]; analysis: DumpAnalysis } | undefined {
  const nerModel = lazyNerModel();
  if (!nerModel()) return undefined;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(readFileSync(file));
  return { lines: splitLines(text), analysis: analyzeDump(text, { file, nerModel }) };
}

function articleTexts(lines: readonly string[], a: DumpAnalysis): string[] {
  return a.articles.map((x) => lines.slice(x.range.start.line, x.range.end.line + 1).join("\n"));
}

/** What the export must contain, computed independently: UTF-16 prefix → code points. */
function expected(lines: readonly string[], a: DumpAnalysis, dates: boolean): Found[] {
  const spans = [
    ...a.entities.map((e) => ({ range: e.range, label: LABEL[e.type]!, text: e.text })),
    ...(dates ? a.dates.map((d) => ({ range: d.range, label: "DATE", text: d.text })) : []),
  ];
  return spans
    .map(({ range, label, text }): Found => {
      const i = a.articles.findIndex((x) => x.range.start.line <= range.start.line && range.end.line <= x.range.end.line);
      assert.ok(i >= 0, `span ${text} in an article`);
      const first = a.articles[i]!.range.start.line;
      const prefix = (p: typeof range.start) => [...lines.slice(first, p.line), lines[p.line]!.slice(0, p.character)].join("\n");
      return [i, cps(prefix(range.start)), cps(prefix(range.end)), label, text];
    })
    .sort(byOffset);
}

// ---- readers, one per format ------------------------------------------------------------------

function readJsonl(content: string, texts: string[]): Found[] {
  const records = content
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.equal(records.length, texts.length);
  return records.flatMap((r, i): Found[] => {
    assert.equal(r.text, texts[i]);
    assert.equal(typeof r.meta.headline, "string");
    assert.ok("published" in r.meta && Number.isInteger(r.meta.line));
    assert.deepEqual(
      r.label,
      r.spans.map((s: { start: number; end: number; label: string }) => [s.start, s.end, s.label]),
      "doccano label = Prodigy spans",
    );
    return r.spans.map((s: { start: number; end: number; label: string }) => [i, s.start, s.end, s.label, cut(r.text, s.start, s.end)]);
  });
}

/** A Label Studio task as the importer reads it. */
interface LabelStudioTask {
  data: { text: string };
  predictions: {
    model_version: string;
    result: { from_name: string; to_name: string; type: string; value: { start: number; end: number; text: string; labels: string[] } }[];
  }[];
}

function readLabelStudio(content: string, texts: string[]): Found[] {
  const tasks = JSON.parse(content) as LabelStudioTask[];
  assert.ok(Array.isArray(tasks));
  assert.equal(tasks.length, texts.length);
  return tasks.flatMap((t, i): Found[] => {
    assert.equal(t.data.text, texts[i]);
    assert.equal(t.predictions.length, 1);
    assert.equal(t.predictions[0]!.model_version, "news-lens");
    return t.predictions[0]!.result.map((r): Found => {
      assert.deepEqual([r.from_name, r.to_name, r.type, r.value.labels.length], ["label", "text", "labels", 1]);
      assert.equal(cut(t.data.text, r.value.start, r.value.end), r.value.text);
      return [i, r.value.start, r.value.end, r.value.labels[0]!, r.value.text];
    });
  });
}

function readBrat(files: ExportedFile[], texts: string[]): Found[] {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  assert.ok(byPath.get("annotation.conf")?.includes("[entities]"));
  assert.equal(files.length, texts.length * 2 + 1);
  return texts.flatMap((expectedText, i): Found[] => {
    const name = `article-${String(i + 1).padStart(4, "0")}`;
    const txt = byPath.get(`${name}.txt`);
    const ann = byPath.get(`${name}.ann`);
    assert.ok(txt !== undefined && ann !== undefined, name);
    assert.equal(txt, `${expectedText}\n`);
    return ann
      .split("\n")
      .filter(Boolean)
      .map((line, k): Found => {
        const [id, what, text] = line.split("\t");
        assert.equal(id, `T${k + 1}`);
        const [label, start, end] = what!.split(" ");
        assert.equal(cut(txt, +start!, +end!), text);
        return [i, +start!, +end!, label!, text!];
      });
  });
}

/** Finds each token in the article text in order (whitespace is not in the file) and rebuilds IOB2 chunks. */
function readConll(content: string, texts: string[]): Found[] {
  const docs = content.split(/^-DOCSTART- -X- -X- O\n/m).slice(1);
  assert.equal(docs.length, texts.length);
  assert.ok(content.startsWith("-DOCSTART- -X- -X- O\n\n"));
  return docs.flatMap((doc, i): Found[] => {
    const text = texts[i]!;
    const found: Found[] = [];
    let at = 0;
    let open: { start: number; end: number; label: string } | undefined;
    const close = () => {
      if (open) found.push([i, cps(text.slice(0, open.start)), cps(text.slice(0, open.end)), open.label, text.slice(open.start, open.end)]);
      open = undefined;
    };
    for (const line of doc.split("\n")) {
      if (!line) {
        close();
        continue;
      }
      const cols = line.split(" ");
      assert.equal(cols.length, 4, `4 columns: ${JSON.stringify(line)}`);
      const [token, pos, chunk, tag] = cols as [string, string, string, string];
      assert.deepEqual([pos, chunk], ["-X-", "_"]);
      const start = text.indexOf(token, at);
      assert.ok(start >= 0 && !text.slice(at, start).trim(), `token ${JSON.stringify(token)} follows at ${at}`);
      at = start + token.length;
      assert.match(tag, /^(O|[BI]-(PER|ORG|LOC|MISC|DATE))$/);
      if (tag === "O" || tag.startsWith("B-")) close();
      if (tag.startsWith("B-")) open = { start, end: at, label: tag.slice(2) };
      else if (tag.startsWith("I-")) {
        assert.ok(open && open.label === tag.slice(2), `I- after B- of the same type: ${line}`);
        open.end = at;
      }
    }
    close();
    assert.ok(!text.slice(at).trim(), "every token of the article is written");
    return found;
  });
}

function readBack(format: ExportFormat, files: ExportedFile[], texts: string[]): Found[] {
  if (format === "brat") return readBrat(files, texts).sort(byOffset);
  assert.equal(files.length, 1);
  const content = files[0]!.content;
  const read = format === "jsonl" ? readJsonl : format === "labelstudio" ? readLabelStudio : readConll;
  return read(content, texts).sort(byOffset);
}

/** CoNLL cannot hold overlapping spans: the earlier (then longer) one is kept. */
function withoutOverlaps(spans: Found[]): Found[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1] || b[2] - a[2]);
  const kept: Found[] = [];
  for (const s of sorted) {
    const last = kept[kept.length - 1];
    if (!last || last[0] !== s[0] || s[1] >= last[2]) kept.push(s);
  }
  return kept.sort(byOffset);
}

function roundTrip(lines: string[], analysis: DumpAnalysis): void {
  const texts = articleTexts(lines, analysis);
  for (const dates of [false, true]) {
    const want = expected(lines, analysis, dates);
    assert.ok(want.length > 0);
    for (const w of want) assert.equal(cut(texts[w[0]]!, w[1], w[2]), w[4], `expected offsets of ${w[4]}`);
    for (const format of FORMATS) {
      const got = readBack(format, exportAnnotations(lines, analysis, format, { dates }), texts);
      const wanted = format === "conll" ? withoutOverlaps(want) : want;
      assert.deepEqual(got, wanted, `${format}, dates ${dates}`);
      if (format !== "conll") assert.equal(got.length, analysis.entities.length + (dates ? analysis.dates.length : 0), `${format} count`);
    }
  }
}

test("sample: every format round-trips the entities and dates", (t) => {
  const loaded = load(SAMPLE);
  if (!loaded) return t.skip("NER model unavailable");
  const { lines, analysis } = loaded;
  assert.ok(analysis.entities.length > 200);
  roundTrip(lines, analysis);
  const conll = exportAnnotations(lines, analysis, "conll", { dates: false })[0]!.content;
  assert.equal(conll.match(/^-DOCSTART-/gm)!.length, analysis.articles.length);
  assert.equal(conll.match(/ B-(PER|ORG|LOC|MISC)$/gm)!.length, analysis.entities.length, "no overlapping entities in the sample");
  assert.ok(!/ B-DATE$/m.test(conll), "no dates unless asked");
});

test("CRLF, BOM, emoji and Arabic: code-point offsets (corrections applied before export)", (t) => {
  const loaded = load(FIXTURE);
  if (!loaded) return t.skip("NER model unavailable");
  const raw = readFileSync(FIXTURE, "utf8");
  assert.ok(raw.startsWith("\uFEFF") && raw.includes("\r\n"), "fixture keeps its BOM and CRLF (see .gitattributes)");
  const { lines, analysis } = loaded;
  assert.ok(!lines[0]!.startsWith("\uFEFF") && !lines.some((l) => l.includes("\r")));
  const entities = applyCorrections(lines, analysis, {
    version: 1,
    corrections: [
      { text: "Maria Lopez", type: "person", scope: "all" },
      { text: "Ahmed Hassan", type: "person", scope: "all" },
      { text: "João Silva", type: "person", scope: "all" },
      { text: "Families", type: "none", scope: "all" },
      { text: "أحمد حسن", type: "person", scope: "all" },
      { text: "UNICEF", type: "organization", scope: "all" },
      { text: "𝒮ylhet", type: "location", scope: "all" },
    ],
  });
  const corrected = { ...analysis, entities };
  roundTrip(lines, corrected);

  // An emoji (two UTF-16 units, or a ZWJ family of 8) before a name shifts it by one code point per code point.
  const texts = articleTexts(lines, corrected);
  const record = (i: number) => JSON.parse(exportAnnotations(lines, corrected, "jsonl", { dates: true })[0]!.content.split("\n")[i]!);
  const spans = (i: number) => record(i).spans as { start: number; end: number; label: string }[];
  const offsetOf = (i: number, name: string, nth = 0) => spans(i).filter((s) => cut(texts[i]!, s.start, s.end) === name)[nth];
  const maria = offsetOf(0, "Maria Lopez")!;
  assert.deepEqual(maria, { start: 17, end: 28, label: "PER" }, "after 🚀 (1 code point, 2 UTF-16 units)");
  const family = lines[5]!.slice(0, lines[5]!.indexOf("Ahmed Hassan"));
  const ahmed = offsetOf(0, "Ahmed Hassan")!;
  assert.equal(ahmed.start, cps(texts[0]!.slice(0, texts[0]!.indexOf(family))) + cps(family));
  assert.ok(texts[0]!.indexOf("Ahmed Hassan") - ahmed.start >= 6, "UTF-16 and code points differ by the emoji count");
  assert.ok(offsetOf(0, "أحمد حسن"), "Arabic-script name");
  assert.deepEqual(offsetOf(1, "𝒮ylhet")!.label, "LOC", "an astral letter inside a name");
  assert.equal(record(0).meta.published, "2024-02-19");
  assert.ok(spans(0).some((s) => s.label === "DATE"));
});

test("brat names and numbering; labels and options", () => {
  const lines = ["Headline one", "", "Body with Qaani.", "", "Headline two", "Body."];
  const analysis: DumpAnalysis = {
    version: 1,
    file: "x.txt",
    lineCount: lines.length,
    articles: [articleOn(lines, 0, 0, 2), articleOn(lines, 1, 4, 5)],
    diagnostics: [],
    entities: [{ text: "Qaani", type: "misc", canonical: "Qaani", range: { start: { line: 2, character: 10 }, end: { line: 2, character: 15 } }, article: 0 }],
    dates: [],
  };
  const brat = exportAnnotations(lines, analysis, "brat", { dates: true });
  assert.deepEqual(
    brat.map((f) => f.path),
    ["article-0001.txt", "article-0001.ann", "article-0002.txt", "article-0002.ann", "annotation.conf"],
  );
  assert.equal(brat[1]!.content, "T1\tMISC 24 29\tQaani\n");
  assert.equal(brat[3]!.content, "");
  assert.equal(
    exportAnnotations(lines, analysis, "conll", { dates: false })[0]!.content,
    "-DOCSTART- -X- -X- O\n\nHeadline -X- _ O\none -X- _ O\n\nBody -X- _ O\nwith -X- _ O\nQaani -X- _ B-MISC\n. -X- _ O\n\n" +
      "-DOCSTART- -X- -X- O\n\nHeadline -X- _ O\ntwo -X- _ O\n\nBody -X- _ O\n. -X- _ O\n\n",
  );
  const empty = { ...analysis, articles: [], entities: [] };
  assert.equal(exportAnnotations(lines, empty, "jsonl", { dates: false })[0]!.content, "");
  assert.equal(exportAnnotations(lines, empty, "labelstudio", { dates: false })[0]!.content, "[]\n");
});

test("news-lens export: annotations beside the dump, lexicon found above it, exit codes", async (t) => {
  if (!lazyNerModel()()) return t.skip("NER model unavailable");
  const dir = mkdtempSync(path.join(tmpdir(), "news-lens-export-"));
  const write = { out: process.stdout.write, err: process.stderr.write };
  const messages: string[] = [];
  process.stdout.write = process.stderr.write = ((chunk: string) => messages.push(String(chunk)) > 0) as typeof process.stdout.write;
  try {
    mkdirSync(path.join(dir, ".newslens"));
    mkdirSync(path.join(dir, "dumps", "2024"), { recursive: true });
    const dump = path.join(dir, "dumps", "2024", "f.txt");
    copyFileSync(FIXTURE, dump);
    writeFileSync(
      path.join(dir, ".newslens", "lexicon.json"),
      JSON.stringify({
        version: 1,
        entries: [
          { text: "NASA", type: "none" },
          { text: "Doha", type: "person" },
        ],
      }),
    );
    writeFileSync(
      `${dump}.annotations.json`,
      JSON.stringify({
        version: 1,
        corrections: [
          { text: "João Silva", type: "person", scope: "all" },
          { text: "Doha", type: "location", scope: "all" },
        ],
      }),
    );

    const out = path.join(dir, "out", "f.jsonl");
    assert.equal(await runExport([dump, "--format", "jsonl", "--out", out, "--dates"]), 0, messages.join(""));
    const spans = readFileSync(out, "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l))
      .flatMap((r) => r.spans.map((s: { start: number; end: number; label: string }) => `${s.label} ${cut(r.text, s.start, s.end)}`));
    assert.ok(spans.includes("PER João Silva") && spans.includes("LOC Doha") && spans.some((s) => s.startsWith("DATE ")), spans.join(", "));
    assert.ok(!spans.some((s) => s.endsWith(" NASA")), "lexicon: never an entity");

    assert.equal(await runExport([dump, "--format=brat", "--out", path.join(dir, "brat")]), 0);
    assert.deepEqual(readdirSync(path.join(dir, "brat")).sort(), [
      "annotation.conf",
      "article-0001.ann",
      "article-0001.txt",
      "article-0002.ann",
      "article-0002.txt",
    ]);

    assert.equal(await runExport([dump, "--format", "xml", "--out", out]), 2);
    assert.equal(await runExport([dump, "--out", out]), 2);
    assert.equal(await runExport([path.join(dir, "missing.txt"), "--format", "conll", "--out", out]), 1);
    assert.match(messages.join(""), /unknown format "xml"/);
    assert.match(messages.join(""), /cannot read dump .*missing\.txt: no such file/);
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    rmSync(dir, { recursive: true, force: true });
  }
});
