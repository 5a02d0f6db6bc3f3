import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ACTIONS,
  ALL_PLATFORMS,
  BUILT_IN_VARIABLES,
  CHAINING_FORMS,
  COMPARISON_OPERATORS,
  CONSTANT_KEYS,
  DOCUMENT_KEYS,
  FOREACH_LIST_KEYS,
  FOR_LOOP_KEYS,
  IF_BRANCH_KEYS,
  InputFact,
  KeyFact,
  LOGICAL_OPERATORS,
  LOOP_KEYS,
  MAX_CONDITION_NESTING,
  PARAMETER_KEYS,
  PHASE_KEYS,
  PHASE_NAMES,
  RESERVED_PREFIXES,
  STEP_ACTIONS,
  STEP_KEYS,
  VARIABLE_NAME_PATTERN,
  allActions,
  allOperators,
  getAction,
  getActionIgnoreCase,
  getInput,
  getOperator,
  getOperatorIgnoreCase,
  getStepAction,
  suggestActions,
  suggestInputs,
  suggestOperators,
} from '../../server/src/service/component/facts/index';

// =============================================================================================
// Internal consistency
// =============================================================================================

/** The action modules of the AWSTOE reference (and of the CDK `ComponentAction` enum). */
const EXPECTED_ACTIONS = [
  'AppendFile', 'Assert', 'CopyFile', 'CopyFolder', 'CreateFile', 'CreateFolder', 'CreateSymlink',
  'DeleteFile', 'DeleteFolder', 'ExecuteBash', 'ExecuteBinary', 'ExecuteDocument', 'ExecutePowerShell',
  'InstallMSI', 'ListFiles', 'MoveFile', 'MoveFolder', 'ReadFile', 'Reboot', 'S3Download', 'S3Upload',
  'SetFileEncoding', 'SetFileOwner', 'SetFilePermissions', 'SetFolderOwner', 'SetFolderPermissions',
  'SetRegistry', 'UninstallMSI', 'UpdateOS', 'WebDownload',
];

function assertUnique(names: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const n of names) {
    assert.ok(!seen.has(n), `duplicate ${what}: ${n}`);
    seen.add(n);
  }
}

function assertEnumsConsistent(fact: InputFact | KeyFact, where: string): void {
  if (fact.enumDescriptions !== undefined) {
    assert.ok(fact.enum, `${where}: enumDescriptions without enum`);
    assert.equal(fact.enumDescriptions.length, fact.enum.length, `${where}: enumDescriptions length`);
    for (const d of fact.enumDescriptions) assert.ok(d.trim().length > 0, `${where}: empty enum description`);
  }
  if (fact.enum !== undefined) {
    assert.ok(fact.enum.length > 0, `${where}: empty enum`);
    assertUnique(fact.enum, `${where} enum value`);
    assert.ok(fact.enumDescriptions, `${where}: enum without enumDescriptions`);
    if (fact.default !== undefined) {
      assert.ok(fact.enum.includes(String(fact.default)), `${where}: default ${String(fact.default)} not in enum`);
    }
  }
  if (fact.minimum !== undefined && fact.maximum !== undefined) {
    assert.ok(fact.minimum <= fact.maximum, `${where}: minimum > maximum`);
  }
  if (typeof fact.default === 'number' && fact.minimum !== undefined) {
    assert.ok(fact.default >= fact.minimum, `${where}: default below minimum`);
  }
  assert.ok(fact.description.trim().length > 0, `${where}: missing description`);
}

function assertOneLine(text: string, where: string): void {
  assert.ok(text.trim().length > 0, `${where}: empty`);
  assert.ok(!text.includes('\n'), `${where}: more than one line`);
  assert.ok(text.length <= 120, `${where}: longer than 120 characters`);
}

