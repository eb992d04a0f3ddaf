// The language server: wires LSP requests and notifications to the features. Nothing else lives
// here: the state is in state.ts, the policies in policies/, the work in features/ and the core.
// Runs over stdio (`--stdio`) or Node IPC (`--node-ipc`, as the VS Code client starts it).

import { fileURLToPath } from "node:url";
import {
  type CancellationToken,
  createConnection,
  DidChangeConfigurationNotification,
  type DocumentDiagnosticReport,
  ErrorCodes,
  FileChangeType,
  type InitializeResult,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
} from "vscode-languageserver/node";
import {
  type DumpAnalysis,
  type EntityMention,
  exportSteps,
  GRAPH_FORMATS,
  looksLikeNewsDump,
  makeCorrection,
  mentionAt,
  PLACES_FORMATS,
  type StageName,
} from "../analysis/index.js";
import { places } from "../node/placesFile.js";
import { type EmptyBecause, type EntityDetails, type GraphData, type GraphSettings, notifications, requests, type TimelineChartData } from "../protocol.js";
import type { OpenDump } from "./documents.js";
import { codeActions } from "./features/codeActions.js";
import { correctionActions } from "./features/corrections.js";
import { documentSymbols } from "./features/documentSymbols.js";
import { edgeDetails, entityDetails, entityGraphData, graphFiles, graphSettings } from "./features/entityGraph.js";
import { foldingRanges } from "./features/folding.js";
import { hover } from "./features/hover.js";
import { inlayHints } from "./features/inlayHints.js";
import { layoutInfo } from "./features/layout.js";
import { placesFiles, placesMapData } from "./features/placesMap.js";
import { documentHighlights, references } from "./features/references.js";
import { legend, semanticTokens } from "./features/semanticTokens.js";
import { timelineChartData } from "./features/timelineChart.js";
import { duplicateItems, entityItems, timelineItems } from "./features/views.js";
import { workspaceSymbols } from "./features/workspaceSymbols.js";
import { runInSlices } from "./policies/slices.js";
import { ServerState } from "./state.js";

const connection = createConnection(ProposedFeatures.all);
const state = new ServerState(connection);

/** Set by the shutdown request: every request after it is answered with InvalidRequest, as the LSP says. */
let shutDown = false;
connection.onShutdown(() => {
  shutDown = true;
});

