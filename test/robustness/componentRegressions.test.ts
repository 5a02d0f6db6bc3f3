import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkRanges, service } from './harness';

/** Regressions: bugs the fuzzing found in the component service, with their smallest repro. */

describe('fuzzing regressions (component documents)', () => {
  test('component document symbols: a duplicated key takes the other occurrence\'s children', () => {
    const text = 'schemaVersion: 1.0\nparameters:\n  - A:\n      type: string\nphases:\n  - name: build\n    steps: []\nparameters:\n  - B:\n      type: string\n';
    const document = TextDocument.create('file:///known.yaml', 'yaml', 1, text);
    const ls = service();
    const symbols = ls.findDocumentSymbols(ls.analyze(document));
    assert.ok(symbols.length > 0);
    checkRanges(document, symbols); // VS Code rejects a child symbol outside its parent's range
  });
});
