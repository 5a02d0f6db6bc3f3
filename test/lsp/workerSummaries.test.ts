import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { componentDocument } from '../../bench/docs/component';
import { templateDocument } from '../../bench/docs/template';
import { WorkerValidation } from '../../server/src/lsp/workerValidation';
import { DEFAULT_SETTINGS } from '../../server/src/service/languageService';
import { service } from '../support/harness';

/**
 * Big closed files' summaries made on the validation worker (`WorkerValidation.summarize`): the same
 * summary the service makes on this thread (so it survives the structured clone: `deepStrictEqual`
 * compares prototypes too), a newer request for the same file overtakes an older one, validations are not
 * lost among summaries, and a worker gone rejects what waits for it.
 */

const settings = DEFAULT_SETTINGS;

function inline(uri: string, text: string) {
  const language = service();
  return language.summarize(language.analyze(TextDocument.create(uri, 'yaml', 0, text), { settings, path: '/w/x.yaml' }));
}

test('a big component and a big template are summarised on the worker as on this thread', async () => {
  const worker = new WorkerValidation(() => undefined);
  try {
    const component = componentDocument(2500).text;
    const template = templateDocument(250).text;
    const [a, b] = await Promise.all([
      worker.summarize({ uri: 'file:///w/component.yaml', path: '/w/component.yaml', languageId: 'yaml', text: component, settings }),
      worker.summarize({ uri: 'file:///w/template.yaml', path: '/w/template.yaml', languageId: 'yaml', text: template, settings }),
    ]);
    assert.deepStrictEqual(a, inline('file:///w/component.yaml', component));
    assert.deepStrictEqual(b, inline('file:///w/template.yaml', template));
    assert.deepEqual(a?.components.map((c) => c.name), ['bench-component-2500']);
    assert.equal(b?.components.length, 25);
    assert.equal(b?.recipes.length, 100);
  } finally {
    worker.dispose();
  }
});

test('a newer request for the same file overtakes the older one; a validation among summaries still gets its diagnostics', async () => {
  const worker = new WorkerValidation(() => undefined);
  try {
    const text = componentDocument(2000).text;
    const older = worker.summarize({ uri: 'file:///w/c.yaml', path: '/w/c.yaml', languageId: 'yaml', text, settings });
    const small = TextDocument.create('file:///w/small.yaml', 'yaml', 1, 'name: x\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: s\n        action: NoSuchAction\n');
    const diagnostics = worker.validate(small, settings, null);
    const newer = worker.summarize({ uri: 'file:///w/c.yaml', path: '/w/c.yaml', languageId: 'yaml', text: text.replace('bench-component-2000', 'renamed'), settings });
    assert.equal(await older, undefined);
    assert.deepEqual((await newer)?.components.map((c) => c.name), ['renamed']);
    assert.ok((await diagnostics)?.some((d) => d.code === 'unknown-action'));
  } finally {
    worker.dispose();
  }
});

test('a summary waiting when the worker is gone is rejected, not left hanging', async () => {
  const worker = new WorkerValidation(() => undefined);
  const waiting = worker.summarize({ uri: 'file:///w/c.yaml', path: '/w/c.yaml', languageId: 'yaml', text: componentDocument(2000).text, settings });
  worker.dispose();
  await assert.rejects(waiting, /shutting down/);
});

/**
 * An open document's summary (its version given) is made from the analysis the worker made to check that
 * version, not from a parse of its own: shown by a text that differs from the checked one, which a parse
 * would summarise. Another version, other settings or another kind get a parse of the text sent.
 */
test("an open document's summary at the version the worker checked is that check's analysis summarised", async () => {
  const worker = new WorkerValidation(() => undefined);
  try {
    const uri = 'file:///w/open.yaml';
    const text = componentDocument(2000).text;
    const sent = text.replace('bench-component-2000', 'not-parsed');
    await worker.validate(TextDocument.create(uri, 'yaml', 3, text), settings, null);
    const names = async (version: number, kindOverride: string | null = null) =>
      (await worker.summarize({ uri, path: '/w/open.yaml', languageId: 'yaml', text: sent, settings, version, kindOverride }))?.components.map((c) => c.name);
    assert.deepEqual(await names(3), ['bench-component-2000'], 'the checked version: its analysis');
    assert.deepEqual(await names(4), ['not-parsed'], 'another version: the text sent');
    assert.deepEqual(await names(3, 'component-document'), ['not-parsed'], 'another kind: the text sent');
  } finally {
    worker.dispose();
  }
});
