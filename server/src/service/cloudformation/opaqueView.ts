import { cloneNode, nullNode } from '../ast/nodes';
import { AstNode, PropertyNode, ValueNode } from '../ast/types';
import { asIntrinsic, intrinsicName } from './intrinsics';

/**
 * The value tree of a resource's `Properties` as the schema checks see it: every intrinsic (a short
 * form, a long-form object, a dynamic reference) becomes an opaque leaf, so no type, enum, format or range
 * error is reported on it and no rule reads into it. Same offsets as the document; the document's own
 * tree is not changed. Returns the node itself when nothing below it is an intrinsic (no copy).
 *
 * `without`: the same view with every property and list item that may be absent left out (an `!If` with
 * an `AWS::NoValue` branch, or `!Ref AWS::NoValue` itself: CloudFormation removes the property), given
 * only when there is one. A rule's problem holds for the template only when it holds in both readings
 * (`SchemaCheck.alternative`); in `view` such a property stays, opaque, so a fix never adds a second one.
 */
export function opaqueViews(node: ValueNode): { view: ValueNode; without?: ValueNode } {
  if (!hasIntrinsic(node, 0)) return { view: node };
  const view = copy(node, node.parent, 0, undefined);
  const left = { out: 0 };
  const without = copy(node, node.parent, 0, left);
  return left.out > 0 ? { view, without } : { view };
}

const MAX_DEPTH = 512;

function hasIntrinsic(node: ValueNode, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (intrinsicName(node) !== undefined) return true;
  if (node.type === 'object') return node.properties.some((p) => p.valueNode !== undefined && hasIntrinsic(p.valueNode, depth + 1));
  if (node.type === 'array') return node.items.some((item) => hasIntrinsic(item, depth + 1));
  return false;
}

/** `!Ref AWS::NoValue` / `{ "Ref": "AWS::NoValue" }`: the property is removed. */
function isNoValue(node: ValueNode): boolean {
  const intrinsic = asIntrinsic(node);
  return intrinsic?.name === 'Ref' && intrinsic.argument?.type === 'string' && intrinsic.argument.value.trim() === 'AWS::NoValue';
}

/** Removed in some case: `AWS::NoValue`, or an `Fn::If` with such a branch (nested ifs included). */
function mayBeNoValue(node: ValueNode | undefined, depth = 0): boolean {
  if (!node || depth > 32) return false;
  if (isNoValue(node)) return true;
  const intrinsic = asIntrinsic(node);
  const branches = intrinsic?.name === 'Fn::If' && intrinsic.argument?.type === 'array' ? intrinsic.argument.items.slice(1, 3) : [];
  return branches.some((branch) => mayBeNoValue(branch, depth + 1));
}

/** With `left` (the second reading), whether to leave a value out: when it may be `AWS::NoValue` (counted). */
function leftOut(value: ValueNode | undefined, left: { out: number } | undefined): boolean {
  if (left && mayBeNoValue(value)) {
    left.out++;
    return true;
  }
  return false;
}

function copy(node: ValueNode, parent: AstNode | undefined, depth: number, left: { out: number } | undefined): ValueNode {
  const name = intrinsicName(node);
  if (name !== undefined) return opaque(node, name, parent);
  if (depth > MAX_DEPTH) return node;
  if (node.type === 'object') {
    const properties: PropertyNode[] = [];
    const object = cloneNode(node, parent, properties);
    for (const p of node.properties) {
      if (leftOut(p.valueNode, left)) continue;
      const property = cloneNode(p, object);
      property.valueNode = p.valueNode ? copy(p.valueNode, property, depth + 1, left) : undefined;
      properties.push(property);
    }
    return object;
  }
  if (node.type === 'array') {
    const items: ValueNode[] = [];
    const array = cloneNode(node, parent, items);
    for (const item of node.items) if (!leftOut(item, left)) items.push(copy(item, array, depth + 1, left));
    return array;
  }
  return cloneNode(node, parent);
}

/** The tag of the opaque leaf that stands for a bare `!Ref AWS::NoValue`: the property is certainly absent. */
export const NO_VALUE = 'AWS::NoValue';

/** An intrinsic as a leaf the checks accept for any type (a tagged null: validators skip tagged nodes). */
function opaque(node: ValueNode, name: string, parent: AstNode | undefined): ValueNode {
  return nullNode(node.offset, node.length, parent, isNoValue(node) ? NO_VALUE : name);
}
