import { cloneNode, propertyNode } from '../ast/nodes';
import { AstNode, ObjectNode, PropertyNode, ValueNode } from '../ast/types';
import { OffsetMap } from '../embedded/offsetMap';
import { HclCall } from '../parse/hcl/types';

/**
 * `data = yamlencode({ … })`: the HCL object is the component document it encodes, so it is checked as one.
 * The object's tree is copied into a tree of its own (parents rewired, the object its root), keeping every
 * node's offsets: they are offsets of the `.tf` text, so the region's map is the identity. Unknown values
 * (references, calls, templates) stay opaque; keys and values keep their HCL ranges.
 */
export function yamlencodeTree(call: HclCall | undefined): ObjectNode | undefined {
  if (call?.name !== 'yamlencode' || call.args.length !== 1) return undefined;
  const [object] = call.args;
  return object.type === 'object' ? copy(object, undefined) as ObjectNode : undefined;
}

function copy(node: ValueNode, parent: AstNode | undefined): ValueNode {
  if (node.type === 'object') {
    const object = cloneNode(node, parent, []);
    for (const property of node.properties) object.properties.push(copyProperty(property, object));
    return object;
  }
  if (node.type === 'array') {
    const array = cloneNode(node, parent, []);
    for (const item of node.items) array.items.push(copy(item, array));
    return array;
  }
  return cloneNode(node, parent);
}

function copyProperty(property: PropertyNode, parent: ObjectNode): PropertyNode {
  const keyNode = cloneNode(property.keyNode, undefined);
  const copied = propertyNode(property.offset, property.length, parent, keyNode, undefined, property.colonOffset);
  keyNode.parent = copied;
  if (property.valueNode) copied.valueNode = copy(property.valueNode, copied);
  return copied;
}

/** The identity map over the host text: the tree's offsets are the host's. */
export function identityMap(text: string): OffsetMap {
  const toHost = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) toHost[i] = i;
  return { value: text, toHost };
}