/** Runs a handler; an exception is logged and answered with `fallback`, never a crash. After shutdown, an error. */
function guarded<P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
  return async (params: P, token: CancellationToken): Promise<R> => {
    if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, `${name} after shutdown`);
    try {
      return await handler(params, token);
    } catch (e) {
      if (e instanceof ResponseError) throw e; // a cancellation: the client keeps what it had
      connection.console.error(`${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };
}

// ---- lifecycle and settings --------------------------------------------------------------------

connection.onInitialize((params): InitializeResult => {
  state.initialize(params);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      // Registered at `initialized` instead where the client allows it (see outlineProviders.ts).
      documentSymbolProvider: state.outline.dynamic ? undefined : { label: "News Lens" },
      foldingRangeProvider: !state.outline.dynamic,
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

async function loadSettings(pushed?: unknown): Promise<void> {
  if (state.client.pullConfiguration) state.applySettings(await connection.workspace.getConfiguration("newsLens"));
  else if (pushed !== undefined) state.applySettings((pushed as { newsLens?: unknown } | undefined)?.newsLens);
}

connection.onInitialized(async () => {
  void state.outline.register();
  try {
    if (state.client.pullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: "newsLens" });
      await loadSettings();
    }
  } finally {
    void state.rescanWorkspace();
    state.markReady();
  }
});

connection.onDidChangeConfiguration(async (change) => {
  await loadSettings(change.settings ?? {});
  state.refreshEditorState();
  void state.rescanWorkspace();
});

// ---- documents ---------------------------------------------------------------------------------

connection.onDidOpenTextDocument(({ textDocument: t }) => {
  state.largeFiles.release(t.uri); // the editor's copy replaces the one read from disk
  state.opened(state.dumps.open(t.uri, t.version, t.text));
});

connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
  const dump = state.dumps.get(textDocument.uri);
  dump?.applyChanges(contentChanges, textDocument.version);
  if (dump) state.judge(dump);
  state.pushes.schedule(textDocument.uri);
});

connection.onDidCloseTextDocument(({ textDocument }) => state.closed(textDocument.uri));

connection.onDidChangeWatchedFiles(({ changes }) => {
  if (state.corrections.filesChanged(changes.map((c) => c.uri))) state.refreshEditorState();
  for (const change of changes) {
    if (!change.uri.startsWith("file:")) continue;
    const path = fileURLToPath(change.uri);
    if (change.type === FileChangeType.Deleted) state.workspace.remove(path);
    else if (state.workspace.matches(path)) void state.workspace.refresh(path).then(() => state.refreshEditorState());
  }
});

connection.onRequest(
  requests.openLargeFile,
  guarded("openLargeFile", null, async ({ uri }, token) => {
    const dump = await state.largeFiles.open(uri, token);
    return dump ? documentSymbols(dump.articles()) : null;
  }),
);
connection.onRequest(
  requests.layout,
  guarded("layout", null, ({ uri }) => {
    const dump = state.textDump(uri);
    return dump ? layoutInfo(dump.session) : null;
  }),
);
connection.onNotification(notifications.closeLargeFile, ({ uri }) => state.largeFiles.release(uri));

// ---- features ----------------------------------------------------------------------------------

connection.onDocumentSymbol(
  guarded("documentSymbol", [], ({ textDocument }) => {
    const dump = state.textDump(textDocument.uri);
    return dump ? documentSymbols(dump.articles()) : [];
  }),
);

connection.onFoldingRanges(
  guarded("foldingRange", [], ({ textDocument }) => {
    const dump = state.textDump(textDocument.uri);
    return dump ? foldingRanges(dump.articles()) : [];
  }),
);

connection.onWorkspaceSymbol(
  guarded("workspaceSymbol", [], ({ query }) => {
    const open = state.dumps.textDumps().map((d) => ({ uri: d.uri, articles: d.articles() }));
    const openUris = new Set(open.map((d) => d.uri));
    return workspaceSymbols([...open, ...state.workspace.all().filter((d) => !openUris.has(d.uri))], query);
  }),
);

connection.onHover(
  guarded("hover", null, ({ textDocument, position }, token) =>
    state.withAnalysis(textDocument.uri, token, null, ["entities", "dates"], (analysis, dump) => hover(analysis, position, state.hoverContext(dump))),
  ),
);

connection.onReferences(
  guarded("references", [], ({ textDocument, position }, token) =>
    state.withAnalysis(textDocument.uri, token, [], ["entities"], async (_, dump) => {
      const others: { uri: string; entities: readonly EntityMention[] }[] = [];
      for (const d of state.dumps.textDumps(textDocument.uri)) others.push({ uri: d.uri, entities: (await state.analysed(d, token, ["entities"])).entities });
      return references(dump.session.entityIndex()!, textDocument.uri, position, others);
    }),
  ),
);

connection.onDocumentHighlight(
  guarded("documentHighlight", [], ({ textDocument, position }, token) =>
    state.withAnalysis(textDocument.uri, token, [], ["entities"], (_, dump) => documentHighlights(dump.session.entityIndex()!, position)),
  ),
);

const tokenOptions = () => ({ entities: state.settings.entities.enabled, entityTypes: state.settings.entities.types });
connection.languages.semanticTokens.on(
  guarded("semanticTokens", { data: [] }, ({ textDocument }, token) =>
    state.withAnalysis(textDocument.uri, token, { data: [] }, ["entities", "dates"], (analysis) => semanticTokens(analysis, tokenOptions())),
  ),
);
connection.languages.semanticTokens.onRange(
  guarded("semanticTokens/range", { data: [] }, ({ textDocument, range }, token) =>
    state.withAnalysis(textDocument.uri, token, { data: [] }, ["entities", "dates"], (analysis) => semanticTokens(analysis, tokenOptions(), range)),
  ),
);

connection.languages.inlayHint.on(
  guarded("inlayHint", [], ({ textDocument, range }, token) =>
    state.settings.dates.inlayHints ? state.withAnalysis(textDocument.uri, token, [], ["dates"], (analysis) => inlayHints(analysis, range)) : [],
  ),
);

connection.languages.diagnostics.on(
  guarded("diagnostics", { kind: "full", items: [] } as DocumentDiagnosticReport, async ({ textDocument, previousResultId }, token) =>
    state.reports.report(textDocument.uri, await state.documentDiagnostics(textDocument.uri, token), previousResultId),
  ),
);

connection.onCodeAction(
  guarded("codeAction", [], async ({ textDocument, context, range }, token) => [
    ...(await state.withAnalysis(textDocument.uri, token, [], ["diagnostics"], (analysis, dump) =>
      codeActions(analysis, textDocument.uri, context.diagnostics, dump.endPosition()),
    )),
    ...(context.only && !context.only.some((k) => "refactor".startsWith(k) || k.startsWith("refactor"))
      ? []
      : await state.withAnalysis(textDocument.uri, token, [], ["entities"], (analysis, dump) =>
          correctionActions(analysis, textDocument.uri, range, (line) => dump.lineText(line)),
        )),
  ]),
);

// ---- News Lens requests -------------------------------------------------------------------------

connection.onRequest(
  requests.export,
  guarded("export", [], ({ uri, format, dates }, token) =>
    // In slices, on the lines as they are now (an edit meanwhile changes the session's lines in place).
    state.withAnalysis(uri, token, [], ["entities", "dates"], (analysis, dump) =>
      runInSlices(exportSteps([...dump.session.lines], analysis, format, { dates }), token),
    ),
  ),
);

connection.onRequest(
  requests.entityAt,
  guarded("entityAt", null, ({ uri, position }, token) =>
    state.withAnalysis(uri, token, null, ["entities"], (analysis) => {
      const mention = mentionAt(analysis.entities, position);
      return mention ? { range: mention.range, text: mention.text } : null;
    }),
  ),
);

connection.onRequest(
  requests.makeCorrection,
  guarded("makeCorrection", null, ({ uri, range, type, scope }, token) =>
    // A correction names text on one line; one across a line break would be saved and never apply.
    range.start.line !== range.end.line
      ? null
      : state.withAnalysis(uri, token, null, ["entities"], (analysis, dump) => makeCorrection(dump.session.lines, analysis, range, type, scope)),
  ),
);

connection.onRequest(
  requests.entities,
  guarded("entities", [], ({ uri, article }, token) => state.withAnalysis(uri, token, [], ["entities"], (analysis) => entityItems(analysis, uri, article))),
);
connection.onRequest(
  requests.timeline,
  guarded("timeline", [], ({ uri, article }, token) =>
    state.withAnalysis(uri, token, [], ["dates"], (analysis, dump) => timelineItems(analysis, uri, (line) => dump.lineText(line), article)),
  ),
);
connection.onRequest(
  requests.duplicates,
  guarded("duplicates", [], ({ uri }, token) => state.withAnalysis(uri, token, [], ["diagnostics"], (analysis) => duplicateItems(analysis, uri))),
);

// The graphic views (map, graph, chart) and their exports; a view with nothing to draw says why.
const viewData = async <R extends object>(
  uri: string,
  token: CancellationToken,
  fallback: R,
  stages: readonly StageName[],
  feature: (analysis: DumpAnalysis, dump: OpenDump) => R,
): Promise<R & EmptyBecause> => {
  const data = await state.withAnalysis(uri, token, fallback, stages, feature);
  const dump = state.dumps.get(uri);
  const reason = dump?.session.notText ? `this file is ${dump.session.notText}` : dump && state.outlineOnly.reason(dump);
  return reason ? { ...data, emptyBecause: reason } : data;
};
connection.onRequest(
  requests.placesMap,
  guarded("placesMap", { places: [], unlocated: [] }, (params, token) =>
    viewData(params.uri, token, { places: [], unlocated: [] }, ["entities", "dates"], (analysis) => placesMapData(analysis, params, places())),
  ),
);
const noGraph = (params: GraphSettings): GraphData => {
  const settings = graphSettings(params, state.settings.entities.types);
  return { unit: settings.unit, nodes: [], edges: [], allEdges: 0, entities: 0, settings };
};
connection.onRequest(
  requests.entityGraph,
  guarded("entityGraph", noGraph({}), (params, token) =>
    viewData(params.uri, token, noGraph(params), ["entities", "dates"], (analysis, dump) =>
      entityGraphData(analysis, params, state.settings.entities.types, (line) => dump.lineText(line)),
    ),
  ),
);
const noDetails: EntityDetails = { hover: "", count: 0, mentions: [] };
connection.onRequest(
  requests.entityDetails,
  guarded("entityDetails", noDetails, (params, token) =>
    state.withAnalysis(params.uri, token, noDetails, ["entities", "dates"], (analysis, dump) => entityDetails(analysis, params, state.hoverContext(dump))),
  ),
);
connection.onRequest(
  requests.edgeDetails,
  guarded("edgeDetails", [], (params, token) =>
    state.withAnalysis(params.uri, token, [], ["entities", "dates"], (analysis, dump) => edgeDetails(analysis, params, (line) => dump.lineText(line))),
  ),
);
const noChart: TimelineChartData = { unit: "day", bins: [], counted: 0, coarser: 0, outside: 0 };
connection.onRequest(
  requests.timelineChart,
  guarded("timelineChart", noChart, (params, token) => viewData(params.uri, token, noChart, ["dates"], (analysis) => timelineChartData(analysis, params))),
);
connection.onRequest(
  requests.exportPlaces,
  guarded("exportPlaces", [], ({ uri, format }, token) =>
    PLACES_FORMATS.includes(format) ? state.withAnalysis(uri, token, [], ["entities"], (analysis) => placesFiles(analysis, uri, places())) : [],
  ),
);
connection.onRequest(
  requests.exportGraph,
  guarded("exportGraph", [], ({ format, ...params }, token) =>
    GRAPH_FORMATS.includes(format)
      ? state.withAnalysis(params.uri, token, [], ["entities"], (analysis, dump) =>
          graphFiles(analysis, params, format, state.settings.entities.types, (line) => dump.lineText(line)),
        )
      : [],
  ),
);
connection.onRequest(
  requests.articleAt,
  guarded(
    "articleAt",
    null,
    ({ uri, line }) =>
      state
        .textDump(uri)
        ?.articles()
        .find((a) => a.range.start.line <= line && line <= a.range.end.line)?.index ?? null,
  ),
);
connection.onRequest(
  requests.alive,
  guarded("alive", true as const, () => true as const),
);
connection.onRequest(
  requests.looksLikeDump,
  guarded("looksLikeDump", false, ({ text }) => looksLikeNewsDump(text)),
);

// Last line of defence: a bug in a handler is logged, never the end of the server.
process.on("uncaughtException", (e) => connection.console.error(`uncaught: ${e.stack ?? e}`));
process.on("unhandledRejection", (e) => connection.console.error(`unhandled rejection: ${(e as Error)?.stack ?? e}`));

connection.listen();