describe('AWSTOE facts: action modules', () => {
  test('the table holds exactly the 30 documented modules, with unique names', () => {
    const names = ACTIONS.map((a) => a.name);
    assertUnique(names, 'action');
    assert.deepEqual([...names].sort(), [...EXPECTED_ACTIONS].sort());
    assert.equal(allActions().length, 30);
  });

  test('every module has a summary, a description, platforms and consistent inputs', () => {
    for (const a of ACTIONS) {
      assert.match(a.name, /^[A-Z][A-Za-z0-9]+$/, `${a.name}: name`);
      assertOneLine(a.summary, `${a.name} summary`);
      assert.ok(a.description.length >= a.summary.length, `${a.name}: description shorter than summary`);
      assert.ok(a.platforms.length >= 1, `${a.name}: no platform`);
      assertUnique(a.platforms, `${a.name} platform`);
      for (const p of a.platforms) assert.ok(ALL_PLATFORMS.includes(p), `${a.name}: platform ${p}`);
      assert.match(a.docAnchor, /^action-modules-[a-z0-9-]+$/, `${a.name}: docAnchor`);

      assertUnique(a.inputs.map((i) => i.name), `${a.name} input`);
      for (const i of a.inputs) {
        assertEnumsConsistent(i, `${a.name}.${i.name}`);
        for (const p of i.platforms ?? []) {
          assert.ok(a.platforms.includes(p), `${a.name}.${i.name}: platform ${p} not a platform of the module`);
        }
        if (i.items) {
          assert.ok(i.type === 'list' || i.type === 'map', `${a.name}.${i.name}: items on a ${i.type}`);
          assertUnique(i.items.map((x) => x.name), `${a.name}.${i.name} item key`);
          for (const x of i.items) assertEnumsConsistent(x, `${a.name}.${i.name}.${x.name}`);
        }
      }
      assertUnique(a.outputs.map((o) => o.name), `${a.name} output`);
      for (const o of a.outputs) assert.ok(o.description.trim().length > 0, `${a.name} output ${o.name}`);

      if (a.inputsShape === 'none') assert.equal(a.inputs.length, 0, `${a.name}: inputs on a no-input module`);
      if (a.operatorInputs) {
        assert.equal(a.inputs.length, 0, `${a.name}: operator modules have no named inputs`);
        assert.equal(a.inputsShape, 'map');
      } else if (a.inputsShape !== 'none') {
        assert.ok(a.inputs.length > 0, `${a.name}: no inputs listed`);
      }
      for (const group of a.exactlyOneOf ?? []) {
        for (const n of group) assert.ok(getInput(a, n), `${a.name}: exactlyOneOf names unknown input ${n}`);
      }
      for (const p of Object.keys(a.rebootExitCodes ?? {})) {
        assert.ok(a.platforms.includes(p as (typeof ALL_PLATFORMS)[number]), `${a.name}: reboot code for ${p}`);
      }
    }
  });

  test('module shapes match the documented examples', () => {
    const shape = (n: string) => getAction(n)?.inputsShape;
    assert.equal(shape('ExecuteBash'), 'map');
    assert.equal(shape('S3Download'), 'list');
    assert.equal(shape('CreateFile'), 'list');
    assert.equal(shape('SetRegistry'), 'list');
    assert.equal(shape('Reboot'), 'map');
    assert.equal(shape('UpdateOS'), 'map');
    assert.equal(getAction('Reboot')?.inputsRequired, false);
    assert.equal(getInput('Reboot', 'delaySeconds')?.default, 0);
    assert.deepEqual(getAction('SetFileOwner')?.platforms, ['Linux', 'macOS']);
    assert.ok(!getAction('SetFileOwner')?.platforms.includes('Windows'));
    assert.deepEqual(getAction('ExecutePowerShell')?.platforms, ['Windows']);
    assert.equal(getAction('Assert')?.operatorInputs, true);
    assert.deepEqual(getAction('ExecuteDocument')?.fixedStepSettings, { timeoutSeconds: -1, maxAttempts: 1 });
    assert.deepEqual(getAction('ExecutePowerShell')?.exactlyOneOf, [['commands', 'file']]);
  });
});

