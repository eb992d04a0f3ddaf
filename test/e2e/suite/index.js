// Extension-host suite for News Lens (CommonJS; VS Code requires this file and calls run()).
// Used by test/e2e/run.mjs (code-server + Playwright, the installed .vsix) and by
// test/vscode/runTest.mjs (@vscode/test-electron).
//
// Adding a check = adding one entry to CHECKS below: check('name', async (ctx) => { ... }).
// Use ctx helpers (openSample, openDoubled, currentDoc, waitFor) and node:assert. Poll with
// ctx.waitFor instead of sleeping. Checks run in order and share ctx; a later check may rely on
// an earlier one having opened the sample (ctx.openSample() is idempotent, so just call it).

const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");
const { loadConfig, waitFor, runChecks } = require("./harness");

const CHECKS = [];
/** Registers a named check. opts.timeout in ms (default 60000). */
function check(name, fn, opts = {}) {
  CHECKS.push({ name, fn, ...opts });
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

check("extension news-lens.news-lens is installed", async (ctx) => {
  const ext = vscode.extensions.getExtension(ctx.config.extensionId);
  assert.ok(ext, `${ctx.config.extensionId} not found among ${vscode.extensions.all.length} extensions`);
  if (ctx.config.expectInstalledUnder) {
    // We test what users get: the packaged .vsix installed into the extensions folder,
    // not a development copy of the repository.
    const extPath = path.resolve(ext.extensionUri.fsPath);
    const root = path.resolve(ctx.config.expectInstalledUnder);
    assert.ok(extPath.startsWith(root + path.sep), `extension loaded from ${extPath}, expected under ${root}`);
  }
});

check("extension activates when the sample .txt dump is opened", async (ctx) => {
  const ext = vscode.extensions.getExtension(ctx.config.extensionId);
  assert.ok(ext, "extension not installed");
  await ctx.openSample();
  await waitFor(() => ext.isActive, { timeout: 30000, what: "extension activation" });
  // activate() resolves with the exports, or rejects if activation threw.
  await ext.activate();
});

check("sample .txt dump is switched to language newsdump", async (ctx) => {
  await ctx.openSample();
  await waitFor(() => ctx.currentDoc(ctx.sampleUri)?.languageId === "newsdump", {
    timeout: 20000,
    what: `languageId newsdump (is ${ctx.currentDoc(ctx.sampleUri)?.languageId})`,
  });
});

check("plain .txt dump outside newsLens.files is auto-detected as newsdump", async (ctx) => {
  // Open a non-dump first: the detector sees both; once the dump has switched, the non-dump
  // must still be plaintext (no fixed sleep needed).
  const plain = vscode.Uri.joinPath(ctx.folder, ctx.config.notADumpRelPath);
  await ctx.open(plain);
  const uri = vscode.Uri.joinPath(ctx.folder, ctx.config.autodetectRelPath);
  await ctx.open(uri);
  await waitFor(() => ctx.currentDoc(uri)?.languageId === "newsdump", {
    timeout: 20000,
    what: `languageId newsdump for ${ctx.config.autodetectRelPath} (is ${ctx.currentDoc(uri)?.languageId})`,
  });
  assert.equal(ctx.currentDoc(plain)?.languageId, "plaintext", `${ctx.config.notADumpRelPath} was switched too`);
});

check("*.news.txt file opens as newsdump", async (ctx) => {
  const doc = await ctx.openDoubled();
  assert.equal(doc.languageId, "newsdump");
});

check("document symbols are the 6 gold headlines", async (ctx) => {
  await ctx.openSample();
  const symbols = await ctx.documentSymbols(ctx.sampleUri);
  const expected = ctx.gold.articles.map((a) => a.headline);
  assert.deepEqual(
    symbols.map((s) => s.name),
    expected,
  );
});

check("document symbols start at the gold headline lines", async (ctx) => {
  await ctx.openSample();
  const symbols = await ctx.documentSymbols(ctx.sampleUri);
  const lineOf = (s) => (s.selectionRange || s.range || s.location.range).start.line;
  assert.deepEqual(
    symbols.map(lineOf),
    ctx.gold.articles.map((a) => a.headlineLine),
  );
});

check("folding ranges are provided", async (ctx) => {
  const doc = await ctx.openSample();
  const ranges = await waitFor(
    async () => {
      const r = await vscode.commands.executeCommand("vscode.executeFoldingRangeProvider", ctx.sampleUri);
      return Array.isArray(r) && r.length > 0 && r;
    },
    { timeout: 20000, what: "non-empty folding ranges" },
  );
  for (const r of ranges) {
    assert.ok(r.start >= 0 && r.start < r.end && r.end < doc.lineCount, `bad folding range ${r.start}-${r.end}`);
  }
});

check("workspace symbol search finds the headlines that match a word", async (ctx) => {
  const expected = ctx.gold.articles.map((a) => a.headline).filter((h) => h.includes("Sinwar"));
  assert.ok(expected.length >= 2, 'gold has headlines with "Sinwar"');
  await waitFor(
    async () => {
      const found = await vscode.commands.executeCommand("vscode.executeWorkspaceSymbolProvider", "Sinwar");
      const names = new Set((found || []).map((s) => s.name));
      return expected.every((h) => names.has(h));
    },
    { timeout: 30000, what: `workspace symbols for "Sinwar" to include ${JSON.stringify(expected)}` },
  );
});

check('hover on "Esmail Qaani" names a Person', async (ctx) => {
  const doc = await ctx.openSample();
  const pos = ctx.positionOf(doc, "Esmail Qaani").translate(0, 3);
  const text = await waitFor(
    async () => {
      const t = (await ctx.hoverText(ctx.sampleUri, pos)).join("\n");
      return /Esmail Qaani/.test(t) && t;
    },
    { timeout: 30000, what: "a hover naming Esmail Qaani" },
  );
  assert.match(text, /\*\*Esmail Qaani\*\*\s*—\s*Person/, `hover was: ${text}`);
  assert.match(text, /Qaani/, "hover lists the alias");
  assert.match(text, /Mentioned \d+ times?/, `hover has a mention count: ${text}`);
});

check('hover on "Jan. 29" shows the resolved date', async (ctx) => {
  const doc = await ctx.openSample();
  const pos = ctx.positionOf(doc, "Jan. 29").translate(0, 2);
  const text = await waitFor(async () => (await ctx.hoverText(ctx.sampleUri, pos)).join("\n"), { timeout: 20000, what: "a hover on Jan. 29" });
  assert.match(text, /Mon 29 Jan 2024/, `hover was: ${text}`);
  assert.match(text, /days? before publication/, `hover was: ${text}`);
});

check("doubled dump has exactly 6 duplicate-headline warnings within the file, each with related information", async (ctx) => {
  // The workspace holds the sample three times, so the server also reports duplicates across
  // files (same code, related information in the other file). Count the in-file ones: every
  // related location is in the doubled file itself.
  await ctx.openDoubled();
  const uri = ctx.doubledUri.toString();
  const inFile = (d) => d.relatedInformation?.length && d.relatedInformation.every((r) => r.location.uri.toString() === uri);
  const dups = (ds) => ds.filter((d) => codeOf(d) === "duplicate-headline" && d.source === "news-lens");
  const diags = await ctx.diagnostics(ctx.doubledUri, (ds) => dups(ds).filter(inFile).length >= 6, 30000);
  const own = dups(diags).filter(inFile);
  assert.equal(own.length, 6, `in-file duplicate-headline diagnostics: ${own.map((d) => d.range.start.line).join(", ")}`);
  const lines = ctx.gold.articles.map((a) => a.headlineLine);
  const doc = ctx.currentDoc(ctx.doubledUri);
  const offset = ctx.currentDoc(ctx.sampleUri)?.lineCount ?? doc.lineCount / 2;
  for (const d of own) {
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, `severity of line ${d.range.start.line}`);
    assert.ok(d.range.start.line >= offset - 1, `warning on line ${d.range.start.line} is in the first copy (the later copy should be flagged)`);
    assert.ok(
      d.relatedInformation.some((r) => lines.includes(r.location.range.start.line)),
      `related info of line ${d.range.start.line} does not point at a first-copy headline`,
    );
  }
});

