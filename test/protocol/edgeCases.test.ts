import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { checkRanges } from '../robustness/harness';
import { TestClient } from '../support/lspClient';

/** Requests an editor sends at awkward moments: never an error popup, correct or empty answers. */

const COMPONENT = ['name: hello', 'schemaVersion: 1.0', 'phases:', '  - name: build', '    steps:', '      - name: Say', '        action: ExecuteBash', '        inputs:', '          commands:', '            - echo hi', ''].join('\n');

const AT_METHODS = ['textDocument/completion', 'textDocument/hover', 'textDocument/definition', 'textDocument/prepareRename', 'textDocument/signatureHelp'];

describe('protocol: edge cases', () => {
  let client: TestClient;

  before(async () => {
    client = TestClient.inProcess();
    await client.initialize();
  });
  after(() => client.dispose());

  test('requests for a document that was never opened answer empty', async () => {
    const textDocument = { uri: 'file:///never/opened.yaml' };
    const position = { line: 0, character: 0 };
    assert.equal(await client.request('textDocument/completion', { textDocument, position }), null);
    assert.equal(await client.request('textDocument/hover', { textDocument, position }), null);
    assert.deepEqual(await client.request('textDocument/definition', { textDocument, position }), []);
    assert.deepEqual(await client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } }), []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument }), []);
    assert.deepEqual(await client.request('textDocument/foldingRange', { textDocument }), []);
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }), []);
    assert.equal((await client.request<{ kind: unknown }>('imagebuilder/documentKind', { uri: textDocument.uri })).kind, null);
    await client.change(textDocument.uri, [{ text: 'x' }]); // a change for an unopened document is ignored
    await client.close(textDocument.uri);
  });

  test('positions past the end, negative or malformed answer without an error', async () => {
    const uri = 'file:///edge/positions.yaml';
    await client.open(uri, COMPONENT);
    const document = TextDocument.create(uri, 'yaml', 1, COMPONENT);
    const positions: unknown[] = [
      { line: 1000, character: 0 }, { line: 2, character: 1000 }, { line: 1e9, character: 1e9 }, { line: -1, character: -5 },
      { line: 0.5, character: 1.5 }, { line: 'x', character: 'y' }, {}, null,
    ];
    for (const position of positions) {
      for (const method of AT_METHODS.slice(0, 4)) {
        const result = await client.request(method, { textDocument: { uri }, position });
        checkRanges(document, result);
      }
      await client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } });
    }
    await client.request('textDocument/rename', { textDocument: { uri }, position: { line: 99, character: 99 }, newName: 'x' })
      .catch((error: ResponseError<unknown>) => assert.match(error.message, /rename|cannot/i));
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 50, character: 0 }, end: { line: -3, character: 9 } }, context: { diagnostics: [{ data: 'bogus', source: 'imagebuilder' }, null] } });
  });

  test('a stale version and a version going backwards: the newest text wins, publications stay ordered', async () => {
    const uri = 'file:///edge/stale.yaml';
    await client.open(uri, COMPONENT, 'yaml', 10);
    await client.change(uri, [{ text: `${COMPONENT}phases: [\n` }], 11);
    await client.change(uri, [{ text: COMPONENT }], 9); // a confused client
    await client.change(uri, [{ text: `${COMPONENT}bad: [\n` }], 12);
    const last = await client.published(uri, (p) => p.version === 12);
    assert.ok(last.diagnostics.some((d) => d.code === 'syntax'));
    const versions = client.diagnostics.filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(versions.slice(-1), [12], `published versions: ${versions.join()}`);
  });

  test('cancellation is honoured for completion and hover', async () => {
    const uri = 'file:///edge/cancel.yaml';
    await client.open(uri, COMPONENT);
    for (const method of ['textDocument/completion', 'textDocument/hover']) {
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest(method, { textDocument: { uri }, position: { line: 1, character: 3 } }, source.token);
      source.cancel();
      await assert.rejects(pending, (error: ResponseError<unknown>) => error.code === LSPErrorCodes.RequestCancelled);
    }
    assert.ok(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 3 } }) !== undefined);
  });

  test('malformed notifications and unknown requests do not break the connection', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: null });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nope' } });
    await client.connection.sendNotification('imagebuilder/setDocumentKind', null);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { imagebuilder: { maxFileSize: 'huge', fileKinds: { '[': 'x' }, diagnostics: null } } });
    await assert.rejects(client.request('imagebuilder/noSuchRequest', {}), (error: ResponseError<unknown>) => error.code === -32601);
    const uri = 'file:///edge/after.yaml';
    await client.open(uri, COMPONENT);
    assert.ok(await client.published(uri));
  });
});
