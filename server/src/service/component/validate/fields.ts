import { FirstProperties } from '../../ast/keys';
import { isOpaque, ObjectNode, PropertyNode, StringNode, ValueNode, endOf } from '../../ast/types';
import { stringNode } from '../../ast/nodes';
import { describeNodeType as describeAnyNodeType } from '../../validation/typeCheck';
import { isTemplated } from '../../validation/formats';
import { InputFact, KeyFact, ValueType } from '../facts';
import { yamlScalar } from '../complete/skeletons';
import { isUnquotedExpression } from '../model/documentIndex';
import { quote } from './general';
import { Reporter } from './reporter';

/** The YAML merge key (`<<: *anchor`), which Go's YAML reader, and so AWSTOE, understands. */
const MERGE_KEY = '<<';
const NO_EXTRA: ReadonlySet<string> = new Set();

/** A key of the document or an input of a module: what the checks need to know about it. */
export type FieldFact = KeyFact | InputFact;

/**
 * Checks the keys of `object` against `facts`: unknown keys (with "did you mean"), missing required
 * ones, and the type, allowed values and range of each value. `extra` keys are allowed and not checked.
 * Returns the first property of each key.
 */
export function checkFields(object: ObjectNode, facts: readonly FieldFact[], where: string, r: Reporter, extra: ReadonlySet<string> = NO_EXTRA): FirstProperties {
  const present = new FirstProperties(object);
  // A misspelt required key (`phase:`) is one problem: its did-you-mean, not also a missing key.
  const suggested = new Set<string>();
  for (const property of object.properties) {
    const key = property.keyNode.value;
    if (extra.has(key) || key === MERGE_KEY) continue;
    const fact = factNamed(facts, key);
    if (!fact) {
      const suggestion = r.unknownKey(property.keyNode, facts.map((f) => f.name).filter((n) => !present.has(n)), where);
      if (suggestion) suggested.add(suggestion);
      continue;
    }
    if (present.get(key) === property) checkValue(property, fact, r);
  }
  // Keys merged in from an anchor (`<<: *defaults`) are not known here: nothing is reported missing.
  const missing = facts.filter((f) => f.required && !present.has(f.name) && !suggested.has(f.name)).map((f) => f.name);
  if (!present.has(MERGE_KEY) && missing.length > 0) {
    r.missing(object, missing, where, (name) => placeholderOf(factNamed(facts, name)));
  }
  return present;
}

/** The value a missing key is inserted with: one that type-checks where it can, else empty text to fill in. */
function placeholderOf(fact: FieldFact | undefined): string {
  if (!fact) return "''";
  if (fact.name === 'schemaVersion') return '1.0';
  if (fact.enum && fact.enum.length > 0) return yamlScalar(fact.enum[0]);
  switch (fact.type) {
    case 'boolean': return String(fact.default ?? false);
    case 'integer':
    case 'number': return String(fact.default ?? fact.minimum ?? 0);
    case 'list':
    case 'string-list': return '[]';
    case 'map':
    case 'string-map': return '{}';
    default: return "''";
  }
}

function factNamed(facts: readonly FieldFact[], name: string): FieldFact | undefined {
  for (const fact of facts) if (fact.name === name) return fact;
  return undefined;
}

/** The value of `property` against its fact. */
export function checkValue(property: PropertyNode, fact: FieldFact, r: Reporter): void {
  const node = property.valueNode;
  if (!node || node.type === 'null') {
    r.add(property.keyNode, 'invalid-type', `'${fact.name}' has no value: expected ${expected(fact.type)}.`);
    return;
  }
  if (!checkType(node, fact.type, fact.name, r)) return;
  if (fact.enum && isScalar(node)) checkEnum(node, fact, r);
  if ((fact.minimum !== undefined || fact.maximum !== undefined) && node.type === 'number') checkRange(node.value, node, fact, r);
}

/** Whether `node` has the shape of `type` (reported when not). Scalars stand for strings, as AWSTOE reads them. */
export function checkType(node: ValueNode, type: ValueType, name: string, r: Reporter): boolean {
  if (node.type === 'alias' || isOpaque(node) || isUnquotedExpression(r.text, node)) return false;
  if (node.type === 'string' && isTemplated(node.value) && type !== 'string-list' && type !== 'list' && type !== 'map' && type !== 'string-map') return false;
  const ok = matches(node, type, r);
  if (!ok) r.add(node, 'invalid-type', `'${name}' must be ${expected(type)}; found ${describeNodeType(node)}.`);
  return ok;
}

