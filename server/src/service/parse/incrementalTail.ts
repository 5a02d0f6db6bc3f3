import { isNode, Pair } from 'yaml';
import { lastStartingAtOrBefore } from '../ast/navigate';
import { ArrayNode, AstNode, ObjectNode, ValueNode, endOf } from '../ast/types';
import type { TextEdit } from '../util/textEdit';
import { composeBlockMapping, composeBlockSequence, DASH_LINE, depthOf, hasEmptyNode, lineStart, MARKERS, moveChildrenFrom, staysInMapping, staysInSequence } from './incrementalTree';
import { moveColon, resizeNode } from '../ast/nodes';
import { MAX_DEPTH, ParsedDocument } from './types';
import { Converter } from './yamlToAst';

/**
 * The incremental re-parse at the end of a block sequence or mapping: an edit in its last item or
 * entry, or after it (steps appended at the end of a phase; the last resource of a template, or
 * resources appended after it). The region runs from the last item's dash line (the last entry's key
 * line) to the first later line that ends the collection (indented less than the dash or key, or at the
 * dash column without a dash; or the end of the text); it is parsed on its own and must give a block
 * sequence (mapping) whose items (entries) replace the last one. Ancestors that ended with the sequence end with the new one; the others grow
 * by the edit's length; everything after the region shifts. Undefined when any condition fails.
 */
export function reparseYamlTail(previous: ParsedDocument, root: ValueNode, text: string, edit: TextEdit): ParsedDocument | undefined {
  for (const collection of trailingCollections(root, edit.start)) {
    const result = collection.type === 'array' ? sequenceTail(previous, text, edit, collection) : mappingTail(previous, text, edit, collection);
    if (result === 'too-deep') return undefined;
    if (result === 'too-big') break;
    if (result) {
      const replaced = result.replacements.length === 1 ? { old: result.old, replacement: result.replacements[0] } : undefined;
      return { ...previous, text, root, replaced };
    }
  }
  return undefined;
}

/**
 * The child replaced and the nodes that took its place (the tree is the new text's); or why the caller
 * stops (undefined: try the next collection).
 */
type Tail = { readonly old: AstNode; readonly replacements: readonly AstNode[] } | 'too-deep' | 'too-big' | undefined;

/** The last item of a block sequence (a block mapping), and the items typed after it. */
function sequenceTail(previous: ParsedDocument, text: string, edit: TextEdit, array: ArrayNode): Tail {
  const old = previous.text;
  const last = array.items[array.items.length - 1];
  if (last.type !== 'object' || last.flow || edit.start < last.offset) return undefined;
  const start = lineStart(old, last.offset);
  const dash = old.slice(start, last.offset);
  if (!DASH_LINE.test(dash)) return undefined;
  const column = dash.indexOf('-');
  const region = tailRegion(previous, text, edit, start, sequenceEnd(old, last.offset, column, true));
  if (typeof region !== 'object') return region;
  if (!staysInSequence(text, start, region.stop.line + edit.delta, column)) return undefined;
  const seq = composeBlockSequence(region.fragment, MAX_DEPTH - depthOf(last));
  if (seq === 'too-deep') return seq;
  if (!seq || seq.items.length === 0 || !seq.items.every((i) => isNode(i)) || !seq.range) return undefined;
  const converter = new Converter(text, start);
  const depth = depthOf(last);
  const items = seq.items.map((i) => converter.value(i as Parameters<Converter['value']>[0], depth, array));
  if (converter.truncated || converter.aliases || items[0].offset !== last.offset || items.some(hasEmptyNode)) return undefined;
  const oldEnd = endOf(array);
  array.items.splice(array.items.length - 1, 1, ...items);
  adjustAncestors(array, oldEnd, seq.range[1] + start, region.stop.line, edit.delta);
  return { old: last, replacements: items };
}

/**
 * The last entry of a block mapping whose key starts its line (the last resource of a template, the last
 * key of a step), and the entries typed after it: the same region rule as a sequence's, ended by a line
 * indented less than the key (a line at the key's column is a new entry, or a dash of the entry's value).
 */
function mappingTail(previous: ParsedDocument, text: string, edit: TextEdit, object: ObjectNode): Tail {
  const old = previous.text;
  const last = object.properties[object.properties.length - 1];
  if (object.flow || edit.start < last.offset) return undefined;
  const start = lineStart(old, last.offset);
  if (!/^ *$/.test(old.slice(start, last.offset))) return undefined;
  const column = last.offset - start;
  const region = tailRegion(previous, text, edit, start, sequenceEnd(old, last.offset, column, false));
  if (typeof region !== 'object') return region;
  if (!staysInMapping(text, start, region.stop.line + edit.delta, column)) return undefined;
  const map = composeBlockMapping(region.fragment, MAX_DEPTH - depthOf(object) - 1);
  if (map === 'too-deep') return map;
  if (!map || map.items.length === 0 || !map.range) return undefined;
  const converter = new Converter(text, start);
  const depth = depthOf(object);
  const entries = map.items.map((pair) => converter.property(pair as Pair, depth, object));
  if (converter.truncated || converter.aliases || entries[0].offset !== last.offset || entries.some(hasEmptyNode)) return undefined;
  const oldEnd = endOf(object);
  object.properties.splice(object.properties.length - 1, 1, ...entries);
  adjustAncestors(object, oldEnd, Math.max(map.range[1] + start, endOf(entries[entries.length - 1])), region.stop.line, edit.delta);
  return { old: last, replacements: entries };
}

