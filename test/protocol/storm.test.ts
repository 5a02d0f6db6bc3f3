import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { FUZZ } from '../robustness/fuzzConfig';
import { service } from '../robustness/harness';
import { TestClient } from './lspClient';

/**
 * A storm of 1,000 incremental edits sent without waiting: the server ends with exactly the client's
 * text (its diagnostics equal the service's on that text), publishes for the last version, never
 * publishes an older version after a newer one, and drops stale validations instead of queueing them.
 */

const START = ['name: storm', 'schemaVersion: 1.0', 'phases:', '  - name: build', '    steps:', '      - name: Say', '        action: ExecuteBash', '        inputs:', '          commands:', '            - echo hi', ''].join('\n');
const PIECES = ['a', ' ', ':', '- ', '\n', '"', '[', ']', '{', '}', '#', '\t', 'é', '😀', 'name: x\n', '\r\n'];

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
    const random = fc.sample(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.constantFrom(...PIECES)), { numRuns: 1000, seed: FUZZ.seed });
    let version = 1;
    for (const [where, removed, inserted] of random) {
      const text = mirror.getText();
      const start = where % (text.length + 1);
      const end = Math.min(text.length, start + (removed > 3 ? 0 : removed));
      const change: TextDocumentContentChangeEvent = { range: { start: mirror.positionAt(start), end: mirror.positionAt(end) }, text: inserted };
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
