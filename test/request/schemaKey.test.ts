import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextEdit } from 'vscode-languageserver-types';
import { diagnosticsText, open, service } from '../support/harness';

/** `$schema` in a request: the AWS CLI rejects it, so it is reported, with a fix that removes it. */
const REQUEST = '{\n  "$schema": "../schemas/create-infrastructure-configuration.request.schema.json",\n  "name": "infra",\n  "instanceProfileName": "p"\n}\n';

test('a request with $schema: one warning naming the CLI error and the other ways to give the kind', () => {
  const lines = diagnosticsText(REQUEST, { name: 'x.json' });
  assert.equal(lines.length, 1, lines.join('\n'));
  const [text] = lines;
  assert.match(text, /^2:3 warning schema-key-rejected \["\$schema"\] The AWS CLI rejects '\$schema' \(aws imagebuilder create-infrastructure-configuration --cli-input-json: Unknown parameter in input: "\$schema"\)/);
  assert.match(text, /imagebuilder\.fileKinds/);
  assert.match(text, /\*\*\/\*infrastructure-configuration\*\.\{json,yml,yaml\}/);
});

test('the quick fix removes $schema, and the request is clean', () => {
  const { analysis, document } = open(REQUEST, { name: 'x.json' });
  const diagnostics = service().doValidation(analysis);
  const [action] = service().getCodeActions(analysis, diagnostics[0].range, diagnostics);
  assert.equal(action.title, "Remove '$schema'");
  const fixed = TextDocument.applyEdits(document, action.edit!.changes![document.uri] as TextEdit[]);
  assert.equal(fixed, '{\n  "name": "infra",\n  "instanceProfileName": "p"\n}\n');
  assert.deepEqual(diagnosticsText(fixed, { name: 'x.json' }), []);
});

test('an unknown $schema in a request: the same warning, not a second diagnostic', () => {
  const text = diagnosticsText('{"$schema": "https://example.com/x.json", "name": "infra", "instanceProfileName": "p"}', { name: 'x.json' }).join('\n');
  assert.match(text, /^1:2 warning schema-key-rejected/);
  assert.doesNotMatch(text, /schema-ignored/);
});