/** The fragment from `start` to what ends the collection, when a re-parse of it can be the full parse's. */
function tailRegion(previous: ParsedDocument, text: string, edit: TextEdit, start: number, stop: LineEnd | undefined): { stop: LineEnd; fragment: string } | 'too-big' | undefined {
  const old = previous.text;
  // A tab in the indentation ends no collection here, nor further up: a whole parse.
  if (stop === undefined || stop.line - start > old.length / 2) return 'too-big';
  // What ends the collection must be an ordinary key or a parent's dash (not `: x`, `? x`, `[`, …).
  if (stop.line < old.length && !/[\w"'$-]/.test(old[stop.line + stop.indent] ?? '')) return undefined;
  if (edit.oldEnd > (stop.line === old.length ? old.length : stop.line - 1)) return undefined;
  const fragment = text.slice(start, stop.line + stop.indent + edit.delta);
  const oldRegion = old.slice(start, stop.line);
  // Comments near the end of a collection move its range in ways that depend on what follows
  // (found by fuzzing): a tail with a comment is parsed in full.
  if (fragment.includes('#') || oldRegion.includes('#')) return undefined;
  if (MARKERS.test(fragment) || MARKERS.test(oldRegion)) return undefined;
  return { stop, fragment };
}

/** Block sequences and mappings on the trailing edge followed from the root towards `offset`, deepest first. */
function trailingCollections(root: ValueNode, offset: number): Array<ArrayNode | ObjectNode> {
  const found: Array<ArrayNode | ObjectNode> = [];
  let node: AstNode | undefined = root;
  for (let guard = 0; node && guard < 1000; guard++) {
    if (node.type === 'object') {
      const index = lastStartingAtOrBefore(node.properties, offset);
      if (!node.flow && index >= 0 && index === node.properties.length - 1) found.unshift(node);
      node = node.properties[index];
    } else if (node.type === 'property') {
      node = offset >= node.keyNode.offset + node.keyNode.length ? node.valueNode : undefined;
    } else if (node.type === 'array') {
      const index = lastStartingAtOrBefore(node.items, offset);
      if (!node.flow && index >= 0 && index === node.items.length - 1) found.unshift(node);
      node = node.items[index];
    } else {
      node = undefined;
    }
  }
  return found;
}

interface LineEnd { readonly line: number; readonly indent: number }

/**
 * The first line after the one at `from` that ends a block sequence whose dashes stand at `column`
 * (`dashes`), or a block mapping whose keys do: `line` is its start (the text's length at the end),
 * `indent` its leading spaces. Blank and comment lines never end it; a tab in the indentation makes it
 * undefined.
 */
function sequenceEnd(text: string, from: number, column: number, dashes: boolean): LineEnd | undefined {
  let at = text.indexOf('\n', from);
  while (at >= 0) {
    const line = at + 1;
    let i = line;
    while (text.charCodeAt(i) === 32) i++;
    const ch = text[i];
    if (ch === '\t') return undefined;
    const blank = i >= text.length || ch === '\n' || ch === '\r' || ch === '#';
    if (!blank) {
      const indent = i - line;
      const isDash = ch === '-' && (i + 1 >= text.length || ' \n\r'.includes(text[i + 1]));
      if (indent < column || (dashes && indent === column && !isDash)) return { line, indent };
    }
    at = text.indexOf('\n', line);
  }
  return { line: text.length, indent: 0 };
}

/**
 * From `array` up to the root: a node that ended where the sequence ended now ends where the new one
 * does, any other grows by `delta`; its children starting at or after `from` (past the region) move by
 * `delta`, each with its subtree (`moveChildrenFrom`: offsets are relative to the parent).
 * The array's own items are not shifted: those before the region did not move, and the new ones are
 * already placed in the new text (one starting past the old region, a step appended at the end, was
 * shifted twice before: found by fuzzing).
 */
function adjustAncestors(collection: ArrayNode | ObjectNode, oldEnd: number, newEnd: number, from: number, delta: number): void {
  for (let node: AstNode | undefined = collection; node; node = node.parent) {
    const start = node.offset;
    resizeNode(node, start + node.length === oldEnd ? newEnd - start : node.length + delta);
    if (delta === 0 || node === collection) continue;
    moveChildrenFrom(node, from, delta);
    if (node.type === 'property' && node.colonOffset !== undefined && node.colonOffset >= from) moveColon(node, delta);
  }
}
