import { stringNode } from '../../ast/nodes';
import { AstNode, StringNode, ValueNode } from '../../ast/types';

/**
 * Why an HCL expression has no value we can know: a reference (`var.x`, `aws_x.y.arn`), a function call,
 * a conditional, a `for`, an operation, or a string with `${…}`/`%{…}` in it.
 */
export type UnknownReason = 'reference' | 'call' | 'conditional' | 'for' | 'operation' | 'template' | 'splat' | 'invalid';

/**
 * The tag that marks an HCL expression whose value cannot be known here. Every such node is made by
 * `unknownValue` and recognised by `isUnknownValue`: when the AST gets a first-class unknown value, these
 * two functions are the one place to change.
 */
export const UNKNOWN_TAG = '!hcl-unknown';

export function unknownValue(offset: number, length: number, parent: AstNode | undefined, reason: UnknownReason, source: string): StringNode {
  return stringNode(offset, length, parent, source, 'plain', `${UNKNOWN_TAG}:${reason}`);
}

export function isUnknownValue(node: ValueNode | undefined): boolean {
  return node?.tag !== undefined && node.tag.startsWith(UNKNOWN_TAG);
}

export function unknownReason(node: ValueNode | undefined): UnknownReason | undefined {
  return isUnknownValue(node) ? node!.tag!.slice(UNKNOWN_TAG.length + 1) as UnknownReason : undefined;
}
