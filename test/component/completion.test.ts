import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CURSOR, completionLabels, completions, insertText } from '../support/harness';

const step = (body: string) => `schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: A\n${body}`;
const COMPONENT = { kind: 'component-document' };
const find = (text: string, label: string, options: object = COMPONENT) => {
  const item = completions(text, options).find((i) => i.label === label);
  assert.ok(item, `no item ${label}`);
  return insertText(item);
};

describe('component completion: keys', () => {
  const cases: ReadonlyArray<[string, string, readonly string[]]> = [
    ['top-level keys of an empty document, required first', CURSOR, ['new component document', 'phases', 'schemaVersion', 'constants', 'description', 'name', 'parameters']],
    ['top-level keys not yet used', `name: x\n${CURSOR}\nphases: []\n`, ['schemaVersion', 'constants', 'description', 'parameters']],
    ['keys of a parameter', `parameters:\n  - Name:\n      ${CURSOR}\n`, ['type', 'allowedValues', 'default', 'description']],
    ['keys of a constant', `constants:\n  - Name:\n      ${CURSOR}\n`, ['type', 'value']],
    ['keys of a phase', `phases:\n  - ${CURSOR}\n`, ['name', 'steps']],
    ['a new step', `phases:\n  - name: build\n    steps:\n      - ${CURSOR}\n`, ['new step', 'name', 'action', 'inputs', 'if', 'loop', 'maxAttempts', 'onFailure', 'timeoutSeconds']],
    ['keys of a step', step(`        ${CURSOR}\n`), ['action', 'inputs', 'if', 'loop', 'maxAttempts', 'onFailure', 'timeoutSeconds']],
    ['keys of a loop', step(`        loop:\n          ${CURSOR}\n`), ['for', 'forEach', 'name']],
    ['keys of a for loop', step(`        loop:\n          for:\n            ${CURSOR}\n`), ['end', 'start', 'updateBy']],
    ['keys of a forEach list', step(`        loop:\n          forEach:\n            ${CURSOR}\n`), ['list', 'delimiter']],
    ['keys of an ExecuteDocument parameter', step(`        action: ExecuteDocument\n        inputs:\n          document: x\n          parameters:\n            - ${CURSOR}\n`), ['name', 'value']],
    ['a new item of a list module', step(`        action: S3Download\n        inputs:\n          ${CURSOR}\n`), ['- S3Download item', 'destination', 'source', 'expectedBucketOwner', 'overwrite']],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(completionLabels(text, COMPONENT), expected));

  test('a partly typed key is replaced, and its own key is offered again', () => {
    assert.deepEqual(completionLabels(step(`        acti${CURSOR}\n`)), ['action', 'inputs', 'if', 'loop', 'maxAttempts', 'onFailure', 'timeoutSeconds']);
  });
});