check("doubled dump also reports the headlines shared with the other dumps of the workspace", async (ctx) => {
  await ctx.openDoubled();
  const uri = ctx.doubledUri.toString();
  const across = (ds) => ds.filter((d) => codeOf(d) === "duplicate-headline" && d.relatedInformation?.some((r) => r.location.uri.toString() !== uri));
  const diags = await ctx.diagnostics(ctx.doubledUri, (ds) => across(ds).length >= 12, 30000);
  const files = new Set(across(diags).flatMap((d) => d.relatedInformation.map((r) => r.location.uri.path.split("/").pop())));
  assert.ok(files.has(ctx.config.sampleRelPath.split("/").pop()), `related files: ${[...files].join(", ")}`);
});

check("semantic tokens cover hundreds of persons, organizations and locations", async (ctx) => {
  await ctx.openSample();
  const legend = await waitFor(() => vscode.commands.executeCommand("vscode.provideDocumentSemanticTokensLegend", ctx.sampleUri), {
    timeout: 20000,
    what: "a semantic tokens legend",
  });
  for (const t of ["person", "organization", "location", "date", "headline"])
    assert.ok(legend.tokenTypes.includes(t), `legend lacks ${t}: ${legend.tokenTypes}`);
  const counts = await waitFor(
    async () => {
      const tokens = await vscode.commands.executeCommand("vscode.provideDocumentSemanticTokens", ctx.sampleUri);
      if (!tokens?.data?.length) return undefined;
      const c = {};
      for (let i = 3; i < tokens.data.length; i += 5) {
        const n = legend.tokenTypes[tokens.data[i]];
        c[n] = (c[n] || 0) + 1;
      }
      return c;
    },
    { timeout: 30000, what: "semantic tokens" },
  );
  const entities = (counts.person || 0) + (counts.organization || 0) + (counts.location || 0);
  assert.ok(counts.person >= 30 && counts.organization >= 20 && counts.location >= 50, `token counts ${JSON.stringify(counts)}`);
  assert.ok(entities >= 200, `only ${entities} entity tokens: ${JSON.stringify(counts)}`);
  assert.ok(counts.date >= 30, `date tokens: ${JSON.stringify(counts)}`);
});

