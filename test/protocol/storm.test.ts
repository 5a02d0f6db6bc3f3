import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { FUZZ } from '../robustness/fuzzConfig';
import { service } from '../robustness/harness';
import { TestClient } from '../support/lspClient';

/**
 * A storm of 1,000 incremental edits sent without waiting: the server ends with exactly the client's
 * text (its diagnostics equal the service's on that text), publishes for the last version, never
 * publishes an older version after a newer one, and drops stale validations instead of queueing them.
 */

const START = ['name: storm', 'schemaVersion: 1.0', 'phases:', '  - name: build', '    steps:', '      - name: Say', '        action: ExecuteBash', '        inputs:', '          commands:', '            - echo hi', ''].join('\n');
const PIECES = ['a', ' ', ':', '- ', '\n', '"', '[', ']', '{', '}', '#', '\t', 'é', '😀', 'name: x\n', '\r\n'];

type Edit = [where: number, removed: number, inserted: string];

/** 1,000 reproducible random edits: where (any offset), how much to remove, what to insert. */
function randomEdits(seed: number): Edit[] {
  return fc.sample(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.constantFrom(...PIECES)), { numRuns: 1000, seed });
}

/** The edit as a change of the mirrored document's current text. */
function changeIn(mirror: TextDocument, [where, removed, inserted]: Edit): TextDocumentContentChangeEvent {
  const length = mirror.getText().length;
  const start = where % (length + 1);
  const end = Math.min(length, start + (removed > 3 ? 0 : removed));
  return { range: { start: mirror.positionAt(start), end: mirror.positionAt(end) }, text: inserted };
}

describe('protocol: a didChange storm', () => {
  let client: TestClient;
  before(async () => {
    client = TestClient.inProcess();
    await client.initialize();
  });
  after(() => client.dispose());

  test('1,000 edits without waiting', async () => {
    const uri = 'file:///storm/component.yaml';
    await client.open(uri, START);
    let mirror = TextDocument.create(uri, 'yaml', 1, START);
    let version = 1;
    for (const edit of randomEdits(FUZZ.seed)) {
      const change = changeIn(mirror, edit);
      version = await client.change(uri, [change]);
      mirror = TextDocument.update(mirror, [change], version);
    }
    assert.equal(version, 1001);
    const final = await client.published(uri, (p) => p.version === version);
    const ls = service();
    const expected = ls.doValidation(ls.analyze(TextDocument.create(uri, 'yaml', version, mirror.getText())));
    assert.deepEqual(final.diagnostics, JSON.parse(JSON.stringify(expected)), 'the server\'s text differs from the client\'s');

    const versions = client.diagnostics.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `version ${versions[i]} published after ${versions[i - 1]}`);
    assert.ok(versions.length < 100, `${versions.length} publications for 1,000 edits: stale validations are queued`);
  });
});

describe('protocol: a didChange storm with pulled diagnostics, as VS Code asks for them', () => {
  let client: TestClient;
  before(async () => {
    client = TestClient.inProcess();
    await client.initialize({ capabilities: { textDocument: { diagnostic: {} } } });
  });
  after(() => client.dispose());

  test('1,000 edits, a pull after each (cancelled when the next edit comes): the last pull is the client\'s text', async () => {
    const uri = 'file:///storm/pulled.yaml';
    await client.open(uri, START);
    let mirror = TextDocument.create(uri, 'yaml', 1, START);
    const pulls: Array<Promise<unknown>> = [];
    let pending: CancellationTokenSource | undefined;
    for (const edit of randomEdits(FUZZ.seed + 1)) {
      const change = changeIn(mirror, edit);
      pending?.cancel();
      const version = await client.change(uri, [change]);
      mirror = TextDocument.update(mirror, [change], version);
      pending = new CancellationTokenSource();
      pulls.push(client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, pending.token).catch((e: unknown) => e));
    }
    const answers = await Promise.all(pulls);
    const failures = answers.filter((a) => a instanceof Error && !(a instanceof ResponseError && a.code === LSPErrorCodes.RequestCancelled));
    assert.deepEqual(failures, [], 'only cancellations, no errors');
    const last = answers.at(-1) as { kind: string; items: unknown[] };
    assert.equal(last.kind, 'full', 'the last pull, never cancelled, is answered');
    const ls = service();
    const expected = ls.doValidation(ls.analyze(TextDocument.create(uri, 'yaml', 1001, mirror.getText())));
    assert.deepEqual(last.items, JSON.parse(JSON.stringify(expected)), 'the server\'s text differs from the client\'s');
    assert.deepEqual(client.diagnostics, [], 'nothing pushed');
  });
});
