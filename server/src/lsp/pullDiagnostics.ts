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
  /** Changes whenever settings or a kind override change, so that earlier result ids go stale. */
  readonly epoch: () => number;
  readonly isShutDown: () => boolean;
}

/**
 * Diagnostics the editor asks for (`textDocument/diagnostic`, LSP 3.17), for clients that can. VS Code
 * asks right after every open and change, keeps at most one request per document in flight, and
 * cancels it when a newer change arrives: the client already bounds the work, so there is no debounce
 * here (it would only add latency). Before working, the handler lets the connection read what has
 * already arrived, so that a cancellation or a newer version queued behind the request is seen first.
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
    await new Promise((resolve) => setImmediate(resolve));
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
