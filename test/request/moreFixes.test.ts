import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticsText, open, service } from '../support/harness';

/** Quick fixes for action-platform and missing-property (issue 15): the text after the fix titled `title`. */
function applyFix(text: string, file: string, title: string | RegExp): string {
  const { document, analysis } = open(text, { name: file });
  const diagnostics = service().doValidation(analysis);
  const actions = service().getCodeActions(analysis, { start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, diagnostics);
  const action = actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  assert.ok(action, `no fix '${title}' among: ${actions.map((a) => a.title).join(', ')}`);
  return TextDocument.applyEdits(document, action.edit?.changes?.[document.uri] ?? []);
}

const codes = (text: string, file: string) => service().doValidation(open(text, { name: file }).analysis).map((d) => String(d.code));

const WINDOWS_STEP = '# imagebuilder-platform: Linux\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Hello\n        action: ExecutePowerShell\n        inputs:\n          commands:\n            - Write-Host hello\n';

test('action-platform: change the action to its counterpart (ExecutePowerShell → ExecuteBash)', () => {
  const fixed = applyFix(WINDOWS_STEP, 'hello.yaml', "Change to 'ExecuteBash'");
  assert.ok(fixed.includes('        action: ExecuteBash\n'), fixed);
  assert.deepEqual(codes(fixed, 'hello.yaml'), []);
});

test('action-platform: or change the platform comment to the action\'s platform', () => {
  const fixed = applyFix(WINDOWS_STEP, 'hello.yaml', 'Change the platform comment to Windows');
  assert.ok(fixed.startsWith('# imagebuilder-platform: Windows\n'), fixed);
  assert.deepEqual(codes(fixed, 'hello.yaml'), []);
});

test('action-platform with mixed actions: the counterpart of the odd one out', () => {
  const text = 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: A\n        action: ExecuteBash\n        inputs:\n          commands: [echo a]\n      - name: B\n        action: ExecuteBash\n        inputs:\n          commands: [echo b]\n      - name: C\n        action: ExecutePowerShell\n        inputs:\n          commands: [Write-Host c]\n';
  const fixed = applyFix(text, 'c.yaml', "Change to 'ExecuteBash'");
  assert.deepEqual(codes(fixed, 'c.yaml'), []);
});

test('missing-property in a component: the key is inserted with a value that checks', () => {
  const text = 'name: hello\nphases:\n  - name: build\n    steps:\n      - name: A\n        action: ExecuteBash\n        inputs:\n          commands: [echo a]\n';
  assert.deepEqual(codes(text, 'hello.yaml'), ['missing-property']);
  const fixed = applyFix(text, 'hello.yaml', "Add 'schemaVersion'");
  assert.equal(fixed, `schemaVersion: 1.0\n${text}`);
  assert.deepEqual(codes(fixed, 'hello.yaml'), []);
});

test('missing-property in a request: the keys are inserted with placeholders (JSON and YAML)', () => {
  const json = applyFix('{\n  "instanceTypes": ["m5.large"],\n  "name": "build-infra"\n}\n', 'infra.json', "Add 'instanceProfileName'");
  assert.equal(json, '{\n  "instanceProfileName": "",\n  "instanceTypes": ["m5.large"],\n  "name": "build-infra"\n}\n');
  assert.doesNotThrow(() => JSON.parse(json));
  assert.ok(!codes(json, 'infra.json').includes('missing-property'));
  const yaml = applyFix('containerType: DOCKER\nname: c\n', 'c.yaml', /^Add '.*', '/);
  assert.equal(yaml, 'semanticVersion: ""\nparentImage: ""\ntargetRepository: {}\ncontainerType: DOCKER\nname: c\n');
  const nested = applyFix(yaml, 'c.yaml', "Add 'service', 'repositoryName'");
  assert.ok(nested.includes('targetRepository: { service: ECR, repositoryName: "" }'), nested);
  assert.doesNotMatch(diagnosticsText(nested, { name: 'c.yaml' }).join('\n'), /Missing required/);
});
