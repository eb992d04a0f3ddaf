// Extension-host suite for News Lens (CommonJS; VS Code requires this file and calls run()).
// Used by test/e2e/run.mjs (code-server + Playwright, the installed .vsix) and by
// test/vscode/runTest.mjs (@vscode/test-electron).
//
// Adding a check = adding one entry to CHECKS below: check('name', async (ctx) => { ... }).
// Use ctx helpers (openSample, openDoubled, currentDoc, waitFor) and node:assert. Poll with
// ctx.waitFor instead of sleeping. Checks run in order and share ctx; a later check may rely on
// an earlier one having opened the sample (ctx.openSample() is idempotent, so just call it).
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { loadConfig, waitFor, runChecks } = require('./harness');

const CHECKS = [];
/** Registers a named check. opts.timeout in ms (default 60000). */
function check(name, fn, opts = {}) {
  CHECKS.push({ name, fn, ...opts });
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

check('extension news-lens.news-lens is installed', async (ctx) => {
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

check('extension activates when the sample .txt dump is opened', async (ctx) => {
  const ext = vscode.extensions.getExtension(ctx.config.extensionId);
  assert.ok(ext, 'extension not installed');
  await ctx.openSample();
  await waitFor(() => ext.isActive, { timeout: 30000, what: 'extension activation' });
  // activate() resolves with the exports, or rejects if activation threw.
  await ext.activate();
});

check('sample .txt dump is switched to language newsdump', async (ctx) => {
  await ctx.openSample();
  await waitFor(() => ctx.currentDoc(ctx.sampleUri)?.languageId === 'newsdump', {
    timeout: 20000,
    what: `languageId newsdump (is ${ctx.currentDoc(ctx.sampleUri)?.languageId})`,
  });
});

check('plain .txt dump outside newsLens.files is auto-detected as newsdump', async (ctx) => {
  // Open a non-dump first: the detector sees both; once the dump has switched, the non-dump
  // must still be plaintext (no fixed sleep needed).
  const plain = vscode.Uri.joinPath(ctx.folder, ctx.config.notADumpRelPath);
  await ctx.open(plain);
  const uri = vscode.Uri.joinPath(ctx.folder, ctx.config.autodetectRelPath);
  await ctx.open(uri);
  await waitFor(() => ctx.currentDoc(uri)?.languageId === 'newsdump', {
    timeout: 20000,
    what: `languageId newsdump for ${ctx.config.autodetectRelPath} (is ${ctx.currentDoc(uri)?.languageId})`,
  });
  assert.equal(ctx.currentDoc(plain)?.languageId, 'plaintext', `${ctx.config.notADumpRelPath} was switched too`);
});

check('*.news.txt file opens as newsdump', async (ctx) => {
  const doc = await ctx.openDoubled();
  assert.equal(doc.languageId, 'newsdump');
});

check('document symbols are the 6 gold headlines', async (ctx) => {
  await ctx.openSample();
  const symbols = await ctx.documentSymbols(ctx.sampleUri);
  const expected = ctx.gold.articles.map((a) => a.headline);
  assert.deepEqual(symbols.map((s) => s.name), expected);
});

check('document symbols start at the gold headline lines', async (ctx) => {
  await ctx.openSample();
  const symbols = await ctx.documentSymbols(ctx.sampleUri);
  const lineOf = (s) => (s.selectionRange || s.range || s.location.range).start.line;
  assert.deepEqual(symbols.map(lineOf), ctx.gold.articles.map((a) => a.headlineLine));
});

check('folding ranges are provided', async (ctx) => {
  const doc = await ctx.openSample();
  const ranges = await waitFor(async () => {
    const r = await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', ctx.sampleUri);
    return Array.isArray(r) && r.length > 0 && r;
  }, { timeout: 20000, what: 'non-empty folding ranges' });
  for (const r of ranges) {
    assert.ok(r.start >= 0 && r.start < r.end && r.end < doc.lineCount, `bad folding range ${r.start}-${r.end}`);
  }
});

check('workspace symbol search finds the headlines that match a word', async (ctx) => {
  const expected = ctx.gold.articles.map((a) => a.headline).filter((h) => h.includes('Sinwar'));
  assert.ok(expected.length >= 2, 'gold has headlines with "Sinwar"');
  await waitFor(async () => {
    const found = await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'Sinwar');
    const names = new Set((found || []).map((s) => s.name));
    return expected.every((h) => names.has(h));
  }, { timeout: 30000, what: `workspace symbols for "Sinwar" to include ${JSON.stringify(expected)}` });
});

// Mutates notes/shopping-list.txt's language: keep it after the checks that expect plaintext there.
check('command newsLens.treatAsDump switches a plain-text file to newsdump', async (ctx) => {
  const uri = vscode.Uri.joinPath(ctx.folder, ctx.config.notADumpRelPath);
  await ctx.open(uri);
  await vscode.commands.executeCommand('newsLens.treatAsDump', uri);
  await waitFor(() => ctx.currentDoc(uri)?.languageId === 'newsdump', { timeout: 10000, what: 'languageId newsdump' });
});

// ---------------------------------------------------------------------------------------------
// Context shared by the checks
// ---------------------------------------------------------------------------------------------

function makeContext(config) {
  const gold = JSON.parse(fs.readFileSync(config.goldPath, 'utf8'));
  const folder = config.workspaceFolder
    ? vscode.Uri.file(config.workspaceFolder)
    : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder open and none in the config');
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
    documentSymbols: (uri) => waitFor(async () => {
      const s = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
      return Array.isArray(s) && s.length > 0 && s;
    }, { timeout: 30000, what: 'non-empty document symbols' }),
    /** Hovers at a position; returns the hovers' markdown as plain strings. */
    hoverText: async (uri, position) => {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position);
      return (hovers || []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
    },
    /** Diagnostics for uri, polled until pred(diags) is truthy. */
    diagnostics: (uri, pred = (d) => d.length > 0, timeout = 20000) =>
      waitFor(() => { const d = vscode.languages.getDiagnostics(uri); return pred(d) && d; }, { timeout, what: 'diagnostics' }),
    /** Position of the n-th (0-based) occurrence of text in the document. */
    positionOf: (doc, text, n = 0) => {
      const src = doc.getText();
      let i = -1;
      for (let k = 0; k <= n; k++) { i = src.indexOf(text, i + 1); if (i < 0) throw new Error(`"${text}" #${n} not found`); }
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
