/**
 * The document model every feature works on: one tree for YAML and JSON alike.
 * Offsets are UTF-16 code-unit offsets into the document text; `length` covers the node's source.
 * The nodes are classes made only by the factories of `nodes.ts`, which stores offsets relative to
 * the parent (read them through `offset` and `colonOffset`).
 */
export type { AstNode, ValueNode, ObjectNode, ArrayNode, PropertyNode, StringNode } from './nodes';
import type { AstNode } from './nodes';

export type ScalarStyle = 'plain' | 'single' | 'double' | 'block' | 'json';

/** The quote a scalar of this style is written between: `"` (JSON, YAML double-quoted), `'` (YAML single-quoted), or none (plain, block). */
export function quoteOf(style: ScalarStyle): '"' | "'" | '' {
  return style === 'json' || style === 'double' ? '"' : style === 'single' ? "'" : '';
}

/** Whether a scalar of this style is quoted: its node's range holds the quotes, and text written into it needs escaping. */
export function isQuoted(style: ScalarStyle): boolean {
  return quoteOf(style) !== '';
}

/** Whether nothing can be said about the value before deployment (an `unknown` node or a YAML tag). */
export function isOpaque(node: AstNode): boolean {
  return node.type === 'unknown' || node.tag !== undefined;
}

export type PathSegment = string | number;
export type JsonPath = PathSegment[];

export function endOf(node: AstNode): number {
  return node.offset + node.length;
}

