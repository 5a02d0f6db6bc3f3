import type { ScalarStyle } from './types';

/**
 * The node classes of the document model (`types.ts` names them). A node stores its offset relative to
 * its parent's (`rel`), so moving a node moves its whole subtree: after an edit only the ancestors of
 * the edit (they grow) and, on each of them, the direct children after it (they move) are written
 * (`parse/incrementalTree.ts`), never every node after the edit. `offset` sums `rel` up the parent
 * chain (a loop: O(depth)); `colonOffset` is stored relative to its property.
 *
 * Invariants: a node's absolute offset is read only through `offset`; setting `parent` keeps the
 * node's absolute offset (it rebases `rel`), so a converter may make a key with no parent and attach it
 * later, but a parent's own offset must be final before children are made under it or attached to it
 * (moving it later moves them: `moveSubtree`). The classes are not exported and have private members,
 * so no object literal or spread (which would drop the getters) type-checks as a node: nodes are made by
 * the factories below and copied by `cloneNode`.
 */
// Fields are `declare`d and assigned in the constructors: the project's ES2022 target defines class
// fields ([[Define]] semantics), which made building the nodes of a 23,000-step parse about 10 % slower.
abstract class TreeNode {
  /** The offset relative to the parent's (absolute when there is no parent). Private members make the classes nominal. */
  private declare rel: number;
  private declare up: AstNode | undefined;
  declare readonly length: number;
  /** A YAML tag such as `!Ref`, when the source has one. */
  declare tag: string | undefined;

  constructor(offset: number, length: number, parent: AstNode | undefined, tag: string | undefined) {
    this.rel = parent === undefined ? offset : offset - parent.offset;
    this.up = parent;
    this.length = length;
    this.tag = tag;
  }

  /**
   * The UTF-16 offset of the node's start in the document text. Not cached: the cost of a read is the
   * accessor call (its sites see nine node classes), not this walk over parents that are hot in the
   * cache (a cache stamped with a generation of moves measured no faster: bench/README.md).
   */
  get offset(): number {
    let offset = this.rel;
    for (let p = this.up; p !== undefined; p = p.up) offset += p.rel;
    return offset;
  }

  get parent(): AstNode | undefined {
    return this.up;
  }

  /** Attaches the node elsewhere, keeping its absolute offset (and so its subtree's). */
  set parent(parent: AstNode | undefined) {
    const offset = this.offset;
    this.up = parent;
    this.rel = parent === undefined ? offset : offset - parent.offset;
  }

  /** Moves the node, and with it its subtree, by `delta`. */
  static shift(node: AstNode, delta: number): void {
    node.rel += delta;
  }

  /** Moves `nodes[from..]`, each with its subtree, by `delta`. */
  static shiftAll(nodes: readonly AstNode[], from: number, delta: number): void {
    for (let i = from; i < nodes.length; i++) nodes[i].rel += delta;
  }

  /** Puts the node's start at `offset` (its subtree moves with it) and sets its length. */
  static place(node: AstNode, offset: number, length: number): void {
    node.rel += offset - node.offset;
    (node as { length: number }).length = length;
  }
}

class ObjectNode extends TreeNode {
  declare readonly type: 'object';
  /** Sorted by offset. */
  declare readonly properties: PropertyNode[];
  /** YAML flow mapping (`{ ... }`) or JSON object. */
  declare readonly flow: boolean;
  constructor(offset: number, length: number, parent: AstNode | undefined, tag: string | undefined, properties: PropertyNode[], flow: boolean) {
    super(offset, length, parent, tag);
    this.type = 'object';
    this.properties = properties;
    this.flow = flow;
  }
}

class ArrayNode extends TreeNode {
  declare readonly type: 'array';
  /** Sorted by offset. */
  declare readonly items: ValueNode[];
  declare readonly flow: boolean;
  constructor(offset: number, length: number, parent: AstNode | undefined, tag: string | undefined, items: ValueNode[], flow: boolean) {
    super(offset, length, parent, tag);
    this.type = 'array';
    this.items = items;
    this.flow = flow;
  }
}

