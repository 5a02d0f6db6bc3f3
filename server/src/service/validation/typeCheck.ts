import { ValueNode } from '../ast/types';
import { JsonSchema } from '../schema/types';

/** Whether `node` can be of the schema's type: an opaque value (`unknown`) can be of any. */
export function matchesType(node: ValueNode, schema: JsonSchema): boolean {
  if (node.type === 'unknown') return true;
  switch (schema.type) {
    case undefined: return true;
    case 'object': return node.type === 'object';
    case 'array': return node.type === 'array';
    case 'string': return node.type === 'string';
    case 'integer': return node.type === 'number' && node.isInteger;
    case 'number': return node.type === 'number';
    case 'boolean': return node.type === 'boolean';
    case 'null': return node.type === 'null';
  }
}

export function expectedType(schema: JsonSchema): string {
  switch (schema.type) {
    case 'object': return schema.additionalProperties && !schema.properties ? 'a map of strings' : 'an object';
    case 'array': return 'a list';
    case 'string': return 'a string';
    case 'integer': return 'an integer';
    case 'number': return 'a number';
    case 'boolean': return 'true or false';
    case 'null': return 'null';
    default: return 'a value';
  }
}

export function describeNodeType(node: ValueNode): string {
  switch (node.type) {
    case 'object': return 'an object';
    case 'array': return 'a list';
    case 'string': return 'a string';
    case 'number': return 'a number';
    case 'boolean': return 'a boolean';
    case 'null': return 'nothing (null)';
    case 'alias': return 'an alias';
    case 'unknown': return `a value not known before deployment (${node.name})`;
  }
}
