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
 * The schema for the value at `path`, walking only the path (O(depth)): the one locator that
 * validation, hover and completion share.
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
