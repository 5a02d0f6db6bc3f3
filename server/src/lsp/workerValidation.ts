import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic } from 'vscode-languageserver/node';
import { Settings } from '../service/languageService';
import { FromWorker, TextOrChange, ToWorker } from './validationWorker';
import { editSince } from './versionedDocument';

interface Waiter {
  readonly id: number;
  readonly version: number;
  readonly resolve: (diagnostics: Diagnostic[] | undefined) => void;
}

/**
 * The server entry that runs the worker when it is not the main thread (`main.ts`): `main.js` beside
 * this file in a checkout (`out/`), the bundle itself (`dist/server.js`) when bundled.
 */
function workerScript(): string {
  const compiled = path.join(__dirname, 'main.js');
  return fs.existsSync(compiled) ? compiled : __filename;
}

/**
 * Big documents are validated on a worker thread (`validationWorker.ts`), so their parse and check never
 * hold the requests of the main thread. Started with the first big document; one check per document at
 * a time, the newest version replacing (and cancelling) an older one. `validate` resolves with the
 * version's diagnostics, or undefined when a newer version, a close or a failure (logged) overtook it.
 * The worker sees no workspace: a big recipe gets no cross-file checks.
 */
export class WorkerValidation {
  private worker: Worker | undefined;
  private readonly waiters = new Map<string, Waiter[]>();
  /** The version of each document whose text the worker holds (it keeps the last one it was sent). */
  private readonly held = new Map<string, number>();
  private requests = 0;

  constructor(private readonly log: (message: string) => void) {}

  validate(document: TextDocument, settings: Settings, kindOverride: string | null): Promise<Diagnostic[] | undefined> {
    return new Promise((resolve) => {
      const id = ++this.requests;
      const waiting = this.waiters.get(document.uri) ?? [];
      waiting.push({ id, version: document.version, resolve });
      this.waiters.set(document.uri, waiting);
      const content = this.contentOf(document);
      this.send({ type: 'validate', id, uri: document.uri, version: document.version, languageId: document.languageId, ...content, settings, kindOverride });
      this.held.set(document.uri, document.version);
    });
  }

  /**
   * The text to send, or only what changed since the version the worker holds: posting a 4 MB text copies
   * it on this thread (about 5 ms a version); a keystroke's change is a few characters.
   */
  private contentOf(document: TextDocument): TextOrChange {
    const text = document.getText();
    const held = this.held.get(document.uri);
    if (held === document.version) return { change: { from: held, start: 0, oldEnd: 0, text: '', length: text.length } };
    const edit = held !== undefined ? editSince(document, held) : undefined;
    if (held === undefined || !edit || edit.oldEnd - edit.start + edit.delta > text.length / 2) return { text };
    return { change: { from: held, start: edit.start, oldEnd: edit.oldEnd, text: text.slice(edit.start, edit.oldEnd + edit.delta), length: text.length } };
  }

  forget(uri: string): void {
    this.settle(uri, () => true, undefined);
    this.held.delete(uri);
    if (this.worker) this.send({ type: 'forget', uri });
  }

  dispose(): void {
    for (const uri of [...this.waiters.keys()]) this.settle(uri, () => true, undefined);
    void this.worker?.terminate();
    this.worker = undefined;
    this.held.clear();
  }

  private send(message: ToWorker): void {
    if (!this.worker) {
      const worker = new Worker(workerScript());
      worker.unref(); // never what keeps the server running
      worker.on('message', (reply: FromWorker) => this.received(reply));
      worker.on('error', (error) => this.failed(worker, `the validation worker failed: ${error.stack ?? error.message}`));
      worker.on('exit', (code) => this.failed(worker, `the validation worker exited (${code})`));
      this.worker = worker;
    }
    this.worker.postMessage(message);
  }

  /** The worker died: every check waiting for it gets nothing (a newer version starts a new worker). */
  private failed(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.held.clear();
    this.log(message);
    for (const uri of [...this.waiters.keys()]) this.settle(uri, () => true, undefined);
  }

  private received(reply: FromWorker): void {
    if ('error' in reply) {
      this.log(`validation of ${reply.uri} failed: ${reply.error}`);
      // What it holds is not known now: the next version is sent whole.
      this.held.delete(reply.uri);
    }
    const diagnostics = 'diagnostics' in reply ? reply.diagnostics : undefined;
    // Every request up to the one answered: a later one (of the same version too) waits for its own reply.
    this.settle(reply.uri, (w) => w.id <= reply.id, (v) => (v === reply.version ? diagnostics : undefined));
  }

  private settle(uri: string, which: (waiter: Waiter) => boolean, result: ((version: number) => Diagnostic[] | undefined) | undefined): void {
    const waiting = this.waiters.get(uri);
    if (!waiting) return;
    const rest = waiting.filter((w) => !which(w));
    for (const waiter of waiting) if (which(waiter)) waiter.resolve(result?.(waiter.version));
    if (rest.length > 0) this.waiters.set(uri, rest);
    else this.waiters.delete(uri);
  }
}
