import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { componentDocument } from '../../bench/docs/component';
import { WorkerValidation } from '../../server/src/lsp/workerValidation';
import { DEFAULT_SETTINGS } from '../../server/src/service/languageService';

/**
 * The validation worker answers every request: one asked again for the same version while the first
 * still waits its turn (a revalidation after the workspace index changed, a pull asked again) gets the
 * diagnostics too. Before, the second request "overtook" the first, the reply for the first settled both
 * with nothing, and the version's diagnostics were never published (the bench's warm reopen of a big
 * template waited for them until its timeout).
 */
test('two requests for the same version, waiting behind another document, both get its diagnostics', async () => {
  const errors: string[] = [];
  const worker = new WorkerValidation((message) => errors.push(message));
  try {
    const big = TextDocument.create('file:///w/big.yaml', 'yaml', 1, componentDocument(2000).text);
    const small = TextDocument.create('file:///w/small.yaml', 'yaml', 1, 'name: x\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: s\n        action: NoSuchAction\n');
    const running = worker.validate(big, DEFAULT_SETTINGS, null);
    const first = worker.validate(small, DEFAULT_SETTINGS, null);
    const again = worker.validate(small, DEFAULT_SETTINGS, null);
    const [bigDiagnostics, a, b] = await Promise.all([running, first, again]);
    assert.ok(Array.isArray(bigDiagnostics), 'the big document is checked');
    assert.ok(a && a.length > 0, 'the first request gets the diagnostics');
    assert.deepEqual(b, a, 'the request asked again gets them too');
    // A newer version still overtakes an older one: the older request gets nothing, the newer its diagnostics.
    const older = worker.validate(big, DEFAULT_SETTINGS, null);
    const v2 = TextDocument.create(small.uri, 'yaml', 2, small.getText().replace('NoSuchAction', 'ExecuteBash'));
    const queued = worker.validate(small, DEFAULT_SETTINGS, null);
    const newer = worker.validate(v2, DEFAULT_SETTINGS, null);
    const [, overtaken, latest] = await Promise.all([older, queued, newer]);
    assert.equal(overtaken, undefined);
    assert.ok(Array.isArray(latest) && !latest.some((d) => d.code === 'unknown-action'), JSON.stringify(latest));
    assert.deepEqual(errors, []);
  } finally {
    worker.dispose();
  }
});