class PropertyNode extends TreeNode {
  declare readonly type: 'property';
  declare readonly keyNode: StringNode;
  declare valueNode: ValueNode | undefined;
  /** The `:` separator (HCL `=`) relative to the property's offset, when present. */
  private declare colon: number | undefined;
  /** An HCL block's labels (`resource "aws_imagebuilder_component" "x" { … }`): the key is the block type. */
  declare readonly labels: readonly StringNode[] | undefined;
  constructor(offset: number, length: number, parent: AstNode | undefined, keyNode: StringNode, valueNode: ValueNode | undefined, colonOffset: number | undefined, labels: readonly StringNode[] | undefined) {
    super(offset, length, parent, undefined);
    this.type = 'property';
    this.keyNode = keyNode;
    this.valueNode = valueNode;
    this.colon = colonOffset === undefined ? undefined : colonOffset - offset;
    this.labels = labels;
  }

  /** Offset of the `:` separator, when present. */
  get colonOffset(): number | undefined {
    return this.colon === undefined ? undefined : this.offset + this.colon;
  }

  set colonOffset(offset: number | undefined) {
    this.colon = offset === undefined ? undefined : offset - this.offset;
  }

  /** Moves the colon by `delta` relative to its property (an edit between the key and the colon). */
  static shiftColon(property: PropertyNode, delta: number): void {
    if (property.colon !== undefined) property.colon += delta;
  }
}

class StringNode extends TreeNode {
  declare readonly type: 'string';
  declare readonly value: string;
  declare readonly style: ScalarStyle;
  constructor(offset: number, length: number, parent: AstNode | undefined, tag: string | undefined, value: string, style: ScalarStyle) {
    super(offset, length, parent, tag);
    this.type = 'string';
    this.value = value;
    this.style = style;
  }
}

class NumberNode extends TreeNode {
  declare readonly type: 'number';
  declare readonly value: number;
  declare readonly isInteger: boolean;
  /** The source text, e.g. `0755` or `1.0`. */
  declare readonly source: string;
  constructor(offset: number, length: number, parent: AstNode | undefined, tag: string | undefined, value: number, isInteger: boolean, source: string) {
    super(offset, length, parent, tag);
    this.type = 'number';
    this.value = value;
    this.isInteger = isInteger;
    this.source = source;
  }
}

class BooleanNode extends TreeNode {
  declare readonly type: 'boolean';
  declare readonly value: boolean;
  constructor(offset: number, length: number, parent: AstNode | undefined, tag: string | undefined, value: boolean) {
    super(offset, length, parent, tag);
    this.type = 'boolean';
    this.value = value;
  }
}

class NullNode extends TreeNode {
  declare readonly type: 'null';
  constructor(offset: number, length: number, parent: AstNode | undefined, tag: string | undefined) {
    super(offset, length, parent, tag);
    this.type = 'null';
  }
}

/** A YAML alias (`*name`); never expanded, so alias bombs cost nothing. */
class AliasNode extends TreeNode {
  declare readonly type: 'alias';
  declare readonly name: string;
  constructor(offset: number, length: number, parent: AstNode | undefined, tag: string | undefined, name: string) {
    super(offset, length, parent, tag);
    this.type = 'alias';
    this.name = name;
  }
}

/**
 * A value the host cannot know before deployment: a CloudFormation intrinsic function (`!Ref T`,
 * `{"Fn::Sub": …}`), a Terraform reference or function call (`var.t`, `lookup(…)`), a whole-value
 * `${…}` placeholder. Made by a host's converter (a YAML parser with `customTags`, a tree-sitter HCL
 * walk), never by the request and component parsers. Invariants: it is a leaf (what it wraps is not
 * walked); the schema validator and `typeCheck` accept it for any type, enum, format and range; a rule
 * that needs the value stays silent (`rules/request/fields.ts` reads it as `UNKNOWN`).
 */
class UnknownNode extends TreeNode {
  declare readonly type: 'unknown';
  /** What makes it unknown, as written: `!Ref`, `Fn::GetAtt`, `var.tenancy`, `${…}`. */
  declare readonly name: string;
  constructor(offset: number, length: number, parent: AstNode | undefined, tag: string | undefined, name: string) {
    super(offset, length, parent, tag);
    this.type = 'unknown';
    this.name = name;
  }
}

export type { ObjectNode, ArrayNode, PropertyNode, StringNode, NumberNode, BooleanNode, NullNode, AliasNode, UnknownNode };
export type AstNode = ObjectNode | ArrayNode | PropertyNode | StringNode | NumberNode | BooleanNode | NullNode | AliasNode | UnknownNode;
export type ValueNode = Exclude<AstNode, PropertyNode>;
type Parent = AstNode | undefined;

// ---- Factories: the only makers of nodes. Offsets given are absolute; `parent`'s must be final. ----

