import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { announceSeed, fcParams } from './fuzzConfig';
import { checkSubject, service } from './harness';
import { inputFiles } from './inputs';
import { applyEdit, editArb } from './editOps';
import { componentSymbols } from '../../server/src/service/component/model/symbols';
import { describeSymbols } from '../support/symbolTable';
import { SLOW } from '../support/tiers';

/**
 * Random edits of the examples and corpus: insert (YAML/JSON punctuation, keywords, pieces of the
 * file itself), delete, duplicate a line, swap two lines; several in a row. After each sequence every
 * feature runs with the cursor at the last edit, and the invariants hold.
 */

announceSeed('edits');
const files = inputFiles();
const kinds = service().listKinds().map((k) => k.kind);

describe('random edits of the examples and corpus', () => {
  test('random edit sequences keep every invariant', SLOW, (t) => {
    if (files.length === 0) {
      t.skip('no input files');
      return;
    }
    const kind = fc.constantFrom<string | null>(null, null, ...kinds);
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 5 }), kind, fc.nat(), (index, edits, kindOverride, extra) => {
        const file = files[index];
        let state = { text: file.text, cursor: 0 };
        for (const edit of edits) state = applyEdit(state.text, edit);
        const offsets = [state.cursor, extra % (state.text.length + 1)];
        checkSubject({ text: state.text, languageId: file.languageId, options: { kindOverride }, offsets });
      }),
      fcParams(1500, 100_000),
    );
  });

  test('edit by edit, each version analysed from the previous one (incremental re-parse) = analysed afresh', SLOW, (t) => {
    if (files.length === 0) {
      t.skip('no input files');
      return;
    }
    const ls = service();
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 6 }), (index, edits) => {
        const { text: original, languageId } = files[index];
        const uri = `file:///incremental.${languageId}`;
        let text = original;
        let analysis = ls.analyze(TextDocument.create(uri, languageId, 1, text));
        // Each version's symbol table is made, so the next one is updated from it where it can be.
        componentSymbols(analysis);
        edits.forEach((edit, i) => {
          text = applyEdit(text, edit).text;
          analysis = ls.analyze(TextDocument.create(uri, languageId, i + 2, text), { previous: analysis });
          componentSymbols(analysis);
        });
        const fresh = ls.analyze(TextDocument.create(uri, languageId, edits.length + 1, text));
        assert.deepEqual(describeSymbols(componentSymbols(analysis)), describeSymbols(componentSymbols(fresh)));
        assert.equal(JSON.stringify(ls.doValidation(analysis)), JSON.stringify(ls.doValidation(fresh)));
        assert.equal(JSON.stringify(ls.findDocumentSymbols(analysis)), JSON.stringify(ls.findDocumentSymbols(fresh)));
      }),
      fcParams(800, 50_000),
    );
  });
});
