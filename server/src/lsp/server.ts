import { Connection, InitializeParams, InitializeResult, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { HclLoader } from '../node/loadHcl';
import { loadBundledSchemas } from '../node/loadSchemas';
import { CompletionOptions, FoldingOptions, getLanguageService, normalizeSettings, WorkspaceIndex } from '../service/languageService';
import { languageOf } from '../service/parse/parse';
import { DocumentState, SLICED_MIN_LENGTH } from './documentState';
import { completionOptionsFrom } from './completionCapabilities';
import { registerFeatures } from './features';
import { foldingOptionsFrom, registerSlicedRequests } from './slicedRequests';
import { registerPullDiagnostics } from './pullDiagnostics';
import { describe } from './runner';
import { ValidationScheduler } from './validationScheduler';
import { versionedDocuments } from './versionedDocument';
import { WorkerValidation } from './workerValidation';
import { WorkspaceIndexing } from './workspaceIndexing';

/** Debounce between the last keystroke and validation, for big documents. */
const VALIDATION_DELAY_MS = 60;

/**
 * The debounce for a changed document: validating a small one costs less than a keystroke's interval, so
 * it waits about 1 ms per 10,000 characters, up to `VALIDATION_DELAY_MS`, and at least 1 ms, which folds
 * the changes of a burst read in pieces into one check (a newer version replaces a pending run).
 */
export function debounceFor(document: TextDocument): number {
  return Math.max(1, Math.min(VALIDATION_DELAY_MS, Math.floor(document.getText().length / 10_000)));
}

/**
 * Documents validated on the worker thread (`workerValidation.ts`): YAML and JSON texts of at least
 * `SLICED_MIN_LENGTH` (HCL is parsed by the main thread's WASM parser, loaded there).
 */
function onWorker(document: TextDocument): boolean {
  return document.getText().length >= SLICED_MIN_LENGTH && languageOf(document.languageId) !== 'hcl' && !document.uri.endsWith('.tf');
}

export interface ServerOptions {
  /** The debounce of a changed version, for pushed diagnostics (`debounceFor` unless given). */
  readonly debounceFor?: (document: TextDocument) => number;
  /** The pause after an edit before an open document's workspace summary is made again (`summaryDelayFor` unless given). */
  readonly summaryDelayFor?: (document: TextDocument) => number;
}

/**
 * The language server: a thin layer over the language service. Diagnostics are pulled by clients that
 * can (LSP 3.17 `textDocument/diagnostic`, as VS Code does) and pushed, debounced, to the others.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const debounce = options.debounceFor ?? debounceFor;
  const hcl = new HclLoader();
  const service = getLanguageService({ schemas: loadBundledSchemas(), hcl: () => hcl.current() });
  // One object a version (`versionedDocument.ts`): work that outlives an edit keeps its version's text and line offsets.
  const documents = new TextDocuments(versionedDocuments);
  // The HCL parser (WASM) loads when the first Terraform file is analysed; those analysed before it was
  // ready are analysed again and their diagnostics re-sent, or asked for again.
  const index = new WorkspaceIndex();
  const state = new DocumentState(service, normalizeSettings(undefined), index, () => {
    hcl.load().then(() => revalidate(state.forgetPending()), (error: unknown) => connection.console.error(`the HCL parser could not be loaded: ${describe(error)}`));
  });
  let pullConfiguration = false;
  let pullDiagnostics = false;
  let refreshSupport = false;
  let completion: CompletionOptions = {};
  let folding: FoldingOptions = {};
  let shutDown = false;

  const failed = (document: TextDocument, error: unknown) => connection.console.error(`validation of ${document.uri} failed: ${describe(error)}`);
  const worker = new WorkerValidation((message) => connection.console.error(message));
  const scheduler = new ValidationScheduler(VALIDATION_DELAY_MS, (uri) => documents.get(uri), (document) => {
    // The document object is changed in place by later edits: the version checked is read now.
    const { uri, version } = document;
    if (onWorker(document)) {
      worker.validate(document, state.currentSettings, state.overrideOf(uri)).then((diagnostics) => {
        if (diagnostics && !scheduler.isStale(uri, version)) void connection.sendDiagnostics({ uri, version, diagnostics });
      }, (error: unknown) => failed(document, error));
      return;
    }
    state.analysisInSlices(document).then((analysis) => {
      try {
        // Overtaken by a newer version, or not parsed yet (the HCL parser is loading: it is analysed
        // again, and sent, once it is ready).
        if (!analysis || scheduler.isStale(uri, version) || analysis.parsed.pending) return;
        const diagnostics = service.doValidation(analysis);
        if (scheduler.isStale(uri, version)) return;
        void connection.sendDiagnostics({ uri, version, diagnostics });
      } catch (error) {
        failed(document, error);
      }
    }, (error: unknown) => failed(document, error));
  });
  /** After settings or a kind changed: pushed diagnostics are re-sent, pulled ones asked for again. */
  const revalidate = (uris: readonly string[]): void => {
    if (!pullDiagnostics) {
      for (const uri of uris) {
        const document = documents.get(uri);
        if (document) scheduler.schedule(document, 0);
      }
    } else if (refreshSupport && !shutDown) {
      // Typed void, but it is the request's promise: a client that fails it changes nothing.
      Promise.resolve(connection.languages.diagnostics.refresh() as unknown)
        .catch((error: unknown) => connection.console.warn(`diagnostic refresh failed: ${describe(error)}`));
    }
  };
  const revalidateAll = () => revalidate(documents.all().map((d) => d.uri));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = params.initializationOptions as { settings?: unknown } | undefined;
    state.setSettings(normalizeSettings(options?.settings));
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    refreshSupport = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    completion = completionOptionsFrom(params.capabilities);
    folding = foldingOptionsFrom(params.capabilities);
    workspace.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['"', ':', ' ', '.', '{'], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'imagebuilder', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'imagebuilder-language-server', version: '0.1.0' },
    };
  });

  const refreshSettings = async (): Promise<void> => {
    if (!pullConfiguration) return;
    try {
      const [settings] = await connection.workspace.getConfiguration([{ section: 'imagebuilder' }]);
      // The same settings as initializationOptions gave (the usual case at start): nothing to redo.
      if (state.setSettings(normalizeSettings(settings))) {
        revalidateAll();
        workspace.settingsChanged();
      }
    } catch (error) {
      connection.console.warn(`could not read settings: ${describe(error)}`);
    }
  };

  connection.onInitialized(() => {
    void refreshSettings();
    workspace.start();
  });
  connection.onDidChangeConfiguration((change) => {
    if (pullConfiguration) {
      void refreshSettings();
      return;
    }
    const settings = (change.settings as { imagebuilder?: unknown } | undefined)?.imagebuilder;
    if (settings !== undefined && state.setSettings(normalizeSettings(settings))) {
      revalidateAll();
      workspace.settingsChanged();
    }
  });

  // An open fires onDidOpen and then onDidChangeContent: the opened version is checked at once, changed
  // ones after the debounce.
  const justOpened = new Set<string>();
  documents.onDidOpen((event) => justOpened.add(event.document.uri));
  documents.onDidChangeContent((event) => {
    const opened = justOpened.delete(event.document.uri);
    if (!pullDiagnostics) scheduler.schedule(event.document, opened ? 0 : debounce(event.document));
  });
  documents.onDidClose((event) => {
    scheduler.cancel(event.document.uri);
    worker.forget(event.document.uri);
    state.forget(event.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  const workspace = new WorkspaceIndexing(connection, documents, state, service, index, { isShutDown: () => shutDown, revalidateAll: () => revalidateAll(), hclReady: () => hcl.load(), summaryDelayFor: options.summaryDelayFor, summarizeOnWorker: (file) => worker.summarize(file) });
  registerFeatures(connection, documents, state, service, {
    revalidate: (uri) => revalidate([uri]),
    isShutDown: () => shutDown,
    completion: () => completion,
  });
  registerSlicedRequests(connection, documents, state, service, { isShutDown: () => shutDown, folding: () => folding });
  registerPullDiagnostics(connection, documents, state, service, {
    epoch: () => `${state.epoch}.${index.generation}`,
    workerEpoch: () => state.epoch,
    isShutDown: () => shutDown,
    onWorker: (document) => (onWorker(document) ? worker.validate(document, state.currentSettings, state.overrideOf(document.uri)) : undefined),
    parserLoaded: () => hcl.load(),
  });

  connection.onShutdown(() => {
    shutDown = true;
    scheduler.dispose();
    worker.dispose();
    workspace.dispose();
  });
  documents.listen(connection);
  connection.listen();
}