check("Entities view data lists Esmail Qaani among the persons", async (ctx) => {
  await ctx.openSample();
  const items = await waitFor(
    async () => {
      const d = await vscode.commands.executeCommand("newsLens.viewData", "entities");
      return Array.isArray(d) && d.length > 0 && d;
    },
    { timeout: 20000, what: "entities view data" },
  );
  const qaani = items.find((i) => i.name === "Esmail Qaani");
  assert.ok(
    qaani,
    `no Esmail Qaani among ${items.length} entities: ${items
      .slice(0, 10)
      .map((i) => i.name)
      .join(", ")}`,
  );
  assert.equal(qaani.type, "person");
  assert.ok(qaani.count >= 5, `Esmail Qaani mentioned ${qaani.count} times`);
  for (const t of ["person", "organization", "location"])
    assert.ok(
      items.some((i) => i.type === t),
      `no ${t} in the view`,
    );
});

check("Timeline view data has the 39 dates in calendar order", async (ctx) => {
  await ctx.openSample();
  const items = await waitFor(
    async () => {
      const d = await vscode.commands.executeCommand("newsLens.viewData", "timeline");
      return Array.isArray(d) && d.length > 0 && d;
    },
    { timeout: 20000, what: "timeline view data" },
  );
  const values = items.map((i) => i.value);
  assert.equal(items.length, ctx.gold.dates.length, `timeline values: ${values.join(" ")}`);
  for (let i = 1; i < values.length; i++) assert.ok(values[i - 1] <= values[i], `not in calendar order at ${i}: ${values[i - 1]} > ${values[i]}`);
  assert.deepEqual(values, ctx.gold.dates.map((d) => d.value).sort());
  const jan29 = items.find((i) => i.value === "2024-01-29");
  assert.ok(jan29 && /Jan\. 29/.test(jan29.sentence), `2024-01-29 item: ${JSON.stringify(jan29)}`);
});

