import { lastStartingAtOrBefore, nodeAt, pathOf } from '../../ast/navigate';
import { AstNode, JsonPath, ObjectNode, ValueNode, endOf } from '../../ast/types';
import { columnOf, lineStart } from '../../edits/propertyEdits';
import { ParsedDocument } from '../../parse/types';

/**
 * Where the cursor is, in schema terms: completing a key of the object at `path`, or the value at `path`.
 * Works on half-typed, broken documents: JSON from the error-tolerant tree, YAML from the line's
 * indentation guided by the tree. Costs O(depth · log width + line length), never a document walk.
 */
export interface CursorContext {
  readonly mode: 'key' | 'value';
  readonly path: JsonPath;
  /** The existing object whose keys are being completed, if there is one (its keys are not offered again). */
  readonly object: ObjectNode | undefined;
  /** The text the completion replaces (the partial word, quotes included in JSON). */
  readonly replace: { readonly offset: number; readonly length: number };
  /** JSON: the replaced text is a quoted string. */
  readonly quoted: boolean;
  /** JSON: a property follows, so an inserted property needs a trailing comma. */
  readonly needsComma: boolean;
}

export function cursorContext(parsed: ParsedDocument, offset: number): CursorContext | undefined {
  return parsed.language === 'json' ? jsonContext(parsed, offset) : yamlContext(parsed, offset);
}

// ---- JSON ----

function jsonContext(parsed: ParsedDocument, offset: number): CursorContext | undefined {
  const { root, text } = parsed;
  const node = nodeAt(root, offset);
  if (!node) return undefined;
  const parent = node.parent;
  if (node.type === 'string' && parent?.type === 'property' && parent.keyNode === node) {
    if (offset === node.offset) return undefined; // before the opening quote
    return keyContext(parent.parent as ObjectNode, node, text, true);
  }
  if (parent?.type === 'property' && parent.valueNode === node && node.type !== 'object' && node.type !== 'array') {
    if (offset === endOf(node) && node.type === 'string' && text[offset - 1] === '"' && node.length > 1) return undefined;
    return valueContext(pathOf(node), node.offset, node.length, node.type === 'string');
  }
  if (parent?.type === 'array' && node.type !== 'object' && node.type !== 'array') {
    return valueContext(pathOf(node), node.offset, node.length, node.type === 'string');
  }
  if (node.type === 'property') {
    if (node.colonOffset !== undefined && offset > node.colonOffset) return valueContext([...pathOf(node.parent!), node.keyNode.value], offset, 0, false);
    return undefined;
  }
  if (node.type === 'object') {
    if (offset === node.offset) return undefined;
    const index = lastStartingAtOrBefore(node.properties, offset - 1);
    const previous = index >= 0 ? node.properties[index] : undefined;
    if (previous && previous.colonOffset !== undefined && previous.colonOffset < offset && !previous.valueNode && !/,/.test(text.slice(previous.colonOffset, offset))) {
      return valueContext([...pathOf(node), previous.keyNode.value], offset, 0, false);
    }
    const next = node.properties[index + 1];
    return { mode: 'key', path: pathOf(node), object: node, replace: { offset, length: 0 }, quoted: false, needsComma: next !== undefined };
  }
  if (node.type === 'array') {
    if (offset === node.offset) return undefined;
    const index = lastStartingAtOrBefore(node.items, offset);
    return valueContext([...pathOf(node), index + 1], offset, 0, false);
  }
  return undefined;
}

function keyContext(object: ObjectNode, keyNode: AstNode, text: string, quoted: boolean): CursorContext {
  const after = text.slice(endOf(keyNode), endOf(keyNode) + 200);
  const needsComma = /^\s*"/.test(after); // another property follows with no separator yet
  return { mode: 'key', path: pathOf(object), object, replace: { offset: keyNode.offset, length: keyNode.length }, quoted, needsComma };
}

function valueContext(path: JsonPath, offset: number, length: number, quoted: boolean): CursorContext {
  return { mode: 'value', path, object: undefined, replace: { offset, length }, quoted, needsComma: false };
}

// ---- YAML ----

