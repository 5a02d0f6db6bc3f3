// Unit tests of the client's editor-free parts: the document selector and the kind wording.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropsSyntaxErrors, withoutDuplicates } from '../../client/src/dedupe';
import { describeKind, kindMessage } from '../../client/src/describe';
import { documentSelector, isCandidate } from '../../client/src/selector';

test('selector: yaml, json, jsonc and terraform on file and untitled only', () => {
  const s = documentSelector();
  assert.equal(s.length, 8);
  for (const language of ['yaml', 'json', 'jsonc', 'terraform']) {
    for (const scheme of ['file', 'untitled']) assert.ok(isCandidate(language, scheme), `${language}/${scheme}`);
  }
  assert.ok(!isCandidate('yaml', 'git'), 'git: scheme (diff views) is left out');
  assert.ok(!isCandidate('plaintext', 'file'));
  assert.ok(!isCandidate('hcl', 'file'), 'plain .hcl files (Packer, Nomad) are not ours');
  assert.ok(s.every(f => f.language && f.scheme), 'never a filter without language: no forced language mode');
});

test('selector: a virtual workspace scheme is added once', () => {
  const s = documentSelector(['vscode-vfs', 'vscode-vfs', 'file']);
  assert.equal(s.length, 12);
  assert.ok(isCandidate('json', 'vscode-vfs', ['vscode-vfs']));
});

test('describeKind: a component shows its platform; no kind says so', () => {
  assert.deepEqual(describeKind({ kind: 'component-document', title: 'Component document', platform: 'Linux', source: 'content' }),
    { text: 'Component document · Linux', detail: 'detected from the content' });
  assert.deepEqual(describeKind({ kind: 'create-infrastructure-configuration', title: null, source: 'setting' }),
    { text: 'create-infrastructure-configuration', detail: 'from the imagebuilder.fileKinds setting' });
  assert.equal(describeKind({ kind: null, title: null, source: 'none' }).text, 'Not an Image Builder file');
  assert.equal(describeKind(undefined).text, 'Not an Image Builder file');
});

test('kindMessage names the file, the kind id and the source', () => {
  assert.equal(kindMessage('infra.json', { kind: 'create-infrastructure-configuration', title: 'Infrastructure configuration', source: 'override' }),
    'infra.json: Infrastructure configuration [create-infrastructure-configuration], chosen by you.');
  assert.equal(kindMessage('ci.yml', { kind: null, title: null, source: 'none' }), 'ci.yml is not recognized as an Image Builder file.');
});

test('dedupe: our syntax errors are left out where another validator reports them', () => {
  const both = { jsonValidates: true, yamlValidates: true };
  const none = { jsonValidates: false, yamlValidates: false };
  assert.equal(dropsSyntaxErrors('json', both), true);
  assert.equal(dropsSyntaxErrors('jsonc', both), true);
  assert.equal(dropsSyntaxErrors('yaml', both), true);
  assert.equal(dropsSyntaxErrors('json', none), false);
  assert.equal(dropsSyntaxErrors('yaml', none), false);
  assert.equal(dropsSyntaxErrors(undefined, both), false);
  const diags = [{ code: 'syntax' }, { code: 'placement-target-conflict' }, { code: { value: 'syntax' } }, {}];
  assert.deepEqual(withoutDuplicates(diags, true), [{ code: 'placement-target-conflict' }, {}]);
  assert.equal(withoutDuplicates(diags, false).length, 4);
});