check("inlay hints show the resolved date after relative dates", async (ctx) => {
  const doc = await ctx.openSample();
  const full = new vscode.Range(0, 0, doc.lineCount, 0);
  const hints = await waitFor(
    async () => {
      const h = await vscode.commands.executeCommand("vscode.executeInlayHintProvider", ctx.sampleUri, full);
      return Array.isArray(h) && h.length > 0 && h;
    },
    { timeout: 20000, what: "inlay hints" },
  );
  const label = (h) => (typeof h.label === "string" ? h.label : h.label.map((p) => p.value).join(""));
  const after = ctx.positionOf(doc, "Jan. 29").translate(0, "Jan. 29".length);
  const jan29 = hints.find((h) => h.position.line === after.line && label(h).includes("Mon 29 Jan 2024"));
  assert.ok(
    jan29,
    `no "= Mon 29 Jan 2024" hint on line ${after.line + 1}; hints there: ${JSON.stringify(hints.filter((h) => h.position.line === after.line).map(label))}`,
  );
  assert.ok(jan29.position.character >= after.character, `hint at ${jan29.position.character}, before the end of "Jan. 29" (${after.character})`);
  assert.ok(
    hints.every((h) => /^= /.test(label(h))),
    `unexpected labels: ${hints
      .map(label)
      .filter((l) => !/^= /.test(l))
      .join(" | ")}`,
  );
  assert.ok(hints.length >= 10, `only ${hints.length} hints`);
});

// Mutates notes/shopping-list.txt's language: keep it after the checks that expect plaintext there.
check("a killed language server is restarted by the client and the outline comes back", async (ctx) => {
  const doc = await ctx.openSample();
  const { execFileSync } = require("node:child_process");
  // The server of the installed extension: node …/news-lens…/dist/server.js --node-ipc
  const pids = () =>
    execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" })
      .split("\n")
      .filter((l) => /news-lens[^ ]*\/dist\/server\.js/.test(l))
      .map((l) => Number(l.trim().split(/\s+/)[0]));
  const before = pids();
  assert.ok(before.length > 0, "no server process found");
  for (const pid of before) process.kill(pid, "SIGKILL");
  await waitFor(() => pids().some((p) => !before.includes(p)), { timeout: 30000, what: "a new server process" });
  const symbols = await waitFor(
    async () => {
      const s = await vscode.commands.executeCommand("vscode.executeDocumentSymbolProvider", doc.uri);
      return s && s.length === 6 ? s : undefined;
    },
    { timeout: 30000, what: "6 document symbols from the restarted server" },
  );
  assert.equal(symbols.length, 6);
});

check("command newsLens.treatAsDump switches a plain-text file to newsdump", async (ctx) => {
  const uri = vscode.Uri.joinPath(ctx.folder, ctx.config.notADumpRelPath);
  await ctx.open(uri);
  await vscode.commands.executeCommand("newsLens.treatAsDump", uri);
  await waitFor(() => ctx.currentDoc(uri)?.languageId === "newsdump", { timeout: 10000, what: "languageId newsdump" });
});

check(
  "a dump over 50 MB, which VS Code keeps from extensions, gets its articles in the Large Dump Outline view",
  async (ctx) => {
    const uri = vscode.Uri.joinPath(ctx.folder, ctx.config.largeRelPath);
    await vscode.commands.executeCommand("vscode.open", uri, { preview: false });
    const outline = await waitFor(
      async () => {
        const d = await vscode.commands.executeCommand("newsLens.viewData", "largeOutline");
        return Array.isArray(d) && d.length > 0 && d;
      },
      { timeout: 60000, what: "the Large Dump Outline of the 55 MB dump" },
    );
    assert.equal(ctx.currentDoc(uri), undefined, "VS Code handed the file to extensions after all");
    const headlines = ctx.gold.articles.map((a) => a.headline);
    assert.equal(outline.length, headlines.length * ctx.config.largeCopies);
    assert.deepEqual(
      outline.slice(-headlines.length).map((s) => s.name),
      headlines,
    );
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
  },
  { timeout: 90000 },
);

