/**
 * What the CloudFormation database does not say but the service enforces, taken from our own request
 * schemas (schemas/*.request.schema.json, written from the 2024-10-22 API update and the API reference).
 *
 * The mapping, for review:
 * - Each resource type below corresponds to one request kind; a property `Name` of the resource (or of a
 *   nested type) corresponds to the request's `name` at the same place (PascalCase → camelCase: the
 *   first letter lower-cased), arrays item by item, maps value by value.
 * - Where both sides have the same JSON type, the request side's limits are copied when the database has
 *   none: `enum` with its `enumDescriptions` (Platform, Tenancy, VolumeType, … where the database has no
 *   allowed values), `minLength`/`maxLength`, `minimum`/`maximum`, `minItems`/`maxItems`, `pattern` with
 *   its `patternErrorMessage`, and `format`. An enum the database has is kept; only the descriptions of
 *   its values are copied, when the request enum describes every one of them.
 * - Never copied: `required` (the database says what CloudFormation requires), descriptions (the
 *   database's documentation is used), and the paths in `NOT_BORROWED` (reviewed differences).
 * - Each copied node says so: `x-borrowed: { from: "<file>#<pointer>", keywords: [...] }`.
 */
import type { JsonSchema, SchemaFiles } from '../../server/src/service/schema/types';

/** The reviewed correspondence: resource type → request schema file. */
export const REQUEST_COUNTERPARTS: Readonly<Record<string, string>> = {
  'AWS::ImageBuilder::Component': 'create-component.request.schema.json',
  'AWS::ImageBuilder::ContainerRecipe': 'create-container-recipe.request.schema.json',
  'AWS::ImageBuilder::ImageRecipe': 'create-image-recipe.request.schema.json',
  'AWS::ImageBuilder::InfrastructureConfiguration': 'create-infrastructure-configuration.request.schema.json',
};

/**
 * Paths (resource type, then PascalCase property path; `[]` for items, `{}` for map values) whose request
 * limits do not hold in a template, with the reason.
 */
export const NOT_BORROWED: Readonly<Record<string, string>> = {};

const STRING_LIMITS = ['minLength', 'maxLength', 'pattern', 'patternErrorMessage', 'format'] as const;
const NUMBER_LIMITS = ['minimum', 'maximum'] as const;
const ARRAY_LIMITS = ['minItems', 'maxItems'] as const;

export interface Borrowed {
  readonly path: string;
  readonly from: string;
  readonly keywords: readonly string[];
}

/** Copies the request limits into `schema` (a resource schema of specToSchema.ts) in place; returns what was copied. */
export function borrowFromRequest(schema: JsonSchema, requests: SchemaFiles): Borrowed[] {
  const type = String(schema['x-cloudformation-type']);
  const file = REQUEST_COUNTERPARTS[type];
  const root = file ? requests.get(file) : undefined;
  if (!file || !root) return [];
  const borrowed: Borrowed[] = [];
  const seenDefinitions = new Set<string>();
  const local = (node: JsonSchema): JsonSchema => {
    const name = node.$ref?.replace(/^#\/definitions\//, '');
    if (!name) return node;
    if (seenDefinitions.has(name)) return {}; // a definition is filled in once, from the first path that reaches it
    seenDefinitions.add(name);
    return schema.definitions?.[name] ?? {};
  };
  const walk = (target: JsonSchema, source: { node: JsonSchema; pointer: string; file: string }, path: string): void => {
    const resolvedSource = resolveRequest(source, requests);
    if (!resolvedSource) return;
    const from = resolvedSource.node;
    if (target.type !== undefined && from.type !== undefined && target.type !== from.type) return;
    if (Object.hasOwn(NOT_BORROWED, `${type} ${path}`)) return;
    const keywords = copyLimits(target, from);
    if (keywords.length > 0) {
      target['x-borrowed'] = { from: `${resolvedSource.file}#${resolvedSource.pointer}`, keywords };
      borrowed.push({ path: `${type} ${path}`, from: `${resolvedSource.file}#${resolvedSource.pointer}`, keywords });
    }
    for (const [name, child] of Object.entries(target.properties ?? {})) {
      const camel = name.charAt(0).toLowerCase() + name.slice(1);
      const next = from.properties?.[camel];
      if (next) walk(local(child), { node: next, pointer: `${resolvedSource.pointer}/properties/${camel}`, file: resolvedSource.file }, path ? `${path}.${name}` : name);
    }
    if (target.items && from.items) walk(local(target.items), { node: from.items, pointer: `${resolvedSource.pointer}/items`, file: resolvedSource.file }, `${path}[]`);
    if (typeof target.additionalProperties === 'object' && typeof from.additionalProperties === 'object') {
      walk(local(target.additionalProperties), { node: from.additionalProperties, pointer: `${resolvedSource.pointer}/additionalProperties`, file: resolvedSource.file }, `${path}{}`);
    }
  };
  walk(schema, { node: root, pointer: '', file }, '');
  return borrowed;
}

function copyLimits(target: JsonSchema, from: JsonSchema): string[] {
  if (target.properties || target.$ref) return [];
  const copied: string[] = [];
  const copy = (keys: readonly (keyof JsonSchema)[]) => {
    for (const key of keys) {
      if (from[key] === undefined || target[key] !== undefined) continue;
      (target as Record<string, unknown>)[key] = structuredClone(from[key]);
      copied.push(key);
    }
  };
  if (from.enum && from.type === target.type) {
    if (!target.enum) copy(['enum', 'enumDescriptions']);
    else if (from.enumDescriptions && !target.enumDescriptions) {
      const descriptions = target.enum.map((value) => from.enumDescriptions![from.enum!.indexOf(value)]);
      if (descriptions.every((d) => typeof d === 'string')) {
        target.enumDescriptions = descriptions;
        copied.push('enumDescriptions');
      }
    }
  }
  if (target.type === 'string') copy(STRING_LIMITS);
  if (target.type === 'integer' || target.type === 'number') copy(NUMBER_LIMITS);
  if (target.type === 'array') copy(ARRAY_LIMITS);
  return copied;
}

/** Follows `$ref`s of the request schemas (`#/definitions/X` in the same file, `shapes.schema.json#/definitions/X`). */
function resolveRequest(source: { node: JsonSchema; pointer: string; file: string }, files: SchemaFiles): { node: JsonSchema; pointer: string; file: string } | undefined {
  let current = source;
  for (let hops = 0; current.node.$ref && hops < 16; hops++) {
    const [fileName, pointer = ''] = current.node.$ref.split('#');
    const file = fileName || current.file;
    const name = pointer.replace(/^\/definitions\//, '');
    const node = files.get(file)?.definitions?.[name];
    if (!node) return undefined;
    current = { node, pointer, file };
  }
  return current;
}
