import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { FILE_NAME_CONVENTIONS } from '../../server/src/service/kinds/fileNames';
import { repoRoot } from '../support/paths';
import { applyCompletion, completionLabels, diagnosticsText, open, service } from '../support/harness';

/** A new file named by the conventions gets its kind, top-level keys and a whole-document skeleton. */
describe('file-name conventions for empty and nearly empty files', () => {
  const kindOf = (text: string, name: string, settings?: unknown) =>
    open(text, { name, settings }).analysis.detection;

  for (const [name, text, kind] of [
    ['hello-component.yaml', '', 'component-document'],
    ['hello-component.yml', 'ph', 'component-document'],
    ['hello-component.yaml', 'phases:\n', 'component-document'],
    ['build/my-image-recipe.json', '{}', 'create-image-recipe'],
    ['infra.json', '', 'create-infrastructure-configuration'],
    ['dev-infrastructure-configuration.yaml', '# the dev account\n', 'create-infrastructure-configuration'],
    ['app-container-recipe.yaml', '', 'create-container-recipe'],
  ] as const) {
    test(`${name} ${JSON.stringify(text)}: ${kind}`, () => {
      const detection = kindOf(text, name);
      assert.equal(detection.kind?.id, kind);
      assert.equal(detection.source, 'file-name');
    });
  }

  test('a file with content is judged by its content, whatever its name', () => {
    assert.equal(kindOf('services:\n  web:\n    image: nginx\n', 'web-component.yaml').kind, undefined);
    assert.equal(kindOf('name: x\nversion: 2\n', 'ui-component.yaml').kind, undefined);
    assert.deepEqual(diagnosticsText('services:\n  web:\n    image: nginx\n', { name: 'web-component.yaml' }), []);
  });

  test('a file whose name matches no convention stays unknown', () => {
    assert.equal(kindOf('', 'notes.yaml').kind, undefined);
    assert.equal(kindOf('', 'component.json').kind, undefined);
  });

  test('settable: imagebuilder.fileNameConventions replaces the table ({} turns it off)', () => {
    assert.equal(kindOf('', 'hello-component.yaml', { fileNameConventions: {} }).kind, undefined);
    assert.equal(kindOf('', 'steps/hello.yaml', { fileNameConventions: { 'steps/*.yaml': 'component-document' } }).kind?.id, 'component-document');
    assert.equal(kindOf('', 'hello-component.yaml', { fileNameConventions: { 'steps/*.yaml': 'component-document' } }).kind, undefined);
  });

  test('an empty component file: the top-level keys and the whole-document skeleton, which checks clean', () => {
    const labels = completionLabels('\u0001', { name: 'hello-component.yaml' });
    for (const key of ['schemaVersion', 'phases', 'parameters', 'new component document']) assert.ok(labels.includes(key), `${key} in ${labels.join(', ')}`);
    const text = applyCompletion('\u0001', 'new component document', { name: 'hello-component.yaml' });
    assert.equal(parseYaml(text).phases.length, 3);
    assert.deepEqual(diagnosticsText(text, { name: 'hello-component.yaml' }), []);
    assert.ok(completionLabels('ph\u0001', { name: 'hello-component.yaml' }).includes('new component document'), 'while the first word is typed');
  });

  test('an empty infra.json and an empty {}: the skeleton, checked clean', () => {
    for (const marked of ['\u0001', '{\u0001}', '\n{\n  \u0001\n}\n']) {
      assert.ok(completionLabels(marked, { name: 'infra.json' }).includes('new infrastructure configuration (Dedicated Host placement)'), marked);
    }
    const text = applyCompletion('\u0001', 'new infrastructure configuration (Dedicated Host placement)', { name: 'infra.json' });
    assert.deepEqual(Object.keys(JSON.parse(text)).sort(), ['description', 'instanceProfileName', 'instanceTypes', 'name', 'placement', 'terminateInstanceOnFailure']);
    assert.deepEqual(diagnosticsText(text, { name: 'infra.json' }), []);
    assert.deepEqual(diagnosticsText(applyCompletion('{\u0001}', 'new image recipe', { name: 'my-image-recipe.json' }), { name: 'my-image-recipe.json' }), []);
  });

  test('skeletons only where a document can start', () => {
    const notHere = (marked: string, name: string) => assert.ok(!completionLabels(marked, { name }).some((l) => l.startsWith('new ')), marked);
    notHere('schemaVersion: 1.0\n\u0001', 'hello-component.yaml');
    notHere('name: x\nplatform: \u0001', 'hello-component.yaml');
    notHere('{"name": "x", \u0001}', 'infra.json');
    notHere('\u0001', 'notes.yaml');
    notHere('\u0001', 'compose.yaml');
  });

  test('a client without snippets gets the keys, not the skeleton', () => {
    const f = open('', { name: 'hello-component.yaml' });
    const list = service().doComplete(f.analysis, { line: 0, character: 0 }, { snippetSupport: false });
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('phases') && !labels.includes('new component document'), labels.join(', '));
  });
});

test("README's file-name conventions table is the server's table", () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const rows = Object.fromEntries([...readme.matchAll(/^\| `([^`]+)` \| `([^`]+)` \|$/gm)].filter((m) => m[1].includes('*')).map((m) => [m[1], m[2]]));
  assert.deepEqual(rows, FILE_NAME_CONVENTIONS);
});
