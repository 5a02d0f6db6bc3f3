import { Connection, DidChangeWatchedFilesNotification, FileChangeType, InitializeParams, TextDocuments, WatchKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FileToSummarize, filePath, WorkspaceIndexer } from '../node/workspace/indexer';
import { FileSummary, LanguageService, WorkspaceIndex } from '../service/languageService';
import { DocumentState, SLICED_MIN_LENGTH } from './documentState';
import { describe, runSafe } from './runner';
import { ValidationScheduler } from './validationScheduler';

/** How long an open document's edits must pause before its summary replaces the previous one. */
const SUMMARY_DELAY_MS = 100;
/**
 * The same for a big document (`SLICED_MIN_LENGTH`): its summary needs a full analysis and a walk of
 * every step, tens of milliseconds that hold requests, so it waits for a pause in typing, not a keystroke.
 */
const BIG_SUMMARY_DELAY_MS = 1_000;

/** The pause after an edit before an open document is summarised again (`ServerOptions.summaryDelayFor`). */
export function summaryDelayFor(document: TextDocument): number {
  return document.getText().length < SLICED_MIN_LENGTH ? SUMMARY_DELAY_MS : BIG_SUMMARY_DELAY_MS;
}
/** Index changes within this time make one refresh of the open documents' diagnostics. */
const REFRESH_DELAY_MS = 50;

export interface WorkspaceContext {
  readonly isShutDown: () => boolean;
  /** Checks every open document again (their cross-file results may have changed). */
  readonly revalidateAll: () => void;
  /** Loads the HCL parser (the index summarises Terraform files once it is ready). */
  readonly hclReady?: () => Promise<unknown>;
  /** The pause after an edit before the document is summarised again (`summaryDelayFor` unless given). */
  readonly summaryDelayFor?: (document: TextDocument) => number;
  /**
   * Summarises a big YAML or JSON file on the worker thread (`WorkerValidation.summarize`); HCL stays on
   * this thread (the worker has no HCL parser).
   */
  readonly summarizeOnWorker?: (file: FileToSummarize) => Promise<FileSummary | undefined>;
}

/**
 * The server's workspace: the index built in the background over the workspace folders (with
 * `$/progress` when the client can show it), kept current from watched-file events (registered
 * dynamically) and from open documents, which win over the files on disk; and `workspace/symbol`.
 */
