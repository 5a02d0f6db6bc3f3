import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/** One `textDocument/publishDiagnostics` as received, numbered in arrival order. */
export interface Publish {
  readonly uri: string;
  readonly version: number | undefined;
  readonly count: number;
  readonly seq: number;
  /** performance.now() when it was read. */
  readonly at: number;
}

export interface ClientOptions {
  readonly command: string;
  readonly args: readonly string[];
  /** Answers `workspace/configuration` for one section. */
  readonly configuration: (section: string | undefined) => unknown;
  /** Added to the server's environment (this process's otherwise). */
  readonly env?: Record<string, string>;
}

/**
 * An editor's side of one language server over stdio: requests with timeouts, the diagnostics it
 * publishes (waited for by predicate, never by sleeping), its log errors and its peak memory.
 * Every wait rejects when the server exits; `close` always leaves the process dead.
 */
export class LspClient {
  readonly errors: string[] = [];
  private readonly publishes: Publish[] = [];
  private readonly waiters = new Set<{ check: (p: Publish) => boolean; fail: (e: Error) => void }>();
  private readonly connection: MessageConnection;
  private readonly process: ChildProcess;
  private readonly exited: Promise<void>;
  private exitReason: string | undefined;
  private stderrTail = '';
  private seq = 0;

  constructor(options: ClientOptions) {
    this.process = spawn(options.command, [...options.args], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ? { ...process.env, ...options.env } : process.env });
    this.exited = new Promise((resolve) => {
      this.process.once('exit', (code, signal) => {
        this.exitReason = `server exited (code ${code ?? 'none'}, signal ${signal ?? 'none'})${this.stderrTail ? `: ${this.stderrTail.trim().slice(-400)}` : ''}`;
        for (const waiter of [...this.waiters]) waiter.fail(new Error(this.exitReason));
        resolve();
      });
      this.process.once('error', (error) => {
        this.exitReason = `could not start server: ${error.message}`;
        for (const waiter of [...this.waiters]) waiter.fail(new Error(this.exitReason));
        resolve();
      });
    });
    this.process.stderr!.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString()).slice(-2000);
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: unknown[] }) => {
      const publish: Publish = { uri: params.uri, version: params.version ?? undefined, count: params.diagnostics.length, seq: ++this.seq, at: performance.now() };
      this.publishes.push(publish);
      for (const waiter of [...this.waiters]) waiter.check(publish);
    });
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      if (params.type === 1) this.errors.push(params.message.slice(0, 500));
    });
    this.connection.onNotification(() => undefined);
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => options.configuration(item.section) ?? null));
    this.connection.onRequest('vscode/content', (uri: string) => fs.readFileSync(fileURLToPath(uri), 'utf8'));
    this.connection.onRequest(() => null);
    this.connection.onError(() => undefined);
    this.connection.onClose(() => undefined);
    this.connection.listen();
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  /** The arrival number of the last publish so far (waits take publishes after a given number). */
  lastSeq(): number {
    return this.seq;
  }

  /** All publishes for `uri` with a number above `afterSeq`. */
  publishesAfter(uri: string, afterSeq: number): Publish[] {
    return this.publishes.filter((p) => p.uri === uri && p.seq > afterSeq);
  }

  async request<R>(method: string, params: unknown, timeoutMs: number): Promise<R> {
    if (this.exitReason) throw new Error(this.exitReason);
    const answer = this.connection.sendRequest<R>(method, params);
    return withTimeout(Promise.race([answer, this.exited.then(() => Promise.reject(new Error(this.exitReason)))]), timeoutMs, `${method} (no answer)`);
  }

  notify(method: string, params: unknown): void {
    if (this.exitReason) throw new Error(this.exitReason);
    void this.connection.sendNotification(method, params).catch(() => undefined);
  }

  /** The first publish for `uri` after `afterSeq` that `accept` takes (already received, or to come). */
  waitForPublish(uri: string, afterSeq: number, accept: (p: Publish) => boolean, timeoutMs: number, what: string): Promise<Publish> {
    const done = this.publishes.find((p) => p.uri === uri && p.seq > afterSeq && accept(p));
    if (done) return Promise.resolve(done);
    if (this.exitReason) return Promise.reject(new Error(this.exitReason));
    return new Promise<Publish>((resolve, reject) => {
      const waiter = {
        check: (p: Publish) => {
          if (p.uri !== uri || p.seq <= afterSeq || !accept(p)) return false;
          finish();
          resolve(p);
          return true;
        },
        fail: (error: Error) => {
          finish();
          reject(error);
        },
      };
      const timer = setTimeout(() => waiter.fail(new Error(`${what}: no diagnostics within ${timeoutMs} ms`)), timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      this.waiters.add(waiter);
    });
  }

  /** Peak resident memory (VmHWM) in MiB, from /proc; undefined where there is no /proc. */
  peakRssMb(): number | undefined {
    try {
      const status = fs.readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
      return match ? Number(match[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  /** `shutdown` and `exit`, as an editor does; killed if it has not exited within `timeoutMs`. */
  async close(timeoutMs: number): Promise<void> {
    try {
      if (!this.exitReason) {
        await this.request('shutdown', null, timeoutMs);
        this.notify('exit', null);
        await withTimeout(this.exited, timeoutMs, 'exit');
      }
    } catch {
      // fall through to the kill
    } finally {
      if (!this.exitReason) {
        this.process.kill('SIGKILL');
        await withTimeout(this.exited, timeoutMs, 'kill').catch(() => undefined);
      }
      this.connection.dispose();
    }
  }
}

/** Rejects with `what` when `promise` has not settled within `ms`; the timer never outlives it. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
