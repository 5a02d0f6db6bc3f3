import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { debounceFor } from '../../server/src/lsp/server';

const doc = (length: number) => TextDocument.create('file:///x.json', 'json', 1, 'x'.repeat(length));

test('the validation debounce grows with the document: none for small files, 60 ms from 600,000 characters', () => {
  assert.equal(debounceFor(doc(3_000)), 0);
  assert.equal(debounceFor(doc(250_000)), 25);
  assert.equal(debounceFor(doc(600_000)), 60);
  assert.equal(debounceFor(doc(3_000_000)), 60);
});
