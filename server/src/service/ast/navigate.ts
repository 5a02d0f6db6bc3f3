import { lastIndexAtOrBefore } from '../util/search';
import { AstNode, JsonPath, ObjectNode, PropertyNode, ValueNode, endOf } from './types';

/**
 * The deepest node whose range contains `offset` (end inclusive, so a cursor just after a word finds it).
 * Descends by binary search over sorted children: O(depth · log width), never a whole-document walk.
 */
export function nodeAt(root: ValueNode | undefined, offset: number): AstNode | undefined {
  if (!root || offset < root.offset || offset > endOf(root)) return undefined;
  let node: AstNode = root;
  for (;;) {
    const child = childAt(node, offset);
    if (!child) return node;
    node = child;
  }
}

function childAt(node: AstNode, offset: number): AstNode | undefined {
  switch (node.type) {
    case 'object':
      return containing(node.properties, offset);
    case 'array':
      return containing(node.items, offset);
    case 'property':
      if (contains(node.keyNode, offset)) return node.keyNode;
      return node.valueNode && contains(node.valueNode, offset) ? node.valueNode : undefined;
    default:
      return undefined;
  }
}

function contains(node: AstNode, offset: number): boolean {
  return offset >= node.offset && offset <= endOf(node);
}

/** The last child starting at or before `offset`, if it contains `offset`. */
function containing<T extends AstNode>(children: readonly T[], offset: number): T | undefined {
  const index = lastStartingAtOrBefore(children, offset);
  if (index < 0) return undefined;
  const child = children[index];
  if (contains(child, offset)) return child;
  return undefined;
}

/** Binary search: index of the last node whose offset ≤ `offset`, or -1. */
export function lastStartingAtOrBefore(nodes: readonly AstNode[], offset: number): number {
  return lastIndexAtOrBefore(nodes, offset, startOf);
}

const startOf = (node: AstNode): number => node.offset;

/** The path from the root to `node` (property keys and array indexes). O(depth · log width). */
export function pathOf(node: AstNode): JsonPath {
  const path: JsonPath = [];
  let current: AstNode | undefined = node;
  while (current) {
    const parent: AstNode | undefined = current.parent;
    if (parent?.type === 'property') {
      if (parent.valueNode === current || parent.keyNode === current) path.push(parent.keyNode.value);
      current = parent.parent;
      continue;
    }
    if (parent?.type === 'array') path.push(indexIn(parent.items, current));
    current = parent;
  }
  return path.reverse();
}

function indexIn(items: readonly AstNode[], node: AstNode): number {
  const index = lastStartingAtOrBefore(items, node.offset);
  return items[index] === node ? index : items.indexOf(node as ValueNode);
}

export function getProperty(object: ObjectNode, key: string): PropertyNode | undefined {
  for (const property of object.properties) if (property.keyNode.value === key) return property;
  return undefined;
}

export function getValue(object: ObjectNode, key: string): ValueNode | undefined {
  return getProperty(object, key)?.valueNode;
}

export function stringValue(object: ObjectNode, key: string): string | undefined {
  const value = getValue(object, key);
  return value?.type === 'string' ? value.value : undefined;
}

/** Follows a path from `root`; undefined when any step is missing. */
export function nodeAtPath(root: ValueNode | undefined, path: JsonPath): ValueNode | undefined {
  let node: ValueNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = node.type === 'array' ? node.items[segment] : undefined;
    else node = node.type === 'object' ? getValue(node, segment) : undefined;
  }
  return node;
}

