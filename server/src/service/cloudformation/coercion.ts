import { ValueNode } from '../ast/types';
import { Problem } from '../validation/problem';
import { SchemaCatalog } from '../schema/catalog';
import { JsonSchema } from '../schema/types';
import { SchemaValidator } from '../validation/schemaValidator';

/**
 * The schema checks as CloudFormation reads a template: a scalar is converted to the property's type
 * before it reaches the service (`Version: 1` is the string "1", `VolumeSize: "100"` the number 100,
 * `Encrypted: "true"` a boolean), so only a value that does not convert is a type error; enums, ranges
 * and patterns apply to the converted value.
 */
export class TemplateValidator extends SchemaValidator {
  constructor(private readonly schemas: SchemaCatalog, problems: Problem[], yaml: boolean) {
    super(schemas, problems, yaml);
  }

  override validate(node: ValueNode, schema: JsonSchema): void {
    super.validate(coerce(node, this.schemas.resolve(schema)) ?? node, schema);
  }
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** The node as CloudFormation converts it to the schema's scalar type, or undefined when it stays as it is. */
export function coerce(node: ValueNode, schema: JsonSchema): ValueNode | undefined {
  if (node.tag) return undefined;
  const { offset, length, parent } = node;
  switch (schema.type) {
    case 'string':
      if (node.type === 'number') return { type: 'string', offset, length, parent, value: node.source, style: 'plain' };
      if (node.type === 'boolean') return { type: 'string', offset, length, parent, value: String(node.value), style: 'plain' };
      return undefined;
    case 'integer':
    case 'number': {
      if (node.type !== 'string' || !NUMBER.test(node.value.trim())) return undefined;
      const value = Number(node.value);
      return { type: 'number', offset, length, parent, value, isInteger: Number.isInteger(value) && !/[.eE]/.test(node.value), source: node.value };
    }
    case 'boolean':
      if (node.type !== 'string' || (node.value !== 'true' && node.value !== 'false')) return undefined;
      return { type: 'boolean', offset, length, parent, value: node.value === 'true' };
    default:
      return undefined;
  }
}
