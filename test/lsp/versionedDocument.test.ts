import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Position, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { editSince, versionedDocuments, versionOf } from '../../server/src/lsp/versionedDocument';
import { diff, narrowEdit } from '../../server/src/service/util/textEdit';
import { prng } from '../support/parseCompare';

/**
 * The server's documents (one object a version) against vscode-languageserver-textdocument's, updated in
 * place, over random edits: line breaks of every kind (a CRLF split and joined by an edit too),
 * positions out of range, reversed ranges, several changes in one notification, whole-text changes.
 */
const PIECES = ['a', 'bc', ' ', '\n', '\r\n', '\r', 'key: value\n', '\r\n\r\n', 'ä€', '😀', ''];
/** Texts with `\n` line breaks only: their line starts are found with `indexOf` (the usual case, a faster path). */
const LF_PIECES = PIECES.filter((piece) => !piece.includes('\r'));

function randomText(random: () => number, pieces: number, palette = PIECES): string {
  let text = '';
  for (let i = 0; i < pieces; i++) text += palette[Math.floor(random() * palette.length)];
  return text;
}

function randomPosition(random: () => number, document: TextDocument): Position {
  const line = Math.floor(random() * (document.lineCount + 2)) - 1;
  return { line, character: Math.floor(random() * 14) - 1 };
}

function randomChange(random: () => number, document: TextDocument, palette: string[]): TextDocumentContentChangeEvent {
  if (random() < 0.05) return { text: randomText(random, 8, palette) };
  const start = random() < 0.8 ? document.positionAt(Math.floor(random() * (document.getText().length + 1))) : randomPosition(random, document);
  const end = random() < 0.5 ? start : randomPosition(random, document);
  return { range: { start, end }, text: randomText(random, Math.floor(random() * 4), palette) };
}

/** Everything a reader can ask of a document, as data. */
function observe(document: TextDocument, random: () => number): unknown {
  const length = document.getText().length;
  const offsets = Array.from({ length: 12 }, () => Math.floor(random() * (length + 4)) - 2);
  const positions = Array.from({ length: 12 }, () => randomPosition(random, document));
  const lines = Array.from({ length: document.lineCount + 2 }, (_, i) => i - 1);
  return {
    version: document.version,
    text: document.getText(),
    lineCount: document.lineCount,
    positions: offsets.map((o) => document.positionAt(o)),
    offsets: positions.map((p) => document.offsetAt(p)),
    ranges: positions.slice(1).map((p, i) => document.getText({ start: positions[i], end: p })),
    lines: lines.map((l) => [document.getLineRange(l), document.getEOLCharacters(l)]),
  };
}

/** The server's documents against TextDocument over 40 random edits of each of 60 random texts. */
function compareOverEdits(palette: string[]): void {
  for (let seed = 1; seed <= 60; seed++) {
    const random = prng(seed);
    const text = randomText(random, 30, palette);
    const reference = TextDocument.create('file:///w/a.yaml', 'yaml', 1, text);
    let document = versionedDocuments.create('file:///w/a.yaml', 'yaml', 1, text);
    const earlier: Array<{ document: TextDocument; seen: unknown; seed: number }> = [];
    for (let version = 2; version <= 40; version++) {
      // Several changes in one notification: each one's positions are in the text the ones before it made.
      const applied: TextDocumentContentChangeEvent[] = [];
      const probe = TextDocument.create('file:///w/a.yaml', 'yaml', 0, reference.getText());
      for (let n = random() < 0.2 ? 3 : 1; n > 0; n--) {
        const change = randomChange(random, probe, palette);
        applied.push(change);
        TextDocument.update(probe, [change], 0);
      }
      if (random() < 0.5) document.positionAt(0); // line offsets known before the edit, or not
      earlier.push({ document, seen: observe(document, prng(seed * 1000 + version)), seed: seed * 1000 + version });
      TextDocument.update(reference, applied, version);
      document = versionedDocuments.update(document, applied, version);
      assert.deepEqual(observe(document, prng(version)), observe(reference, prng(version)), `seed ${seed}, version ${version}: ${JSON.stringify(applied)}`);
    }
    for (const { document: before, seen, seed: at } of earlier) assert.deepEqual(observe(before, prng(at)), seen, `version ${before.version} changed`);
  }
}

describe('versioned documents (the server\'s TextDocuments)', () => {
  it('answer as TextDocument does over random edits, and every earlier version stays as it was', () => compareOverEdits(PIECES));

  it('the same with \\n line breaks only', () => compareOverEdits(LF_PIECES));

  /**
   * `editSince` (what the language service re-parses from, and what the validation worker is sent instead of
   * the text): from any of the earlier versions it can see, one range the two texts agree outside of, which
   * narrows to what comparing the whole texts finds.
   */
  it('editSince: from every earlier version, a range the texts agree outside of, narrowing to the texts\' diff', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = prng(seed);
      let document = versionedDocuments.create('file:///w/a.yaml', 'yaml', 1, randomText(random, 30));
      const texts = [document.getText()];
      for (let version = 2; version <= 30; version++) {
        const changes: TextDocumentContentChangeEvent[] = [];
        const probe = TextDocument.create('file:///w/a.yaml', 'yaml', 0, document.getText());
        for (let n = random() < 0.3 ? 3 : 1; n > 0; n--) {
          const change = random() < 0.03 ? { text: randomText(random, 8) } : randomChange(random, probe, PIECES);
          changes.push(change);
          TextDocument.update(probe, [change], 0);
        }
        document = versionedDocuments.update(document, changes, version);
        const now = document.getText();
        texts.push(now);
        for (let from = 1; from < version; from++) {
          const before = texts[from - 1];
          const edit = editSince(document, from);
          const where = `seed ${seed}, version ${from} → ${version}`;
          assert.ok(edit, where);
          assert.equal(before.slice(0, edit.start) + now.slice(edit.start, edit.oldEnd + edit.delta) + before.slice(edit.oldEnd), now, where);
          assert.equal(now.slice(0, edit.start), before.slice(0, edit.start), where);
          assert.equal(now.slice(edit.oldEnd + edit.delta), before.slice(edit.oldEnd), where);
          assert.deepEqual(narrowEdit(before, now, edit), diff(before, now), where);
        }
        assert.equal(editSince(document, version), undefined, 'not from the version itself');
      }
    }
  });

  it('editSince: always from the version before; never more than 256 versions back; unknown for documents that are not versioned', () => {
    let document = versionedDocuments.create('file:///w/a.yaml', 'yaml', 1, 'a: 1\n');
    for (let version = 2; version <= 600; version++) {
      document = versionedDocuments.update(document, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: 'x' }], version);
      assert.deepEqual(editSince(document, version - 1), { start: 3, oldEnd: 3, delta: 1 });
    }
    assert.equal(editSince(document, 600 - 257), undefined);
    assert.equal(editSince(TextDocument.create('file:///w/a.yaml', 'yaml', 2, 'a: 1\n'), 1), undefined);
  });

  it('versionOf: a versioned document is its own value; a document updated in place is copied', () => {
    const versioned = versionedDocuments.create('file:///w/a.yaml', 'yaml', 1, 'a: 1\n');
    assert.equal(versionOf(versioned), versioned);
    const live = TextDocument.create('file:///w/a.yaml', 'yaml', 1, 'a: 1\n');
    const copy = versionOf(live);
    TextDocument.update(live, [{ text: 'b: 2\n' }], 2);
    assert.deepEqual([copy.version, copy.getText()], [1, 'a: 1\n']);
  });
});
