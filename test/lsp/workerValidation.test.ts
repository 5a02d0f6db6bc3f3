import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { componentDocument } from '../../bench/docs/component';
import { versionedDocuments } from '../../server/src/lsp/versionedDocument';
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

/**
 * Steady typing in a big document: a new version every 100 ms (4,000 steps, whose full parse takes 0.3-0.4 s
 * on the shared 2-core machine, seconds under load). Before, each version cancelled the analysis under way,
 * so every version was parsed from the start and overtaken in turn: no diagnostics came until typing
 * stopped. Now the analysis under way completes and the next version is re-parsed from it, in part, so a
 * version gets its diagnostics while the typing goes on. The typing goes on for five versions after the first
 * diagnostics come (at most 200 versions, 20 s, when none do), so a slow machine's long first parse cannot
 * end it first.
 */
test('under steady typing in a big document, versions get their diagnostics before the typing stops', async () => {
  const errors: string[] = [];
  const worker = new WorkerValidation((message) => errors.push(message));
  try {
    const text = componentDocument(4000).text;
    const at = text.indexOf('Generated') + 'Generated'.length;
    const results: Promise<unknown>[] = [];
    let stopAt = 200;
    await new Promise<void>((resolve) => {
      let version = 0;
      const type = () => {
        if (version >= stopAt) {
          clearInterval(timer);
          resolve();
          return;
        }
        version++;
        const typed = text.slice(0, at) + 'x'.repeat(version) + text.slice(at);
        const result = worker.validate(TextDocument.create('file:///w/typed.yaml', 'yaml', version, typed), DEFAULT_SETTINGS, null);
        void result.then((diagnostics) => {
          if (diagnostics) stopAt = Math.min(stopAt, version + 5);
        });
        results.push(result);
      };
      const timer = setInterval(type, 100);
      type();
    });
    const answers = await Promise.all(results);
    const answered = answers.flatMap((a, i) => (Array.isArray(a) ? [i + 1] : []));
    const last = results.length;
    assert.ok(answered.includes(last), 'the last version gets its diagnostics');
    assert.ok(answered.some((v) => v < last), `some version before the last (${last}) gets its diagnostics while the typing goes on (answered: ${answered.join(', ')})`);
    assert.deepEqual(errors, []);
  } finally {
    worker.dispose();
  }
});

/**
 * The worker is sent what changed since the version it holds, not each version's whole text (a 4 MB text
 * costs the main thread about 5 ms to post). Versions made by the server's documents, with edits that add and
 * remove problems, line breaks and whole-text changes among them: each version's diagnostics are those of its
 * whole text, checked by a worker that is sent the whole text.
 */
test('versions sent as changes get the diagnostics of their whole texts', async () => {
  const errors: string[] = [];
  const worker = new WorkerValidation((message) => errors.push(message));
  const reference = new WorkerValidation((message) => errors.push(message));
  try {
    const base = componentDocument(300).text;
    const uri = 'file:///w/edited.yaml';
    let document = versionedDocuments.create(uri, 'yaml', 1, base);
    const at = (needle: string, nth: number) => {
      let offset = -1;
      for (let i = 0; i <= nth; i++) offset = document.getText().indexOf(needle, offset + 1);
      return document.positionAt(offset);
    };
    const edits: Array<(version: number) => TextDocumentContentChangeEvent[]> = [
      () => [{ range: { start: at('ExecuteBash', 3), end: at('ExecuteBash', 3) }, text: 'No' }],
      () => [{ range: { start: at('name:', 20), end: at('name:', 20) }, text: '\n' }],
      (v) => [{ range: { start: at('Generated', 0), end: at('Generated', 0) }, text: `x${v}` }, { range: { start: at('ExecuteBash', 10), end: at('ExecuteBash', 10) }, text: 'Un' }],
      () => [{ text: document.getText().replace('NoExecuteBash', 'ExecuteBash') }],
      () => [{ range: { start: at('UnExecuteBash', 0), end: { ...at('UnExecuteBash', 0), character: at('UnExecuteBash', 0).character + 2 } }, text: '' }],
    ];
    for (let version = 2; version <= 11; version++) {
      document = versionedDocuments.update(document, edits[(version - 2) % edits.length](version), version);
      const copy = TextDocument.create(uri, 'yaml', version, document.getText());
      const [sent, whole] = await Promise.all([worker.validate(document, DEFAULT_SETTINGS, null), reference.validate(copy, DEFAULT_SETTINGS, null)]);
      assert.ok(Array.isArray(whole), `version ${version} is checked`);
      assert.deepEqual(sent, whole, `version ${version}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    worker.dispose();
    reference.dispose();
  }
});
