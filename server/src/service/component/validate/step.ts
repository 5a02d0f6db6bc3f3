import { FirstProperties } from '../../ast/keys';
import { PropertyNode, StringNode } from '../../ast/types';
import { stringNode } from '../../ast/nodes';
import { isTemplated } from '../../validation/formats';
import { allActions, STEP_KEYS } from '../facts';
import { ComponentSymbols, StepSymbol } from '../model/types';
import { validateCondition } from './condition';
import { checkFields } from './fields';
import { validateInputs } from './inputs';
import { validateLoop } from './loop';
import { Reporter } from './reporter';

const ACTION_NAMES = allActions().map((a) => a.name);
const CUSTOM = new Set(['action', 'inputs', 'if', 'loop']);

export function validateStep(step: StepSymbol, symbols: ComponentSymbols, r: Reporter): void {
  void symbols;
  const present = checkFields(step.node, STEP_KEYS, 'a step', r, CUSTOM);
  const action = present.get('action');
  if (action) checkAction(action, r);
  checkFixedSettings(step, present, r);
  validateInputs(step, present.get('inputs'), r);
  const condition = present.get('if');
  if (condition) validateCondition(condition, { branches: true, depth: 0, where: 'if' }, r);
  const loop = present.get('loop');
  if (loop) validateLoop(loop, r);
}

function checkAction(property: PropertyNode, r: Reporter): void {
  const node = property.valueNode;
  if (!node || node.type === 'null') {
    r.add(property.keyNode, 'invalid-type', "'action' has no value: name an action module, for example ExecuteBash.");
    return;
  }
  if (node.type === 'alias' || node.tag) return;
  if (node.type !== 'string' && node.type !== 'number' && node.type !== 'boolean') {
    r.add(node, 'invalid-type', "'action' must be the name of an action module, for example ExecuteBash.");
    return;
  }
  const name = node.type === 'number' ? node.source : String(node.value);
  if (node.type === 'string' && isTemplated(name)) return;
  if (ACTION_NAMES.includes(name)) return;
  const asString: StringNode = node.type === 'string' ? node : stringNode(node.offset, node.length, node.parent, name, 'plain');
  r.unknownAction(asString, ACTION_NAMES);
}

/** ExecuteDocument always runs once and without a timeout: other values are refused. */
function checkFixedSettings(step: StepSymbol, present: FirstProperties, r: Reporter): void {
  const fixed = step.action?.fixedStepSettings;
  if (!fixed) return;
  for (const key of ['timeoutSeconds', 'maxAttempts'] as const) {
    const expected = fixed[key];
    const node = present.get(key)?.valueNode;
    if (expected === undefined || node?.type !== 'number' || node.value === expected) continue;
    r.add(node, 'invalid-value', `${step.action!.name} steps always use ${key}: ${expected}; leave it out or write ${expected}.`);
  }
}
