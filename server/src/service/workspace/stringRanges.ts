import { isQuoted, StringNode, ValueNode } from '../ast/types';
import { alignString } from '../embedded/offsetMap';

/** The range of a string's text without its quotes (a plain or block scalar: the whole node). */
export function innerRange(node: StringNode): { nameOffset: number; nameLength: number } {
  return isQuoted(node.style) && node.length >= 2 ? { nameOffset: node.offset + 1, nameLength: node.length - 2 } : { nameOffset: node.offset, nameLength: node.length };
}

/** A name's range without its quotes (a JSON or HCL string's too): where a template's or Terraform file's passed name is reported. */
export function nameRange(node: StringNode): { offset: number; length: number } {
  const { nameOffset, nameLength } = innerRange(node);
  return { offset: nameOffset, length: nameLength };
}

/**
 * Where a string's value starts in `text`, when the value is written there as it is (a plain scalar, a
 * quoted string with no escape, an HCL string): each character of the value is then at this offset plus
 * its index. Undefined for an escape, a folded line, an empty value. Read from the string's `alignString`
 * map (the one reading of where a string's characters are): its characters one after the other.
 */
export function verbatimStart(node: StringNode, text: string): number | undefined {
  if (node.value.length === 0) return undefined;
  const { toHost } = alignString(text, node);
  const start = toHost[0];
  for (let i = 1; i <= node.value.length; i++) if (toHost[i] !== start + i) return undefined;
  return start;
}

/**
 * A value's range with its YAML tag (`!Sub 'arn:…'`, `!Join\n  - …`): the value as written, as a JSON long
 * form's object (`{ "Fn::Sub": … }`) is. Our nodes start after their tag; the tag is found in `text` before
 * the node, across the spaces and line breaks between them. A node without a tag: its own range.
 */
export function taggedRange(node: ValueNode, text: string): { offset: number; length: number } {
  const end = node.offset + node.length;
  if (!node.tag) return { offset: node.offset, length: node.length };
  let start = node.offset;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t' || text[start - 1] === '\n' || text[start - 1] === '\r')) start--;
  const from = start - node.tag.length;
  return from >= 0 && text.slice(from, start) === node.tag ? { offset: from, length: end - from } : { offset: node.offset, length: node.length };
}
