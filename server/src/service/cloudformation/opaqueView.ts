import { ArrayNode, AstNode, ObjectNode, PropertyNode, ValueNode } from '../ast/types';
import { intrinsicName } from './intrinsics';

/**
 * The value tree of a resource's `Properties` as the schema checks see it: every intrinsic (a short
 * form, a long-form object, a dynamic reference) becomes an opaque leaf, so no type, enum, format or range
 * error is reported on it and no rule reads into it. Same offsets as the document; the document's own
 * tree is not changed. Returns the node itself when nothing below it is an intrinsic (no copy).
 */
export function opaqueView(node: ValueNode): ValueNode {
  return hasIntrinsic(node, 0) ? copy(node, node.parent, 0) : node;
}

const MAX_DEPTH = 512;

function hasIntrinsic(node: ValueNode, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (intrinsicName(node) !== undefined) return true;
  if (node.type === 'object') return node.properties.some((p) => p.valueNode !== undefined && hasIntrinsic(p.valueNode, depth + 1));
  if (node.type === 'array') return node.items.some((item) => hasIntrinsic(item, depth + 1));
  return false;
}

function copy(node: ValueNode, parent: AstNode | undefined, depth: number): ValueNode {
  const name = intrinsicName(node);
  if (name !== undefined) return opaque(node, name, parent);
  if (depth > MAX_DEPTH) return node;
  if (node.type === 'object') {
    const properties: PropertyNode[] = [];
    const object: ObjectNode = { ...node, parent, properties };
    for (const p of node.properties) {
      const property: PropertyNode = { ...p, parent: object, valueNode: undefined };
      property.valueNode = p.valueNode ? copy(p.valueNode, property, depth + 1) : undefined;
      properties.push(property);
    }
    return object;
  }
  if (node.type === 'array') {
    const items: ValueNode[] = [];
    const array: ArrayNode = { ...node, parent, items };
    for (const item of node.items) items.push(copy(item, array, depth + 1));
    return array;
  }
  return { ...node, parent } as ValueNode;
}

/** An intrinsic as a leaf the checks accept for any type (a tagged null: validators skip tagged nodes). */
function opaque(node: ValueNode, name: string, parent: AstNode | undefined): ValueNode {
  return { type: 'null', offset: node.offset, length: node.length, parent, tag: name };
}
