// The language server: wires LSP capabilities to the feature modules. Nothing else lives here.
// Runs over stdio (`--stdio`) or Node IPC (`--node-ipc`, as the VS Code client starts it).

import { fileURLToPath } from "node:url";
import {
  DidChangeConfigurationNotification,
  FileChangeType,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  createConnection,
  type CancellationToken,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type Position,
  type Range,
} from "vscode-languageserver/node";
import { looksLikeNewsDump, noopToken, type CancellationToken as CoreToken, type DumpAnalysis, type EntityMention } from "../analysis/index.js";
import { articleFingerprints } from "../analysis/duplicates/diagnostics.js";
import { entityEntry, entityKey, mentionAt, type EntityEntry } from "../analysis/entities/mentionIndex.js";
import { OpenDumps, type OpenDump, type Stage } from "./documents.js";
import { makeCorrection, type CorrectionType } from "../analysis/corrections/annotations.js";
import { exportAnnotations, type ExportFormat } from "../analysis/export/export.js";
import { loadCorrections } from "../node/analyzeFile.js";
import { codeActions } from "./features/codeActions.js";
import { correctionActions, withCorrections, type Corrections } from "./features/corrections.js";
import { DiagnosticReports, diagnostics, type DumpFingerprints } from "./features/diagnostics.js";
import { documentSymbols } from "./features/documentSymbols.js";
import { foldingRanges } from "./features/folding.js";
import { hover } from "./features/hover.js";
import { inlayHints } from "./features/inlayHints.js";
import { documentHighlights, references } from "./features/references.js";
import { legend, semanticTokens } from "./features/semanticTokens.js";
import { duplicateItems, entityItems, timelineItems } from "./features/views.js";
import { workspaceSymbols } from "./features/workspaceSymbols.js";
import { isDumpFile, readText } from "./policies/largeFiles.js";
import { lazyNerModel, nerModelError } from "../node/modelFile.js";
import { places } from "../node/placesFile.js";
import { startProgress } from "./progress.js";
import { defaultSettings, readSettings, type Settings } from "./settings.js";
import { WarmUps } from "./policies/warmUp.js";
import { WorkspaceDumps } from "./workspaceDumps.js";

const connection = createConnection(ProposedFeatures.all);
const dumps = new OpenDumps();
const workspace = new WorkspaceDumps();
let settings: Settings = defaultSettings;
let workspaceFolders: string[] = [];
let canPullConfiguration = false;
let canShowProgress = false;
let canPullDiagnostics = false;
const refreshSupport = { diagnostics: false, semanticTokens: false, inlayHints: false };
const warnedNotText = new Set<string>();
/** Open dumps read from disk (files over 50 MB, which VS Code does not hand to extensions), read-only. */
const readFromDisk = new Set<string>();
const loadNerModel = lazyNerModel();
let modelProblemShown = false;
/** The entity model; when it cannot be loaded the user is told once and entities stay off. */
function nerModel() {
  const model = loadNerModel();
  if (!model && !modelProblemShown) {
    modelProblemShown = true;
    const why = nerModelError()?.message ?? "unknown error";
    connection.console.error(`entity model: ${why}`);
    connection.window.showErrorMessage(`News Lens: the entity model could not be loaded, so entities are off (${why}).`);
  }
  return model;
}
const entityEntries = new WeakMap<DumpAnalysis, Map<string, EntityEntry>>();
// The user's corrections per dump path, re-read when an annotations or lexicon file changes.
let correctionsGeneration = 0;
const correctionsByPath = new Map<string, Corrections>();
const correctedAnalyses = new WeakMap<DumpAnalysis, { key: string; analysis: DumpAnalysis }>();

function correctionsFor(uri: string): Corrections | undefined {
  if (!uri.startsWith("file:")) return undefined;
  const path = fileURLToPath(uri);
  let found = correctionsByPath.get(path);
  if (!found) {
    try {
      found = { ...loadCorrections(path), key: String(correctionsGeneration) };
    } catch {
      found = { annotations: { version: 1, corrections: [] }, lexicon: undefined, key: String(correctionsGeneration) };
    }
    correctionsByPath.set(path, found);
  }
  return found;
}

