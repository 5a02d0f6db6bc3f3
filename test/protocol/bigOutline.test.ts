import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, FoldingRange } from 'vscode-languageserver/node';
import { componentDocument } from '../../bench/docs/component';
import { SLICED_MIN_LENGTH } from '../../server/src/lsp/documentState';
import { service } from '../support/harness';
import { TestClient } from '../support/lspClient';

/**
 * A big document's outline and folding ranges over a real connection (issue 19): answered in slices
 * (`lsp/slicedRequests.ts`) from the recent analysis, they are the service's for the text, after edits
 * too; the client's `rangeLimit` is followed. Requests sent with an edit, before its analysis is made,
 * answer for the previous version or the new one, never with an error.
 */
describe('protocol: outline and folding of a big document', () => {
  const big = componentDocument(3_000);
  const uri = 'file:///w/big-outline.yaml';
  const RANGE_LIMIT = 1_000;
  let client: TestClient;
  let text = big.text;

  const expected = (of: string) => {
    const analysis = service().analyze(TextDocument.create(uri, 'yaml', 1, of));
    // As the client reads them (an undefined `detail` is not sent).
    return JSON.parse(JSON.stringify({ symbols: service().findDocumentSymbols(analysis), folding: service().getFoldingRanges(analysis, { rangeLimit: RANGE_LIMIT }) })) as { symbols: DocumentSymbol[]; folding: FoldingRange[] };
  };
  const asked = async () => ({
    symbols: await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }),
    folding: await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } }),
  });
  /** Waits until the server has this version's analysis: a definition needs the exact version (`DocumentState.analysis`). */
  const synced = () => client.request('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 0 } });

  before(async () => {
    client = TestClient.inProcess({ debounceFor: () => 0 });
    await client.initialize({ capabilities: { textDocument: { foldingRange: { rangeLimit: RANGE_LIMIT, lineFoldingOnly: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } } });
    await client.open(uri, text);
  });
  after(async () => {
    await client.request('shutdown', null);
    client.dispose();
  });

  it('is big enough to be analysed in slices', () => assert.ok(big.text.length >= SLICED_MIN_LENGTH));

  it('after the open: the service\'s outline, and at most rangeLimit folding ranges', async () => {
    await synced();
    const got = await asked();
    const want = expected(text);
    assert.equal(got.folding.length, RANGE_LIMIT);
    assert.equal(got.symbols.flatMap((s) => s.children ?? []).length, 3_000 + 5, 'the steps, parameters and constants');
    assert.deepEqual(got, want);
  });

  for (const edit of [
    { name: 'a step renamed (the incremental re-parse)', offset: big.text.indexOf('name: Bash01') + 'name: Bash01'.length, text: 'Renamed' },
    { name: 'a top-level line inserted (every line below moves)', offset: big.text.indexOf('description:'), text: 'bogus: 1\n' },
    { name: 'a step deleted', offset: -1, text: '' },
  ]) {
    it(`after an edit, ${edit.name}: the service's for the new text; asked with the edit, an answer for one of the two versions`, async () => {
      const before = text;
      const document = TextDocument.create(uri, 'yaml', 0, before);
      let start = edit.offset;
      let end = edit.offset;
      if (edit.offset < 0) {
        // The step at the middle of the document, from its `- name:` line to the next step's.
        start = before.indexOf('      - name:', before.length >> 1);
        end = before.indexOf('      - name:', start + 1);
      }
      text = before.slice(0, start) + edit.text + before.slice(end);
      const range = { start: document.positionAt(start), end: document.positionAt(end) };
      const changed = client.change(uri, [{ range, text: edit.text }]);
      const meanwhile = await Promise.all([asked(), client.request('textDocument/hover', { textDocument: { uri }, position: document.positionAt(big.hovers[0].offset) })]);
      await changed;
      const [previous, next] = [expected(before), expected(text)];
      assert.ok([previous, next].some((want) => JSON.stringify(want) === JSON.stringify(meanwhile[0])), 'asked with the edit: one version\'s answer');
      await synced();
      assert.deepEqual(await asked(), next);
      assert.deepEqual(client.logs.filter((l) => l.type === 1), [], 'no errors logged');
    });
  }
});
