import { getProperty } from './navigate';
import { ObjectNode, PropertyNode } from './types';

/**
 * Up to this many keys, an object's keys are compared one by one instead of put in a Map. Almost every
 * mapping of an Image Builder file is this small, and a Map for each of them was a fifth of what an edit
 * of a 10,000-step document allocated.
 */
const SMALL_OBJECT = 16;

/** The first property of each key of an object (later ones with the same key are duplicates). */
export class FirstProperties {
  private readonly byKey: Map<string, PropertyNode> | undefined;

  constructor(private readonly object: ObjectNode) {
    if (object.properties.length <= SMALL_OBJECT) return;
    this.byKey = new Map();
    for (const property of object.properties) if (!this.byKey.has(property.keyNode.value)) this.byKey.set(property.keyNode.value, property);
  }

  get(key: string): PropertyNode | undefined {
    return this.byKey ? this.byKey.get(key) : getProperty(this.object, key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

/** Calls `visit` for each property whose key an earlier property of `object` already has, with that first one. */
export function forEachDuplicateKey(object: ObjectNode, visit: (property: PropertyNode, first: PropertyNode) => void): void {
  if (object.properties.length < 2) return;
  const first = new FirstProperties(object);
  for (const property of object.properties) {
    const earlier = first.get(property.keyNode.value);
    if (earlier && earlier !== property) visit(property, earlier);
  }
}
