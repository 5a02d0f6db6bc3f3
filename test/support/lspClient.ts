import { ChildProcess, spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import {
  createConnection, createProtocolConnection, InitializeParams, InitializeResult, LogMessageParams, ProposedFeatures,
  ProtocolConnection, PublishDiagnosticsParams, StreamMessageReader, StreamMessageWriter, TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { ServerOptions, startServer } from '../../server/src/lsp/server';
import { builtServer } from './paths';

/** A language client for tests: the real server, in this process over streams or as a child over stdio. */
export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly logs: LogMessageParams[] = [];
  private readonly versions = new Map<string, number>();

  private constructor(readonly connection: ProtocolConnection, readonly child?: ChildProcess) {
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => this.diagnostics.push(p));
    connection.onNotification('window/logMessage', (p: LogMessageParams) => this.logs.push(p));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      return null;
    });
    connection.listen();
  }

  /** How many times the server asked to pull diagnostics again (`workspace/diagnostic/refresh`). */
  refreshes = 0;

  /** Settings answered to workspace/configuration. */
  settings: unknown = {};

  /**
   * The server in this process, over a pair of streams. The streams are never ended: the server
   * library exits the process when its input ends.
   */
  static inProcess(options?: ServerOptions): TestClient {
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    startServer(createConnection(ProposedFeatures.all, toServer, fromServer), options);
    return new TestClient(createProtocolConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer)));
  }

  /** The compiled server as a child process over stdio. */
  static childProcess(args: readonly string[] = [], nodeArgs: readonly string[] = []): TestClient {
    const child = spawn(process.execPath, [...nodeArgs, builtServer, '--stdio', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr!.resume();
    return new TestClient(createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)), child);
  }

  async initialize(params: Partial<InitializeParams> = {}): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: null, rootUri: null, capabilities: {}, workspaceFolders: null, ...params,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(uri: string, text: string, languageId = uri.endsWith('.json') ? 'json' : 'yaml', version = 1): Promise<void> {
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Sends a change with the next version; returns that version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[], version = (this.versions.get(uri) ?? 0) + 1): Promise<number> {
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** The diagnostics last published for `uri`, once one satisfying `accept` arrives. */
  async published(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    await waitFor(() => this.diagnostics.some((p) => p.uri === uri && accept(p)), timeoutMs, `diagnostics for ${uri}`);
    return this.diagnostics.filter((p) => p.uri === uri && accept(p)).pop()!;
  }

  /** Ends a child's session as an editor does (shutdown, then exit); resolves with its exit code. */
  async stop(timeoutMs = 20_000): Promise<number | null> {
    if (!this.child) throw new Error('stop: the in-process server has no process to exit (use dispose)');
    await this.request('shutdown', null);
    await this.connection.sendNotification('exit');
    const code = await exitCodeOf(this.child, timeoutMs);
    this.dispose();
    return code;
  }

  /**
   * Ends the client side (the in-process server's streams stay open). A child still running is killed, and
   * its pipes are closed (its input ending makes a server exit too) and its handle let go: a test file
   * ends when its tests do, not when the last server it started gets round to exiting.
   */
  dispose(): void {
    this.connection.dispose();
    const child = this.child;
    if (!child) return;
    if (child.exitCode === null && child.signalCode === null) child.kill();
    for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.destroy();
    child.unref();
  }
}

/** Polls `condition` until it holds, failing after `timeoutMs` (no fixed sleeps). */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves with the exit code of a child process (polling), or rejects after `timeoutMs`. */
export async function exitCodeOf(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  await waitFor(() => child.exitCode !== null || child.signalCode !== null, timeoutMs, 'the server process to exit');
  return child.exitCode;
}