/** Runs a handler; an exception is logged and answered with `fallback`, never a crash. */
function guarded<P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
  return async (params: P, token: CancellationToken): Promise<R> => {
    try {
      return await handler(params, token);
    } catch (e) {
      if (e instanceof ResponseError) throw e; // a cancellation: the client keeps what it had
      connection.console.error(`${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };
}

/** The open dump for a request, unless it is not text (then features offer nothing). */
function textDump(uri: string): OpenDump | undefined {
  const dump = dumps.get(uri);
  return dump && !dump.dump.notText ? dump : undefined;
}

const ALL_STAGES: readonly Stage[] = ["entities", "dates", "diagnostics"];

/** The analysis of an open dump with the stages asked for (memoised), or undefined if cancelled. */
function analysisOf(dump: OpenDump, token: CoreToken = noopToken, stages: readonly Stage[] = ALL_STAGES): DumpAnalysis | undefined {
  const { bodyThreshold, repeatedHeadlineHints } = settings.duplicates;
  const options = { nerModel, bodyThreshold, repeatedHeadlineHints };
  const analysis = dump.analysis(stages, options, JSON.stringify([bodyThreshold, repeatedHeadlineHints]), token);
  if (!analysis || !stages.includes("entities")) return analysis;
  const corrections = correctionsFor(dump.uri);
  const memo = correctedAnalyses.get(analysis);
  if (memo && memo.key === corrections?.key) return memo.analysis;
  const corrected = withCorrections(analysis, dump.dump.lines, corrections);
  correctedAnalyses.set(analysis, { key: corrections?.key ?? "", analysis: corrected });
  return corrected;
}

/** The entry of the entity a mention names, made once per analysis and entity (hovers repeat). */
function entityEntryOf(analysis: DumpAnalysis, mention: EntityMention): EntityEntry {
  let entries = entityEntries.get(analysis);
  if (!entries) entityEntries.set(analysis, (entries = new Map()));
  const key = entityKey(mention);
  let entry = entries.get(key);
  if (!entry) entries.set(key, (entry = entityEntry(analysis.entities, mention)));
  return entry;
}

/** Runs `feature` on the analysis of an open text dump; `fallback` when there is none. */
async function withAnalysis<R>(uri: string, token: CancellationToken, fallback: R, feature: (analysis: DumpAnalysis, dump: OpenDump) => R | Promise<R>, stages = ALL_STAGES): Promise<R> {
  const dump = textDump(uri);
  return dump ? feature(await analysed(dump, token, stages), dump) : fallback;
}

/** The analysis with `stages` of an open text dump, once its warm-up (if any) is over. */
async function analysed(dump: OpenDump, token: CancellationToken, stages: readonly Stage[]): Promise<DumpAnalysis> {
  if (stages.includes("entities") || stages.includes("dates")) await warmUps.settled(dump, token);
  // Cancelled on the way, or closed meanwhile: say so, rather than answer "nothing" (which would clear the Problems panel).
  const analysis = dumps.get(dump.uri) === dump ? analysisOf(dump, token, outlineOnly(dump) ? [] : stages) : undefined;
  if (!analysis) throw new ResponseError(LSPErrorCodes.RequestCancelled, "cancelled");
  return analysis;
}

/**
 * Why a dump gets only its Outline, if it does: above newsLens.maxFileSizeMB, or when the user
 * cancelled its first analysis. The costly stages then stay empty.
 */
function outlineOnly(dump: OpenDump): string | undefined {
  if (warmUps.cancelledByUser(dump)) return "the analysis was cancelled: entities, dates and duplicates are off until the file is opened again; the Outline stays.";
  if (dump.size() <= settings.maxFileSizeMB * 1024 * 1024) return undefined;
  const mb = (dump.size() / (1024 * 1024)).toFixed(0);
  return `${mb} MB is over newsLens.maxFileSizeMB (${settings.maxFileSizeMB} MB): entities, dates and duplicates are off; the Outline stays.`;
}

/**
 * Tells the client whether a dump gets only its Outline (it says so in the status bar), and
 * stops or starts its warm-up to match.
 */
const limitedUris = new Set<string>();
function reportOutlineOnly(dump: OpenDump): void {
  const message = outlineOnly(dump);
  if (message) warmUps.stop(dump);
  if ((message !== undefined) === limitedUris.has(dump.uri)) return;
  if (message) limitedUris.add(dump.uri);
  else {
    limitedUris.delete(dump.uri);
    warmUp(dump);
  }
  void connection.sendNotification("newsLens/sizeLimit", { uri: dump.uri, limited: message !== undefined, message: message ?? "" });
  refreshEditorState();
}

/** The first analysis of a big dump, ahead of the requests (see warmUp.ts). */
const warmUps = new WarmUps({
  progress: (title) => startProgress(connection, canShowProgress, title),
  model: nerModel,
  analyse: (dump, stages) => void analysisOf(dump, noopToken, stages),
});
function warmUp(dump: OpenDump): void {
  // Once over (cancelled, maybe), the status bar says what the dump has, if it is still open.
  if (!outlineOnly(dump)) void warmUps.start(dump, fileName(dump.uri))?.then(() => dumps.get(dump.uri) === dump && reportOutlineOnly(dump));
}

/** What follows a dump's opening, from the editor or from disk. */
function opened(dump: OpenDump): void {
  if (dump.dump.notText && !warnedNotText.has(dump.uri)) {
    warnedNotText.add(dump.uri);
    connection.window.showWarningMessage(`News Lens: ${fileName(dump.uri)} is ${dump.dump.notText}.`);
  }
  reportOutlineOnly(dump);
  warmUp(dump);
  schedulePush(dump.uri);
}

/** What follows a dump's closing, from the editor or (for a file read from disk) from the client. */
function closed(uri: string): void {
  const dump = dumps.get(uri);
  if (dump) warmUps.stop(dump);
  dumps.close(uri);
  diagnosticReports.forget(uri);
  limitedUris.delete(uri);
  clearTimeout(pushTimers.get(uri));
  if (!canPullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
}

const fileName = (uri: string) => decodeURIComponent(uri.split("/").pop() ?? uri);

/** Fingerprints of the other dumps (open ones from the editor, the rest from disk). */
function otherDumps(uri: string): DumpFingerprints[] {
  if (!settings.duplicates.acrossFiles) return [];
  const open = dumps.textDumps(uri).filter((d) => !outlineOnly(d));
  const openUris = new Set(open.map((d) => d.uri));
  return [
    ...open.map((d) => ({ uri: d.uri, articles: d.articles(), fingerprints: articleFingerprints(d.dump, noopToken) ?? [] })),
    ...workspace.all().filter((d) => d.uri !== uri && !openUris.has(d.uri)),
  ];
}

connection.onInitialize((params): InitializeResult => {
  const workspaceCaps = params.capabilities.workspace;
  canPullConfiguration = workspaceCaps?.configuration === true;
  canShowProgress = params.capabilities.window?.workDoneProgress === true;
  canPullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
  refreshSupport.diagnostics = workspaceCaps?.diagnostics?.refreshSupport === true;
  refreshSupport.semanticTokens = workspaceCaps?.semanticTokens?.refreshSupport === true;
  refreshSupport.inlayHints = workspaceCaps?.inlayHint?.refreshSupport === true;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceFolders = folders.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: { label: "News Lens" },
      foldingRangeProvider: true,
      workspaceSymbolProvider: true,
      hoverProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      semanticTokensProvider: { legend, full: true, range: true },
      inlayHintProvider: true,
      codeActionProvider: { codeActionKinds: ["quickfix", "refactor.newsLens"] },
      diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: "news-lens", version: "0.1.0" },
  };
});

/** Settings loaded and the workspace's dumps known by their patterns: what judging a file needs. */
let markReady: () => void;
const ready = new Promise<void>((resolve) => (markReady = resolve));

connection.onInitialized(async () => {
  try {
    if (canPullConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: "newsLens" });
      await loadSettings();
    }
  } finally {
    void rescanWorkspace();
    markReady();
  }
});

async function loadSettings(): Promise<void> {
  if (!canPullConfiguration) return;
  settings = readSettings(await connection.workspace.getConfiguration("newsLens"));
  for (const dump of dumps.all()) reportOutlineOnly(dump);
}

/** Re-reads the workspace's dumps, with a cancellable progress notification when the client can show one. */
async function rescanWorkspace(): Promise<void> {
  workspace.setScope({ folders: workspaceFolders, patterns: settings.files, maxBytes: settings.maxFileSizeMB * 1024 * 1024 });
  const progress = await startProgress(connection, canShowProgress, "News Lens: indexing the workspace's dumps");
  await workspace.rescan((done, total) => progress.report((100 * done) / total, `${done} of ${total} files`), progress.token);
  progress.done();
  refreshEditorState();
}

/** Asks the client to pull diagnostics, tokens and hints again (settings or other files changed). */
function refreshEditorState(): void {
  const ignore = () => undefined;
  if (refreshSupport.diagnostics) Promise.resolve(connection.languages.diagnostics.refresh()).catch(ignore);
  if (refreshSupport.semanticTokens) Promise.resolve(connection.languages.semanticTokens.refresh()).catch(ignore);
  if (refreshSupport.inlayHints) connection.languages.inlayHint.refresh().catch(ignore);
}

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfiguration) await loadSettings();
  else {
    settings = readSettings((change.settings as { newsLens?: unknown } | undefined)?.newsLens);
    for (const dump of dumps.all()) reportOutlineOnly(dump);
  }
  refreshEditorState();
  void rescanWorkspace();
});

connection.onDidOpenTextDocument(({ textDocument: t }) => {
  if (readFromDisk.delete(t.uri)) closed(t.uri); // the editor's copy replaces the one read from disk
  opened(dumps.open(t.uri, t.version, t.text));
});

connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
  const dump = dumps.get(textDocument.uri);
  dump?.applyChanges(contentChanges, textDocument.version);
  if (dump) reportOutlineOnly(dump);
  schedulePush(textDocument.uri);
});

connection.onDidCloseTextDocument(({ textDocument }) => closed(textDocument.uri));

/** The Outline of a large dump read from disk (null: not a dump), under a cancellable progress. */
connection.onRequest("newsLens/openLargeFile", guarded("openLargeFile", null, async ({ uri }: { uri: string }, token) => {
  const path = uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
  await ready;
  const failed = (e: Error) => {
    throw new ResponseError(LSPErrorCodes.RequestFailed, `cannot read ${fileName(uri)}: ${e.message}`);
  };
  if (!path || !(await isDumpFile(path, workspace.matches(path), settings.autoDetect).catch(failed))) return null;
  // The progress lasts until the articles are found too (a few seconds for 50 MB).
  const progress = await startProgress(connection, canShowProgress, `News Lens: reading ${fileName(uri)}`, token);
  try {
    const text = await readText(path, progress).catch(failed);
    if (text === undefined) throw new ResponseError(LSPErrorCodes.RequestCancelled, "cancelled");
    if (dumps.get(uri) && !readFromDisk.has(uri)) return null; // the editor handed it over meanwhile
    if (readFromDisk.has(uri)) closed(uri); // read again: the new text replaces the old
    const dump = dumps.open(uri, 1, text);
    readFromDisk.add(uri);
    opened(dump);
    return documentSymbols(dump.articles());
  } finally {
    progress.done();
  }
}));

connection.onNotification("newsLens/closeLargeFile", ({ uri }: { uri: string }) => {
  if (readFromDisk.delete(uri)) closed(uri);
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  if (changes.some((c) => /\.annotations\.json$|\/\.newslens\/lexicon\.json$/.test(c.uri))) {
    correctionsGeneration++;
    correctionsByPath.clear();
    refreshEditorState();
  }
  for (const change of changes) {
    if (!change.uri.startsWith("file:")) continue;
    const path = fileURLToPath(change.uri);
    if (change.type === FileChangeType.Deleted) workspace.remove(path);
    else if (workspace.matches(path)) void workspace.refresh(path).then(refreshEditorState);
  }
});

connection.onDocumentSymbol(guarded("documentSymbol", [], ({ textDocument }) => {
  const dump = textDump(textDocument.uri);
  return dump ? documentSymbols(dump.articles()) : [];
}));

connection.onFoldingRanges(guarded("foldingRange", [], ({ textDocument }) => {
  const dump = textDump(textDocument.uri);
  return dump ? foldingRanges(dump.articles()) : [];
}));

connection.onWorkspaceSymbol(guarded("workspaceSymbol", [], ({ query }) => {
  const open = dumps.textDumps().map((d) => ({ uri: d.uri, articles: d.articles() }));
  const openUris = new Set(open.map((d) => d.uri));
  return workspaceSymbols([...open, ...workspace.all().filter((d) => !openUris.has(d.uri))], query);
}));

connection.onHover(guarded("hover", null, ({ textDocument, position }, token) =>
  withAnalysis(textDocument.uri, token, null, (analysis, dump) =>
    hover(analysis, textDocument.uri, position, (line) => dump.dump.lines[line] ?? "", (mention) => entityEntryOf(analysis, mention), places()),
  ["entities", "dates"]),
));

connection.onReferences(guarded("references", [], ({ textDocument, position }, token) =>
  withAnalysis(textDocument.uri, token, [], async (analysis) => {
    const others: { uri: string; entities: DumpAnalysis["entities"] }[] = [];
    for (const d of dumps.textDumps(textDocument.uri)) others.push({ uri: d.uri, entities: (await analysed(d, token, ["entities"])).entities });
    return references(analysis, textDocument.uri, position, others);
  }, ["entities"]),
));

connection.onDocumentHighlight(guarded("documentHighlight", [], ({ textDocument, position }, token) =>
  withAnalysis(textDocument.uri, token, [], (analysis) => documentHighlights(analysis, position), ["entities"]),
));

const tokenOptions = () => ({ entities: settings.entities.enabled, entityTypes: settings.entities.types });
connection.languages.semanticTokens.on(guarded("semanticTokens", { data: [] }, ({ textDocument }, token) =>
  withAnalysis(textDocument.uri, token, { data: [] }, (analysis) => semanticTokens(analysis, tokenOptions()), ["entities", "dates"]),
));
connection.languages.semanticTokens.onRange(guarded("semanticTokens/range", { data: [] }, ({ textDocument, range }, token) =>
  withAnalysis(textDocument.uri, token, { data: [] }, (analysis) => semanticTokens(analysis, tokenOptions(), range), ["entities", "dates"]),
));

connection.languages.inlayHint.on(guarded("inlayHint", [], ({ textDocument, range }, token) =>
  settings.dates.inlayHints ? withAnalysis(textDocument.uri, token, [], (analysis) => inlayHints(analysis, range), ["dates"]) : [],
));

async function documentDiagnostics(uri: string, token: CoreToken = noopToken) {
  const open = dumps.get(uri);
  if (open && outlineOnly(open)) return []; // cleared: duplicates are off for an outline-only dump
  return withAnalysis(uri, token as CancellationToken, [], (analysis, dump) =>
    diagnostics(analysis, { uri: dump.uri, articles: analysis.articles, fingerprints: articleFingerprints(dump.dump, token) ?? [] }, otherDumps(dump.uri)),
  ["diagnostics"]);
}

const diagnosticReports = new DiagnosticReports();
connection.languages.diagnostics.on(guarded("diagnostics", { kind: "full", items: [] } as DocumentDiagnosticReport, async ({ textDocument, previousResultId }, token) =>
  diagnosticReports.report(textDocument.uri, await documentDiagnostics(textDocument.uri, token), previousResultId),
));

// Clients that cannot pull diagnostics (Neovim before 0.10, …) get them pushed after edits settle.
const pushTimers = new Map<string, NodeJS.Timeout>();
function schedulePush(uri: string): void {
  if (canPullDiagnostics) return;
  clearTimeout(pushTimers.get(uri));
  pushTimers.set(uri, setTimeout(() => {
    pushTimers.delete(uri);
    if (!dumps.get(uri)) return;
    documentDiagnostics(uri).then(
      (diagnostics) => connection.sendDiagnostics({ uri, diagnostics }),
      (e) => connection.console.error(`push diagnostics failed: ${(e as Error).stack ?? e}`),
    );
  }, 300));
}

connection.onCodeAction(guarded("codeAction", [], async ({ textDocument, context, range }, token) => [
  ...(await withAnalysis(textDocument.uri, token, [], (analysis, dump) =>
    codeActions(analysis, textDocument.uri, context.diagnostics, dump.endPosition()),
  ["diagnostics"])),
  ...(context.only && !context.only.some((k) => "refactor".startsWith(k) || k.startsWith("refactor"))
    ? []
    : await withAnalysis(textDocument.uri, token, [], (analysis, dump) => correctionActions(analysis, textDocument.uri, range, (line) => dump.dump.lines[line] ?? ""), ["entities"])),
]));

/** The dump's annotations in an ML format (the client writes the files where the user chose). */
connection.onRequest("newsLens/export", guarded("export", [], ({ uri, format, dates }: { uri: string; format: ExportFormat; dates: boolean }, token) =>
  withAnalysis(uri, token, [], (analysis, dump) => exportAnnotations(dump.dump.lines, analysis, format, { dates }), ["entities", "dates"]),
));

/** The entity mention under a position (the client's correction commands act on it). */
connection.onRequest("newsLens/entityAt", guarded("entityAt", null, ({ uri, position }: { uri: string; position: Position }, token) =>
  withAnalysis(uri, token, null, (analysis) => {
    const mention = mentionAt(analysis.entities, position);
    return mention ? { range: mention.range, text: mention.text } : null;
  }, ["entities"]),
));

/** The correction to record for a range (the client writes it to the annotations file). */
connection.onRequest("newsLens/makeCorrection", guarded("makeCorrection", null, ({ uri, range, type, scope }: { uri: string; range: Range; type: CorrectionType; scope: "mention" | "all" }, token) =>
  withAnalysis(uri, token, null, (analysis, dump) => makeCorrection(dump.dump.lines, analysis, range, type, scope), ["entities"]),
));

interface ViewParams {
  uri: string;
  article?: number;
}
connection.onRequest("newsLens/entities", guarded("entities", [], ({ uri, article }: ViewParams, token) =>
  withAnalysis(uri, token, [], (analysis) => entityItems(analysis, uri, article), ["entities"]),
));
connection.onRequest("newsLens/timeline", guarded("timeline", [], ({ uri, article }: ViewParams, token) =>
  withAnalysis(uri, token, [], (analysis, dump) => timelineItems(analysis, uri, (line) => dump.dump.lines[line] ?? "", article), ["dates"]),
));
connection.onRequest("newsLens/duplicates", guarded("duplicates", [], ({ uri }: ViewParams, token) =>
  withAnalysis(uri, token, [], (analysis) => duplicateItems(analysis, uri), ["diagnostics"]),
));
/** Which article holds a line (the client's views filter by the current article). */
connection.onRequest("newsLens/articleAt", guarded("articleAt", null, ({ uri, line }: { uri: string; line: number }) => {
  const dump = textDump(uri);
  return dump?.articles().find((a) => a.range.start.line <= line && line <= a.range.end.line)?.index ?? null;
}));

/** Lets the client ask whether a plain-text document looks like a dump (its first 64 KB). */
connection.onRequest("newsLens/looksLikeDump", guarded("looksLikeDump", false, ({ text }: { text: string }) => looksLikeNewsDump(text)));

// Last line of defence: a bug in a handler is logged, never the end of the server.
process.on("uncaughtException", (e) => connection.console.error(`uncaught: ${e.stack ?? e}`));
process.on("unhandledRejection", (e) => connection.console.error(`unhandled rejection: ${(e as Error)?.stack ?? e}`));

connection.listen();
