import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Hover, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { componentDocument } from '../../bench/docs/component';
import { SLICED_MIN_LENGTH } from '../../server/src/lsp/documentState';
import { service } from '../support/harness';
import { TestClient } from '../support/lspClient';

/**
 * A big document's full parse runs in slices between requests (issue 19): after an edit that needs one,
 * hover on another open document and on the big document itself is answered before the big document's
 * new diagnostics are published (the big one from its previous version), and those diagnostics follow.
 * Over a real connection (the server in this process, with no debounce); ordering, not timing, is asserted.
 */
describe('protocol: requests during a big document\'s analysis', () => {
  const big = componentDocument(3_000);
  const small = componentDocument(30);
  const bigUri = 'file:///w/big-component.yaml';
  const smallUri = 'file:///w/small-component.yaml';
  let client: TestClient;
  /** The big document's text and version as the server has them. */
  let edited = big.text;
  let bigVersion = 1;
  before(async () => {
    // No debounce: the check starts two event-loop turns after the change, before the hovers that follow it.
    client = TestClient.inProcess({ debounceFor: () => 0 });
    await client.initialize();
    await client.open(smallUri, small.text);
    await client.open(bigUri, big.text);
    await client.published(bigUri, (p) => p.version === 1, 60_000);
  });
  after(async () => {
    await client.request('shutdown', null); // ends the validation worker
    client.dispose();
  });

  it('is big enough to be analysed in slices', () => assert.ok(big.text.length >= SLICED_MIN_LENGTH));

  for (const edit of [
    // A full parse: the check takes long enough that every hover comes first (unless a check holds them).
    { name: 'typing in the description (a full parse)', offset: big.text.indexOf('Generated') + 'Generated'.length, text: 'x', ordered: true },
    // The worker may take this one incrementally, as fast as the hovers: only the answers are checked.
    { name: 'an unknown top-level key on a new line (lines below move)', offset: big.text.indexOf('description:'), text: 'bogus: 1\n', ordered: false },
  ]) {
    it(`${edit.name}: hovers are answered first, then the new version's diagnostics come`, async () => {
      const version = ++bigVersion;
      const bigText = TextDocument.create(bigUri, 'yaml', 0, big.text);
      const at = bigText.positionAt(edit.offset);
      const smallText = TextDocument.create(smallUri, 'yaml', 1, small.text);
      // A step's line far below the edit: the previous version's answer there is this one's (but for a moved line).
      const probe = big.hovers[big.hovers.length - 1];
      // The diagnostics and the answers come in one stream, in the order the server wrote them: when an
      // answer is read, the diagnostics written before it have been read too.
      const diagnosed = () => client.diagnostics.some((p) => p.uri === bigUri && p.version === version);
      const order: string[] = [];
      // Sent with the change, without waiting, as an editor does: all seven messages wait in the server's
      // queue before it handles the change. It handles one message per turn of its event loop and starts
      // the check a few turns after the change, so a check made on this thread would be published before
      // the later hovers are answered; on the worker, the full parse takes far longer than those turns.
      const changed = client.change(bigUri, [{ range: { start: at, end: at }, text: edit.text }], version);
      const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => {
        const onBig = i % 2 === 1;
        return client.request<Hover | null>('textDocument/hover', onBig
          ? { textDocument: { uri: bigUri }, position: bigText.positionAt(probe.offset) }
          : { textDocument: { uri: smallUri }, position: smallText.positionAt(small.hovers[0].offset) })
          .then((hover) => {
            order.push(`${onBig ? 'big' : 'small'} hover${diagnosed() ? ' (after the diagnostics)' : ''}`);
            return hover;
          });
      }));
      await changed;
      await client.published(bigUri, (p: PublishDiagnosticsParams) => p.version === version, 60_000);
      assert.ok(answers.filter((_, i) => i % 2 === 0).every((h) => h !== null), 'the small document hovers');
      if (edit.text === 'x') assert.ok(answers.filter((_, i) => i % 2 === 1).every((h) => h !== null), 'the big document answers from its previous version');
      if (edit.ordered) assert.ok(order.every((event) => !event.endsWith('(after the diagnostics)')), `order: ${order.join(', ')}`);
      // Made on the worker thread: the same as the service's own for the text.
      const text = TextDocument.create(bigUri, 'yaml', version, edited = edited.slice(0, edit.offset) + edit.text + edited.slice(edit.offset));
      const expected = service().doValidation(service().analyze(text));
      const got = client.diagnostics.filter((p) => p.uri === bigUri && p.version === version).pop()!.diagnostics;
      if (!edit.ordered) assert.ok(got.length > 0, 'the unknown key is reported');
      assert.deepEqual(got.map((d) => `${d.range.start.line}:${d.code as string}`), expected.map((d) => `${d.range.start.line}:${d.code as string}`));
      assert.deepEqual(client.logs.filter((l) => l.type === 1), [], 'no errors logged');
    });
  }
});
