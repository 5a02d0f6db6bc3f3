import { ObjectNode, PropertyNode, endOf } from '../ast/types';
import { Fix, OffsetEdit } from '../validation/problem';

/** Edits that keep the document's own style: JSON punctuation, YAML block indentation. */

export function lineStart(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

export function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

/** The index after the line break at `offset` (which is at a line end). */
function afterLineBreak(text: string, offset: number): number {
  if (text.startsWith('\r\n', offset)) return offset + 2;
  if (text[offset] === '\n' || text[offset] === '\r') return offset + 1;
  return offset;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Removes `property` from `object`, with its separator (JSON) or its whole lines (YAML block). */
export function removeProperty(text: string, object: ObjectNode, property: PropertyNode): OffsetEdit {
  if (!object.flow) {
    const start = lineStart(text, property.offset);
    const onlyIndent = text.slice(start, property.offset).trim() === '';
    const from = onlyIndent ? start : property.offset;
    const to = afterLineBreak(text, lineEnd(text, endOf(property)));
    return { offset: from, length: to - from, newText: '' };
  }
  const index = object.properties.indexOf(property);
  const next = object.properties[index + 1];
  if (next) return { offset: property.offset, length: next.offset - property.offset, newText: '' };
  const previous = object.properties[index - 1];
  if (previous) return { offset: endOf(previous), length: endOf(property) - endOf(previous), newText: '' };
  return { offset: property.offset, length: property.length, newText: '' };
}

/** Sets the value of an existing property (quoting as the document does). */
export function replaceValue(property: PropertyNode, value: string, json: boolean): OffsetEdit | undefined {
  const node = property.valueNode;
  if (!node) return undefined;
  return { offset: node.offset, length: node.length, newText: json ? JSON.stringify(value) : value };
}

/** Adds `key: value` as the first property of `object`, indented like its siblings. `value` is raw text. */
export function insertProperty(text: string, object: ObjectNode, key: string, rawValue: string, json: boolean): OffsetEdit {
  const first = object.properties[0];
  if (json) {
    const entry = `${JSON.stringify(key)}: ${rawValue}`;
    if (!first) return { offset: object.offset + 1, length: 0, newText: entry };
    const indent = text.slice(lineStart(text, first.offset), first.offset);
    const sameLine = indent.trim() !== '';
    return { offset: first.offset, length: 0, newText: sameLine ? `${entry}, ` : `${entry},\n${indent}` };
  }
  const entry = `${key}: ${rawValue}`;
  if (!first) return { offset: object.offset, length: 0, newText: object.flow ? `{ ${entry} }` : entry };
  if (object.flow) return { offset: first.offset, length: 0, newText: `${entry}, ` };
  const indent = ' '.repeat(columnOf(text, first.offset));
  return { offset: first.offset, length: 0, newText: `${entry}\n${indent}` };
}

/**
 * Inserts `names` into `object` before its first key, each with its placeholder value, in the object's style.
 * Undefined for an empty mapping missing several keys (no key to take the indentation from).
 */
export function insertKeysFix(text: string, object: ObjectNode, names: readonly string[], placeholder: (name: string) => string, json = false): Fix | undefined {
  const title = names.length === 1 ? `Add '${names[0]}'` : `Add ${names.map((n) => `'${n}'`).join(', ')}`;
  if (object.properties.length === 0) {
    // `{}`: written anew with the keys; an empty block mapping has no key to take the indentation from.
    if (!object.flow) return names.length === 1 ? { title, preferred: true, edits: [insertProperty(text, object, names[0], placeholder(names[0]), json)] } : undefined;
    const entries = names.map((name) => `${json ? JSON.stringify(name) : name}: ${placeholder(name)}`);
    return { title, preferred: true, edits: [{ offset: object.offset, length: object.length, newText: `{ ${entries.join(', ')} }` }] };
  }
  const edits = names.map((name) => insertProperty(text, object, name, placeholder(name), json));
  return { title, preferred: true, edits: [{ offset: edits[0].offset, length: 0, newText: edits.map((e) => e.newText).join('') }] };
}
