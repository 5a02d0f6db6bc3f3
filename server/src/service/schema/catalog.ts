import { JsonSchema, SchemaFiles } from './types';

/** A property as seen from its parent object schema, with what hover needs. */
export interface PropertyInfo {
  readonly name: string;
  readonly schema: JsonSchema;
  readonly required: boolean;
  readonly autofilled: boolean;
}

/**
 * The resolved bundled schemas: `$ref`s resolved on demand, and, for every object schema, the
 * operations that use it (computed once, so hover never walks the schemas).
 */
export class SchemaCatalog {
  private readonly operationsByObject = new Map<JsonSchema, Set<string>>();
  private readonly shapeNames = new Map<JsonSchema, string>();

  constructor(private readonly files: SchemaFiles) {
    for (const [fileName, schema] of files) {
      for (const [name, definition] of Object.entries(schema.definitions ?? {})) this.shapeNames.set(definition, name);
      const kindId = fileName.replace(/\.request\.schema\.json$/, '').replace(/\.schema\.json$/, '');
      if (schema['x-operation']) this.shapeNames.set(schema, kindId);
    }
    for (const [fileName, schema] of files) {
      const operation = schema['x-operation'];
      if (typeof operation === 'string') this.indexOperations(fileName, schema, cliName(operation), new Set());
    }
  }

  /** The root schema of a kind file (`create-component.request.schema.json`), resolved. */
  root(fileName: string): JsonSchema | undefined {
    const schema = this.files.get(fileName);
    return schema ? this.resolve(schema, fileName) : undefined;
  }

  has(fileName: string): boolean {
    return this.files.has(fileName);
  }

  fileNames(): string[] {
    return [...this.files.keys()];
  }

  /** Follows `$ref` chains (bounded) to the schema they name. */
  resolve(schema: JsonSchema, fromFile = 'shapes.schema.json'): JsonSchema {
    let current = schema;
    let file = fromFile;
    for (let hops = 0; current.$ref && hops < 16; hops++) {
      const [target, pointer] = current.$ref.split('#');
      if (target) file = target;
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
    const declared = object.properties?.[name];
    if (declared) {
      return {
        name,
        schema: this.resolve(declared),
        required: object.required?.includes(name) ?? false,
        autofilled: declared['x-autofilled'] === true || this.resolve(declared)['x-autofilled'] === true,
      };
    }
    if (typeof object.additionalProperties === 'object') {
      return { name, schema: this.resolve(object.additionalProperties), required: false, autofilled: false };
    }
    return undefined;
  }

  /** Operations (CLI names) whose request or response contains the object schema `object`. */
  operationsUsing(object: JsonSchema): string[] {
    return [...(this.operationsByObject.get(object) ?? [])].sort();
  }

  private indexOperations(fileName: string, schema: JsonSchema, operation: string, seen: Set<JsonSchema>): void {
    const resolved = this.resolve(schema, fileName);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    if (resolved.properties || resolved.additionalProperties) {
      let set = this.operationsByObject.get(resolved);
      if (!set) this.operationsByObject.set(resolved, (set = new Set()));
      set.add(operation);
    }
    for (const child of Object.values(resolved.properties ?? {})) this.indexOperations(fileName, child, operation, seen);
    if (typeof resolved.additionalProperties === 'object') this.indexOperations(fileName, resolved.additionalProperties, operation, seen);
    if (resolved.items) this.indexOperations(fileName, resolved.items, operation, seen);
  }
}

/** `create_infrastructure_configuration` → `create-infrastructure-configuration`. */
export function cliName(operation: string): string {
  return operation.replace(/_/g, '-');
}
