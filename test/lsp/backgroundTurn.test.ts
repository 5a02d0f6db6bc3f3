import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { SlicedBuilds } from '../../server/src/lsp/slicedBuilds';
import { service } from '../support/harness';

/**
 * A big document's build runs in slices between the connection's messages (`slicedBuilds.ts`, `backgroundTurn.ts`).
 * vscode-jsonrpc takes a request through three `setImmediate` turns (decoded, handled, answered): with the
 * next slice queued one turn after the last, a request waited for a slice in each of them. Over a real
 * JSON-RPC connection (a pair of streams in this process), requests sent one after the other while a
 * build of many slices runs; slices are counted, not timed.
 */
describe('background slices and the connection (SlicedBuilds)', () => {
  it('a request sent while a build runs is handled and answered within one of its slices', async () => {
    const analysis = service().analyze(TextDocument.create('file:///w/a.yaml', 'yaml', 1, 'name: a\n'));
    let slices = 0;
    // Every slice is one turn (a budget of 0 ms) of a build far longer than the requests below.
    const builds = new SlicedBuilds(function* () {
      for (let i = 0; i < 100_000; i++) {
        slices++;
        yield;
      }
      return analysis;
    }, () => undefined, 0);
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    const server = createMessageConnection(new StreamMessageReader(toServer), new StreamMessageWriter(fromServer));
    const client = createMessageConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
    server.onRequest('ask', () => slices);
    // When the server writes an answer (a PassThrough passes a write on at once).
    let writtenAt = -1;
    fromServer.on('data', () => (writtenAt = slices));
    server.listen();
    client.listen();
    const big = TextDocument.create('file:///w/big.yaml', 'yaml', 1, 'x');
    const built = builds.analysis(big);
    const waits: Array<[handled: number, answered: number]> = [];
    for (let i = 0; i < 50; i++) {
      const sent = slices;
      const handledAt = await client.sendRequest<number>('ask');
      waits.push([handledAt - sent, writtenAt - sent]);
    }
    const during = slices;
    builds.drop(big.uri);
    assert.equal(await built, undefined, 'dropped, not completed');
    client.dispose();
    server.dispose();
    assert.ok(during < 100_000, 'the build ran throughout');
    // One slice: the one that runs while the client writes the request (as a request read while a slice ran).
    assert.ok(waits.every(([handled, answered]) => handled <= 1 && answered <= 1), `slices until each request was handled / answered: ${waits.map((w) => w.join('/')).join(' ')}`);
  });
});
