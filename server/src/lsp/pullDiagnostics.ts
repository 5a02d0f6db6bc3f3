import { performance } from 'node:perf_hooks';
import {
  Connection, Diagnostic, DiagnosticServerCancellationData, DocumentDiagnosticReport, DocumentDiagnosticReportKind, ErrorCodes, LSPErrorCodes, ResponseError,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, LanguageService } from '../service/languageService';
import { DocumentState } from './documentState';
import { describe, runSafe } from './runner';

const EMPTY: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

/** A check that took at least this long makes the next typed version wait `TYPING_WAIT_MS` first. */
const SLOW_CHECK_MS = 20;
/** Long enough for completion, which VS Code asks for within 10 ms of a keystroke, to go first. */
const TYPING_WAIT_MS = 15;

export interface PullDiagnosticsOptions {
  /** Changes whenever settings, a kind override or the workspace index change, so that earlier result ids go stale. */
  readonly epoch: () => number | string;
  /** What the worker's diagnostics depend on (settings and kinds: the worker sees no workspace): the part of `epoch` that makes its answer stale. */
  readonly workerEpoch: () => number | string;
  readonly isShutDown: () => boolean;
  /** A big document's diagnostics from the worker thread (undefined: not one of those; resolved undefined: overtaken). */
  readonly onWorker: (document: TextDocument) => Promise<Diagnostic[] | undefined> | undefined;
  /** Resolves once the parser a `pending` analysis waits for is loaded (the HCL parser, WASM, loads on the first .tf). */
  readonly parserLoaded: () => Promise<unknown>;
}

/**
 * Diagnostics the editor asks for (`textDocument/diagnostic`, LSP 3.17), for clients that can. VS Code
 * asks right after every open and change, keeps at most one request per document in flight, and
 * cancels it when a newer change arrives.
 *
 * An opened document, or a version already analysed (for completion), is answered at once, and so is
 * a typed version of a document whose last check was quick: the client already bounds the work, and
 * a debounce would only add latency. A typed version of a document whose last check was slow (at least
 * `SLOW_CHECK_MS`: big files) waits `TYPING_WAIT_MS` first, so that completion asked just after the
 * keystroke is answered before the check takes the thread, and a newer change cancels the request
 * before any work is done. The result id names the version and the settings: asked again with it, the
 * answer is "unchanged".
 */
export function registerPullDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  state: DocumentState,
  service: LanguageService,
  options: PullDiagnosticsOptions,
): void {
  /** How long the last check of each open document took. */
  const lastCheckMs = new Map<string, number>();
  documents.onDidClose((event) => lastCheckMs.delete(event.document.uri));
  connection.languages.diagnostics.on(async (params, token) => {
    if (options.isShutDown()) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down.');
    const uri = params.textDocument.uri;
    const asked = documents.get(uri);
    if (!asked) return EMPTY;
    const delayMs = state.isTyping(asked) && (lastCheckMs.get(uri) ?? 0) >= SLOW_CHECK_MS ? TYPING_WAIT_MS : 0;
    // Even without a delay, let the connection read what already arrived (a cancellation, a newer change).
    await new Promise((resolve) => (delayMs > 0 ? setTimeout(resolve, delayMs) : setImmediate(resolve)));
    const document = documents.get(uri); // the newest version: a change may have arrived meanwhile
    if (!document) return EMPTY;
    let resultId = `${options.epoch()}:${document.version}`;
    // The worker's diagnostics do not depend on the workspace index (it sees none): their result id leaves its generation out.
    const workerResultId = `worker ${options.workerEpoch()}:${document.version}`;
    if (params.previousResultId === resultId && !token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    if (params.previousResultId === workerResultId && !token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: workerResultId };
    const retrigger = () => new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, 'A newer version arrived', { retriggerRequest: true });
    const workerEpoch = options.workerEpoch();
    const fromWorker = options.onWorker(document);
    if (fromWorker) {
      const items = await fromWorker;
      // A change of the workspace index meanwhile (this document's own summary entering it) changes nothing here.
      if (!items || token.isCancellationRequested || options.workerEpoch() !== workerEpoch) return retrigger();
      return { kind: DocumentDiagnosticReportKind.Full, resultId: workerResultId, items };
    }
    // Overtaken by a newer version, it is asked again.
    let analysis: Analysis | undefined;
    try {
      analysis = await state.analysisInSlices(document);
    } catch (error) {
      connection.console.error(`diagnostic failed: ${describe(error)}`);
      return EMPTY;
    }
    if (!analysis) return retrigger();
    if (analysis.parsed.pending) {
      // The first .tf document: its parser is loading. Answered once it is, with its diagnostics, rather than
      // empty (a client without refresh support would keep an empty answer until the next change).
      try {
        await options.parserLoaded();
        analysis = await state.analysisInSlices(document);
      } catch (error) {
        connection.console.error(`diagnostic failed: ${describe(error)}`);
        return EMPTY;
      }
      if (!analysis || token.isCancellationRequested) return retrigger();
      resultId = `${options.epoch()}:${document.version}`; // the workspace index took the parsed document in meanwhile
    }
    const analysed = analysis;
    const report = runSafe(connection, 'diagnostic', token, EMPTY, (): DocumentDiagnosticReport => {
      if (`${options.epoch()}:${document.version}` !== resultId) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Settings changed');
      const start = performance.now();
      const items = service.doValidation(analysed);
      lastCheckMs.set(uri, performance.now() - start);
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
    });
    // Cancelled (a newer change arrived): the editor asks again for the newer version.
    if (report instanceof ResponseError) return new ResponseError<DiagnosticServerCancellationData>(report.code, report.message, { retriggerRequest: true });
    return report;
  });
}
