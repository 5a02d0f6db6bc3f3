import { isNode } from 'yaml';
import { lastStartingAtOrBefore } from '../ast/navigate';
import { ArrayNode, AstNode, ValueNode, endOf } from '../ast/types';
import type { TextEdit } from './incremental';
import { composeBlockSequence, DASH_LINE, depthOf, forEachChild, hasEmptyNode, lineStart, MARKERS, moveNode, shiftTree, staysInSequence } from './incrementalTree';
import { MAX_DEPTH, ParsedDocument } from './types';
import { Converter } from './yamlToAst';

/**
 * The incremental re-parse at the end of a block sequence: an edit in its last item, or after it
 * (steps appended at the end of a phase). The region runs from the last item's dash line to the first
 * later line that ends the sequence (indented less than the dash, or at the dash column without a
 * dash; or the end of the text); it is parsed on its own and must give a block sequence whose items
 * replace the last one. Ancestors that ended with the sequence end with the new one; the others grow
 * by the edit's length; everything after the region shifts. Undefined when any condition fails.
 */
export function reparseYamlTail(previous: ParsedDocument, root: ValueNode, text: string, edit: TextEdit): ParsedDocument | undefined {
  const old = previous.text;
  for (const array of trailingSequences(root, edit.start)) {
    const last = array.items[array.items.length - 1];
    if (last.type !== 'object' || last.flow || edit.start < last.offset) continue;
    const start = lineStart(old, last.offset);
    const dash = old.slice(start, last.offset);
    if (!DASH_LINE.test(dash)) continue;
    const column = dash.indexOf('-');
    const stop = sequenceEnd(old, last.offset, column);
    if (stop === undefined || stop.line - start > old.length / 2) break;
    // What ends the sequence must be an ordinary key or a parent's dash (not `: x`, `? x`, `[`, …).
    if (stop.line < old.length && !/[\w"'$-]/.test(old[stop.line + stop.indent] ?? '')) continue;
    if (edit.oldEnd > (stop.line === old.length ? old.length : stop.line - 1)) continue;
    const fragment = text.slice(start, stop.line + stop.indent + edit.delta);
    const oldRegion = old.slice(start, stop.line);
    // Comments near the end of a collection move its range in ways that depend on what follows
    // (found by fuzzing): a tail with a comment is parsed in full.
    if (fragment.includes('#') || oldRegion.includes('#')) continue;
    if (MARKERS.test(fragment) || MARKERS.test(oldRegion) || !staysInSequence(text, start, stop.line + edit.delta, column)) continue;
    const seq = composeBlockSequence(fragment, MAX_DEPTH - depthOf(last));
    if (seq === 'too-deep') return undefined;
    if (!seq || seq.items.length === 0 || !seq.items.every((i) => isNode(i)) || !seq.range) continue;
    const converter = new Converter(text, start);
    const depth = depthOf(last);
    const items = seq.items.map((i) => converter.value(i as Parameters<Converter['value']>[0], depth, array));
    if (converter.truncated || converter.aliases || items[0].offset !== last.offset || items.some(hasEmptyNode)) continue;
    const oldEnd = endOf(array);
    const newEnd = seq.range[1] + start;
    array.items.splice(array.items.length - 1, 1, ...items);
    adjustAncestors(array, oldEnd, newEnd, stop.line, edit.delta);
    return { ...previous, text, root, replaced: items.length === 1 ? { old: last, replacement: items[0] } : undefined };
  }
  return undefined;
}

/** Block sequences on the trailing edge followed from the root towards `offset`, deepest first. */
function trailingSequences(root: ValueNode, offset: number): ArrayNode[] {
  const found: ArrayNode[] = [];
  let node: AstNode | undefined = root;
  for (let guard = 0; node && guard < 1000; guard++) {
    if (node.type === 'object') {
      node = node.properties[lastStartingAtOrBefore(node.properties, offset)];
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

/**
 * The first line after the one at `from` that ends a block sequence whose dashes stand at `column`:
 * `line` is its start (the text's length at the end), `indent` its leading spaces. Blank and
 * comment lines never end it; a tab in the indentation makes it undefined.
 */
function sequenceEnd(text: string, from: number, column: number): { line: number; indent: number } | undefined {
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
      if (indent < column || (indent === column && !isDash)) return { line, indent };
    }
    at = text.indexOf('\n', line);
  }
  return { line: text.length, indent: 0 };
}

/**
 * From `array` up to the root: a node that ended where the sequence ended now ends where the new one
 * does, any other grows by `delta`; children starting at or after `from` (past the region) shift.
 * The array's own items are not shifted: those before the region did not move, and the new ones are
 * already placed in the new text (one starting past the old region, a step appended at the end, was
 * shifted twice before: found by fuzzing).
 */
function adjustAncestors(array: ArrayNode, oldEnd: number, newEnd: number, from: number, delta: number): void {
  for (let node: AstNode | undefined = array; node; node = node.parent) {
    const end = node.offset + node.length;
    moveNode(node, node.offset, end === oldEnd ? newEnd - node.offset : node.length + delta);
    if (delta === 0 || node === array) continue;
    forEachChild(node, (child) => {
      if (child.offset >= from) shiftTree(child, delta);
    });
    if (node.type === 'property' && node.colonOffset !== undefined && node.colonOffset >= from) node.colonOffset += delta;
  }
}
