/**
 * A request schema (camelCase, the dialect of schemas/README.md) from a CloudFormation resource type of
 * `@aws-cdk/aws-service-spec`, for the request kinds the 2024-10-22 spec has no operation for.
 *
 * - Structure from CloudFormation: properties (PascalCase → camelCase, `RENAMES` aside), types, `required`,
 *   allowed values; nested types become the file's `definitions`, named as CloudFormation names them.
 * - From the seed where it has the same shape (`shapes.schema.json`, the get responses): a leaf the seed
 *   has is the seed's node (our descriptions, limits, shared enums, by `$ref`), a nested object takes the
 *   seed's description, and `SEED_ONLY` properties the API takes but CloudFormation lacks are kept.
 * - Otherwise descriptions are CloudFormation's documentation (Apache-2.0), first sentences, as plain text.
 * - Every root gets the optional `$schema` and the API's `clientToken` (x-autofilled).
 */
import type { Property, PropertyType, TypeDefinition } from '@aws-cdk/service-spec-types';
import type { JsonSchema, SchemaFiles } from '../../server/src/service/schema/types';
import { LEAF_FORMATS, RENAMES, SEED_ONLY, type RequestKindSpec } from './kindSpecs';

/** What the converter reads from the database. */
export interface CfnSource {
  readonly properties: Record<string, Property>;
  readonly documentation?: string;
  /** A type definition by the `$ref` of a `ref` property type. */
  typeDefinition(ref: string): TypeDefinition;
}

const SHAPES = 'shapes.schema.json';
const FROM_CFN: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(RENAMES).map(([k, v]) => [v, k]));

function requestName(cfnName: string): string {
  return FROM_CFN[cfnName] ?? cfnName.charAt(0).toLowerCase() + cfnName.slice(1);
}

/** CloudFormation's markdown as one or two plain sentences. */
export function plainDescription(doc: string | undefined, fallback: string): string {
  if (!doc) return fallback;
  const text = doc
    .split(/\n\s*\n/)[0]
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [text];
  let out = '';
  for (const s of sentences) {
    if (out && out.length + s.length > 240) break;
    out += s;
  }
  return out.trim() || fallback;
}