/** What a graphic view drew last, polled until pred(message) holds. */
function viewDrawn(view, pred, what) {
  return waitFor(
    async () => {
      const message = await vscode.commands.executeCommand("newsLens.graphicViewData", view);
      return message && pred(message) && message;
    },
    { timeout: 30000, what },
  );
}

check("the places map, the entity graph and the timeline chart draw the sample's data from the server", async (ctx) => {
  await ctx.openSample();
  await vscode.commands.executeCommand("newsLens.showPlacesMap");
  const map = await viewDrawn("placesMap", (m) => m.dump === "middle-east-2024.txt" && m.data.places.length > 0, "the sample's places on the map");
  const names = map.data.places.map((p) => p.name);
  for (const capital of ["Baghdad", "Tehran", "Beirut"]) assert.ok(names.includes(capital), `${capital} on the map: ${names.join(", ")}`);
  const baghdad = map.data.places.find((p) => p.name === "Baghdad");
  assert.equal(baghdad.kind, "capital");
  assert.ok(Math.abs(baghdad.latitude - 33.3) < 0.2 && Math.abs(baghdad.longitude - 44.4) < 0.2, `Baghdad at ${baghdad.latitude}, ${baghdad.longitude}`);
  assert.ok(
    map.data.unlocated.some((u) => u.name === "Jabalia"),
    "Jabalia is listed as not located",
  );

  await ctx.openSample();
  await vscode.commands.executeCommand("newsLens.showEntityGraph");
  const graph = await viewDrawn("entityGraph", (m) => m.data.nodes.length > 0, "the sample's entity graph");
  const ids = graph.data.nodes.map((n) => n.id);
  assert.ok(ids.includes("person:Yahya Sinwar") && ids.includes("organization:Hamas"), ids.join(", "));
  const joined = graph.data.edges.find((e) => [e.source, e.target].sort().join() === ["organization:Hamas", "person:Yahya Sinwar"].join());
  assert.ok(joined && joined.weight >= 1, `Sinwar and Hamas are joined: ${JSON.stringify(graph.data.edges.slice(0, 5))}`);

  await vscode.commands.executeCommand("newsLens.timelineChart.focus");
  const chart = await viewDrawn("timelineChart", (m) => m.data.bins.length > 0, "the sample's timeline chart");
  assert.equal(
    chart.data.counted + chart.data.coarser + chart.data.outside,
    (await vscode.commands.executeCommand("newsLens.viewData", "timeline")).length,
    "every dated mention of the News Timeline is on the chart or said to be left out",
  );
});

check("an edit reaches the places map (debounced), and undoing it takes it away again", async (ctx) => {
  const doc = await ctx.openSample();
  await vscode.commands.executeCommand("newsLens.showPlacesMap");
  const line = doc.lineCount - 1;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, doc.lineAt(line).range.end, " Officials also met in Nairobi and in Nairobi again.");
  assert.ok(await vscode.workspace.applyEdit(edit));
  const after = await viewDrawn("placesMap", (m) => m.data.places.some((p) => p.name === "Nairobi"), "Nairobi on the map after the edit");
  assert.equal(after.data.places.find((p) => p.name === "Nairobi").count, 2);
  await vscode.commands.executeCommand("undo");
  await viewDrawn("placesMap", (m) => !m.data.places.some((p) => p.name === "Nairobi"), "Nairobi gone after undo");
  await vscode.commands.executeCommand("workbench.action.files.revert");
});

check(
  "on a dump over the size limit the graphic views say why they are empty",
  async (ctx) => {
    await vscode.commands.executeCommand("newsLens.showPlacesMap");
    const uri = vscode.Uri.joinPath(ctx.folder, ctx.config.largeRelPath);
    await vscode.commands.executeCommand("vscode.open", uri, { preview: false });
    const map = await viewDrawn("placesMap", (m) => m.dump === "huge-dump.news.txt" && m.data.emptyBecause, "the map's reason for being empty");
    assert.equal(map.data.places.length, 0);
    assert.match(map.data.emptyBecause, /over newsLens\.maxFileSizeMB/);
    const chart = await viewDrawn("timelineChart", (m) => m.dump === "huge-dump.news.txt" && m.data.emptyBecause, "the chart's reason for being empty");
    assert.equal(chart.data.bins.length, 0);
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
  },
  { timeout: 90000 },
);