describe('component completion: values', () => {
  const cases: ReadonlyArray<[string, string, readonly string[]]> = [
    ['schemaVersion', `schemaVersion: ${CURSOR}\n`, ['1.0']],
    ['phase names not yet used', `phases:\n  - name: build\n    steps: []\n  - name: ${CURSOR}\n`, ['validate', 'test', 'container-host-test']],
    ['parameter type', `parameters:\n  - Name:\n      type: ${CURSOR}\n`, ['string']],
    ['onFailure', step(`        onFailure: ${CURSOR}\n`), ['Abort', 'Continue', 'Ignore']],
    ['maxAttempts default', step(`        maxAttempts: ${CURSOR}\n`), ['1']],
    ['InstallMSI reboot', step(`        action: InstallMSI\n        inputs:\n          reboot: ${CURSOR}\n`), ['Allow', 'Force', 'Skip']],
    ['WebDownload algorithm', step(`        action: WebDownload\n        inputs:\n          - algorithm: ${CURSOR}\n`), ['MD5', 'SHA1', 'SHA256', 'SHA512']],
    ['SetRegistry type', step(`        action: SetRegistry\n        inputs:\n          - type: ${CURSOR}\n`), ['BINARY', 'DWORD', 'QWORD', 'SZ', 'EXPAND_SZ', 'MULTI_SZ']],
    ['a boolean input', step(`        action: CopyFile\n        inputs:\n          - overwrite: ${CURSOR}\n`), ['false', 'true']],
    ['forEach delimiter', step(`        loop:\n          forEach:\n            delimiter: ${CURSOR}\n`), ['.', ',', ';', ':', '\\n', '\\t', "' ' (space)", '-', '_']],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(completionLabels(text, COMPONENT), expected));

  test('encodings', () => {
    const labels = completionLabels(step(`        action: ReadFile\n        inputs:\n          - encoding: ${CURSOR}\n`));
    assert.equal(labels.length, 14);
    assert.deepEqual(labels.slice(0, 3), ['utf8', 'utf-8', 'utf16']);
  });

  test('every action, with platforms and a summary; those the platform runs first', () => {
    const items = completions(step(`        action: ${CURSOR}\n`).replace('schemaVersion', '# imagebuilder-platform: Windows\nschemaVersion'));
    assert.equal(items.length, 30);
    const bash = items.find((i) => i.label === 'ExecuteBash')!;
    assert.equal(bash.detail, 'Linux, macOS — Runs inline Bash commands as one script.');
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
    assert.ok(sorted.indexOf('ExecutePowerShell') < sorted.indexOf('ExecuteBash'));
  });

  test('delimiters are inserted as YAML reads them back', () => {
    const text = step(`        loop:\n          forEach:\n            delimiter: ${CURSOR}\n`);
    assert.equal(find(text, ','), "','");
    assert.equal(find(text, '\\n'), '"\\n"');
  });
});

describe('component completion: skeletons', () => {
  test('inputs with the required inputs of the chosen action', () => {
    assert.equal(find(step(`        action: ExecuteBash\n        ${CURSOR}\n`), 'inputs'), 'inputs:\n  commands:\n    - $1');
    assert.equal(find(step(`        action: S3Download\n        ${CURSOR}\n`), 'inputs'), 'inputs:\n  - source: $1\n    destination: $2');
    assert.equal(find(step(`        action: ExecutePowerShell\n        ${CURSOR}\n`), 'inputs'), 'inputs:\n  commands:\n    - $1');
    assert.equal(find(step(`        action: InstallMSI\n        ${CURSOR}\n`), 'inputs'), 'inputs:\n  path: $1');
    assert.equal(find(step(`        action: Assert\n        ${CURSOR}\n`), 'inputs'), 'inputs:\n  stringEquals: $1\n  value: $2');
  });

  test('a new list item with its required keys', () => {
    assert.equal(find(step(`        action: SetRegistry\n        inputs:\n          ${CURSOR}\n`), '- SetRegistry item'), '- path: $1\n  name: $2\n  value: $3\n  type: ${4|BINARY,DWORD,QWORD,SZ,EXPAND_SZ,MULTI_SZ|}');
  });

  test('top-level phases and parameters', () => {
    assert.equal(find(CURSOR, 'phases'), 'phases:\n  - name: ${1|build,validate,test|}\n    steps:\n      - name: $2\n        action: $3');
    assert.equal(find(CURSOR, 'parameters'), 'parameters:\n  - ${1:Name}:\n      type: string\n      default: $2\n      description: $3');
  });

  test('enum keys get a choice; the action key asks for more', () => {
    assert.equal(find(step(`        ${CURSOR}\n`), 'onFailure'), 'onFailure: ${1|Abort,Continue,Ignore|}');
    const action = completions(step(`        ${CURSOR}\n`)).find((i) => i.label === 'action')!;
    assert.equal(action.command?.command, 'editor.action.triggerSuggest');
  });

  test('a component document in JSON gets JSON keys', () => {
    const text = `{"schemaVersion": "1.0", "phases": [{"name": "build", "steps": [{"name": "A", ${CURSOR}}]}]}`;
    assert.equal(find(text, 'action', { languageId: 'json', kind: 'component-document' }), '"action": $1');
  });
});
