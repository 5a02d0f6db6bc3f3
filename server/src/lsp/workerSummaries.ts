import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, FileSummary, LanguageService, Settings } from '../service/languageService';
import { Slices } from '../service/util/slices';

/** A big closed file to summarise for the workspace index (main thread → worker). */
export interface SummarizeRequest {
  readonly type: 'summarize';
  /** Increases with each summary the main thread asks for. */
  readonly id: number;
  readonly uri: string;
  /** The file path, for `fileKinds` globs. */
  readonly path: string;
  readonly languageId: string;
  readonly text: string;
  readonly settings: Settings;
  /** An open document's version: the analysis the worker made to check that version, if it holds it, is summarised. */
  readonly version?: number;
  readonly kindOverride?: string | null;
}

/** The file's summary (plain data: it is structured-cloned), or why there is none: a newer request for the file, or a failure. */
export type SummaryReply =
  | { readonly type: 'summary'; readonly id: number; readonly uri: string; readonly summary: FileSummary }
  | { readonly type: 'summary'; readonly id: number; readonly uri: string; readonly overtaken: true }
  | { readonly type: 'summary'; readonly id: number; readonly uri: string; readonly error: string };

/**
 * The worker's summaries of big closed files (`validationWorker.ts` runs them when no validation is
 * waiting or running, so the open documents' diagnostics come first). Each is analysed in slices, so the
 * worker reads its messages between them; a newer request for the same file replaces a waiting one and
 * stops a running one (both answered as overtaken). The summary itself (`service.summarize`) runs whole.
 */
export class WorkerSummaries {
  private readonly waiting = new Map<string, SummarizeRequest>();
  private running: { readonly request: SummarizeRequest; readonly slices: Slices<Analysis> } | undefined;

  constructor(
    private readonly service: LanguageService,
    private readonly post: (reply: SummaryReply) => void,
    /** The analysis the worker holds of `request.version` of the document, with the same settings and kind. */
    private readonly held: (request: SummarizeRequest) => Analysis | undefined,
  ) {}

  get idle(): boolean {
    return !this.running && this.waiting.size === 0;
  }

  add(request: SummarizeRequest): void {
    const { uri } = request;
    if (this.running?.request.uri === uri) {
      this.running.slices.return(undefined as never);
      this.post({ type: 'summary', id: this.running.request.id, uri, overtaken: true });
      this.running = undefined;
    }
    const older = this.waiting.get(uri);
    if (older) this.post({ type: 'summary', id: older.id, uri, overtaken: true });
    this.waiting.set(uri, request);
  }

  /** Runs slices until `until` (a `performance.now()` time) or a summary is done; true while work remains. */
  step(until: number): boolean {
    if (!this.running) {
      const next = this.waiting.values().next();
      if (next.done) return false;
      const request = next.value;
      this.waiting.delete(request.uri);
      // An open document checked at this version: its analysis is summarised, not made again (seconds of parse).
      const held = request.version !== undefined ? this.held(request) : undefined;
      if (held) return this.finish(request, () => this.service.summarize(held));
      const document = TextDocument.create(request.uri, request.languageId, request.version ?? 0, request.text);
      this.running = { request, slices: this.service.analyzeInSlices(document, { settings: request.settings, path: request.path, kindOverride: request.kindOverride ?? null }) };
    }
    const { request, slices } = this.running;
    return this.finish(request, () => {
      for (;;) {
        const slice = slices.next();
        if (slice.done) return this.service.summarize(slice.value);
        if (performance.now() >= until) return undefined;
      }
    });
  }

  /** Posts what `summarize` makes (undefined: not done yet, the run goes on), or its failure; true while work remains. */
  private finish(request: SummarizeRequest, summarize: () => FileSummary | undefined): boolean {
    try {
      const summary = summarize();
      if (!summary) return true;
      this.post({ type: 'summary', id: request.id, uri: request.uri, summary });
    } catch (error) {
      this.post({ type: 'summary', id: request.id, uri: request.uri, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
    }
    this.running = undefined;
    return !this.idle;
  }
}
