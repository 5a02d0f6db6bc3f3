import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { componentDocument } from '../../bench/docs/component';
import { DocumentState } from '../../server/src/lsp/documentState';
import { AnalyzeOptions, DEFAULT_SETTINGS, LanguageService, normalizeSettings } from '../../server/src/service/languageService';
import { parseText } from '../../server/src/service/parse/parse';
import { service } from '../support/harness';
import { plain } from '../support/parseCompare';
import { AstNode } from '../../server/src/service/ast/types';

/** The real service, counting parses: full ones, and analyses made from a previous version. */
function counting() {
  const real = service();
  const counts = { analyses: 0, withPrevious: 0 };
  const wrapped: LanguageService = {
    ...real,
    analyze(document: TextDocument, options?: AnalyzeOptions) {
      counts.analyses++;
      if (options?.previous) counts.withPrevious++;
      return real.analyze(document, options);
    },
  };
  return { state: new DocumentState(wrapped, DEFAULT_SETTINGS), counts };
}

describe('document state', () => {
  it('analyses each version once: completion right after a keystroke and validation share it', () => {
    const { state, counts } = counting();
    const doc = componentDocument(200);
    let document = TextDocument.create('file:///w/c.yaml', 'yaml', 1, doc.text);
    state.analysis(document);
    const at = document.positionAt(doc.keystroke.offset);
    document = TextDocument.update(document, [{ range: { start: at, end: at }, text: 'x' }], 2);
    const forCompletion = state.analysis(document);
    const forValidation = state.analysis(document);
    assert.equal(forCompletion, forValidation);
    assert.deepEqual(counts, { analyses: 2, withPrevious: 1 });
  });

  it('hands the previous version over, and its re-parse equals a full parse', () => {
    const { state } = counting();
    const doc = componentDocument(200);
    let document = TextDocument.create('file:///w/c.yaml', 'yaml', 1, doc.text);
    state.analysis(document);
    const at = document.positionAt(doc.keystroke.offset);
    document = TextDocument.update(document, [{ range: { start: at, end: at }, text: 'x' }], 2);
    const analysis = state.analysis(document);
    const full = parseText(document.getText(), 'yaml');
    // Offsets through the getters (the nodes store them relative to the parent), parent links checked.
    const strip = (value: AstNode | undefined) => JSON.stringify(plain(value));
    assert.equal(strip(analysis.parsed.root), strip(full.root));
  });

  it('the same settings again keep every analysis; other settings drop them and move the epoch', () => {
    const { state, counts } = counting();
    const document = TextDocument.create('file:///w/i.json', 'json', 1, '{ "name": "x" }');
    state.analysis(document);
    const epoch = state.epoch;
    assert.equal(state.setSettings(normalizeSettings({})), false, 'the defaults again');
    state.analysis(document);
    assert.deepEqual([counts.analyses, state.epoch], [1, epoch]);
    assert.equal(state.setSettings(normalizeSettings({ component: { platform: 'Linux' } })), true);
    state.analysis(document);
    assert.deepEqual([counts.analyses, state.epoch], [2, epoch + 1]);
  });

  it('a version is "being typed" when an earlier one of the document was analysed, not when just opened', () => {
    const { state } = counting();
    let document = TextDocument.create('file:///w/i.json', 'json', 1, '{ "name": "x" }');
    assert.equal(state.isTyping(document), false, 'just opened');
    state.analysis(document);
    assert.equal(state.isTyping(document), false, 'analysed');
    document = TextDocument.update(document, [{ text: '{ "name": "xy" }' }], 2);
    assert.equal(state.isTyping(document), true, 'a new version after an analysed one');
  });
});
