import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { componentDocument } from '../../bench/docs/component';
import { analyze } from '../../server/src/service/analysis';
import { componentSymbols } from '../../server/src/service/component/model/symbols';
import { reparse } from '../../server/src/service/parse/incremental';
import { parseText } from '../../server/src/service/parse/parse';
import { ConsumedVersionError } from '../../server/src/service/util/consume';

/**
 * A new version that takes over the previous one's tree (shifting its nodes in place) consumes that
 * version: reading it afterwards throws instead of answering from a tree that no longer matches its text.
 */
describe('consumed versions', () => {
  const doc = componentDocument(30);
  const at = doc.keystroke.offset;
  const typed = `${doc.text.slice(0, at)}x${doc.text.slice(at)}`;

  it('a parse taken over by the incremental re-parse cannot be read', () => {
    const previous = parseText(doc.text, 'yaml');
    const next = reparse(previous, typed);
    assert.ok(next?.replaced, 'the edit was re-parsed incrementally');
    assert.throws(() => previous.root, ConsumedVersionError);
    assert.throws(() => previous.text, /ParsedDocument\.text read after a newer version took it over/);
    assert.throws(() => ({ ...previous }), ConsumedVersionError, 'not even copied');
    assert.equal(next.text, typed);
  });

  it('a parse the re-parse declined stays readable', () => {
    const previous = parseText(doc.text, 'yaml');
    assert.equal(reparse(previous, 'a: [\n'), undefined);
    assert.equal(previous.text, doc.text);
  });

  it('an analysis given as the previous version, and its symbol table, cannot be read', () => {
    const uri = 'file:///consumed.yml';
    const before = analyze(TextDocument.create(uri, 'yaml', 1, doc.text));
    const table = componentSymbols(before);
    const after = analyze(TextDocument.create(uri, 'yaml', 2, typed), { previous: before });
    assert.throws(() => before.parsed, /Analysis\.parsed read after/);
    assert.throws(() => before.memo, ConsumedVersionError);
    const updated = componentSymbols(after);
    assert.notEqual(updated, table);
    assert.throws(() => table.steps, /component\.symbols\.steps read after/);
    assert.equal(updated.steps.length > 0, true);
  });

  it('a JSON parse taken over cannot be read', () => {
    const text = '{"a": {"b": [1, 2, 3]}, "c": "d"}';
    const previous = parseText(text, 'json');
    const next = reparse(previous, text.replace('2', '22'));
    assert.ok(next?.replaced);
    assert.throws(() => previous.root, ConsumedVersionError);
  });
});
