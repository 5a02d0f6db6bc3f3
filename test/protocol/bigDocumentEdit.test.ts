import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Hover, Location } from 'vscode-languageserver/node';
import { componentDocument } from '../../bench/docs/component';
import { SLICED_MIN_LENGTH } from '../../server/src/lsp/documentState';
import { service } from '../support/harness';
import { TestClient } from '../support/lspClient';
import { SLOW } from '../support/tiers';

/**
 * Issue 19, an edit the incremental re-parse takes: the re-parse takes the previous version's tree over
 * in its first slice and shifts the nodes after the edit in slices. A hover on the big document sent
 * right after the edit waits for that version (never the half-shifted previous one, nor an empty answer);
 * a hover on another document sent after it is answered between the slices, before it. Over a real
 * connection (the server in this process); the order of the answers in the stream is asserted, not time.
 */
for (const { steps, ordered, tier } of [
  // A small big document: its shift may take only the first slice; the answer is asserted, not the order.
  { steps: 3_000, ordered: false, tier: {} },
  // The bench's: about 460,000 nodes move (20-40 ms), many slices of at most 4 ms.
  { steps: 23_000, ordered: true, tier: SLOW },
]) {
  describe(`protocol: requests right after an incremental edit of a big document (${steps} steps)`, tier, () => {
    const big = componentDocument(steps);
    const small = componentDocument(30);
    const bigUri = 'file:///w/big-component.yaml';
    const smallUri = 'file:///w/small-component.yaml';
    let client: TestClient;
    before(async () => {
      client = TestClient.inProcess({ debounceFor: () => 0 });
      await client.initialize();
      await client.open(smallUri, small.text);
      await client.open(bigUri, big.text);
      // A request that needs this version: the main thread's analysis of the open is made now.
      await client.request<Location[]>('textDocument/definition', { textDocument: { uri: bigUri }, position: { line: 0, character: 0 } });
    });
    after(async () => {
      await client.request('shutdown', null); // ends the validation worker
      client.dispose();
    });

    it('is big enough to be analysed in slices', () => assert.ok(big.text.length >= SLICED_MIN_LENGTH));

    it('a hover on the big document gets the new version\'s answer; one on another document comes first', async () => {
      const oldText = TextDocument.create(bigUri, 'yaml', 1, big.text);
      // Three lines inserted among the parameters: the re-parse takes the `parameters` entry.
      const where = big.text.indexOf('  - Version:');
      const at = oldText.positionAt(where);
      const inserted = '  - Extra:\n      type: string\n      default: x\n';
      const newText = TextDocument.create(bigUri, 'yaml', 2, big.text.slice(0, where) + inserted + big.text.slice(where));
      const s = service();
      const fresh = s.analyze(newText);
      // A place in a step far below the edit where both versions answer, differently: lines moved, so the
      // previous version's answer at the position is another line's.
      let probe: { position: { line: number; character: number }; expected: unknown } | undefined;
      for (const { offset } of big.hovers) {
        const position = oldText.positionAt(offset);
        const expected = s.doHover(fresh, position);
        const previous = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: bigUri }, position });
        if (expected && previous && !isDeepStrictEqual(JSON.parse(JSON.stringify(expected)), previous)) probe = { position, expected: JSON.parse(JSON.stringify(expected)) };
      }
      assert.ok(probe, 'a place that tells the versions apart');
      const { position, expected } = probe;
      const order: string[] = [];
      // Sent together, as an editor does: the change, a hover on the big document, a hover on the other one.
      const changed = client.change(bigUri, [{ range: { start: at, end: at }, text: inserted }], 2);
      const onBig = client.request<Hover | null>('textDocument/hover', { textDocument: { uri: bigUri }, position }).then((hover) => {
        order.push('big');
        return hover;
      });
      const onSmall = client.request<Hover | null>('textDocument/hover', { textDocument: { uri: smallUri }, position: TextDocument.create(smallUri, 'yaml', 1, small.text).positionAt(small.hovers[0].offset) }).then((hover) => {
        order.push('small');
        return hover;
      });
      const [bigAnswer, smallAnswer] = await Promise.all([onBig, onSmall, changed]);
      assert.deepEqual(bigAnswer, expected, 'the new version\'s answer');
      assert.ok(smallAnswer, 'the other document answers');
      if (ordered) assert.deepEqual(order, ['small', 'big'], 'the other document is answered while the big one\'s shift runs');
      assert.deepEqual(client.logs.filter((l) => l.type === 1), [], 'no errors logged');
    });
  });
}