// Both expressions run on the line before the cursor, which may be very long: they are written so
// that a failed match cannot backtrack quadratically (`[\s\S]*` cannot fail; an unquoted key is
// `[^#:]*` up to the colon, trailing blanks included and trimmed by `unquote`: a lazy key followed
// by `[ \t]*:` was quadratic on a line of blanks).
const LINE = /^([ \t]*)((?:-[ \t]+)*)([\s\S]*)$/;
const KEY_VALUE = /^("[^"]*"[ \t]*|'[^']*'[ \t]*|[^\s"'#:][^#:]*):(?:[ \t]+([\s\S]*))?$/;

function yamlContext(parsed: ParsedDocument, offset: number): CursorContext | undefined {
  const { text } = parsed;
  const start = lineStart(text, offset);
  const before = text.slice(start, offset);
  const match = LINE.exec(before);
  if (!match || before.includes('#')) return undefined;
  const column = match[1].length + match[2].length;
  const rest = match[3];
  const wordEnd = offset + (/^[^\s:#,\]}]*/.exec(text.slice(offset, offset + 200))?.[0].length ?? 0);
  const keyValue = KEY_VALUE.exec(rest);
  if (keyValue) {
    if (keyValue[2] === undefined && !/:[ \t]$/.test(rest)) return undefined; // cursor right after the colon
    const key = unquote(keyValue[1]);
    const container = containerAt(parsed, offset, start, column);
    const partial = keyValue[2] ?? '';
    const valueStart = offset - partial.length;
    return { mode: 'value', path: [...container.path, key], object: undefined, replace: { offset: valueStart, length: wordEnd - valueStart }, quoted: false, needsComma: false };
  }
  if (/[{}[\]]/.test(rest)) return undefined; // flow collections: not completed in YAML
  const container = containerAt(parsed, offset, start, column);
  const wordStart = offset - rest.length;
  return { mode: 'key', path: container.path, object: container.object, replace: { offset: wordStart, length: wordEnd - wordStart }, quoted: false, needsComma: false };
}

function unquote(raw: string): string {
  const key = raw.trim();
  return /^["'][\s\S]*["']$/.test(key) ? key.slice(1, -1) : key;
}

interface Container {
  readonly path: JsonPath;
  readonly object: ObjectNode | undefined;
}

/**
 * The path of the mapping whose keys stand at `column` on the cursor's line: descend from the root,
 * at each level into the last entry that starts before the line, while that level's keys are left of `column`.
 */
function containerAt(parsed: ParsedDocument, offset: number, currentLine: number, column: number): Container {
  const { text } = parsed;
  let node: ValueNode | undefined = parsed.root;
  const path: JsonPath = [];
  for (let guard = 0; node && guard < 1000; guard++) {
    if (node.type === 'object' && !node.flow) {
      const first = node.properties[0];
      if (!first || columnOf(text, first.offset) >= column) return { path, object: node };
      const index = lastStartingAtOrBefore(node.properties, currentLine - 1);
      const property = index >= 0 ? node.properties[index] : undefined;
      if (!property) return { path, object: node };
      path.push(property.keyNode.value);
      const value = property.valueNode;
      if (!value || (value.type !== 'object' && value.type !== 'array') || value.flow || value.offset >= currentLine && value.type === 'object') {
        return { path, object: undefined };
      }
      node = value;
    } else if (node.type === 'array' && !node.flow) {
      const index = lastStartingAtOrBefore(node.items, offset);
      if (index < 0) return { path: [...path, 0], object: undefined };
      const item = node.items[index];
      const itemLine = lineStart(text, item.offset);
      const dashColumn = columnOf(text, itemLine) + dashIndent(text, itemLine);
      if (column <= dashColumn && itemLine !== currentLine) return { path: [...path, node.items.length], object: undefined };
      path.push(index);
      if (item.type !== 'object' || item.flow) return { path, object: undefined };
      node = item;
    } else {
      return { path, object: undefined };
    }
  }
  return { path, object: undefined };
}

/** Spaces before the first dash on a line. */
function dashIndent(text: string, line: number): number {
  let i = line;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - line;
}
