import { JsonPath } from '../ast/types';
import { PropertyInfo, SchemaCatalog } from './catalog';
import { JsonSchema } from './types';

export interface SchemaLocation {
  /** The schema of the value at the path (resolved). */
  readonly schema: JsonSchema;
  /** When the last path segment is a property: that property as its parent declares it. */
  readonly property?: PropertyInfo;
  /** The parent object schema (resolved), when the last segment is a property. */
  readonly parent?: JsonSchema;
}

/**
 * Where a schema applies in a document: the value at `path` has the shape `schema`. A request file has
 * one root (`[]`, its kind's schema); a template has one per resource (`Resources/X/Properties`, the
 * schema of that resource's `Type`). Roots of one document do not nest.
 */
export interface SchemaRoot {
  readonly path: JsonPath;
  readonly schema: JsonSchema;
}

/** The schema for a path of one document version (see `locateIn`). */
export type SchemaLocator = (path: JsonPath) => SchemaLocation | undefined;

/**
 * The schema for the value at `path` of a document whose schemas apply at `roots`: the root whose path
 * starts `path`, then `locate` from there. Completion and hover of the schema kinds ask this
 * (`schemaSupport.ts`); validation walks from the same roots without it (see `locate`).
 */
export function locateIn(catalog: SchemaCatalog, roots: readonly SchemaRoot[], path: JsonPath): SchemaLocation | undefined {
  for (const root of roots) {
    if (root.path.length <= path.length && root.path.every((segment, i) => segment === path[i])) {
      return locate(catalog, root.schema, path.slice(root.path.length));
    }
  }
  return undefined;
}

/**
 * The schema for the value at `path` below `root`, walking only the path (O(depth)). Validation does not
 * call it: `validation/schemaValidator.ts` walks the whole tree in one pass, taking the same steps
 * (`catalog.resolve`; `catalog.property`, a declared property else the `additionalProperties` schema;
 * `items`) from each root's node (requests: `rootCheck` in `schemaSupport.ts`, over the host's roots;
 * templates: `cloudformation/templateValidation.ts`, over the same `Resources/X/Properties`), so the
 * schema offered at a path is the one checked there. Where the validator stops descending (a type
 * mismatch, an alias, an opaque value, a repeated key), `locate` still answers for the path.
 */
export function locate(catalog: SchemaCatalog, root: JsonSchema, path: JsonPath): SchemaLocation | undefined {
  let location: SchemaLocation = { schema: catalog.resolve(root) };
  for (const segment of path) {
    const current = location.schema;
    if (typeof segment === 'number') {
      if (!current.items) return undefined;
      location = { schema: catalog.resolve(current.items) };
      continue;
    }
    const property = catalog.property(current, segment);
    if (!property) return undefined;
    location = { schema: property.schema, property, parent: current };
  }
  return location;
}
