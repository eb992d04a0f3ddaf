// All the server's state in one object: the open dumps, the workspace's dumps on disk, the
// settings, what the client can do, and the policies that act on them (warm-ups, outline-only
// dumps, corrections, files read from disk, pushed diagnostics, pull reports). Handlers reach
// everything through it; server.ts only wires requests to features.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { type CancellationToken, type Connection, type Diagnostic, type InitializeParams, LSPErrorCodes, ResponseError } from "vscode-languageserver/node";
import { type CancellationToken as CoreToken, type DumpAnalysis, type DumpFingerprints, noopToken, type StageName } from "../analysis/index.js";
import { AnalysisCache } from "../node/analysisCache.js";
import { loadCorrections, workspaceLexiconFolders } from "../node/corrections.js";
import { lazyNerModel, nerModelError, nerModelFound } from "../node/modelFile.js";
import { places } from "../node/placesFile.js";
import { notifications } from "../protocol.js";
import { DEFAULT_SETTINGS, type Settings } from "../vocabulary/settings.js";
import { type CachedOpening, type OpenDump, OpenDumps } from "./documents.js";
import { DiagnosticReports, diagnostics } from "./features/diagnostics.js";
import type { HoverContext } from "./features/hover.js";
import { CorrectionsStore } from "./policies/corrections.js";
import { fileName, LargeFiles } from "./policies/largeFiles.js";
import { modelWithNotice } from "./policies/modelNotice.js";
import { OutlineOnly } from "./policies/outlineOnly.js";
import { OutlineProviders } from "./policies/outlineProviders.js";
import { PushDiagnostics } from "./policies/pushDiagnostics.js";
import { TextNotices } from "./policies/textNotices.js";
import { WARM_UP_MIN_CHARS, WarmUps } from "./policies/warmUp.js";
import { startProgress } from "./progress.js";
import { readSettings } from "./settings.js";
import { WorkspaceDumps } from "./workspaceDumps.js";

export const ALL_STAGES: readonly StageName[] = ["entities", "dates", "diagnostics"];

