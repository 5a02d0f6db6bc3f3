import { ObjectNode, PropertyNode } from '../ast/types';
import { lineStart } from '../edits/propertyEdits';
import { FieldEdits, Literal } from '../rules/request/types';
import { OffsetEdit } from '../validation/problem';

/**
 * Edits in HCL for the shape rules' fixes: an argument line `key = value` inserted before a block's
 * closing brace with the block's indentation, a value replaced, an argument line removed. Literals are
 * HCL: strings quoted, numbers bare, an object as a nested block (`placement { tenancy = "host" }`).
 */
export function hclEdits(text: string): FieldEdits {
  return {
    insert: (object, key, value) => insertLine(text, object, key, value),
    replace: (property, value) => property.valueNode && { offset: property.valueNode.offset, length: property.valueNode.length, newText: render(value, '') },
    remove: (_object, property) => removeLine(text, property),
  };
}

function insertLine(text: string, object: ObjectNode, key: string, value: Literal): OffsetEdit {
  const close = object.offset + object.length - 1;
  const closeIndent = indentOfLine(text, object.offset);
  const first = object.properties[0];
  const ownLine = first !== undefined && text.slice(lineStart(text, first.offset), first.offset).trim() === '';
  const indent = ownLine ? indentOfLine(text, first.offset) : `${closeIndent}  `;
  const line = typeof value === 'object' ? `${indent}${key} ${render(value, indent)}` : `${indent}${key} = ${render(value, indent)}`;
  const closeLine = lineStart(text, close);
  if (text.slice(closeLine, close).trim() === '') return { offset: closeLine, length: 0, newText: `${line}\n` };
  // `{ }` on one line, or `}` after an argument: break the line.
  let end = close;
  while (end > object.offset + 1 && /[ \t]/.test(text[end - 1])) end--;
  return { offset: end, length: close - end, newText: `\n${line}\n${closeIndent}` };
}

/** A literal in HCL; an object as a block body, its lines indented one step more than `indent`. */
function render(value: Literal, indent: string): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `"${escapeHclQuoted(value)}"`;
  const inner = `${indent}  `;
  const lines = Object.entries(value).map(([k, v]) => (typeof v === 'object' ? `${inner}${k} ${render(v, inner)}` : `${inner}${k} = ${render(v, inner)}`));
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** Removes an argument's whole line when it is alone on it, else only the argument. */
function removeLine(text: string, property: PropertyNode): OffsetEdit {
  const start = property.offset;
  const end = property.offset + property.length;
  const first = lineStart(text, start);
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  const alone = text.slice(first, start).trim() === '' && /^\s*(?:(?:#|\/\/).*)?$/.test(text.slice(end, newline < 0 ? text.length : newline));
  return alone ? { offset: first, length: lineEnd - first, newText: '' } : { offset: start, length: end - start, newText: '' };
}

function indentOfLine(text: string, offset: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart(text, offset)))![0];
}

/**
 * Text as it must be written inside an HCL quoted string to stand for itself: `\\ \" \n \r \t`, other
 * control characters as `\uNNNN`, and the template sequences' openers `${`/`%{` as `$${`/`%%{`.
 */
export function escapeHclQuoted(text: string): string {
  // eslint-disable-next-line no-control-regex
  const escaped = text.replace(/[\\"\u0000-\u001f]/g, (c) => QUOTED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escapeHclTemplate(escaped);
}

/** Text as it must be written in an HCL template (a heredoc's body) to stand for itself: `${`/`%{` as `$${`/`%%{`. */
export function escapeHclTemplate(text: string): string {
  return text.replace(/([$%])\{/g, (_m, sign: string) => `${sign}${sign}{`);
}

const QUOTED_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
