import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../service/languageService';
import { Slices } from '../service/util/slices';
import { CancelTurn, inBackground } from './backgroundTurn';

/**
 * How long one turn of the event loop may spend on a build before it lets requests in. A request waits for
 * the rest of the slice it arrives in (`backgroundTurn.ts`); 2 ms rather than 4 halved the p95 of requests
 * during a big document's open under load (bench/README.md, "Requests during the open's parse").
 */
const SLICE_MS = 2;

interface Waiter {
  readonly version: number;
  readonly resolve: (analysis: Analysis | undefined) => void;
  readonly reject: (error: unknown) => void;
}

interface Build {
  readonly document: TextDocument;
  readonly slices: Slices<Analysis>;
  readonly waiters: Waiter[];
  /** The newest version asked for while this one was being built: it is built next. */
  next?: TextDocument;
  turn?: CancelTurn;
}

/**
 * Analyses of long texts made in slices (`LanguageService.analyzeInSlices`): at most `SLICE_MS` of
 * work per event-loop turn, so requests are answered between slices. One build per document at a time.
 * A newer version asked for while a build runs does not stop it: the running build completes (it
 * becomes the latest completed analysis, which the requests that can take an older version are
 * answered from), and then the newest version asked for is built; the versions in between are skipped
 * (their waiters get undefined). Stopping it instead would, under steady typing in a big document,
 * never complete any analysis. `drop` (a close, a settings or kind change) stops a build at its next
 * slice; the analysis it started from is left unconsumed, unless an incremental re-parse had taken it over
 * in its first slice (every caller forgets the document's analysis then).
 */
export class SlicedBuilds {
  private readonly running = new Map<string, Build>();

  constructor(
    /** Starts the analysis of a version (from the document's latest completed analysis). */
    private readonly begin: (document: TextDocument) => Slices<Analysis>,
    /** Told of each completed analysis, before anyone waiting for it. */
    private readonly done: (document: TextDocument, analysis: Analysis) => void,
    private readonly sliceMs = SLICE_MS,
  ) {}

  /**
   * This version's analysis. A new build runs its first slice at once (an incremental re-parse
   * takes the previous version over there, and may complete), so `done` may have been told before this returns.
   */
  analysis(document: TextDocument): Promise<Analysis | undefined> {
    const build = this.running.get(document.uri);
    return new Promise((resolve, reject) => {
      const waiter = { version: document.version, resolve, reject };
      if (build) {
        if (document.version !== build.document.version && (!build.next || build.next.version < document.version)) build.next = document;
        build.waiters.push(waiter);
        return;
      }
      const started = this.start(document);
      started.waiters.push(waiter);
      this.run(started);
    });
  }

  /** Completes, now, the builds under way for `uri` (before a synchronous analysis of the document). */
  finishNow(uri: string): void {
    let build: Build | undefined;
    while ((build = this.running.get(uri))) {
      build.turn?.();
      build.turn = undefined;
      this.step(build, Infinity);
    }
  }

  drop(uri: string): void {
    const build = this.running.get(uri);
    if (!build) return;
    this.running.delete(uri);
    build.turn?.();
    build.slices.return(undefined as never);
    for (const waiter of build.waiters) waiter.resolve(undefined);
  }

  dropAll(): void {
    for (const uri of [...this.running.keys()]) this.drop(uri);
  }

  private start(document: TextDocument): Build {
    const build: Build = { document, slices: this.begin(document), waiters: [] };
    this.running.set(document.uri, build);
    return build;
  }

  private run(build: Build): void {
    build.turn = undefined;
    if (this.running.get(build.document.uri) !== build) return;
    if (!this.step(build, this.sliceMs)) build.turn = inBackground(() => this.run(build));
  }

  /** Runs slices for up to `budgetMs`; true when the build is over (completed or failed). */
  private step(build: Build, budgetMs: number): boolean {
    const until = performance.now() + budgetMs;
    try {
      for (;;) {
        const slice = build.slices.next();
        if (slice.done) {
          this.complete(build, slice.value);
          return true;
        }
        if (performance.now() >= until) return false;
      }
    } catch (error) {
      this.running.delete(build.document.uri);
      for (const waiter of build.waiters) waiter.reject(error);
      return true;
    }
  }

  private complete(build: Build, analysis: Analysis): void {
    const { document, waiters, next } = build;
    this.running.delete(document.uri);
    this.done(document, analysis);
    const following = next && this.start(next);
    for (const waiter of waiters) {
      if (waiter.version === document.version) waiter.resolve(analysis);
      else if (following && waiter.version === following.document.version) following.waiters.push(waiter);
      else waiter.resolve(undefined); // overtaken by a newer version
    }
    if (following) following.turn = inBackground(() => this.run(following));
  }
}