function matches(node: ValueNode, type: ValueType, r: Reporter): boolean {
  switch (type) {
    case 'string':
    case 'scalar':
      return isScalar(node);
    case 'integer':
      return node.type === 'number' && node.isInteger;
    case 'number':
      return node.type === 'number';
    case 'boolean':
      return node.type === 'boolean';
    case 'string-list':
      return node.type === 'array' && scalarItems(node.items, r);
    case 'list':
      return node.type === 'array';
    case 'map':
      return node.type === 'object';
    case 'string-map':
      return node.type === 'object' && scalarItems(node.properties.map((p) => p.valueNode), r);
    case 'string-or-list':
    case 'scalar-or-list':
      return isScalar(node) || (node.type === 'array' && scalarItems(node.items, r));
    default:
      return true;
  }
}

/** Items of a list of strings: each a scalar (reported one by one; the list itself is then fine). */
function scalarItems(items: ReadonlyArray<ValueNode | undefined>, r: Reporter): boolean {
  for (const item of items) {
    if (!item || isScalar(item) || item.type === 'alias' || isOpaque(item) || isUnquotedExpression(r.text, item)) continue;
    const oneLine = item.type === 'object' && !item.flow && !r.text.slice(item.offset, endOf(item)).trimEnd().includes('\n');
    const hint = oneLine ? " (a ': ' in an unquoted line makes YAML read `key: value`; quote the whole line)" : '';
    const raw = r.text.slice(item.offset, endOf(item)).trimEnd();
    const fixes = oneLine ? [{ title: 'Quote the line', preferred: true, edits: [{ offset: item.offset, length: raw.length, newText: quote(raw) }] }] : undefined;
    r.add(item, 'invalid-type', `Expected a string here; found ${describeNodeType(item)}${hint}.`, { fixes });
  }
  return true;
}

function checkEnum(node: ValueNode & { value: unknown }, fact: FieldFact, r: Reporter): void {
  const allowed = fact.enum ?? [];
  const value = String(node.value);
  const caseInsensitive = fact.enumCaseInsensitive === true;
  const ok = caseInsensitive ? allowed.some((a) => a.toLowerCase() === value.toLowerCase()) : allowed.includes(value);
  if (ok || isTemplated(value)) return;
  const asString: StringNode = node.type === 'string' ? node : stringNode(node.offset, node.length, node.parent, value, 'plain');
  r.notAllowed(asString, allowed.map(printable), `an allowed value of '${fact.name}'`, 'invalid-value', true);
}

export function checkRange(value: number, node: ValueNode, fact: FieldFact, r: Reporter): void {
  const special = 'specialValues' in fact ? fact.specialValues ?? [] : [];
  if (special.includes(value)) return;
  const also = special.length > 0 ? ` (or ${special.join(', ')})` : '';
  if (fact.minimum !== undefined && value < fact.minimum) r.add(node, 'out-of-range', `'${fact.name}' must be at least ${fact.minimum}${also}; found ${value}.`);
  else if (fact.maximum !== undefined && value > fact.maximum) r.add(node, 'out-of-range', `'${fact.name}' must be at most ${fact.maximum}${also}; found ${value}.`);
}

/** What a node is, in YAML words (`a mapping`, `a list`, …), for messages. */
export function describeNodeType(node: ValueNode): string {
  return node.type === 'object' ? 'a mapping' : describeAnyNodeType(node);
}

export function isScalar(node: ValueNode): node is Extract<ValueNode, { value: unknown }> {
  return node.type === 'string' || node.type === 'number' || node.type === 'boolean';
}

function printable(value: string): string {
  return value.replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

export function expected(type: ValueType): string {
  switch (type) {
    case 'string': return 'a string';
    case 'integer': return 'a whole number';
    case 'number': return 'a number';
    case 'boolean': return 'true or false';
    case 'string-list': return 'a list of strings';
    case 'list': return 'a list';
    case 'map': return 'a mapping';
    case 'string-map': return 'a mapping of names to strings';
    case 'string-or-list': return 'a string or a list of strings';
    case 'scalar': return 'a single value';
    case 'scalar-or-list': return 'a value or a list of values';
    default: return 'a value';
  }
}
