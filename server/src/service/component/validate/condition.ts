import { ObjectNode, PropertyNode, ValueNode } from '../../ast/types';
import { isTemplated } from '../../validation/formats';
import { ComparisonOperatorFact, LogicalOperatorFact, MAX_CONDITION_NESTING, STEP_ACTIONS, allOperators, getOperator } from '../facts';
import { isUnquotedExpression } from '../model/documentIndex';
import { describeNodeType, isScalar } from './fields';
import { Reporter } from './reporter';

export interface ConditionOptions {
  /** `then` / `else` are allowed (the top of a step's `if`). */
  readonly branches: boolean;
  /** Logical operators around this condition. */
  readonly depth: number;
  readonly where: string;
}

const OPERATOR_NAMES = allOperators().map((o) => o.name);
const STEP_ACTION_NAMES = STEP_ACTIONS.map((s) => s.name);
const NUMBER = /^[-+]?([0-9]+[.])?[0-9]+$/;

/** A condition: a step's `if`, the inputs of Assert, or an operand of `and` / `or` / `not`. */
export function validateCondition(property: PropertyNode, options: ConditionOptions, r: Reporter): void {
  const node = property.valueNode;
  if (!node || node.type === 'null') {
    r.add(property.keyNode, 'invalid-type', `'${property.keyNode.value}' has no value: expected a condition such as \`stringEquals: …\`.`);
    return;
  }
  checkConditionNode(node, options, r);
}

function checkConditionNode(node: ValueNode, options: ConditionOptions, r: Reporter): void {
  if (node.type === 'alias' || node.tag || isUnquotedExpression(r.text, node) || (node.type === 'string' && isTemplated(node.value))) return;
  if (node.type !== 'object') {
    r.add(node, 'invalid-type', `A condition is a mapping with one operator (\`stringEquals: …\`, \`and: […]\`); found ${describeNodeType(node)}.`);
    return;
  }
  const operators: PropertyNode[] = [];
  let unknown = 0;
  for (const property of node.properties) {
    const key = property.keyNode.value;
    if (key === 'then' || key === 'else') checkBranch(property, options, r);
    else if (getOperator(key)) operators.push(property);
    else if (key !== 'value' && key !== 'path') {
      unknown++;
      r.unknownKey(property.keyNode, [...OPERATOR_NAMES, 'value', 'path'], 'a condition', 'unknown-property', 'Operators are case-sensitive.');
    }
  }
  if (operators.length === 0 && unknown > 0) return;
  if (operators.length === 0) {
    r.add(anchor(node), 'missing-property', `A condition needs one operator, for example stringEquals, fileExists or and (in ${options.where}).`);
    return;
  }
  for (const extra of operators.slice(1)) {
    r.add(extra.keyNode, 'exclusive-properties', `Only one operator per condition: '${extra.keyNode.value}' cannot be beside '${operators[0].keyNode.value}'; combine them with and / or.`);
  }
  const operator = getOperator(operators[0].keyNode.value)!;
  if (operator.kind === 'comparison') checkComparison(node, operators[0], operator, r);
  else checkLogical(node, operators[0], operator, options, r);
}

function checkBranch(property: PropertyNode, options: ConditionOptions, r: Reporter): void {
  if (!options.branches) {
    r.add(property.keyNode, 'unknown-property', `'${property.keyNode.value}' is only allowed at the top of a step's 'if', not in ${options.where}.`);
    return;
  }
  const value = property.valueNode;
  if (value?.type === 'string' && (STEP_ACTION_NAMES as string[]).includes(value.value)) return;
  if (value?.type === 'string') r.notAllowed(value, STEP_ACTION_NAMES, `a step action for '${property.keyNode.value}'`);
  else r.add(value ?? property.keyNode, 'invalid-type', `'${property.keyNode.value}' must be Abort, Execute or Skip.`);
}

function checkComparison(node: ObjectNode, operator: PropertyNode, fact: ComparisonOperatorFact, r: Reporter): void {
  checkOperand(operator.valueNode, fact.operandType === 'number', fact.name, operator, r);
  for (const companion of ['value', 'path'] as const) {
    const property = node.properties.find((p) => p.keyNode.value === companion);
    if (!property) continue;
    if (fact.companionKey !== companion) {
      const instead = fact.companionKey ? `it compares with '${fact.companionKey}'` : 'it tests its own value only';
      r.add(property.keyNode, 'unknown-property', `'${fact.name}' takes no '${companion}': ${instead}.`);
    } else {
      checkOperand(property.valueNode, fact.companionType === 'number', companion, property, r);
    }
  }
  if (fact.takesValue && fact.companionKey && !node.properties.some((p) => p.keyNode.value === fact.companionKey)) {
    r.add(operator.keyNode, 'missing-property', `'${fact.name}' compares with '${fact.companionKey}': add \`${fact.companionKey}: …\` beside it.`);
  }
}

function checkOperand(value: ValueNode | undefined, numeric: boolean, name: string, owner: PropertyNode, r: Reporter): void {
  if (!value || value.type === 'null') {
    r.add(owner.keyNode, 'invalid-type', `'${name}' has no value.`);
    return;
  }
  if (value.type === 'alias' || value.tag || isUnquotedExpression(r.text, value)) return;
  if (!isScalar(value)) {
    r.add(value, 'invalid-type', `'${name}' must be a single value; found ${describeNodeType(value)}.`);
    return;
  }
  if (!numeric || value.type === 'number') return;
  const text = String(value.value);
  if (value.type === 'boolean' || (!NUMBER.test(text.trim()) && !isTemplated(text))) {
    r.add(value, 'invalid-type', `'${name}' of a number comparison must be a number; found '${text}'.`);
  }
}

function checkLogical(node: ObjectNode, operator: PropertyNode, fact: LogicalOperatorFact, options: ConditionOptions, r: Reporter): void {
  for (const property of node.properties) {
    const key = property.keyNode.value;
    if (key === 'value' || key === 'path') r.add(property.keyNode, 'unknown-property', `'${key}' belongs beside a comparison operator, not beside '${fact.name}'.`);
  }
  const depth = options.depth + 1;
  if (depth > MAX_CONDITION_NESTING) {
    r.add(operator.keyNode, 'out-of-range', `Logical operators nest at most ${MAX_CONDITION_NESTING} deep; this '${fact.name}' is at depth ${depth}.`);
    return;
  }
  const inner = { branches: false, depth, where: `'${fact.name}'` };
  const value = operator.valueNode;
  if (!value || value.type === 'null') {
    r.add(operator.keyNode, 'invalid-type', `'${fact.name}' has no value: expected ${fact.operands === 'list' ? 'a list of conditions' : 'a condition'}.`);
    return;
  }
  if (value.type === 'array') {
    if (value.items.length < fact.minOperands || (fact.operands === 'single' && value.items.length > 1)) {
      const wanted = fact.operands === 'single' ? 'exactly one condition' : `at least ${fact.minOperands} conditions`;
      r.add(operator.keyNode, 'out-of-range', `'${fact.name}' takes ${wanted}; found ${value.items.length}.`);
    }
    for (const item of value.items) checkConditionNode(item, inner, r);
  } else if (fact.operands === 'single') {
    checkConditionNode(value, inner, r);
  } else {
    r.add(value, 'invalid-type', `'${fact.name}' takes a list of conditions; found ${describeNodeType(value)}.`);
  }
}

function anchor(node: ObjectNode): { offset: number; length: number } {
  const parent = node.parent;
  if (parent?.type === 'property') return parent.keyNode;
  const first = node.properties[0]?.keyNode;
  return first ?? { offset: node.offset, length: Math.min(1, node.length) };
}