export class ServerState {
  /** The open dumps; a big one is built from its segmentation in the disk cache when it holds the text (see analysisCache.ts). */
  readonly dumps = new OpenDumps((text) => this.cachedOpening(text));
  readonly workspace = new WorkspaceDumps();
  settings: Settings = DEFAULT_SETTINGS;
  readonly client = {
    pullConfiguration: false,
    showProgress: false,
    pullDiagnostics: false,
    refresh: { diagnostics: false, semanticTokens: false, inlayHints: false },
    workspaceFolders: [] as string[],
  };
  readonly reports = new DiagnosticReports();
  readonly outline: OutlineProviders;
  /** Called once settings are loaded and the workspace's dumps known by their patterns. */
  markReady: () => void = () => undefined;
  /** Settings loaded and the workspace's dumps known by their patterns: what judging a file needs. */
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));
  /** Per-article results of dumps analysed before, in the client's storage folder (see analysisCache.ts). */
  private analysisCache: AnalysisCache | undefined;

  readonly nerModel = modelWithNotice(
    lazyNerModel(),
    () => nerModelError()?.message,
    (message) => {
      this.connection.console.error(`entity model: ${message}`);
      void this.connection.window.showErrorMessage(`News Lens: ${message}`);
    },
  );

  readonly corrections = new CorrectionsStore({
    load: (path) => loadCorrections(path, workspaceLexiconFolders(path, this.client.workspaceFolders)),
    warn: (message) => void this.connection.window.showWarningMessage(`News Lens: ${message}`),
  });

  /** The first analysis of a big dump, ahead of the requests (see warmUp.ts). */
  readonly warmUps = new WarmUps({
    progress: (title) => startProgress(this.connection, this.client.showProgress, title),
    model: () => this.nerModel(),
    modelFound: nerModelFound,
    analyse: (dump, stages) => void this.analysisOf(dump, noopToken, stages),
    // a cache that cannot be read is no cache: the dump is analysed as without one
    cachedResults: async (dump) => this.analysisCache?.read(dump.getText(), this.settings.layout).catch(() => undefined),
    saveResults: (dump, results) =>
      void this.analysisCache
        ?.write(results, dump.session.articleWork(), dump.getText(), this.settings.layout)
        .catch((e: Error) => this.connection.console.error(`the analysis cache was not written: ${e.message}`)),
  });

  readonly outlineOnly = new OutlineOnly({
    maxFileSizeMB: () => this.settings.maxFileSizeMB,
    cancelledByUser: (dump) => this.warmUps.cancelledByUser(dump as OpenDump),
    changed: (dump, message) => {
      if (!message) this.warmUp(dump as OpenDump);
      void this.connection.sendNotification(notifications.sizeLimit, { uri: dump.uri, limited: message !== undefined, message: message ?? "" });
      this.refreshEditorState();
    },
  });

  readonly largeFiles = new LargeFiles({
    ready: this.ready,
    named: (path) => this.workspace.matches(path),
    autoDetect: () => this.settings.autoDetect,
    progress: (title, token) => startProgress(this.connection, this.client.showProgress, title, token),
    isOpen: (uri) => this.dumps.get(uri) !== undefined,
    open: (uri, text) => {
      const dump = this.dumps.open(uri, 1, text);
      this.opened(dump);
      return dump;
    },
    close: (uri) => this.closed(uri),
  });

  readonly textNotices = new TextNotices({
    misdecoded: (uri, message) => void this.connection.sendNotification(notifications.misdecoded, { uri, message }),
    notText: (_, message) => void this.connection.window.showWarningMessage(`News Lens: ${message}`),
  });

  readonly pushes = new PushDiagnostics(
    () => !this.client.pullDiagnostics,
    (uri) =>
      this.documentDiagnostics(uri).then(
        (items) => void this.connection.sendDiagnostics({ uri, diagnostics: items }),
        (e) => this.connection.console.error(`push diagnostics failed: ${(e as Error).stack ?? e}`),
      ),
  );

  constructor(readonly connection: Connection) {
    this.outline = new OutlineProviders(connection);
  }

  /** What the client can do, and where its workspace is. */
  initialize(params: InitializeParams): void {
    const caps = params.capabilities;
    this.client.pullConfiguration = caps.workspace?.configuration === true;
    this.client.showProgress = caps.window?.workDoneProgress === true;
    this.client.pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    this.client.refresh.diagnostics = caps.workspace?.diagnostics?.refreshSupport === true;
    this.client.refresh.semanticTokens = caps.workspace?.semanticTokens?.refreshSupport === true;
    this.client.refresh.inlayHints = caps.workspace?.inlayHint?.refreshSupport === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.client.workspaceFolders = folders.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri));
    this.outline.initialize(params);
    const storage = (params.initializationOptions as { globalStoragePath?: unknown } | undefined)?.globalStoragePath;
    if (typeof storage === "string" && storage) this.analysisCache = new AnalysisCache(path.join(storage, "analysis-cache"));
  }

  /** What the disk cache holds for a text being opened: only for a dump big enough to be warmed up (the only one whose results it keeps). */
  private cachedOpening(text: string): CachedOpening | undefined {
    const cache = this.analysisCache;
    if (!cache || text.length < WARM_UP_MIN_CHARS) return undefined;
    const layout = this.settings.layout;
    try {
      return { results: cache.readSync(text, layout), layout, discard: (results) => cache.discard(results) };
    } catch {
      return undefined; // a cache that cannot be read is no cache
    }
  }

  /** New settings: every open dump is judged again, the editor asked to refresh, the workspace rescanned. */
  applySettings(raw: unknown): void {
    const layout = this.settings.layout;
    this.settings = readSettings(raw);
    for (const dump of this.dumps.all()) {
      const before = dump.articles();
      dump.session.configure({ layout: this.settings.layout });
      if (dump.articles() !== before) void this.connection.sendNotification(notifications.articlesChanged, { uri: dump.uri });
      this.judge(dump);
    }
    // The open dumps' articles may have changed without an edit: the editor is asked for their Outline again.
    if (this.settings.layout !== layout) void this.outline.register();
  }

  /** The open dump for a request, unless it is not text (then features offer nothing). */
  textDump(uri: string): OpenDump | undefined {
    const dump = this.dumps.get(uri);
    return dump && !dump.session.notText ? dump : undefined;
  }

  /** The analysis of an open dump with the stages asked for (memoised), or undefined if cancelled. */
  analysisOf(dump: OpenDump, token: CoreToken = noopToken, stages: readonly StageName[] = ALL_STAGES): DumpAnalysis | undefined {
    const { bodyThreshold, repeatedHeadlineHints } = this.settings.duplicates;
    dump.session.configure({ nerModel: this.nerModel, bodyThreshold, repeatedHeadlineHints, corrections: this.corrections.for(dump.uri) });
    return dump.session.analysis(stages, token);
  }

  /** The analysis with `stages` of an open text dump, once its warm-up (if any) is over. */
  async analysed(dump: OpenDump, token: CancellationToken, stages: readonly StageName[]): Promise<DumpAnalysis> {
    if (stages.includes("entities") || stages.includes("dates")) await this.warmUps.settled(dump, token);
    if (stages.includes("entities")) await this.corrections.ready(dump.uri);
    // Cancelled on the way, or closed meanwhile: say so, rather than answer "nothing" (which would clear the Problems panel).
    const analysis = this.dumps.get(dump.uri) === dump ? this.analysisOf(dump, token, this.outlineOnly.reason(dump) ? [] : stages) : undefined;
    if (!analysis) throw new ResponseError(LSPErrorCodes.RequestCancelled, "cancelled");
    return analysis;
  }

  /** What hovers read beside the analysis (once the dump's entities are made). */
  hoverContext(dump: OpenDump): HoverContext {
    return {
      entities: dump.session.entityIndex()!,
      uri: dump.uri,
      lineText: (line) => dump.lineText(line),
      placeTable: places(),
      layout: dump.session.layout().description,
    };
  }

  /** Runs `feature` on the analysis of an open text dump; `fallback` when there is none. */
  async withAnalysis<R>(
    uri: string,
    token: CancellationToken,
    fallback: R,
    stages: readonly StageName[],
    feature: (analysis: DumpAnalysis, dump: OpenDump) => R | Promise<R>,
  ): Promise<R> {
    const dump = this.textDump(uri);
    return dump ? feature(await this.analysed(dump, token, stages), dump) : fallback;
  }

  /** What follows a dump's opening, from the editor or from disk. */
  opened(dump: OpenDump): void {
    this.textNotices.opened(dump);
    dump.session.configure({ layout: this.settings.layout });
    this.judge(dump);
    this.warmUp(dump);
    this.pushes.schedule(dump.uri);
  }

  /** What follows a dump's closing, from the editor or (for a file read from disk) from the client. */
  closed(uri: string): void {
    const dump = this.dumps.get(uri);
    if (dump) this.warmUps.stop(dump);
    this.dumps.close(uri);
    this.reports.forget(uri);
    this.outlineOnly.forget(uri);
    this.pushes.cancel(uri);
    if (!this.client.pullDiagnostics) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Judges whether a dump gets only its Outline (the client hears of a change), and stops its warm-up if so. */
  judge(dump: OpenDump): void {
    if (this.outlineOnly.reason(dump)) this.warmUps.stop(dump);
    this.outlineOnly.update(dump);
  }

  /** The first analysis of a big dump; once over (cancelled, maybe), the dump is judged again if still open. */
  warmUp(dump: OpenDump): void {
    if (this.outlineOnly.reason(dump)) {
      dump.takeCachedResults(); // not kept for a warm-up that may never come
      return;
    }
    void this.warmUps.start(dump, fileName(dump.uri))?.then(() => this.dumps.get(dump.uri) === dump && this.judge(dump));
  }

  /** The Problems of one dump: its own duplicates, and headlines it shares with the workspace's other dumps. */
  async documentDiagnostics(uri: string, token: CoreToken = noopToken): Promise<Diagnostic[]> {
    const open = this.dumps.get(uri);
    if (open && this.outlineOnly.reason(open)) return []; // cleared: duplicates are off for an outline-only dump
    return this.withAnalysis(uri, token as CancellationToken, [], ["diagnostics"], (analysis, dump) =>
      diagnostics(
        analysis,
        () => ({ uri: dump.uri, articles: analysis.articles, fingerprints: dump.session.fingerprints(token) ?? [] }),
        this.otherDumps(dump.uri),
      ),
    );
  }

  /** Fingerprints of the other dumps (open ones from the editor, the rest from disk). */
  otherDumps(uri: string): DumpFingerprints[] {
    if (!this.settings.duplicates.acrossFiles) return [];
    const open = this.dumps.textDumps(uri).filter((d) => !this.outlineOnly.reason(d));
    const openUris = new Set(open.map((d) => d.uri));
    return [
      ...open.map((d) => ({ uri: d.uri, articles: d.articles(), fingerprints: d.session.fingerprints() ?? [] })),
      ...this.workspace.all().filter((d) => d.uri !== uri && !openUris.has(d.uri)),
    ];
  }

  /** Re-reads the workspace's dumps, with a cancellable progress notification when the client can show one. */
  async rescanWorkspace(): Promise<void> {
    this.workspace.setScope({
      folders: this.client.workspaceFolders,
      patterns: [...this.settings.files],
      maxBytes: this.settings.maxFileSizeMB * 1024 * 1024,
      layout: this.settings.layout,
    });
    const progress = await startProgress(this.connection, this.client.showProgress, "News Lens: indexing the workspace's dumps");
    await this.workspace.rescan((done, total) => progress.report((100 * done) / total, `${done} of ${total} files`), progress.token);
    progress.done();
    this.refreshEditorState();
  }

  /** Asks the client to pull diagnostics, tokens and hints again (settings or other files changed). */
  refreshEditorState(): void {
    const ignore = () => undefined;
    const { connection } = this;
    if (this.client.refresh.diagnostics) Promise.resolve(connection.languages.diagnostics.refresh()).catch(ignore);
    if (this.client.refresh.semanticTokens) Promise.resolve(connection.languages.semanticTokens.refresh()).catch(ignore);
    if (this.client.refresh.inlayHints) connection.languages.inlayHint.refresh().catch(ignore);
  }
}
