import { performance } from 'node:perf_hooks';
import { CancellationToken, ClientCapabilities, Connection, ErrorCodes, LSPErrorCodes, ResponseError, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, FoldingOptions, LanguageService } from '../service/languageService';
import { ConsumedVersionError } from '../service/util/consume';
import { Slices } from '../service/util/slices';
import { inBackground } from './backgroundTurn';
import { DocumentState, SLICED_MIN_LENGTH } from './documentState';
import { describe } from './runner';
import { TypingPause } from './typingPause';

/** How long one event-loop turn may spend on a request's slices before other messages are read. */
const SLICE_MS = 4;
/** Times a request starts again on a newer analysis when the one it was answering from is taken over. */
const MAX_RESTARTS = 3;
/** How long a big document's edits must pause before its outline is answered (`typingPause.ts`). */
export const BIG_OUTLINE_QUIET_MS = 500;

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
 * starts again from the recent analysis of the document's current version. A big document's outline
 * (`SLICED_MIN_LENGTH`) is answered when its edits pause (`TypingPause`): its JSON is encoded in one piece.
 */
export function registerSlicedRequests(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  state: DocumentState,
  service: LanguageService,
  context: SlicedRequestContext,
): void {
  /** `exact`: from this version's analysis, waited for, not the recent one (after a pause in typing). */
  const answer = <T>(name: string, uri: string, token: CancellationToken, empty: T, work: (analysis: Analysis) => Slices<T>, exact = false) => {
    if (context.isShutDown()) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down.');
    // Before a big document's first analysis is complete there is no recent one: the answer waits for it
    // (an empty outline would stay in the editor until the next edit).
    const recent = () => {
      const document = documents.get(uri);
      if (!document) return undefined;
      return exact ? state.analysisInSlices(document) : state.recentAnalysis(document) ?? state.analysisInSlices(document);
    };
    return inSlices(recent, work, token, empty, (error) => connection.console.error(`${name} failed: ${describe(error)}`));
  };
  const pause = new TypingPause(documents, BIG_OUTLINE_QUIET_MS);
  connection.onDocumentSymbol((params, token) => {
    const uri = params.textDocument.uri;
    const outline = (exact: boolean) => answer('documentSymbol', uri, token, [], (a) => service.documentSymbolsInSlices(a), exact);
    const big = (documents.get(uri)?.getText().length ?? 0) >= SLICED_MIN_LENGTH;
    const quiet = big ? pause.waitFor(uri, token) : true;
    // Once typing paused, the version it paused at: the recent analysis may be an older one still.
    return quiet === true ? outline(false) : quiet.then((paused) => (paused ? outline(true) : cancelled()));
  });
  connection.onFoldingRanges((params, token) => answer('foldingRange', params.textDocument.uri, token, [], (a) => service.foldingRangesInSlices(a, context.folding())));
}

/**
 * Runs `work` on the analysis `recent` gives, `SLICE_MS` per turn; the first slice at once (its result
 * returned as it is when it completes there). Cancellation is honoured between slices; an error is
 * logged and answered with `empty`, as `runSafe` does. `recent` may give a promise (the document's new
 * version is being built from the one it took over): the work starts when it settles, again from
 * `recent` when it gives undefined (overtaken).
 */
export function inSlices<T>(
  recent: () => Analysis | Promise<Analysis | undefined> | undefined,
  work: (analysis: Analysis) => Slices<T>,
  token: CancellationToken,
  empty: T,
  log: (error: unknown) => void,
): T | ResponseError<void> | Promise<T | ResponseError<void>> {
  if (token.isCancellationRequested) return cancelled();
  let slices: Slices<T> | undefined;
  let restarts = 0;
  /** The result; or a promise of the analysis to start from; or undefined when the turn's time is up first. */
  const run = (): { value: T } | { wait: Promise<Analysis | undefined> } | undefined => {
    const started = performance.now();
    for (;;) {
      if (!slices) {
        const analysis = recent();
        if (analysis instanceof Promise) return { wait: analysis };
        if (!analysis) return { value: empty };
        slices = work(analysis);
      }
      let step: IteratorResult<void, T>;
      try {
        step = slices.next();
      } catch (error) {
        if (!(error instanceof ConsumedVersionError) || restarts++ >= MAX_RESTARTS) throw error;
        slices = undefined;
        continue;
      }
      if (step.done) return { value: step.value };
      if (performance.now() - started >= SLICE_MS) return undefined;
    }
  };
  /** Waits for the analysis `wait` gives (undefined: `recent` is asked again, up to `MAX_RESTARTS` times). */
  const after = (wait: Promise<Analysis | undefined>, go: () => void, resolve: (value: T) => void): void => {
    wait.then((analysis) => {
      if (analysis) slices = work(analysis);
      if (analysis || restarts++ < MAX_RESTARTS) go();
      else resolve(empty);
    }, (error: unknown) => {
      log(error);
      resolve(empty);
    });
  };
  try {
    const done = run();
    if (done && 'value' in done) return done.value;
    return new Promise((resolve) => {
      const turn = () => {
        if (token.isCancellationRequested) {
          slices?.return(undefined as never);
          resolve(cancelled());
          return;
        }
        try {
          const next = run();
          if (next && 'value' in next) resolve(next.value);
          else if (next) after(next.wait, turn, resolve);
          else inBackground(turn);
        } catch (error) {
          log(error);
          resolve(empty);
        }
      };
      if (done) after(done.wait, turn, resolve);
      else inBackground(turn);
    });
  } catch (error) {
    log(error);
    return empty;
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
