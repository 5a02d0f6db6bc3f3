/**
 * An independent, deliberately simple checker of the AWSTOE facts against the real-world corpus (plain
 * `yaml` parse, no language service): every action, input and operator the corpus uses must be known.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { corpusDir } from '../../support/paths';
import {
  CONSTANT_KEYS,
  DOCUMENT_KEYS,
  FOREACH_LIST_KEYS,
  FOR_LOOP_KEYS,
  InputFact,
  LOOP_KEYS,
  MAX_CONDITION_NESTING,
  PARAMETER_KEYS,
  STEP_ACTIONS,
  STEP_KEYS,
  getAction,
  getOperator,
  suggestActions,
} from '../../../server/src/service/component/facts/index';

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
export class Findings {
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

export function corpusSources(): CorpusSource[] {
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

export function checkSource(src: CorpusSource): Findings {
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
export const ALLOW_LIST: ReadonlyMap<string, string> = new Map([
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
]);
