import { getProperty } from '../../ast/navigate';
import { ObjectNode, PropertyNode, ValueNode } from '../../ast/types';
import { FOREACH_LIST_KEYS, FOR_LOOP_KEYS, LOOP_KEYS } from '../facts';
import { isUnquotedExpression } from '../model/documentIndex';
import { checkFields, describeNodeType, isScalar } from './fields';
import { Reporter } from './reporter';

const CUSTOM = new Set(['for', 'forEach']);

/** A step's `loop`: a `for` range or a `forEach` list, and an optional name. */
export function validateLoop(property: PropertyNode, r: Reporter): void {
  const node = property.valueNode;
  if (!node || node.type !== 'object') {
    if (node?.type !== 'alias' && !node?.tag) r.add(node && node.type !== 'null' ? node : property.keyNode, 'invalid-type', "'loop' must be a mapping with 'for' or 'forEach'.");
    return;
  }
  const present = checkFields(node, LOOP_KEYS, 'a loop', r, CUSTOM);
  const forLoop = present.get('for');
  const forEach = present.get('forEach');
  if (forLoop && forEach) r.add(forEach.keyNode, 'exclusive-properties', "A loop has either 'for' or 'forEach', not both.");
  else if (!forLoop && !forEach) r.add(property.keyNode, 'missing-property', "A loop needs 'for' (a range of numbers) or 'forEach' (a list).");
  if (forLoop) checkFor(forLoop, r);
  if (forEach) checkForEach(forEach, r);
}

function checkFor(property: PropertyNode, r: Reporter): void {
  const node = property.valueNode;
  if (node?.type !== 'object') {
    r.add(node && node.type !== 'null' ? node : property.keyNode, 'invalid-type', "'for' must be a mapping with 'start', 'end' and 'updateBy'.");
    return;
  }
  for (const p of node.properties) {
    const value = p.valueNode;
    if (value && (value.type === 'string' && value.value.includes('{{') || isUnquotedExpression(r.text, value))) {
      r.add(value, 'invalid-value', `'${p.keyNode.value}' of a for loop must be a number: expressions are not allowed here.`);
    }
  }
  checkFields(node, FOR_LOOP_KEYS, "a 'for' loop", r);
  const [start, end, step] = ['start', 'end', 'updateBy'].map((k) => numberOf(node, k));
  const updateBy = getProperty(node, 'updateBy')?.valueNode;
  if (step === undefined || !updateBy) return;
  if (step === 0) r.add(updateBy, 'out-of-range', "'updateBy' cannot be 0: the loop would never end.");
  else if (start !== undefined && end !== undefined && start !== end && Math.sign(end - start) !== Math.sign(step)) {
    r.add(updateBy, 'out-of-range', `'updateBy: ${step}' moves away from 'end' (${start} → ${end}): the loop would never end.`);
  }
}

function checkForEach(property: PropertyNode, r: Reporter): void {
  const node = property.valueNode;
  if (node?.type === 'array') {
    for (const item of node.items) {
      if (!isScalar(item) && !isUnquotedExpression(r.text, item) && item.type !== 'alias') r.add(item, 'invalid-type', `Each forEach item is a single value; found ${describeNodeType(item)}.`);
    }
    return;
  }
  if (node?.type === 'object' && !isUnquotedExpression(r.text, node)) {
    checkFields(node, FOREACH_LIST_KEYS, "a 'forEach' list", r);
    return;
  }
  if (node && (isUnquotedExpression(r.text, node) || node.type === 'alias' || node.tag)) return;
  r.add(node && node.type !== 'null' ? node : property.keyNode, 'invalid-type', "'forEach' must be a list of values, or a mapping with 'list' and 'delimiter'.");
}

function numberOf(node: ObjectNode, key: string): number | undefined {
  const value: ValueNode | undefined = getProperty(node, key)?.valueNode;
  return value?.type === 'number' ? value.value : undefined;
}
