import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { debounceFor } from '../../server/src/lsp/server';
import { TestClient } from '../support/lspClient';

const doc = (length: number) => TextDocument.create('file:///x.json', 'json', 1, 'x'.repeat(length));

test('the validation debounce grows with the document: 1 ms for small files, 60 ms from 600,000 characters', () => {
  assert.equal(debounceFor(doc(3_000)), 1);
  assert.equal(debounceFor(doc(250_000)), 25);
  assert.equal(debounceFor(doc(600_000)), 60);
  assert.equal(debounceFor(doc(3_000_000)), 60);
});

test('an opened document is checked at once, whatever the debounce; a change waits for it', async () => {
  const client = TestClient.inProcess({ debounceFor: () => 60_000 });
  try {
    await client.initialize();
    const uri = 'file:///work/debounce/infra.json';
    await client.open(uri, '{ "name": 5 }', 'json');
    await client.published(uri, (p) => p.version === 1, 10_000); // would take a minute if the open were debounced
    await client.change(uri, [{ text: '{ "name": 6 }' }]);
    // A check that the change is still waiting: a request answered after it shows the server got the change.
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.equal(client.diagnostics.filter((p) => p.uri === uri && p.version === 2).length, 0, 'the change waits its debounce');
  } finally {
    client.dispose();
  }
});