/** One line per distinct (code, severity, related files) with counts, for failure messages. */
function describeDiagnostics(diags) {
  const counts = new Map();
  for (const d of diags) {
    const rel = [...new Set((d.relatedInformation || []).map((r) => r.location.uri.path.split("/").pop()))].join("+") || "no related info";
    const k = `${codeOf(d)}/${vscode.DiagnosticSeverity[d.severity]}/${rel}`;
    counts.set(k, (counts.get(k) || 0) + 1);
  }
  return `${diags.length}: ${[...counts].map(([k, n]) => `${n}× ${k}`).join("; ") || "none"}`;
}

/** A diagnostic's code as a string ({value, target} or plain). */
function codeOf(d) {
  return d.code && typeof d.code === "object" ? String(d.code.value) : String(d.code);
}

// ---------------------------------------------------------------------------------------------
// Context shared by the checks
// ---------------------------------------------------------------------------------------------

function makeContext(config) {
  const gold = JSON.parse(fs.readFileSync(config.goldPath, "utf8"));
  const folder = config.workspaceFolder ? vscode.Uri.file(config.workspaceFolder) : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error("no workspace folder open and none in the config");
  const sampleUri = vscode.Uri.joinPath(folder, config.sampleRelPath);
  const doubledUri = vscode.Uri.joinPath(folder, config.doubledRelPath);

  /** The live TextDocument for uri (after a language switch VS Code hands out a new object). */
  const currentDoc = (uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

  const open = async (uri) => {
    const doc = currentDoc(uri) || (await vscode.workspace.openTextDocument(uri));
    await vscode.window.showTextDocument(doc, { preview: false });
    return currentDoc(uri) || doc;
  };

  return {
    config,
    gold,
    folder,
    sampleUri,
    doubledUri,
    currentDoc,
    waitFor,
    open,
    /** Opens dumps/middle-east-2024.txt in an editor; returns its current TextDocument. */
    openSample: () => open(sampleUri),
    /** Opens doubled.news.txt (the sample twice) in an editor. */
    openDoubled: () => open(doubledUri),
    /** Top-level document symbols, polled until the provider returns some. */
    documentSymbols: (uri) =>
      waitFor(
        async () => {
          const s = await vscode.commands.executeCommand("vscode.executeDocumentSymbolProvider", uri);
          return Array.isArray(s) && s.length > 0 && s;
        },
        { timeout: 30000, what: "non-empty document symbols" },
      ),
    /** Hovers at a position; returns the hovers' markdown as plain strings. */
    hoverText: async (uri, position) => {
      const hovers = await vscode.commands.executeCommand("vscode.executeHoverProvider", uri, position);
      return (hovers || []).flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value)));
    },
    /** Diagnostics for uri, polled until pred(diags) is truthy. */
    diagnostics: (uri, pred = (d) => d.length > 0, timeout = 20000) =>
      waitFor(
        () => {
          const d = vscode.languages.getDiagnostics(uri);
          return pred(d) && d;
        },
        { timeout, what: () => `diagnostics (have ${describeDiagnostics(vscode.languages.getDiagnostics(uri))})` },
      ),
    /** Position of the n-th (0-based) occurrence of text in the document. */
    positionOf: (doc, text, n = 0) => {
      const src = doc.getText();
      let i = -1;
      for (let k = 0; k <= n; k++) {
        i = src.indexOf(text, i + 1);
        if (i < 0) throw new Error(`"${text}" #${n} not found`);
      }
      return doc.positionAt(i);
    },
  };
}

async function run() {
  const config = loadConfig();
  const ctx = makeContext(config);
  const only = process.env.NEWS_LENS_E2E_ONLY; // optional substring filter on check names
  const checks = only ? CHECKS.filter((c) => c.name.includes(only)) : CHECKS;
  await runChecks(checks, ctx);
}

module.exports = { run, CHECKS };
