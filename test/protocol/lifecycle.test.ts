import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ErrorCodes, Hover, ResponseError } from 'vscode-languageserver/node';
import { exitCodeOf, TestClient, waitFor } from '../support/lspClient';

/**
 * The server process's life (issue 6): it exits on shutdown/exit as the spec says, when its client
 * process dies, and when its input closes; an uncaught error is logged and the connection survives.
 * Each test runs the compiled server as a child process over stdio.
 */

const EXIT_MS = 20_000;
const DOC = 'file:///life/doc.yaml';

/** A process that lives until killed (a stand-in for the editor). */
function fakeEditor() {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
}

/**
 * Runs `body` with a server started as a child process (and the editor's stand-in, when given), and ends
 * both whatever happens: a failed step leaves no process behind to keep the test file running.
 */
async function withServer(body: (client: TestClient) => Promise<void>, args: readonly string[] = [], editor?: ChildProcess): Promise<void> {
  const client = TestClient.childProcess(args);
  try {
    await body(client);
  } finally {
    client.dispose();
    if (editor && editor.exitCode === null && editor.signalCode === null) editor.kill();
  }
}

describe('protocol: server lifecycle', () => {
  test('shutdown then exit: requests in between error with InvalidRequest, nothing is validated, exit code 0', () => withServer(async (client) => {
    await client.initialize();
    await client.open(DOC, 'name: x\nschemaVersion: 1.0\nphases: []\n');
    await client.published(DOC);
    assert.equal(await client.request('shutdown', undefined), null);
    const published = client.diagnostics.length;
    await assert.rejects(client.request('textDocument/hover', { textDocument: { uri: DOC }, position: { line: 0, character: 1 } }),
      (error: ResponseError<unknown>) => error.code === ErrorCodes.InvalidRequest);
    await client.change(DOC, [{ text: 'name: [\n' }]);
    await assert.rejects(client.request('textDocument/completion', { textDocument: { uri: DOC }, position: { line: 0, character: 1 } }));
    assert.equal(client.diagnostics.length, published, 'validated after shutdown');
    await client.connection.sendNotification('exit');
    assert.equal(await exitCodeOf(client.child!, EXIT_MS), 0);
  }));

  test('exit without shutdown: the process exits with code 1', () => withServer(async (client) => {
    await client.initialize();
    await client.connection.sendNotification('exit');
    assert.equal(await exitCodeOf(client.child!, EXIT_MS), 1);
  }));

  test('--clientProcessId: the server exits when that process dies', () => {
    const editor = fakeEditor();
    return withServer(async (client) => {
      await client.initialize();
      assert.equal(client.child!.exitCode, null);
      editor.kill();
      await exitCodeOf(client.child!, EXIT_MS);
    }, [`--clientProcessId=${editor.pid}`], editor);
  });

  test('initialize processId: the server exits when that process dies', () => {
    const editor = fakeEditor();
    return withServer(async (client) => {
      await client.initialize({ processId: editor.pid! });
      editor.kill();
      await exitCodeOf(client.child!, EXIT_MS);
    }, [], editor);
  });

  test('the server exits when its input closes', () => withServer(async (client) => {
    await client.initialize();
    client.child!.stdin!.end();
    await exitCodeOf(client.child!, EXIT_MS);
  }));

  test('an uncaught error is logged and the connection survives', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ib-lifecycle-'));
    const preload = path.join(dir, 'throw-later.js');
    // Throws from a timer once the server has started: nothing in the server catches it but its guard.
    fs.writeFileSync(preload, "setTimeout(() => { throw new Error('injected failure'); }, 300);\n");
    const client = TestClient.childProcess([], ['--require', preload]);
    try {
      await client.initialize();
      await client.open(DOC, 'name: x\nschemaVersion: 1.0\nphases: []\n');
      await waitFor(() => client.logs.some((l) => /injected failure/.test(l.message)), EXIT_MS, 'the uncaught error to be logged');
      assert.equal(client.child!.exitCode, null, 'the server died');
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: DOC }, position: { line: 0, character: 1 } });
      assert.ok(hover === null || typeof hover === 'object');
      assert.ok(await client.published(DOC));
    } finally {
      client.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