export class WorkspaceIndexing {
  readonly indexer: WorkspaceIndexer;
  private folders: string[] = [];
  private progress = false;
  private watch = false;
  private folderEvents = false;
  /** The size limit of the last build: a new one rebuilds the index. */
  private builtWithMaxFileSize: number | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  /** Open documents' summaries, debounced and cancelled like validations: a newer version replaces the pending one. */
  private readonly summaries: ValidationScheduler;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly state: DocumentState,
    private readonly service: LanguageService,
    readonly index: WorkspaceIndex,
    private readonly context: WorkspaceContext,
  ) {
    this.indexer = new WorkspaceIndexer({
      service,
      index,
      settings: () => state.currentSettings,
      log: (message) => connection.console.log(message),
      changed: () => this.scheduleRefresh(),
      hclReady: context.hclReady,
      progress: () => (this.progress ? connection.window.createWorkDoneProgress() : Promise.reject(new Error('no progress'))),
      summarizeElsewhere: (file) => (file.text.length >= SLICED_MIN_LENGTH && file.languageId !== 'terraform' ? context.summarizeOnWorker?.(file) : undefined),
    });
    this.summaries = new ValidationScheduler(SUMMARY_DELAY_MS, (uri) => documents.get(uri), (document) => this.summarize(document));
  }

  /** Reads the folders and what the client can do from `initialize`. */
  initialize(params: InitializeParams): void {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = folders.map(filePath).filter((f): f is string => f !== undefined);
    this.progress = params.capabilities.window?.workDoneProgress === true;
    this.watch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.folderEvents = params.capabilities.workspace?.workspaceFolders === true;
  }

  /** After a settings change: a new `maxFileSize` changes which files are indexed, so the index is built again. */
  settingsChanged(): void {
    if (this.builtWithMaxFileSize === undefined || this.builtWithMaxFileSize === this.state.currentSettings.maxFileSize) return;
    this.rebuild();
  }

  private rebuild(): void {
    this.builtWithMaxFileSize = this.state.currentSettings.maxFileSize;
    void this.indexer.index(this.folders);
  }

  /** After `initialized`: the watcher registered, the build started, open documents followed. */
  start(): void {
    const { connection, documents } = this;
    if (this.watch) {
      connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/*.{yaml,yml,json,tf}' },
          { globPattern: '**/.gitignore' },
          // A deleted folder is reported as the folder alone: its indexed files are dropped with it.
          { globPattern: '**/*', kind: WatchKind.Delete },
        ],
      }).catch((error: unknown) => connection.console.warn(`could not watch files: ${describe(error)}`));
    }
    connection.onDidChangeWatchedFiles((params) => {
      const types: Record<number, 'created' | 'changed' | 'deleted'> = { [FileChangeType.Created]: 'created', [FileChangeType.Changed]: 'changed', [FileChangeType.Deleted]: 'deleted' };
      void this.indexer.fileEvents(params.changes.map((c) => ({ uri: c.uri, type: types[c.type] ?? 'changed' })));
    });
    connection.onWorkspaceSymbol((params, token) => runSafe(connection, 'workspaceSymbol', token, [], () => this.service.findWorkspaceSymbols(this.index, params.query)));
    // An open fires onDidOpen and then onDidChangeContent: the opened version is summarised at once.
    const delayFor = this.context.summaryDelayFor ?? summaryDelayFor;
    const justOpened = new Set<string>();
    documents.onDidOpen((event) => justOpened.add(event.document.uri));
    documents.onDidChangeContent((event) => this.summaries.schedule(event.document, justOpened.delete(event.document.uri) ? 0 : delayFor(event.document)));
    documents.onDidClose((event) => {
      justOpened.delete(event.document.uri);
      this.summaries.cancel(event.document.uri);
      void this.indexer.documentClosed(event.document.uri);
    });
    if (this.folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => filePath(f.uri)));
        const added = event.added.map((f) => filePath(f.uri)).filter((f): f is string => f !== undefined);
        this.folders = [...this.folders.filter((f) => !removed.has(f)), ...added];
        this.rebuild();
      });
    }
    this.rebuild();
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.summaries.dispose();
  }

  /**
   * A big YAML or JSON document's summary is made on the worker thread, as a big closed file's is: its
   * `summarize` walk is in one piece (a 1,000-resource template's analyses every component's `Data`: 1.2 s
   * on this thread after each pause in typing). False when this document is summarised here.
   */
  private summarizeOnWorker(document: TextDocument, failed: (error: unknown) => void): boolean {
    const onWorker = this.context.summarizeOnWorker;
    const path = filePath(document.uri) ?? document.uri;
    if (!onWorker || document.getText().length < SLICED_MIN_LENGTH || document.languageId === 'terraform' || /\.tf$/i.test(path)) return false;
    const { uri, version } = document;
    // This thread's own analysis, in slices, as the summary here made it: completion, hover, the outline
    // and folding answer from it (the first request after the open would otherwise find none).
    this.state.analysisInSlices(document).catch(failed);
    const request = { uri, path, languageId: document.languageId, text: document.getText(), settings: this.state.currentSettings, version, kindOverride: this.state.overrideOf(uri) };
    onWorker(request).then((summary) => {
      if (!summary || this.context.isShutDown() || this.summaries.isStale(uri, version) || this.documents.get(uri)?.version !== version) return;
      const before = this.index.generation;
      this.indexer.documentChanged(summary);
      if (this.index.generation !== before) this.scheduleRefresh();
    }, failed);
    return true;
  }

  /** Summarises this version of an open document (the scheduler runs it once its edits have paused). */
  private summarize(document: TextDocument): void {
    if (this.context.isShutDown()) return;
    const { uri, version } = document; // the document changes in place: the version summarised is read now
    const failed = (error: unknown) => this.connection.console.error(`summary of ${uri} failed: ${describe(error)}`);
    if (this.summarizeOnWorker(document, failed)) return;
    // A big document's full parse runs in slices; overtaken by a newer version, that one is summarised.
    this.state.analysisInSlices(document).then((analysis) => {
      if (!analysis || this.context.isShutDown() || this.summaries.isStale(uri, version)) return;
      // Analysed before the HCL parser was loaded: nothing is known of it yet (an empty summary would win over
      // its file's), so it is summarised again once the parser is ready.
      if (analysis.parsed.pending) {
        this.context.hclReady?.().then(() => {
          const current = this.documents.get(uri);
          if (current && !this.context.isShutDown()) this.summaries.schedule(current, 0);
        }, failed);
        return;
      }
      try {
        const before = this.index.generation;
        this.indexer.documentChanged(this.service.summarize(analysis));
        if (this.index.generation !== before) this.scheduleRefresh();
      } catch (error) {
        failed(error);
      }
    }, failed);
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer || this.context.isShutDown()) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (!this.context.isShutDown()) this.context.revalidateAll();
    }, REFRESH_DELAY_MS);
  }
}
