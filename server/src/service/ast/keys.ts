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
    if (this.byKey) return this.byKey.get(key);
    for (const property of this.object.properties) if (property.keyNode.value === key) return property;
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

/** Calls `visit` for each property whose key an earlier property of `object` already has, with that first one. */
export function forEachDuplicateKey(object: ObjectNode, visit: (property: PropertyNode, first: PropertyNode) => void): void {
  const properties = object.properties;
  if (properties.length < 2) return;
  const first = properties.length > SMALL_OBJECT ? new FirstProperties(object) : undefined;
  for (let i = 1; i < properties.length; i++) {
    const property = properties[i];
    const earlier = first ? first.get(property.keyNode.value) : firstBefore(properties, i, property.keyNode.value);
    if (earlier && earlier !== property) visit(property, earlier);
  }
}

function firstBefore(properties: readonly PropertyNode[], end: number, key: string): PropertyNode | undefined {
  for (let j = 0; j < end; j++) if (properties[j].keyNode.value === key) return properties[j];
  return undefined;
}
