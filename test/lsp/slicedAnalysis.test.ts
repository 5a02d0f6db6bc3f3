import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { componentDocument } from '../../bench/docs/component';
import { DocumentState, SLICED_MIN_LENGTH } from '../../server/src/lsp/documentState';
import { AnalyzeOptions, DEFAULT_SETTINGS, LanguageService } from '../../server/src/service/languageService';
import { parseText } from '../../server/src/service/parse/parse';
import { versionedDocuments } from '../../server/src/lsp/versionedDocument';
import { service } from '../support/harness';
import { plain } from '../support/parseCompare';
import { AstNode } from '../../server/src/service/ast/types';

/** The real service, counting the slices its sliced analyses yield. */
function counting() {
  const real = service();
  const counts = { slices: 0, full: 0 };
  const wrapped: LanguageService = {
    ...real,
    analyze(document: TextDocument, options?: AnalyzeOptions) {
      counts.full++;
      return real.analyze(document, options);
    },
    *analyzeInSlices(document: TextDocument, options?: AnalyzeOptions) {
      const slices = real.analyzeInSlices(document, options);
      for (;;) {
        const step = slices.next();
        if (step.done) return step.value;
        counts.slices++;
        yield;
      }
    },
  };
  return { state: new DocumentState(wrapped, DEFAULT_SETTINGS), counts };
}

const doc = componentDocument(3_000);
const uri = 'file:///w/big.yaml';
/** Typing in the key `phases` (the last top-level key, most of the text): an edit the incremental re-parse declines (a full parse follows). */
const typeAt = doc.text.indexOf('\nphases:') + '\nphases'.length;
/** `recentAnalysis` when it must answer at once (from a completed analysis, not waiting for a build). */
function now(state: DocumentState, document: TextDocument) {
  const analysis = state.recentAnalysis(document);
  assert.ok(!(analysis instanceof Promise), 'answered at once');
  return analysis;
}
// Offsets through the getters (the nodes store them relative to the parent), parent links checked.
const strip = (value: AstNode | undefined) => JSON.stringify(plain(value));

/** The next version with `text` typed at `offset` (a new object: `TextDocument.update` changes a document in place). */
function typed(document: TextDocument, text: string, offset = typeAt): TextDocument {
  const before = document.getText();
  return TextDocument.create(document.uri, 'yaml', document.version + 1, before.slice(0, offset) + text + before.slice(offset));
}

