import { FirstProperties } from '../../ast/keys';
import { getProperty, getValue } from '../../ast/navigate';
import { ObjectNode, PropertyNode, ValueNode } from '../../ast/types';
import { isTemplated } from '../../validation/formats';
import { ActionFact } from '../facts';
import { isUnquotedExpression } from '../model/documentIndex';
import { StepSymbol } from '../model/types';
import { validateCondition } from './condition';
import { checkFields, describeNodeType } from './fields';
import { Reporter } from './reporter';

/** The `inputs` of a step, against the facts of its action module. */
export function validateInputs(step: StepSymbol, property: PropertyNode | undefined, r: Reporter): void {
  const action = step.action;
  if (!action) return;
  const node = property?.valueNode;
  if (!property || !node || node.type === 'null') {
    if (!action.inputsRequired || getProperty(step.node, '<<')) return;
    if (!property) r.missing(step.node, ['inputs'], `this ${action.name} step`);
    else r.add(property.keyNode, 'missing-property', `'inputs' is empty: this ${action.name} step needs its inputs (\`${action.inputs[0]?.name ?? 'key'}: …\`).`);
    return;
  }
  if (node.type === 'alias' || node.tag || isUnquotedExpression(r.text, node) || (node.type === 'string' && isTemplated(node.value))) return;
  if (action.operatorInputs) {
    validateCondition(property, { branches: false, depth: 0, where: `the inputs of ${action.name}` }, r);
    return;
  }
  if (!shapeMatches(node, action, r)) return;
  const items = node.type === 'array' ? node.items : [node];
  for (const item of items) {
    if (item.type === 'object') checkItem(item, action, r);
    else if (!isUnquotedExpression(r.text, item) && !(item.type === 'string' && isTemplated(item.value))) {
      r.add(item, 'invalid-type', `Each inputs item of ${action.name} is a mapping (\`- ${action.inputs[0]?.name ?? 'key'}: …\`); found ${describeNodeType(item)}.`);
    }
  }
}

function shapeMatches(node: ValueNode, action: ActionFact, r: Reporter): boolean {
  const shape = action.inputsShape;
  if (node.type === 'object' && (shape === 'map' || shape === 'map-or-list')) return true;
  if (node.type === 'array' && (shape === 'list' || shape === 'map-or-list')) return true;
  const example = action.inputs[0]?.name ?? 'key';
  const message = shape === 'list'
    ? `${action.name} takes a list of inputs (\`- ${example}: …\`); found ${describeNodeType(node)}.`
    : shape === 'map'
      ? `${action.name} takes one mapping of inputs (\`${example}: …\`); found ${describeNodeType(node)}.`
      : `${action.name} takes no inputs.`;
  r.add(node, 'invalid-type', message);
  return false;
}

function checkItem(item: ObjectNode, action: ActionFact, r: Reporter): void {
  const where = `the inputs of ${action.name}`;
  const present = checkFields(item, action.inputs, where, r);
  for (const group of action.exactlyOneOf ?? []) checkExactlyOne(item, group, present, where, r);
  for (const input of action.inputs) {
    if (!input.items) continue;
    const list = present.get(input.name)?.valueNode;
    if (list?.type !== 'array') continue;
    for (const sub of list.items) {
      if (sub.type === 'object') checkFields(sub, input.items, `an item of '${input.name}'`, r);
      else if (!isUnquotedExpression(r.text, sub)) r.add(sub, 'invalid-type', `Each item of '${input.name}' is a mapping with ${input.items.map((i) => `'${i.name}'`).join(' and ')}; found ${describeNodeType(sub)}.`);
    }
  }
  if (action.name === 'WebDownload') checkTogether(item, ['checksum', 'algorithm'], r);
  if (action.name === 'SetRegistry') checkRegistryValue(item, r);
}

function checkExactlyOne(item: ObjectNode, group: readonly string[], present: FirstProperties, where: string, r: Reporter): void {
  const given = group.filter((name) => present.has(name));
  if (given.length === 0) {
    r.add(anchor(item), 'missing-property', `Give one of ${group.map((g) => `'${g}'`).join(' or ')} in ${where}.`);
  } else if (given.length > 1) {
    for (const name of given.slice(1)) {
      r.add(present.get(name)!.keyNode, 'exclusive-properties', `'${name}' cannot be given with '${given[0]}': give one of ${group.map((g) => `'${g}'`).join(' or ')}.`);
    }
  }
}

/** Inputs that only make sense together (a checksum needs its algorithm, and the other way round). */
function checkTogether(item: ObjectNode, names: readonly [string, string], r: Reporter): void {
  const [a, b] = names.map((n) => getProperty(item, n));
  if (a && !b) r.add(a.keyNode, 'missing-property', `'${names[0]}' needs '${names[1]}' beside it.`);
  if (b && !a) r.add(b.keyNode, 'missing-property', `'${names[1]}' needs '${names[0]}' beside it.`);
}

/** Only MULTI_SZ and BINARY registry values are lists. */
function checkRegistryValue(item: ObjectNode, r: Reporter): void {
  const value = getValue(item, 'value');
  const type = getValue(item, 'type');
  if (value?.type !== 'array' || type?.type !== 'string' || type.value === 'MULTI_SZ' || type.value === 'BINARY') return;
  r.add(value, 'invalid-type', `A list value is only for the MULTI_SZ and BINARY types; a ${type.value} value is a single value.`);
}

function anchor(item: ObjectNode): { offset: number; length: number } {
  const first = item.properties[0]?.keyNode;
  return first ? { offset: first.offset, length: first.length } : { offset: item.offset, length: Math.min(1, item.length) };
}
