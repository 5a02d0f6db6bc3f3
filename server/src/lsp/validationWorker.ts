import { MessagePort } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic } from 'vscode-languageserver/node';
import { loadBundledSchemas } from '../node/loadSchemas';
import { Analysis, getLanguageService, Settings } from '../service/languageService';
import { isConsumed } from '../service/util/consume';
import { Slices } from '../service/util/slices';
import { lowerThisThreadPriority, WORKER_NICENESS } from './threadPriority';
import { SummarizeRequest, SummaryReply, WorkerSummaries } from './workerSummaries';

/**
 * A version's text, or how it differs from the version `from` the worker was last sent of the document:
 * that text's `[start, oldEnd)` replaced by `text`, which makes a text of `length` characters.
 */
export type TextOrChange =
  | { readonly text: string; readonly change?: undefined }
  | { readonly text?: undefined; readonly change: { readonly from: number; readonly start: number; readonly oldEnd: number; readonly text: string; readonly length: number } };

/** A version to check (main thread → worker). */
export type ValidateRequest = {
  readonly type: 'validate';
  /** Increases with each request of the main thread: a reply answers every request up to its own. */
  readonly id: number;
  readonly uri: string;
  readonly version: number;
  readonly languageId: string;
  readonly settings: Settings;
  readonly kindOverride: string | null;
} & TextOrChange;
/** A request as the worker keeps it: with the version's whole text. */
type ValidateMessage = Omit<ValidateRequest, 'change'> & { readonly text: string };
export type ToWorker = ValidateRequest | SummarizeRequest | { readonly type: 'forget'; readonly uri: string };
/** The diagnostics of a version, or why there are none: a newer version overtook it, or it failed. */
export type FromWorker =
  | { readonly id: number; readonly uri: string; readonly version: number; readonly diagnostics: Diagnostic[] }
  | { readonly id: number; readonly uri: string; readonly version: number; readonly overtaken: true }
  | { readonly id: number; readonly uri: string; readonly version: number; readonly error: string }
  | SummaryReply;

/** How long the worker runs slices before it reads its messages (a newer version cancels the run). */
const SLICE_MS = 20;

interface Run {
  /** The newest request for what runs (asked again for the same version and settings, the run answers that one too). */
  job: ValidateMessage;
  readonly slices: Slices<Analysis>;
  /** A close, or other settings or kind: the analysis is stopped at its next slice. */
  cancelled: boolean;
  /**
   * A newer version of the document, with the same settings and kind, is wanted: the analysis still
   * completes (the newer version is re-parsed from it, in part), and its check is skipped.
   */
  overtaken: boolean;
}

/**
 * The validation worker (a `worker_threads` thread, started by `workerValidation.ts` for big documents):
 * its own language service and one analysis per document (so an edit the incremental re-parse takes is
 * cheap here too). It parses in slices (`analyzeInSlices`) and reads its messages between them. A newer
 * version of the document being analysed does not stop the analysis: it completes, its check is skipped
 * (its request is answered as overtaken), and the newest version is analysed from it, as the main
 * thread's `slicedBuilds.ts` does; stopping it would, under steady typing in a document whose full
 * parse outlasts the pause between keystrokes, never complete one, and no diagnostics would ever come.
 * A close, or other settings or kind, stops it at its next slice (the analysis it started from is kept,
 * unless an incremental re-parse had taken it over in the first slice).
 * The check itself (`doValidation`) runs whole: this thread answers no requests.
 * When no validation waits or runs, it summarises big closed files for the workspace index (`workerSummaries.ts`).
 */
