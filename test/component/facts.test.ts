import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { corpusDir, sharedAvailable } from '../support/paths';
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

// =============================================================================================
// Corpus cross-check
// =============================================================================================

type YamlMap = Record<string, unknown>;

function isMap(x: unknown): x is YamlMap {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A value that a template engine fills in before AWSTOE sees it (Terraform, CloudFormation Fn::Sub). */
function isTemplated(s: string): boolean {
  return /\$\{|%\{|\{\{/.test(s);
}

const stepKeyNames = new Set(STEP_KEYS.map((k) => k.name));
const documentKeyNames = new Set(DOCUMENT_KEYS.map((k) => k.name));
const loopKeyNames = new Set(LOOP_KEYS.map((k) => k.name));
const forKeyNames = new Set(FOR_LOOP_KEYS.map((k) => k.name));
const forEachKeyNames = new Set(FOREACH_LIST_KEYS.map((k) => k.name));
const parameterKeyNames = new Set(PARAMETER_KEYS.map((k) => k.name));
const constantKeyNames = new Set(CONSTANT_KEYS.map((k) => k.name));
const stepActionNames = new Set(STEP_ACTIONS.map((s) => s.name as string));

/** What the checker found in one corpus source, as stable "detail" strings, plus usage counts. */
class Findings {
  readonly details = new Set<string>();
  readonly actionUse = new Map<string, number>();
  steps = 0;

  add(detail: string): void {
    this.details.add(detail);
  }
}

/** Checks a condition (`if` value or Assert inputs) against the operator facts. */
function checkCondition(cond: unknown, where: string, f: Findings, depth: number, allowBranches: boolean): void {
  if (typeof cond === 'string' && isTemplated(cond)) return;
  if (!isMap(cond)) {
    f.add(`${where}: condition is not a mapping`);
    return;
  }
  const operatorKeys = Object.keys(cond).filter((k) => !['value', 'path', 'then', 'else'].includes(k));
  if (operatorKeys.length !== 1) f.add(`${where}: condition needs exactly one operator, found ${operatorKeys.length}`);
  for (const k of Object.keys(cond)) {
    if (k === 'then' || k === 'else') {
      if (!allowBranches) f.add(`${where}: \`${k}\` is only allowed in an if condition`);
      else if (!stepActionNames.has(String(cond[k]))) f.add(`${where}: \`${k}\` value ${String(cond[k])} is not Abort|Execute|Skip`);
      continue;
    }
    if (k === 'value' || k === 'path') continue;
    const op = getOperator(k);
    if (!op) {
      f.add(`${where}: unknown operator \`${k}\``);
      continue;
    }
    if (op.kind === 'comparison') {
      if (op.takesValue && !(op.companionKey! in cond)) f.add(`${where}: \`${k}\` needs \`${op.companionKey!}\``);
      for (const other of ['value', 'path'] as const) {
        if (other in cond && op.companionKey !== other) f.add(`${where}: \`${k}\` takes no \`${other}\``);
      }
      continue;
    }
    if (depth >= MAX_CONDITION_NESTING) f.add(`${where}: logical operators nested deeper than ${MAX_CONDITION_NESTING}`);
    const operand = cond[k];
    const operands = Array.isArray(operand) ? operand : [operand];
    if (op.operands === 'single' && operands.length !== 1) f.add(`${where}: \`${k}\` takes one condition`);
    for (const sub of operands) checkCondition(sub, `${where}.${k}`, f, depth + 1, false);
  }
}

function checkItemKeys(item: unknown, inputs: readonly InputFact[], where: string, action: string, f: Findings): void {
  if (!isMap(item)) {
    if (!(typeof item === 'string' && isTemplated(item))) f.add(`${where}: an inputs item of ${action} is not a mapping`);
    return;
  }
  for (const key of Object.keys(item)) {
    const input = inputs.find((i) => i.name === key);
    if (!input) {
      f.add(`${where}: ${action} has no input \`${key}\``);
      continue;
    }
    if (input.items && Array.isArray(item[key])) {
      for (const sub of item[key] as unknown[]) checkItemKeys(sub, input.items, `${where}.${key}`, action, f);
    }
  }
}

function checkStep(step: unknown, where: string, f: Findings): void {
  if (!isMap(step)) {
    f.add(`${where}: step is not a mapping`);
    return;
  }
  f.steps++;
  const name = typeof step.name === 'string' ? step.name : '?';
  const at = `${where}/${name}`;
  for (const k of Object.keys(step)) if (!stepKeyNames.has(k)) f.add(`${at}: unknown step key \`${k}\``);

  if (step.if !== undefined) checkCondition(step.if, `${at}.if`, f, 1, true);
  if (step.loop !== undefined) {
    if (!isMap(step.loop)) f.add(`${at}: loop is not a mapping`);
    else {
      for (const k of Object.keys(step.loop)) if (!loopKeyNames.has(k)) f.add(`${at}: unknown loop key \`${k}\``);
      if (isMap(step.loop.for)) {
        for (const k of Object.keys(step.loop.for)) if (!forKeyNames.has(k)) f.add(`${at}: unknown for key \`${k}\``);
      }
      if (isMap(step.loop.forEach)) {
        for (const k of Object.keys(step.loop.forEach)) if (!forEachKeyNames.has(k)) f.add(`${at}: unknown forEach key \`${k}\``);
      }
    }
  }

  const actionName = step.action;
  if (typeof actionName !== 'string') {
    f.add(`${at}: action is missing or not a string`);
    return;
  }
  if (isTemplated(actionName)) return;
  const action = getAction(actionName);
  if (!action) {
    const hint = suggestActions(actionName);
    f.add(`${at}: unknown action \`${actionName}\`${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}`);
    return;
  }
  f.actionUse.set(action.name, (f.actionUse.get(action.name) ?? 0) + 1);

  const inputs = step.inputs;
  const shape = inputs === undefined || inputs === null ? 'none' : Array.isArray(inputs) ? 'list' : isMap(inputs) ? 'map' : 'scalar';
  if (shape === 'none') {
    if (action.inputsRequired) f.add(`${at}: ${action.name} needs inputs`);
    return;
  }
  if (shape === 'scalar') {
    if (!(typeof inputs === 'string' && isTemplated(inputs))) f.add(`${at}: ${action.name} inputs is a scalar`);
    return;
  }
  const shapeOk = action.inputsShape === 'map-or-list' || action.inputsShape === shape;
  if (!shapeOk) f.add(`${at}: ${action.name} inputs should be a ${action.inputsShape}, found a ${shape}`);
  if (action.operatorInputs) {
    checkCondition(inputs, `${at}.inputs`, f, 1, false);
    return;
  }
  const items = Array.isArray(inputs) ? (inputs as unknown[]) : [inputs];
  for (const item of items) checkItemKeys(item, action.inputs, at, action.name, f);
}

function listOrSingle(x: unknown): unknown[] {
  return Array.isArray(x) ? x : x === undefined || x === null ? [] : [x];
}

function checkDocument(doc: unknown, f: Findings): void {
  if (!isMap(doc)) {
    f.add('document is not a mapping');
    return;
  }
  for (const k of Object.keys(doc)) if (!documentKeyNames.has(k)) f.add(`unknown top-level key \`${k}\``);
  for (const [section, known] of [['parameters', parameterKeyNames], ['constants', constantKeyNames]] as const) {
    for (const entry of listOrSingle(doc[section])) {
      if (!isMap(entry)) continue;
      for (const [varName, def] of Object.entries(entry)) {
        if (!isMap(def)) continue;
        for (const k of Object.keys(def)) if (!known.has(k)) f.add(`${section}.${varName}: unknown key \`${k}\``);
      }
    }
  }
  if (doc.phases !== undefined && !Array.isArray(doc.phases)) f.add('`phases` is not a list');
  for (const phase of listOrSingle(doc.phases)) {
    if (!isMap(phase)) {
      f.add('a phase is not a mapping');
      continue;
    }
    const phaseName = typeof phase.name === 'string' ? phase.name : '?';
    if (phase.steps !== undefined && !Array.isArray(phase.steps)) f.add(`${phaseName}: \`steps\` is not a list`);
    for (const step of listOrSingle(phase.steps)) checkStep(step, phaseName, f);
  }
}

interface CorpusSource {
  /** Path relative to the corpus, plus `#LogicalId` for a component inside a template. */
  readonly label: string;
  readonly kind: 'document' | 'step';
  readonly text: string;
}

function cloudFormationComponents(file: string, text: string): CorpusSource[] {
  let template: unknown;
  try {
    // Short-form intrinsics (!Sub, !Ref ...) are unknown tags to a plain YAML parser: it keeps the
    // tagged value as it is, which is what we want for the Data string of `!Sub |`.
    template = YAML.parse(text, { logLevel: 'error', uniqueKeys: false });
  } catch {
    return [];
  }
  const out: CorpusSource[] = [];
  const resources = isMap(template) && isMap(template.Resources) ? template.Resources : {};
  for (const [id, res] of Object.entries(resources)) {
    if (!isMap(res) || res.Type !== 'AWS::ImageBuilder::Component' || !isMap(res.Properties)) continue;
    let data = res.Properties.Data;
    if (isMap(data) && 'Fn::Sub' in data) {
      const sub = data['Fn::Sub'];
      data = Array.isArray(sub) ? sub[0] : sub;
    }
    if (typeof data === 'string') out.push({ label: `cloudformation/${file}#${id}`, kind: 'document', text: data });
  }
  return out;
}

function corpusSources(): CorpusSource[] {
  const out: CorpusSource[] = [];
  const componentDir = path.join(corpusDir, 'component-yaml');
  for (const file of fs.readdirSync(componentDir).sort()) {
    out.push({ label: `component-yaml/${file}`, kind: 'document', text: fs.readFileSync(path.join(componentDir, file), 'utf8') });
  }
  const otherDir = path.join(corpusDir, 'other');
  for (const file of fs.readdirSync(otherDir).sort()) {
    if (!/\.ya?ml$/.test(file)) continue;
    const text = fs.readFileSync(path.join(otherDir, file), 'utf8');
    out.push({ label: `other/${file}`, kind: 'step', text });
  }
  const cfnDir = path.join(corpusDir, 'cloudformation');
  for (const file of fs.readdirSync(cfnDir).sort()) {
    out.push(...cloudFormationComponents(file, fs.readFileSync(path.join(cfnDir, file), 'utf8')));
  }
  return out;
}

function checkSource(src: CorpusSource): Findings {
  const f = new Findings();
  let parsed: unknown;
  try {
    parsed = YAML.parse(src.text, { uniqueKeys: false });
  } catch {
    f.add('YAML syntax error');
    return f;
  }
  // A step fragment (other/*.yml) is one step mapping; a document has phases.
  if (src.kind === 'step' && isMap(parsed) && 'action' in parsed && !('phases' in parsed)) checkStep(parsed, 'fragment', f);
  else checkDocument(parsed, f);
  return f;
}

/**
 * Corpus files that are really wrong, reviewed one by one. Key: `<label> :: <finding>`.
 * The test fails on any finding not listed here, and on any entry here that no longer occurs.
 */
const ALLOW_LIST: ReadonlyMap<string, string> = new Map([
  [
    'component-yaml/EmmanuelTsouris__ec2-image-builder-components__install-vscode.yml :: YAML syntax error',
    'a PowerShell script is pasted under `commands:` without a list dash or block scalar',
  ],
  [
    'component-yaml/aws-samples__amazon-ec2-image-builder-samples__Components__Windows__chef-recipe-execution-windows__component.yml :: YAML syntax error',
    'a stray double quote after a single-quoted path (`...stdout}}\'"`) breaks the scalar',
  ],
  [
    'component-yaml/JamesWoolfenden__terraform-aws-imagebuilder__example__examplea__component.yaml :: `phases` is not a list',
    'phases written as one mapping instead of a list of phases',
  ],
  [
    'component-yaml/JamesWoolfenden__terraform-aws-imagebuilder__example__examplea__component.yaml :: build: `steps` is not a list',
    'steps written as one mapping instead of a list of steps',
  ],
  [
    'component-yaml/aws-samples__amazon-ec2-image-builder-samples__Components__Linux__inspec-recipe-execution-linux__inspec-test-linux-component.yml :: test/Cleanup: DeleteFile has no input `force`',
    '`force` belongs to DeleteFolder; DeleteFile only takes `path`',
  ],
  [
    'cloudformation/aws-samples__amazon-ec2-image-builder-samples__CloudFormation__Linux__amazon-linux-2023-attestable-image__base-template.yaml#KiwiNgComponent :: parameters.IncludePcrMeasurements: unknown key `allowedValues`',
    'undocumented parameter key (the AWSTOE docs and the CDK parameter definition list only type, default, description)',
  ],
]);

describe('AWSTOE facts: corpus cross-check', () => {
  test('the checker reports unknown actions, unknown inputs and bad conditions', () => {
    const bad = checkSource({
      label: 'synthetic',
      kind: 'document',
      text: [
        'schemaVersion: 1.0',
        'phases:',
        '  - name: build',
        '    steps:',
        '      - name: A',
        '        action: ExecuteBsh',
        '        inputs: { commands: [ls] }',
        '      - name: B',
        '        action: S3Download',
        '        inputs:',
        '          - source: s3://b/k',
        '            destinaton: /tmp/k',
        '      - name: C',
        '        action: Assert',
        '        inputs: { stringEqual: a, value: a }',
        '      - name: D',
        '        action: ExecuteBash',
        '        if: { fileExists: /x, then: Run }',
        '        inputs: { commands: [ls] }',
      ].join('\n'),
    });
    assert.deepEqual([...bad.details].sort(), [
      'build/A: unknown action `ExecuteBsh` (did you mean ExecuteBash?)',
      'build/B: S3Download has no input `destinaton`',
      'build/C.inputs: unknown operator `stringEqual`',
      'build/D.if: `then` value Run is not Abort|Execute|Skip',
    ]);
    const good = checkSource({
      label: 'synthetic',
      kind: 'document',
      text: [
        'schemaVersion: "1.0"',
        'phases:',
        '  - name: build',
        '    steps:',
        '      - name: A',
        '        action: Assert',
        '        inputs:',
        '          and:',
        '            - fileSHA256Equals: abc',
        '              path: /x',
        '            - not: { binaryExists: unzip }',
      ].join('\n'),
    });
    assert.deepEqual([...good.details], []);
  });

  test('every action and input used in the real-world corpus is known', (t) => {
    if (!sharedAvailable('corpus')) {
      t.skip('skipped: shared corpus not available');
      return;
    }
    const sources = corpusSources();
    assert.ok(sources.length > 80, `expected the corpus to yield many sources, got ${sources.length}`);
    const unexpected: string[] = [];
    const seen = new Set<string>();
    const actionUse = new Map<string, number>();
    let steps = 0;
    for (const src of sources) {
      const f = checkSource(src);
      steps += f.steps;
      for (const [a, n] of f.actionUse) actionUse.set(a, (actionUse.get(a) ?? 0) + n);
      for (const d of f.details) {
        const key = `${src.label} :: ${d}`;
        seen.add(key);
        if (!ALLOW_LIST.has(key)) unexpected.push(key);
      }
    }
    const stale = [...ALLOW_LIST.keys()].filter((k) => !seen.has(k));
    t.diagnostic(`sources checked: ${sources.length}, steps: ${steps}, distinct actions used: ${actionUse.size}`);
    t.diagnostic(`actions used: ${[...actionUse].sort((a, b) => b[1] - a[1]).map(([a, n]) => `${a}=${n}`).join(' ')}`);
    t.diagnostic(`allow-listed findings: ${ALLOW_LIST.size}`);
    assert.deepEqual(unexpected, [], 'corpus findings not in the reviewed allow-list');
    assert.deepEqual(stale, [], 'allow-list entries that no longer occur');
  });
});