/** `#/definitions/X` of the shapes file as seen from a kind file. */
function seedRefs(node: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(node), (key: string, value: unknown) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${SHAPES}${value}` : value) as JsonSchema;
}

class Converter {
  readonly definitions: Record<string, JsonSchema> = {};

  constructor(private readonly source: CfnSource, private readonly shapes: Record<string, JsonSchema>) {}

  /** The seed definition a seed property node points at (directly, or through its items). */
  seedDefinition(node: JsonSchema | undefined): JsonSchema | undefined {
    const ref = node?.$ref ?? node?.items?.$ref;
    const name = ref?.replace(/^(shapes\.schema\.json)?#\/definitions\//, '');
    return name ? this.shapes[name] : undefined;
  }

  /** The seed node with `$ref`s followed, to compare its type. */
  private resolved(node: JsonSchema): JsonSchema {
    let cur = node;
    for (let i = 0; cur.$ref && i < 8; i++) cur = this.shapes[cur.$ref.replace(/^(shapes\.schema\.json)?#\/definitions\//, '')] ?? {};
    return cur;
  }

  object(properties: Record<string, Property>, seed: JsonSchema | undefined, cfnName: string, omit: readonly string[] = []): JsonSchema {
    const out: Record<string, JsonSchema> = {};
    const required: string[] = [];
    const seedProps = seed?.properties ?? {};
    const names = Object.keys(properties).filter((n) => !omit.includes(n));
    // The seed's order first (as the API documents it), then what only CloudFormation has.
    const order = [...Object.keys(seedProps).map((k) => names.find((n) => requestName(n) === k)).filter((n): n is string => n !== undefined),
      ...names.filter((n) => !(requestName(n) in seedProps))];
    for (const name of order) {
      const key = requestName(name);
      const property = properties[name];
      out[key] = this.property(property.type, seedProps[key], property.documentation, key);
      if (property.required) required.push(key);
    }
    for (const key of SEED_ONLY[cfnName] ?? []) if (seedProps[key]) out[key] = seedRefs(seedProps[key]);
    return { type: 'object', ...(required.length ? { required } : {}), additionalProperties: false, properties: out };
  }

  property(type: PropertyType, seed: JsonSchema | undefined, doc: string | undefined, key: string): JsonSchema {
    const description = seed?.description ?? plainDescription(doc, `The ${key} setting.`);
    switch (type.type) {
      case 'ref': {
        const definition = this.source.typeDefinition(type.reference.$ref);
        this.define(definition, this.seedDefinition(seed));
        return { description, $ref: `#/definitions/${definition.name}` };
      }
      case 'array': {
        const items = this.property(type.element, seed?.items, undefined, key);
        delete items.description;
        const limits = seed ? { ...(seed.minItems !== undefined ? { minItems: seed.minItems } : {}), ...(seed.maxItems !== undefined ? { maxItems: seed.maxItems } : {}) } : {};
        return { description, type: 'array', ...limits, items: Object.keys(items).length ? items : { type: 'string' } };
      }
      case 'map':
        if (seed && this.resolved(seed).type === 'object') return seedRefs(seed);
        return { description, $ref: `${SHAPES}#/definitions/Tags` };
      default:
        return this.leaf(type, seed, description, key);
    }
  }

  private leaf(type: PropertyType, seed: JsonSchema | undefined, description: string, key: string): JsonSchema {
    const jsonType = type.type === 'integer' || type.type === 'number' || type.type === 'boolean' ? type.type : 'string';
    if (seed && this.resolved(seed).type === jsonType) return seedRefs(seed);
    const allowed = type.type === 'string' ? type.allowedValues : undefined;
    const values = allowed ? { enum: [...allowed], enumDescriptions: allowed.map((v) => `${v}, as the CloudFormation specification lists it.`) } : {};
    return { description, type: jsonType, ...(LEAF_FORMATS[key] ?? {}), ...values };
  }

  private define(definition: TypeDefinition, seed: JsonSchema | undefined): void {
    if (this.definitions[definition.name]) return;
    this.definitions[definition.name] = {}; // placeholder: a recursive type refers to itself
    const body = this.object(definition.properties, seed, definition.name);
    this.definitions[definition.name] = {
      title: definition.name,
      description: seed?.description ?? plainDescription(definition.documentation, `The ${definition.name} settings.`),
      ...body,
    };
  }
}

/** The request schema of one generated kind. */
export function requestSchema(spec: RequestKindSpec, source: CfnSource, files: SchemaFiles): JsonSchema {
  const shapes = files.get(SHAPES)?.definitions ?? {};
  const component = files.get('create-component.request.schema.json')?.properties ?? {};
  const converter = new Converter(source, shapes);
  const seed = spec.seedRoot ? shapes[spec.seedRoot] : undefined;
  const body = converter.object(source.properties, seed, spec.cfnType, spec.omit);
  for (const [key, text] of Object.entries(spec.descriptions ?? {})) {
    const node = body.properties?.[key];
    if (!node) throw new Error(`${spec.kind}: no property ${key} to describe`);
    node.description = text;
  }
  const identifier = spec.identifier
    ? { [spec.identifier.name]: { description: spec.identifier.description, type: 'string' as const, format: 'imagebuilder-arn' } }
    : {};
  const definitions = Object.fromEntries(Object.entries(converter.definitions).sort(([a], [b]) => a.localeCompare(b)));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: spec.title,
    description: spec.description,
    'x-operation': spec.operation,
    'x-direction': 'request',
    'x-note': `Generated from ${spec.cfnType} of the CloudFormation specification (@aws-cdk/aws-service-spec) and the seed's shapes by npm run generate:request-schemas (tools/requestSchemas): edit the generator, not this file.`,
    type: 'object',
    required: [...(spec.identifier ? [spec.identifier.name] : []), ...(body.required ?? [])],
    additionalProperties: false,
    properties: {
      $schema: { description: 'Optional URI of the JSON schema that editors use to validate this file. The AWS CLI ignores it.', type: 'string' },
      ...identifier,
      ...body.properties,
      clientToken: component.clientToken,
    },
    ...(Object.keys(definitions).length ? { definitions } : {}),
  };
}
