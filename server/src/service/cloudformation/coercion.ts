import { booleanNode, numberNode, stringNode } from '../ast/nodes';
import { ObjectNode, ValueNode } from '../ast/types';
import { Problem } from '../validation/problem';
import { SchemaCatalog } from '../schema/catalog';
import { JsonSchema } from '../schema/types';
import { SchemaValidator } from '../validation/schemaValidator';
import { NO_VALUE } from './opaqueView';

/**
 * The schema checks as CloudFormation reads a template: a scalar is converted to the property's type
 * before it reaches the service (`Version: 1` is the string "1", `VolumeSize: "100"` the number 100,
 * `Encrypted: "true"` a boolean), so only a value that does not convert is a type error; enums, ranges
 * and patterns apply to the converted value.
 */
export class TemplateValidator extends SchemaValidator {
  constructor(private readonly schemas: SchemaCatalog, private readonly found: Problem[], yaml: boolean) {
    super(schemas, found, yaml);
  }

  override validate(node: ValueNode, schema: JsonSchema): void {
    const resolved = this.schemas.resolve(schema);
    if (node.type === 'object' && resolved.required) this.removedRequired(node, resolved);
    super.validate(coerce(node, resolved) ?? node, schema);
  }

  /**
   * A required property whose value is a bare `!Ref AWS::NoValue` (`opaqueView.ts` NO_VALUE): CloudFormation
   * removes it, so it is missing. Reported at its key, with no fix (adding the key would give it twice).
   */
  private removedRequired(node: ObjectNode, schema: JsonSchema): void {
    for (const property of node.properties) {
      const key = property.keyNode.value;
      if (property.valueNode?.tag !== NO_VALUE || !schema.required?.includes(key) || schema.properties?.[key]?.['x-autofilled'] === true) continue;
      this.found.push({
        offset: property.keyNode.offset, length: property.keyNode.length, code: 'missing-property',
        message: `Missing required property '${key}': AWS::NoValue removes it.`,
      });
    }
  }
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** The node as CloudFormation converts it to the schema's scalar type, or undefined when it stays as it is. */
export function coerce(node: ValueNode, schema: JsonSchema): ValueNode | undefined {
  if (node.tag) return undefined;
  const { offset, length, parent } = node;
  switch (schema.type) {
    case 'string':
      if (node.type === 'number') return stringNode(offset, length, parent, node.source, 'plain');
      if (node.type === 'boolean') return stringNode(offset, length, parent, String(node.value), 'plain');
      return undefined;
    case 'integer':
    case 'number': {
      if (node.type !== 'string' || !NUMBER.test(node.value.trim())) return undefined;
      const value = Number(node.value);
      return numberNode(offset, length, parent, value, Number.isInteger(value) && !/[.eE]/.test(node.value), node.value);
    }
    case 'boolean':
      if (node.type !== 'string' || (node.value !== 'true' && node.value !== 'false')) return undefined;
      return booleanNode(offset, length, parent, node.value === 'true');
    default:
      return undefined;
  }
}