describe('AWSTOE facts: operators', () => {
  test('operator names are unique and complete', () => {
    assertUnique(allOperators().map((o) => o.name), 'operator');
    for (const n of [
      'stringIsEmpty', 'stringIsWhitespace', 'stringEquals', 'stringLessThan', 'stringLessThanEquals',
      'stringGreaterThan', 'stringGreaterThanEquals', 'patternMatches', 'numberEquals', 'numberLessThan',
      'numberLessThanEquals', 'numberGreaterThan', 'numberGreaterThanEquals', 'binaryExists', 'fileExists',
      'folderExists', 'fileMD5Equals', 'fileSHA1Equals', 'fileSHA256Equals', 'fileSHA512Equals',
    ]) {
      assert.equal(getOperator(n)?.kind, 'comparison', n);
    }
    assert.deepEqual(LOGICAL_OPERATORS.map((o) => o.name), ['and', 'or', 'not']);
    assert.deepEqual(STEP_ACTIONS.map((s) => s.name), ['Abort', 'Execute', 'Skip']);
    assert.deepEqual(IF_BRANCH_KEYS.map((k) => k.name), ['then', 'else']);
    assert.equal(MAX_CONDITION_NESTING, 4);
  });

  test('comparison operators say whether and how they take a second value', () => {
    for (const o of COMPARISON_OPERATORS) {
      assertOneLine(o.summary, `${o.name} summary`);
      assert.ok(o.description.trim().length > 0, `${o.name}: description`);
      if (o.takesValue) {
        assert.ok(o.companionKey && o.companionType, `${o.name}: companion key and type`);
      } else {
        assert.equal(o.companionKey, undefined, `${o.name}: companion key on a unary operator`);
      }
    }
    const sha = COMPARISON_OPERATORS.find((o) => o.name === 'fileSHA256Equals');
    assert.equal(sha?.companionKey, 'path');
    assert.equal(COMPARISON_OPERATORS.find((o) => o.name === 'stringEquals')?.companionKey, 'value');
    assert.equal(COMPARISON_OPERATORS.find((o) => o.name === 'binaryExists')?.takesValue, false);
  });
});

describe('AWSTOE facts: document keys', () => {
  test('key groups have unique names and consistent enums', () => {
    const groups: [string, readonly KeyFact[]][] = [
      ['document', DOCUMENT_KEYS], ['parameter', PARAMETER_KEYS], ['constant', CONSTANT_KEYS],
      ['phase', PHASE_KEYS], ['step', STEP_KEYS], ['loop', LOOP_KEYS], ['for', FOR_LOOP_KEYS],
      ['forEach', FOREACH_LIST_KEYS],
    ];
    for (const [g, keys] of groups) {
      assertUnique(keys.map((k) => k.name), `${g} key`);
      for (const k of keys) assertEnumsConsistent(k, `${g}.${k.name}`);
    }
    assert.deepEqual(STEP_KEYS.map((k) => k.name).sort(),
      ['action', 'if', 'inputs', 'loop', 'maxAttempts', 'name', 'onFailure', 'timeoutSeconds']);
    const timeout = STEP_KEYS.find((k) => k.name === 'timeoutSeconds');
    assert.equal(timeout?.default, 7200);
    assert.deepEqual(timeout?.specialValues, [-1]);
    assert.equal(timeout?.minimum, 1);
    assert.deepEqual(STEP_KEYS.find((k) => k.name === 'onFailure')?.enum, ['Abort', 'Continue', 'Ignore']);
    assert.deepEqual(PHASE_NAMES.map((p) => `${p.name}:${p.stage}`),
      ['build:build', 'validate:build', 'test:test', 'container-host-test:test']);
    assert.ok(VARIABLE_NAME_PATTERN.test('my-param_1'));
    assert.ok(!VARIABLE_NAME_PATTERN.test('ab'));
    assert.ok(!VARIABLE_NAME_PATTERN.test('has space'));
    assertUnique(BUILT_IN_VARIABLES.map((v) => v.form), 'built-in variable');
    assertUnique(CHAINING_FORMS.map((v) => v.form), 'chaining form');
    assertUnique(RESERVED_PREFIXES.map((v) => v.prefix), 'reserved prefix');
  });
});

describe('AWSTOE facts: lookup helpers', () => {
  test('exact, case-insensitive and "did you mean" lookups', () => {
    assert.equal(getAction('ExecuteBash')?.name, 'ExecuteBash');
    assert.equal(getAction('executebash'), undefined);
    assert.equal(getActionIgnoreCase('executebash')?.name, 'ExecuteBash');
    assert.equal(getActionIgnoreCase('EXECUTEPOWERSHELL')?.name, 'ExecutePowerShell');
    assert.deepEqual(suggestActions('ExecuteBsh'), ['ExecuteBash']);
    assert.deepEqual(suggestActions('S3download'), ['S3Download']);
    assert.deepEqual(suggestActions('Frobnicate'), []);
    const deleteFile = getAction('DeleteFile');
    assert.ok(deleteFile);
    assert.deepEqual(suggestInputs(deleteFile, 'pth'), ['path']);
    assert.equal(getOperator('stringlessThan'), undefined);
    assert.equal(getOperatorIgnoreCase('stringlessThan')?.name, 'stringLessThan');
    assert.deepEqual(suggestOperators('fileExist'), ['fileExists']);
    assert.equal(getStepAction('Skip')?.name, 'Skip');
    assert.equal(getStepAction('skip'), undefined);
  });
});