export function runValidationWorker(port: MessagePort): void {
  // Below the main thread, which answers requests (`threadPriority.ts`).
  lowerThisThreadPriority(WORKER_NICENESS);
  const service = getLanguageService({ schemas: loadBundledSchemas() });
  const analyses = new Map<string, { analysis: Analysis; settings: string; kindOverride: string | null }>();
  const wanted = new Map<string, ValidateMessage>();
  /** The last version each document was sent in, and its text: what the next change is applied to. */
  const texts = new Map<string, { version: number; text: string }>();
  let running: Run | undefined;
  let scheduled = false;

  const post = (message: FromWorker) => port.postMessage(message);
  const summaries = new WorkerSummaries(service, post, (request) => {
    const held = analyses.get(request.uri);
    const same = held && !isConsumed(held.analysis) && held.analysis.document.version === request.version
      && held.settings === JSON.stringify(request.settings) && held.kindOverride === (request.kindOverride ?? null);
    return same ? held.analysis : undefined;
  });
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      step();
    });
  };
  const start = (job: ValidateMessage): Run => {
    const settings = JSON.stringify(job.settings);
    const before = analyses.get(job.uri);
    // Not one an analysis stopped after its incremental re-parse had taken it over (`isConsumed`).
    const previous = before && before.settings === settings && !isConsumed(before.analysis) ? before.analysis : undefined;
    if (before && !previous) analyses.delete(job.uri);
    const document = TextDocument.create(job.uri, job.languageId, job.version, job.text);
    return { job, slices: service.analyzeInSlices(document, { settings: job.settings, kindOverride: job.kindOverride, previous }), cancelled: false, overtaken: false };
  };
  const step = () => {
    if (!running) {
      const next = wanted.values().next();
      if (next.done) {
        if (summaries.step(performance.now() + SLICE_MS)) schedule();
        return;
      }
      wanted.delete(next.value.uri);
      running = start(next.value);
    }
    const run = running;
    const until = performance.now() + SLICE_MS;
    try {
      for (;;) {
        if (run.cancelled) {
          run.slices.return(undefined as never);
          post({ id: run.job.id, uri: run.job.uri, version: run.job.version, overtaken: true });
          break;
        }
        const slice = run.slices.next();
        if (slice.done) {
          analyses.set(run.job.uri, { analysis: slice.value, settings: JSON.stringify(run.job.settings), kindOverride: run.job.kindOverride });
          if (run.overtaken) post({ id: run.job.id, uri: run.job.uri, version: run.job.version, overtaken: true });
          else post({ id: run.job.id, uri: run.job.uri, version: run.job.version, diagnostics: service.doValidation(slice.value) });
          break;
        }
        if (performance.now() >= until) return schedule();
      }
    } catch (error) {
      analyses.delete(run.job.uri);
      post({ id: run.job.id, uri: run.job.uri, version: run.job.version, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
    }
    running = undefined;
    schedule();
  };

  const sameSettings = (a: ValidateMessage, b: ValidateMessage) => a.kindOverride === b.kindOverride && JSON.stringify(a.settings) === JSON.stringify(b.settings);
  const sameJob = (a: ValidateMessage, b: ValidateMessage) => a.uri === b.uri && a.version === b.version && sameSettings(a, b);
  /** The request with its version's whole text; an error when its change is not of the text held (a bug, reported). */
  const withText = (request: ValidateRequest): ValidateMessage | string => {
    const { change, ...rest } = request;
    if (request.text !== undefined) return { ...rest, text: request.text };
    if (!change) return 'a request with neither a text nor a change';
    const held = texts.get(request.uri);
    if (!held || held.version !== change.from) return `a change of version ${change.from} came, and the worker holds ${held ? `version ${held.version}` : 'none'}`;
    const text = held.text.slice(0, change.start) + change.text + held.text.slice(change.oldEnd);
    if (change.oldEnd > held.text.length || text.length !== change.length) return `a change of version ${change.from} does not fit its text (${text.length} characters made, ${change.length} meant)`;
    return { ...rest, text };
  };
  port.on('message', (received: ToWorker) => {
    if (received.type === 'summarize') {
      summaries.add(received);
      return schedule();
    }
    let message: ValidateMessage | { readonly type: 'forget'; readonly uri: string };
    if (received.type === 'validate') {
      const made = withText(received);
      if (typeof made === 'string') {
        texts.delete(received.uri);
        post({ id: received.id, uri: received.uri, version: received.version, error: made });
        return;
      }
      texts.set(made.uri, { version: made.version, text: made.text });
      message = made;
    } else {
      texts.delete(received.uri);
      message = received;
    }
    // Asked again for the version being checked (a pull retriggered, a revalidation): its answer will do, for both.
    if (message.type === 'validate' && running && !running.cancelled && sameJob(running.job, message)) {
      running.job = message;
      return;
    }
    if (running?.job.uri === message.uri) {
      if (message.type === 'validate' && sameSettings(running.job, message)) running.overtaken = true;
      else running.cancelled = true;
    }
    if (message.type === 'forget') {
      wanted.delete(message.uri);
      analyses.delete(message.uri);
    } else {
      // A waiting request for the same version and settings is answered with this one; any other is overtaken.
      const overtaken = wanted.get(message.uri);
      if (overtaken && !sameJob(overtaken, message)) post({ id: overtaken.id, uri: overtaken.uri, version: overtaken.version, overtaken: true });
      wanted.set(message.uri, message);
    }
    schedule();
  });
}
