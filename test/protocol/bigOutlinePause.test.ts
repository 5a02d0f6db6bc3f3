import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, DocumentSymbol, LSPErrorCodes } from 'vscode-languageserver/node';
import { componentDocument } from '../../bench/docs/component';
import { BIG_OUTLINE_QUIET_MS } from '../../server/src/lsp/slicedRequests';
import { service } from '../support/harness';
import { TestClient } from '../support/lspClient';

/**
 * A big document's outline waits for a pause in its edits (`lsp/typingPause.ts`): megabytes of JSON,
 * encoded in one piece, after every keystroke held the server's other requests. Asked during edits, it is
 * answered once they have paused for `BIG_OUTLINE_QUIET_MS`, for the text as it is then; a small
 * document's outline is not held.
 */
describe('protocol: a big document\'s outline waits for a pause in typing', () => {
  const big = componentDocument(3_000);
  const uri = 'file:///w/big-pause.yaml';
  const smallUri = 'file:///w/small-pause.yaml';
  const small = componentDocument(30).text;
  let client: TestClient;
  let text = big.text;

  const expected = (of: string) => JSON.parse(JSON.stringify(service().findDocumentSymbols(service().analyze(TextDocument.create(uri, 'yaml', 1, of))))) as DocumentSymbol[];
  const outline = (of: string) => client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: of } });
  /** Types `typed` after the document's `description: Generated`. */
  const type = (typed: string) => {
    const at = text.indexOf('Generated') + 'Generated'.length;
    const position = TextDocument.create(uri, 'yaml', 0, text).positionAt(at);
    text = text.slice(0, at) + typed + text.slice(at);
    return client.change(uri, [{ range: { start: position, end: position }, text: typed }]);
  };

  before(async () => {
    client = TestClient.inProcess({ debounceFor: () => 0 });
    await client.initialize({ capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } } });
    await client.open(uri, text);
    await client.open(smallUri, small);
  });
  after(async () => {
    await client.request('shutdown', null);
    client.dispose();
  });

  it('asked during edits: answered after they pause, for the last text; a small document\'s outline first', async () => {
    const order: string[] = [];
    void type('x');
    const asked = outline(uri).then((symbols) => {
      order.push('big');
      return symbols;
    });
    await type('y');
    const lastEdit = performance.now();
    const smallSymbols = await outline(smallUri);
    order.push('small');
    const symbols = await asked;
    const waited = performance.now() - lastEdit;
    assert.ok(smallSymbols.length > 0);
    assert.deepEqual(order, ['small', 'big'], 'the small document\'s outline is not held behind the big one\'s pause');
    assert.ok(waited >= BIG_OUTLINE_QUIET_MS, `answered ${waited.toFixed(0)} ms after the last edit, not before the ${BIG_OUTLINE_QUIET_MS} ms pause`);
    assert.deepEqual(symbols, expected(text), 'the outline of the text after both edits');
    assert.deepEqual(client.logs.filter((l) => l.type === 1), [], 'no errors logged');
  });

  it('cancelled while it waits: answered as cancelled', async () => {
    await type('w');
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
    source.cancel();
    await assert.rejects(request, (error: { code?: number }) => error.code === LSPErrorCodes.RequestCancelled);
  });
});