describe('analysis of big documents in slices (DocumentState)', () => {
  it('the document is big enough to be sliced', () => assert.ok(doc.text.length >= SLICED_MIN_LENGTH, `${doc.text.length}`));

  it('while a version is parsed in slices, requests get the previous version; then the new one, equal to a full parse', async () => {
    const { state, counts } = counting();
    const v1 = TextDocument.create(uri, 'yaml', 1, doc.text);
    assert.equal(now(state, v1), undefined, 'nothing completed yet');
    const first = await state.analysisInSlices(v1);
    assert.equal(first?.document.version, 1);
    assert.ok(counts.slices > 10, `${counts.slices} slices`);
    const v2 = typed(v1, 'x');
    const meanwhile = now(state, v2);
    assert.equal(meanwhile?.document.version, 1, 'the previous version answers meanwhile');
    assert.equal(meanwhile?.document.getText(), doc.text, 'with its own text, for positions and ranges');
    const second = await state.analysisInSlices(v2);
    assert.equal(second?.document.version, 2);
    assert.equal(strip(second?.parsed.root), strip(parseText(v2.getText(), 'yaml').root));
    assert.equal(now(state, v2), second);
    assert.equal(counts.full, 0, 'no synchronous parse');
  });

  it('the server\'s documents (one object a version) are analysed as they are, not copied: their line offsets are counted once', async () => {
    const { state } = counting();
    const v1 = versionedDocuments.create(uri, 'yaml', 1, doc.text);
    assert.equal((await state.analysisInSlices(v1))?.document, v1);
    const at = v1.positionAt(typeAt);
    const v2 = versionedDocuments.update(v1, [{ range: { start: at, end: at }, text: 'x' }], 2);
    assert.equal(now(state, v2)?.document, v1, 'the previous version answers meanwhile, with its own document');
    assert.equal((await state.analysisInSlices(v2))?.document, v2);
  });

  it('a component\'s symbol table is built in the slices, before the analysis is handed over; an edit in a step updates it', async () => {
    const { state } = counting();
    const v1 = TextDocument.create(uri, 'yaml', 1, doc.text);
    const first = await state.analysisInSlices(v1);
    assert.ok(first?.memo.has('component.symbols'), 'no request has to build it');
    const v2 = typed(v1, 'x', doc.keystroke.offset);
    const second = await state.recentAnalysis(v2);
    assert.equal(second?.document.version, 2);
    assert.ok(second?.memo.has('component.symbols'));
  });

  it('an edit the incremental re-parse takes: the previous version is taken over at once, requests get this version (waiting for its slices)', async () => {
    const { state } = counting();
    const v1 = TextDocument.create(uri, 'yaml', 1, doc.text);
    const first = await state.analysisInSlices(v1);
    // At the top: every node after the edit moves, in the re-parse's slice (issue 19).
    const v2 = typed(v1, 'x', doc.text.indexOf('Generated'));
    const meanwhile = state.recentAnalysis(v2);
    assert.throws(() => first?.parsed, /read after a newer version took it over/, 'the re-parse took the previous version over in the first slice');
    assert.equal((await meanwhile)?.document.version, 2, 'never the previous version, whose tree is now this one\'s');
    const second = await state.analysisInSlices(v2);
    assert.equal(strip(second?.parsed.root), strip(parseText(v2.getText(), 'yaml').root));
    assert.ok(second?.parsed.replaced, 'incrementally');
  });

  it('versions that arrive during a build: the running one completes, the newest follows, those between get undefined', async () => {
    const { state } = counting();
    const v1 = TextDocument.create(uri, 'yaml', 1, doc.text);
    await state.analysisInSlices(v1);
    const v2 = typed(v1, 'x');
    const v3 = typed(v2, 'y');
    const v4 = typed(v3, 'z');
    // Read as each resolves: a completed analysis is consumed by the next version's.
    const versionOf = (document: TextDocument) => state.analysisInSlices(document).then((a) => a && { version: a.document.version, root: strip(a.parsed.root) });
    const [a2, a3, a4] = await Promise.all([versionOf(v2), versionOf(v3), versionOf(v4)]);
    assert.deepEqual([a2?.version, a3, a4?.version], [2, undefined, 4]);
    assert.equal(a4?.root, strip(parseText(v4.getText(), 'yaml').root));
  });

  it('a document changed in place during its build (as the server\'s documents are): each version\'s analysis is of its own text', async () => {
    const { state } = counting();
    const live = TextDocument.create(uri, 'yaml', 1, doc.text);
    await state.analysisInSlices(live);
    const typeIn = (text: string, version: number) => {
      const at = live.positionAt(typeAt);
      TextDocument.update(live, [{ range: { start: at, end: at }, text }], version);
      return live.getText();
    };
    const text2 = typeIn('x', 2);
    // Texts as their lengths (each version is one character longer), so that a failure prints short.
    const read = (a: Awaited<ReturnType<typeof state.analysisInSlices>>) => a && { version: a.document.version, text: a.parsed.text.length, documentText: a.document.getText().length };
    const second = state.analysisInSlices(live).then(read);
    const text3 = typeIn('y', 3);
    const third = state.analysisInSlices(live).then(read);
    const [a2, a3] = await Promise.all([second, third]);
    assert.deepEqual(a2, { version: 2, text: text2.length, documentText: text2.length });
    assert.deepEqual(a3, { version: 3, text: text3.length, documentText: text3.length });
    assert.ok(now(state, live)?.parsed.text === text3, 'the latest analysis is of the latest text');
  });

  it('a synchronous analysis (code actions, rename) finishes the build under way', async () => {
    const { state } = counting();
    const v1 = TextDocument.create(uri, 'yaml', 1, doc.text);
    const waiting = state.analysisInSlices(v1);
    const now = state.analysis(v1);
    assert.equal(await waiting, now);
  });

  it('a close during a build ends it: its waiters get undefined', async () => {
    const { state } = counting();
    const v1 = TextDocument.create(uri, 'yaml', 1, doc.text);
    const waiting = state.analysisInSlices(v1);
    state.forget(uri);
    assert.equal(await waiting, undefined);
    assert.equal(now(state, TextDocument.create(uri, 'yaml', 2, doc.text)), undefined);
  });
});
