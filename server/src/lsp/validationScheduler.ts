import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Debounced, cancellable validation: a newer version of a document replaces the pending one (stale work
 * is dropped, never queued), and a run whose version went stale before it publishes is discarded.
 */
export class ValidationScheduler {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private disposed = false;

  constructor(
    private readonly delayMs: number,
    private readonly current: (uri: string) => TextDocument | undefined,
    private readonly run: (document: TextDocument) => void,
  ) {}

  /** Validates after `delayMs` (0: on the next turn of the event loop). */
  schedule(document: TextDocument, delayMs = this.delayMs): void {
    if (this.disposed) return; // after shutdown: nothing more is validated
    this.cancel(document.uri);
    const version = document.version;
    const timer = setTimeout(() => {
      this.pending.delete(document.uri);
      const latest = this.current(document.uri);
      if (latest && latest.version === version) this.run(latest);
    }, delayMs);
    this.pending.set(document.uri, timer);
  }

  cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer) clearTimeout(timer);
    this.pending.delete(uri);
  }

  isStale(document: TextDocument): boolean {
    return this.current(document.uri)?.version !== document.version;
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
