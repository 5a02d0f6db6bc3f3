import { JsonSchema, SchemaFiles } from './types';

/** A property as seen from its parent object schema, with what hover needs. */
export interface PropertyInfo {
  readonly name: string;
  readonly schema: JsonSchema;
  readonly required: boolean;
  readonly autofilled: boolean;
  /** The property's own description, else its shape's. */
  readonly description: string | undefined;
}

/**
 * The resolved bundled schemas: `$ref`s resolved on demand, and, for every object schema, the
 * operations that use it (computed once, so hover never walks the schemas).
 */
export class SchemaCatalog {
  private readonly operationsByObject = new Map<JsonSchema, Set<string>>();
  private readonly shapeNames = new Map<JsonSchema, string>();
  /** Memos (the schemas never change): validation asks the same questions for every node. */
  private readonly resolved = new Map<JsonSchema, JsonSchema>();
  private readonly declaredProperties = new Map<JsonSchema, Map<string, PropertyInfo>>();

  private readonly files: SchemaFiles;

  constructor(input: SchemaFiles) {
    this.files = absoluteRefs(input);
    const files = this.files;
    for (const [fileName, schema] of files) {
      for (const [name, definition] of Object.entries(schema.definitions ?? {})) this.shapeNames.set(definition, name);
      const kindId = fileName.replace(/\.request\.schema\.json$/, '').replace(/\.schema\.json$/, '');
      if (schema['x-operation']) this.shapeNames.set(schema, kindId);
    }
    for (const schema of files.values()) {
      const operation = schema['x-operation'];
      if (typeof operation === 'string') this.indexOperations(schema, cliName(operation), new Set());
    }
  }

  /** The root schema of a kind file (`create-component.request.schema.json`), resolved. */
  root(fileName: string): JsonSchema | undefined {
    const schema = this.files.get(fileName);
    return schema ? this.resolve(schema) : undefined;
  }

  has(fileName: string): boolean {
    return this.files.has(fileName);
  }

  fileNames(): string[] {
    return [...this.files.keys()];
  }

  /** Follows `$ref` chains (bounded) to the schema they name (refs are absolute: `file#/definitions/X`). */
  resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    const known = this.resolved.get(schema);
    if (known) return known;
    const result = this.follow(schema);
    this.resolved.set(schema, result);
    return result;
  }

  private follow(schema: JsonSchema): JsonSchema {
    let current = schema;
    for (let hops = 0; current.$ref && hops < 16; hops++) {
      const [file, pointer] = current.$ref.split('#');
      const base = this.files.get(file);
      const name = pointer?.replace(/^\/definitions\//, '');
      const next = name ? base?.definitions?.[name] : base;
      if (!next) return {};
      current = next;
    }
    return current;
  }

  /** The definition name of a resolved schema (`Placement`), or the kind id for a kind file's root. */
  shapeName(schema: JsonSchema): string | undefined {
    return this.shapeNames.get(schema);
  }

  /** The schema of property `name` of the object schema `object` (already resolved), with its flags. */
  property(object: JsonSchema, name: string): PropertyInfo | undefined {
    const declared = object.properties && Object.hasOwn(object.properties, name) ? object.properties[name] : undefined;
    if (declared) {
      let known = this.declaredProperties.get(object);
      if (!known) this.declaredProperties.set(object, (known = new Map()));
      let info = known.get(name);
      if (!info) {
        const schema = this.resolve(declared);
        info = {
          name,
          schema,
          required: object.required?.includes(name) ?? false,
          autofilled: declared['x-autofilled'] === true || schema['x-autofilled'] === true,
          description: declared.description ?? schema.description,
        };
        known.set(name, info);
      }
      return info;
    }
    if (typeof object.additionalProperties === 'object') {
      const schema = this.resolve(object.additionalProperties);
      return { name, schema, required: false, autofilled: false, description: object.additionalProperties.description ?? schema.description };
    }
    return undefined;
  }

  /** Operations (CLI names) whose request or response contains the object schema `object`. */
  operationsUsing(object: JsonSchema): string[] {
    return [...(this.operationsByObject.get(object) ?? [])].sort();
  }

  private indexOperations(schema: JsonSchema, operation: string, seen: Set<JsonSchema>): void {
    const resolved = this.resolve(schema);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    if (resolved.properties || resolved.additionalProperties) {
      let set = this.operationsByObject.get(resolved);
      if (!set) this.operationsByObject.set(resolved, (set = new Set()));
      set.add(operation);
    }
    for (const child of Object.values(resolved.properties ?? {})) this.indexOperations(child, operation, seen);
    if (typeof resolved.additionalProperties === 'object') this.indexOperations(resolved.additionalProperties, operation, seen);
    if (resolved.items) this.indexOperations(resolved.items, operation, seen);
  }
}

/** `create_infrastructure_configuration` → `create-infrastructure-configuration`. */
export function cliName(operation: string): string {
  return operation.replace(/_/g, '-');
}

/** A copy of the files in which every `$ref` names its file (`#/definitions/X` → `this-file#/definitions/X`). */
function absoluteRefs(files: SchemaFiles): SchemaFiles {
  const result = new Map<string, JsonSchema>();
  for (const [fileName, schema] of files) {
    const copy = structuredClone(schema);
    rewrite(copy, fileName, 0);
    result.set(fileName, copy);
  }
  return result;
}

function rewrite(node: unknown, fileName: string, depth: number): void {
  if (depth > 64 || typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (typeof record.$ref === 'string' && record.$ref.startsWith('#')) record.$ref = fileName + record.$ref;
  for (const value of Object.values(record)) rewrite(value, fileName, depth + 1);
}