export function objectNode(offset: number, length: number, parent: Parent, properties: PropertyNode[], flow: boolean, tag?: string): ObjectNode {
  return new ObjectNode(offset, length, parent, tag, properties, flow);
}

export function arrayNode(offset: number, length: number, parent: Parent, items: ValueNode[], flow: boolean, tag?: string): ArrayNode {
  return new ArrayNode(offset, length, parent, tag, items, flow);
}

export function propertyNode(offset: number, length: number, parent: Parent, keyNode: StringNode, valueNode: ValueNode | undefined, colonOffset: number | undefined, labels?: readonly StringNode[]): PropertyNode {
  return new PropertyNode(offset, length, parent, keyNode, valueNode, colonOffset, labels);
}

export function stringNode(offset: number, length: number, parent: Parent, value: string, style: ScalarStyle, tag?: string): StringNode {
  return new StringNode(offset, length, parent, tag, value, style);
}

export function numberNode(offset: number, length: number, parent: Parent, value: number, isInteger: boolean, source: string, tag?: string): NumberNode {
  return new NumberNode(offset, length, parent, tag, value, isInteger, source);
}

export function booleanNode(offset: number, length: number, parent: Parent, value: boolean, tag?: string): BooleanNode {
  return new BooleanNode(offset, length, parent, tag, value);
}

export function nullNode(offset: number, length: number, parent: Parent, tag?: string): NullNode {
  return new NullNode(offset, length, parent, tag);
}

export function aliasNode(offset: number, length: number, parent: Parent, name: string, tag?: string): AliasNode {
  return new AliasNode(offset, length, parent, tag, name);
}

export function unknownNode(offset: number, length: number, parent: Parent, name: string, tag?: string): UnknownNode {
  return new UnknownNode(offset, length, parent, tag, name);
}

/**
 * A shallow copy of `node` under `parent`, at the same absolute offset, with its own fields (children
 * arrays shared unless `children` replaces them: the caller re-parents what it copies).
 */
export function cloneNode<T extends AstNode>(node: T, parent: Parent, children?: T extends ObjectNode ? PropertyNode[] : T extends ArrayNode ? ValueNode[] : never): T {
  const offset = node.offset;
  const n = node as AstNode;
  switch (n.type) {
    case 'object': return objectNode(offset, n.length, parent, (children as PropertyNode[] | undefined) ?? n.properties, n.flow, n.tag) as T;
    case 'array': return arrayNode(offset, n.length, parent, (children as ValueNode[] | undefined) ?? n.items, n.flow, n.tag) as T;
    case 'property': {
      const copy = propertyNode(offset, n.length, parent, n.keyNode, n.valueNode, n.colonOffset, n.labels);
      copy.tag = n.tag;
      return copy as T;
    }
    case 'string': return stringNode(offset, n.length, parent, n.value, n.style, n.tag) as T;
    case 'number': return numberNode(offset, n.length, parent, n.value, n.isInteger, n.source, n.tag) as T;
    case 'boolean': return booleanNode(offset, n.length, parent, n.value, n.tag) as T;
    case 'null': return nullNode(offset, n.length, parent, n.tag) as T;
    case 'alias': return aliasNode(offset, n.length, parent, n.name, n.tag) as T;
    case 'unknown': return unknownNode(offset, n.length, parent, n.name, n.tag) as T;
  }
}

/**
 * The writers of a built node's position (only the incremental re-parse and the chunked parse use
 * them, on a tree nobody else holds: `parse/incrementalTree.ts`).
 * `moveSubtree`: the node and everything under it move by `delta` (one write).
 */
export function moveSubtree(node: AstNode, delta: number): void {
  TreeNode.shift(node, delta);
}

/** `moveSubtrees`: each of `nodes` from index `from` on, and everything under it, moves by `delta`. */
export function moveSubtrees(nodes: readonly AstNode[], from: number, delta: number): void {
  TreeNode.shiftAll(nodes, from, delta);
}

/** `placeNode`: the node starts at `offset` with `length`; its subtree moves with its start. */
export function placeNode(node: AstNode, offset: number, length: number): void {
  TreeNode.place(node, offset, length);
}

/** `resizeNode`: the node keeps its start (and its children their places) and gets `length`. */
export function resizeNode(node: AstNode, length: number): void {
  (node as { length: number }).length = length;
}

/** Moves a property's colon by `delta` without moving the property. */
export function moveColon(property: PropertyNode, delta: number): void {
  PropertyNode.shiftColon(property, delta);
}
