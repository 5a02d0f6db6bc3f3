import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyCompletion, completionLabels, open, service } from '../support/harness';

/** Completion offers what the context needs first (issue 15). */
const MAC = '{\n  "name": "build-infra",\n  "instanceProfileName": "p",\n  "instanceTypes": ["mac2.metal"],\n  \u0001\n}\n';

test('placement first when an instance type is a Mac type', () => {
  assert.equal(completionLabels(MAC, { name: 'infra.json' })[0], 'placement');
  assert.notEqual(completionLabels(MAC.replace('mac2.metal', 'm5.large'), { name: 'infra.json' })[0], 'placement');
});

test('tenancy host first for a Mac instance, default first otherwise', () => {
  const text = MAC.replace('  \u0001\n', '  "placement": { "tenancy": "\u0001" }\n');
  assert.deepEqual(completionLabels(text, { name: 'infra.json' }), ['host', 'default', 'dedicated']);
  assert.deepEqual(completionLabels(text.replace('mac2.metal', 'm5.large'), { name: 'infra.json' }), ['default', 'dedicated', 'host']);
});

test('instance types: the Mac types and the common families, in JSON and YAML', () => {
  const json = '{\n  "name": "build-infra",\n  "instanceProfileName": "p",\n  "instanceTypes": ["\u0001"]\n}\n';
  const labels = completionLabels(json, { name: 'infra.json' });
  for (const t of ['mac1.metal', 'mac2.metal', 'mac2-m2pro.metal', 't3.micro', 'm5.large', 'm7g.large', 'c6i.large']) assert.ok(labels.includes(t), t);
  assert.deepEqual(JSON.parse(applyCompletion(json, 'mac2.metal', { name: 'infra.json' })).instanceTypes, ['mac2.metal']);
  const yaml = 'name: build-infra\ninstanceProfileName: p\ninstanceTypes:\n  - \u0001\n';
  assert.ok(completionLabels(yaml, { name: 'infra.yaml' }).includes('mac2.metal'));
  assert.equal(applyCompletion(yaml, 'm5.large', { name: 'infra.yaml' }), 'name: build-infra\ninstanceProfileName: p\ninstanceTypes:\n  - m5.large\n');
});

test('a step: inputs before if and loop', () => {
  const text = 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: A\n        action: ExecuteBash\n        \u0001\n';
  const labels = completionLabels(text, { name: 'c.yaml' });
  assert.ok(labels.indexOf('inputs') < labels.indexOf('if') && labels.indexOf('inputs') < labels.indexOf('loop'), labels.join(', '));
});

test("'name: ' without a second space when a space follows already (plain-text client)", () => {
  const marked = 'schemaVersion: 1.0\nphases:\n  - na\u0001 \n';
  const f = open(marked, { name: 'c.yaml' });
  const item = service().doComplete(f.analysis, f.document.positionAt(f.offset), { snippetSupport: false }).items.find((i) => i.label === 'name');
  assert.ok(item?.textEdit && 'range' in item.textEdit);
  assert.equal(TextDocument.applyEdits(f.document, [item.textEdit]), 'schemaVersion: 1.0\nphases:\n  - name: \n');
});
