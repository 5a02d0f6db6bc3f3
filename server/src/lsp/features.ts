import { Connection, ErrorCodes, LSPErrorCodes, ResponseError, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, CompletionOptions, KindDescription, LanguageService } from '../service/languageService';
import { DocumentState } from './documentState';
import { runSafe } from './runner';

export interface FeatureContext {
  /** Checks a document again (after its kind was set by hand). */
  readonly revalidate: (uri: string) => void;
  readonly isShutDown: () => boolean;
  /** What the client's completion lists can take (known after `initialize`). */
  readonly completion: () => CompletionOptions;
}

/** Request handlers: each finds the cached analysis and asks the service, inside the safe runner. */
export function registerFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  state: DocumentState,
  service: LanguageService,
  context: FeatureContext,
): void {
  const { revalidate, isShutDown } = context;
  const withAnalysis = <T>(uri: string, empty: T, work: (analysis: Analysis) => T): T => {
    // LSP: requests after `shutdown` error with InvalidRequest.
    if (isShutDown()) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down.');
    const document = documents.get(uri);
    return document ? work(state.analysis(document)) : empty;
  };
  /**
   * For requests an older version can answer: a big document's latest completed analysis while the newest
   * is made (`DocumentState.recentAnalysis`), or, once the newest one's build has taken it over, that build's
   * result, waited for (the build runs in slices, other requests are answered between them). When that
   * version was overtaken meanwhile, asked again for the newest (`attempts` bounds it).
   */
  const withRecentAnalysis = <T>(uri: string, empty: T, work: (analysis: Analysis) => T, attempts = 4): T | Promise<T> => {
    if (isShutDown()) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down.');
    const document = documents.get(uri);
    const analysis = document && state.recentAnalysis(document);
    if (analysis instanceof Promise) {
      return analysis.then((built) => (built ? work(built) : attempts > 1 ? withRecentAnalysis(uri, empty, work, attempts - 1) : empty));
    }
    return analysis ? work(analysis) : empty;
  };

  connection.onCompletion((params, token) => runSafe(connection, 'completion', token, null, () =>
    withRecentAnalysis(params.textDocument.uri, null, (a) => service.doComplete(a, params.position, context.completion()))));
  connection.onHover((params, token) => runSafe(connection, 'hover', token, null, () =>
    withRecentAnalysis(params.textDocument.uri, null, (a) => service.doHover(a, params.position))));
  connection.onCodeAction((params, token) => runSafe(connection, 'codeAction', token, [], () =>
    withAnalysis(params.textDocument.uri, [], (a) => service.getCodeActions(a, params.range, params.context.diagnostics))));
  connection.onDefinition((params, token) => runSafe(connection, 'definition', token, [], () =>
    withAnalysis(params.textDocument.uri, [], (a) => service.findDefinition(a, params.position))));
  connection.onReferences((params, token) => runSafe(connection, 'references', token, [], () =>
    withAnalysis(params.textDocument.uri, [], (a) => service.findReferences(a, params.position, params.context.includeDeclaration))));
  connection.onPrepareRename((params, token) => runSafe(connection, 'prepareRename', token, null, () =>
    withAnalysis(params.textDocument.uri, null, (a) => service.prepareRename(a, params.position))));
  connection.onRenameRequest((params, token) => runSafe(connection, 'rename', token, null, () =>
    withAnalysis(params.textDocument.uri, null, (a) => {
      const result = service.doRename(a, params.position, params.newName);
      if (result && 'error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error); // the editor shows why
      return result;
    })));
  // The outline and folding ranges: `slicedRequests.ts`.

  const unknown: KindDescription = { kind: null, title: null, source: 'none' };
  connection.onRequest('imagebuilder/documentKind', (params: { uri?: unknown }, token) => runSafe(connection, 'documentKind', token, unknown, () =>
    typeof params?.uri === 'string' ? withRecentAnalysis(params.uri, unknown, (a) => service.describeKind(a)) : unknown));
  connection.onRequest('imagebuilder/listKinds', () => service.listKinds());
  connection.onNotification('imagebuilder/setDocumentKind', (params: { uri?: unknown; kind?: unknown }) => {
    if (typeof params?.uri !== 'string') return;
    state.setOverride(params.uri, typeof params.kind === 'string' ? params.kind : null);
    revalidate(params.uri);
  });
}
