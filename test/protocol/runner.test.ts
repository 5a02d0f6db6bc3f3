import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Connection, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { runSafe } from '../../server/src/lsp/runner';

/** The safe runner behind every request handler. */

function fakeConnection(logged: string[]): Connection {
  return { console: { error: (message: string) => logged.push(message) } } as unknown as Connection;
}

describe('runSafe', () => {
  test('a bug is logged and answered with the empty result', () => {
    const logged: string[] = [];
    assert.deepEqual(runSafe(fakeConnection(logged), 'hover', undefined, [], () => { throw new TypeError('boom'); }), []);
    assert.match(logged[0], /hover failed: boom/);
  });

  test('a ResponseError thrown on purpose is the answer (a rename refused says why; requests after shutdown)', () => {
    const logged: string[] = [];
    const refused = runSafe(fakeConnection(logged), 'rename', undefined, null, () => { throw new ResponseError(LSPErrorCodes.RequestFailed, 'not a variable'); });
    assert.ok(refused instanceof ResponseError);
    assert.equal(refused.message, 'not a variable');
    const late = runSafe(fakeConnection(logged), 'hover', undefined, null, () => { throw new ResponseError(ErrorCodes.InvalidRequest, 'shut down'); });
    assert.equal((late as ResponseError<void>).code, ErrorCodes.InvalidRequest);
    assert.deepEqual(logged, []);
  });

  test('cancellation before or during the work answers RequestCancelled', () => {
    const cancelled = { isCancellationRequested: true, onCancellationRequested: () => ({ dispose() {} }) };
    const answer = runSafe(fakeConnection([]), 'completion', cancelled, null, () => 1);
    assert.equal((answer as ResponseError<void>).code, LSPErrorCodes.RequestCancelled);
    const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
    const during = runSafe(fakeConnection([]), 'completion', token, null, () => {
      token.isCancellationRequested = true;
      return 1;
    });
    assert.equal((during as ResponseError<void>).code, LSPErrorCodes.RequestCancelled);
  });
});
