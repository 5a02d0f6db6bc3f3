import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * While several documents wait, validations wait until none has been opened or changed for this long
 * (a flood of opens). A single document (typing, opening one file) never waits for it.
 */
const QUIET_MS = 20;

/**
 * Debounced, cancellable validation: a newer version of a document replaces the pending one (stale work
 * is dropped, never queued), and a run whose version went stale before it publishes is discarded.
 *
 * Documents whose debounce has passed wait in a ready list, newest first, and run one per turn of the
 * event loop (`setImmediate`), so requests that arrive meanwhile (completion in the file being edited)
 * are answered between two validations instead of after all of them, and the document scheduled last
 * (the one just opened or edited) is checked first. While documents keep being opened or changed (a
 * flood of `didOpen`s, each handled in its own turn by the connection), validations of several waiting
 * documents hold back until the stream is quiet for `QUIET_MS`, so a request behind the flood is not
 * made to wait for them.
 */
export class ValidationScheduler {
  /** uri → the version waiting for its debounce, and how to stop the wait (a timer or an immediate). */
  private readonly pending = new Map<string, { cancel: () => void; version: number }>();
  /** uri → version of the documents whose debounce has passed, and the order they did (last runs first). */
  private readonly ready = new Map<string, number>();
  private readonly order: string[] = [];
  /** The next `runNext`: at the next turn, or after a flood's quiet wait (never both). */
  private pumpImmediate: NodeJS.Immediate | undefined;
  private pumpTimer: NodeJS.Timeout | undefined;
  private lastActivity = 0;
  private disposed = false;

  constructor(
    private readonly delayMs: number,
    private readonly current: (uri: string) => TextDocument | undefined,
    private readonly run: (document: TextDocument) => void,
    /** How long a flood must have been quiet before its documents are checked. */
    private readonly quietMs = QUIET_MS,
  ) {}

  /**
   * Validates after `delayMs`; 0 (an opened document): after two turns of the event loop, not Node's
   * shortest timer (1 ms). The connection handles one message per turn, so a document opened in a flood
   * of opens is still waiting when the next one arrives, and the flood is told as several documents
   * waiting; one opened alone is checked at once.
   */
  schedule(document: TextDocument, delayMs = this.delayMs): void {
    if (this.disposed) return; // after shutdown: nothing more is validated
    this.lastActivity = performance.now();
    this.cancel(document.uri);
    const { uri, version } = document;
    const becomeReady = () => {
      this.pending.delete(uri);
      this.ready.set(uri, version);
      this.order.push(uri);
      this.start();
    };
    if (delayMs > 0) {
      const timer = setTimeout(becomeReady, delayMs);
      this.pending.set(uri, { cancel: () => clearTimeout(timer), version });
    } else {
      let turn = setImmediate(() => (turn = setImmediate(becomeReady)));
      this.pending.set(uri, { cancel: () => clearImmediate(turn), version });
    }
  }

  cancel(uri: string): void {
    this.pending.get(uri)?.cancel();
    this.pending.delete(uri);
    this.ready.delete(uri);
  }

  /** True when `uri` is closed or has moved on from `version` (a version read when the work began: the document changes in place). */
  isStale(uri: string, version: number): boolean {
    return this.current(uri)?.version !== version;
  }

  dispose(): void {
    this.disposed = true;
    for (const entry of this.pending.values()) entry.cancel();
    this.pending.clear();
    this.ready.clear();
    this.order.length = 0;
    this.stop();
  }

  private start(): void {
    if (!this.pumpImmediate && !this.pumpTimer) this.pumpImmediate = setImmediate(() => this.runNext());
  }

  private stop(): void {
    // Each kind is cleared with its own function: clearImmediate on a Timeout unlinks it from the wrong
    // list, which left Node's timer loop spinning (a shutdown while a flood waited).
    if (this.pumpImmediate) clearImmediate(this.pumpImmediate);
    if (this.pumpTimer) clearTimeout(this.pumpTimer);
    this.pumpImmediate = undefined;
    this.pumpTimer = undefined;
  }

  private runNext(): void {
    this.pumpImmediate = undefined;
    this.pumpTimer = undefined;
    const quietFor = performance.now() - this.lastActivity;
    if (quietFor < this.quietMs && this.ready.size + this.pending.size > 1) {
      this.pumpTimer = setTimeout(() => this.runNext(), this.quietMs - quietFor);
      return;
    }
    let uri: string | undefined;
    while ((uri = this.order.pop()) !== undefined && !this.ready.has(uri)); // skip cancelled entries
    if (uri === undefined) return;
    const version = this.ready.get(uri)!;
    this.ready.delete(uri);
    if (this.ready.size > 0) this.start();
    const latest = this.current(uri);
    if (latest && latest.version === version) this.run(latest);
  }
}
