import { ValueType } from './facts';
import { FieldFact } from './validate/fields';

/** The type of a key or input in words, for completion details and hovers. */
export function describeType(fact: Pick<FieldFact, 'type' | 'enum'>): string {
  if (fact.enum && fact.enum.length <= 6) return fact.enum.map((v) => JSON.stringify(v).slice(1, -1)).join(' | ');
  return TYPE_LABELS[fact.type];
}

const TYPE_LABELS: Record<ValueType, string> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  'string-list': 'list of strings',
  list: 'list',
  map: 'mapping',
  'string-map': 'mapping of strings',
  'string-or-list': 'string or list of strings',
  scalar: 'value',
  'scalar-or-list': 'value or list',
  expression: 'condition',
  any: 'mapping or list',
};
