/**
 * One CloudFormation resource type of the `@aws-cdk/aws-service-spec` database as a JSON Schema in the
 * dialect of schemas/README.md: its Properties, nested types as `definitions`, required, allowed values,
 * the documentation as descriptions, and the attributes `Fn::GetAtt` can name (`x-attributes`).
 */
import type { Property, PropertyType, Resource, TypeDefinition } from '@aws-cdk/service-spec-types';
import type { JsonSchema } from '../../server/src/service/schema/types';

export interface SpecResource {
  readonly resource: Resource;
  /** The type definitions the resource uses (the database's `usesType` relation). */
  readonly types: readonly TypeDefinition[];
}

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

export function resourceSchema(spec: SpecResource, source: string): JsonSchema {
  const { resource } = spec;
  const names = definitionNames(spec.types);
  const convert = (type: PropertyType): JsonSchema => typeSchema(type, names);
  const definitions: Record<string, JsonSchema> = {};
  for (const definition of [...spec.types].sort((a, b) => names.get(a.$id)!.localeCompare(names.get(b.$id)!))) {
    definitions[names.get(definition.$id)!] = {
      title: definition.name,
      ...(definition.documentation ? { description: definition.documentation } : {}),
      ...objectSchema(definition.properties, convert),
    };
  }
  const attributes: Record<string, JsonSchema> = {};
  for (const name of Object.keys(resource.attributes).sort()) {
    const attribute = resource.attributes[name];
    attributes[name] = { ...convert(attribute.type), ...(attribute.documentation ? { description: attribute.documentation } : {}) };
  }
  return {
    $schema: DRAFT_07,
    title: resource.cloudFormationType,
    ...(resource.documentation ? { description: resource.documentation } : {}),
    'x-cloudformation-type': resource.cloudFormationType,
    'x-source': source,
    'x-attributes': attributes,
    ...objectSchema(resource.properties, convert),
    definitions,
  };
}

/** Each type definition's name in `definitions`: its own, made unique if two share one. */
function definitionNames(types: readonly TypeDefinition[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const type of [...types].sort((a, b) => a.name.localeCompare(b.name) || Number(a.$id) - Number(b.$id))) {
    let name = type.name;
    for (let n = 2; taken.has(name); n++) name = `${type.name}${n}`;
    taken.add(name);
    names.set(type.$id, name);
  }
  return names;
}

function objectSchema(properties: Record<string, Property>, convert: (type: PropertyType) => JsonSchema): JsonSchema {
  const required = Object.keys(properties).filter((name) => properties[name].required).sort();
  const out: Record<string, JsonSchema> = {};
  for (const name of Object.keys(properties).sort()) out[name] = propertySchema(properties[name], convert);
  return { type: 'object', additionalProperties: false, ...(required.length > 0 ? { required } : {}), properties: out };
}

function propertySchema(property: Property, convert: (type: PropertyType) => JsonSchema): JsonSchema {
  const schema: JsonSchema = { ...convert(property.type) };
  if (property.documentation) schema.description = property.documentation;
  if (property.deprecated && property.deprecated !== 'NONE') schema.deprecationMessage = `Deprecated in CloudFormation (${String(property.deprecated).toLowerCase()}).`;
  if (property.causesReplacement === 'yes') schema['x-causes-replacement'] = true;
  return schema;
}

function typeSchema(type: PropertyType, names: ReadonlyMap<string, string>): JsonSchema {
  switch (type.type) {
    case 'string':
      return type.allowedValues ? { type: 'string', enum: [...type.allowedValues] } : { type: 'string' };
    case 'integer':
      return type.allowedValues ? { type: 'integer', enum: [...type.allowedValues] } : { type: 'integer' };
    case 'number':
    case 'boolean':
      return { type: type.type };
    case 'date-time':
      return { type: 'string', format: 'date-time' };
    case 'array':
      return { type: 'array', items: typeSchema(type.element, names) };
    case 'map':
      return { type: 'object', additionalProperties: typeSchema(type.element, names) };
    case 'ref': {
      const name = names.get(type.reference.$ref);
      return name ? { $ref: `#/definitions/${name}` } : {};
    }
    case 'tag':
      return { type: 'object', additionalProperties: false, required: ['Key', 'Value'], properties: { Key: { type: 'string' }, Value: { type: 'string' } } };
    // `json`, `null`, unions: any value (the dialect has no `anyOf`; a wrong guess would be a false error).
    default:
      return { 'x-any': type.type };
  }
}
