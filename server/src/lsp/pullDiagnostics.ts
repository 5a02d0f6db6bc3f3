import {
  Connection, DiagnosticServerCancellationData, DocumentDiagnosticReport, DocumentDiagnosticReportKind, ErrorCodes, ResponseError,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService } from '../service/languageService';
import { DocumentState } from './documentState';
import { runSafe } from './runner';

const EMPTY: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

export interface PullDiagnosticsOptions {
  /** How long a version being typed waits before it is checked (0: at once; see `debounceFor`). */
  readonly debounceFor: (document: TextDocument) => number;
  /** Changes whenever settings or a kind override change, so that earlier result ids go stale. */
  readonly epoch: () => number;
  readonly isShutDown: () => boolean;
}

/**
 * Diagnostics the editor asks for (`textDocument/diagnostic`, LSP 3.17), for clients that can. VS Code
 * asks right after every open and change, keeps at most one request per document in flight, and
 * cancels it when a newer change arrives.
 *
 * An opened document, or a version already analysed (for completion), is answered at once. A version
 * being typed waits the same debounce as pushed diagnostics first (none for small documents; up to
 * 60 ms for big ones), so that a completion request sent just after the keystroke is answered before
 * the document is checked, and a newer change cancels the request before any work is done.
 * The result id names the version and the settings: asked again with it, the answer is "unchanged".
 */
export function registerPullDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  state: DocumentState,
  service: LanguageService,
  options: PullDiagnosticsOptions,
): void {
  connection.languages.diagnostics.on(async (params, token) => {
    if (options.isShutDown()) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down.');
    const uri = params.textDocument.uri;
    const asked = documents.get(uri);
    if (!asked) return EMPTY;
    const delayMs = state.isTyping(asked) ? options.debounceFor(asked) : 0;
    // Even without a delay, let the connection read what already arrived (a cancellation, a newer change).
    await new Promise((resolve) => (delayMs > 0 ? setTimeout(resolve, delayMs) : setImmediate(resolve)));
    const document = documents.get(uri); // the newest version: a change may have arrived meanwhile
    if (!document) return EMPTY;
    const report = runSafe(connection, 'diagnostic', token, EMPTY, (): DocumentDiagnosticReport => {
      const resultId = `${options.epoch()}:${document.version}`;
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: service.doValidation(state.analysis(document)) };
    });
    // Cancelled (a newer change arrived): the editor asks again for the newer version.
    if (report instanceof ResponseError) return new ResponseError<DiagnosticServerCancellationData>(report.code, report.message, { retriggerRequest: true });
    return report;
  });
}
