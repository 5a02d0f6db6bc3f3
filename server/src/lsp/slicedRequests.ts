import { performance } from 'node:perf_hooks';
import { CancellationToken, ClientCapabilities, Connection, ErrorCodes, LSPErrorCodes, ResponseError, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, FoldingOptions, LanguageService } from '../service/languageService';
import { ConsumedVersionError } from '../service/util/consume';
import { Slices } from '../service/util/slices';
import { DocumentState } from './documentState';
import { describe } from './runner';

/** How long one event-loop turn may spend on a request's slices before other messages are read. */
const SLICE_MS = 4;
/** Times a request starts again on a newer analysis when the one it was answering from is taken over. */
const MAX_RESTARTS = 3;

export interface SlicedRequestContext {
  readonly isShutDown: () => boolean;
  /** What the client takes of folding ranges (known after `initialize`). */
  readonly folding: () => FoldingOptions;
}

/** The folding options the client's `initialize` asks for (VS Code: at most 5,000 ranges). */
export function foldingOptionsFrom(capabilities: ClientCapabilities): FoldingOptions {
  const limit = capabilities.textDocument?.foldingRange?.rangeLimit;
  return typeof limit === 'number' && Number.isInteger(limit) && limit >= 0 ? { rangeLimit: limit } : {};
}

/**
 * The outline and the folding ranges, answered from the recent analysis (`DocumentState.recentAnalysis`,
 * like completion) in slices of at most `SLICE_MS` per event-loop turn: a 4 MB component's outline and
 * folding cost tens of milliseconds each, which would hold every other request. A short document's
 * answer completes in the first slice, at once. The analysis a request answers from may be taken over by
 * a newer version between two slices (its tree shifted in place: `util/consume.ts`); the request then
 * starts again from the recent analysis of the document's current version.
 */
export function registerSlicedRequests(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  state: DocumentState,
  service: LanguageService,
  context: SlicedRequestContext,
): void {
  const answer = <T>(name: string, uri: string, token: CancellationToken, empty: T, work: (analysis: Analysis) => Slices<T>) => {
    if (context.isShutDown()) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down.');
    const recent = () => {
      const document = documents.get(uri);
      return document && state.recentAnalysis(document);
    };
    return inSlices(recent, work, token, empty, (error) => connection.console.error(`${name} failed: ${describe(error)}`));
  };
  connection.onDocumentSymbol((params, token) => answer('documentSymbol', params.textDocument.uri, token, [], (a) => service.documentSymbolsInSlices(a)));
  connection.onFoldingRanges((params, token) => answer('foldingRange', params.textDocument.uri, token, [], (a) => service.foldingRangesInSlices(a, context.folding())));
}

/**
 * Runs `work` on the analysis `recent` gives, `SLICE_MS` per turn; the first slice at once (its result
 * returned as it is when it completes there). Cancellation is honoured between slices; an error is
 * logged and answered with `empty`, as `runSafe` does.
 */
export function inSlices<T>(
  recent: () => Analysis | undefined,
  work: (analysis: Analysis) => Slices<T>,
  token: CancellationToken,
  empty: T,
  log: (error: unknown) => void,
): T | ResponseError<void> | Promise<T | ResponseError<void>> {
  if (token.isCancellationRequested) return cancelled();
  const first = recent();
  if (!first) return empty;
  let slices = work(first);
  let restarts = 0;
  /** The result, or undefined when the turn's time is up first. */
  const run = (): { value: T } | undefined => {
    const started = performance.now();
    for (;;) {
      let step: IteratorResult<void, T>;
      try {
        step = slices.next();
      } catch (error) {
        if (!(error instanceof ConsumedVersionError) || restarts++ >= MAX_RESTARTS) throw error;
        const analysis = recent();
        if (!analysis) return { value: empty };
        slices = work(analysis);
        continue;
      }
      if (step.done) return { value: step.value };
      if (performance.now() - started >= SLICE_MS) return undefined;
    }
  };
  try {
    const done = run();
    if (done) return done.value;
  } catch (error) {
    log(error);
    return empty;
  }
  return new Promise((resolve) => {
    const turn = () => {
      if (token.isCancellationRequested) {
        slices.return(undefined as never);
        resolve(cancelled());
        return;
      }
      try {
        const done = run();
        if (done) resolve(done.value);
        else setImmediate(turn);
      } catch (error) {
        log(error);
        resolve(empty);
      }
    };
    setImmediate(turn);
  });
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
