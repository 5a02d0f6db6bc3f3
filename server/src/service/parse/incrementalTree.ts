import { lastStartingAtOrBefore } from '../ast/navigate';
import { isMap, isSeq, YAMLMap, YAMLSeq } from 'yaml';
import { AstNode, ValueNode, endOf } from '../ast/types';
import { composeYaml, isReportedWarning } from './yamlToAst';
import { moveColon, moveSubtree, moveSubtrees, resizeNode } from '../ast/nodes';

/** Tree surgery for the incremental re-parse (`incremental.ts`, `incrementalTail.ts`). */

/** The text before a block-sequence item's mapping on its line: spaces, the dash, spaces. */
export const DASH_LINE = /^ *- +$/;
/**
 * Document markers, directives, and a carriage return alone (a line break to YAML, not to the line
 * arithmetic here): a fragment with one is never parsed on its own.
 */
export const MARKERS = /(^|\n)(---|\.\.\.)([ \t\r\n]|$)|(^|\n)%|\r(?!\n)/;
/**
 * An explicit key (`? key`): the converter looks for the `:` of such a pair on later lines, so a
 * node before a re-parsed region could depend on it (found by fuzzing). Such documents parse in full.
 */
export const EXPLICIT_KEY = /(^|[\n\r])[ \t]*(- +)*\?([ \t\r\n]|$)/;
/** The child of `node` whose range contains `offset` (binary search over sorted children). */
export function childContaining(node: AstNode, offset: number): AstNode | undefined {
  const contains = (c: AstNode | undefined) => c && offset >= c.offset && offset <= endOf(c) ? c : undefined;
  switch (node.type) {
    case 'object': return contains(node.properties[lastStartingAtOrBefore(node.properties, offset)]);
    case 'array': return contains(node.items[lastStartingAtOrBefore(node.items, offset)]);
    case 'property': return contains(node.valueNode) ?? contains(node.keyNode);
    default: return undefined;
  }
}

/** The `depth` the parsers gave `node`: the number of value nodes above it. */
export function depthOf(node: AstNode): number {
  let depth = 0;
  for (let p = node.parent; p; p = p.parent) if (p.type !== 'property') depth++;
  return depth;
}

/**
 * Puts `replacement` in the place of `old`, grows every ancestor of the edit by `delta` and moves the
 * nodes at or after `from` (an offset of the previous text, past the replaced region) by `delta`, at
 * once. Offsets are relative to the parent (`ast/nodes.ts`), so only the direct children after `from`
 * of each ancestor are written, each moving its whole subtree: in a 23,000-step component a keystroke
 * in the top-level `description` writes 5 nodes to move 468,000, one mid-way through the build phase
 * 9,211 to move 281,000. The tree is the new
 * text's when this returns; nothing may hold the previous version (`util/consume.ts`).
 */
export function splice(root: ValueNode, old: AstNode, replacement: AstNode, from: number, delta: number): void {
  const parent = old.parent;
  if (old.type === 'property') {
    if (parent?.type === 'object' && replacement.type === 'property') parent.properties[parent.properties.indexOf(old)] = replacement;
  } else if (replacement.type !== 'property') {
    if (parent?.type === 'property') parent.valueNode = replacement;
    else if (parent?.type === 'array') parent.items[parent.items.indexOf(old)] = replacement;
  }
  if (delta !== 0) growSpine(root, replacement, from, delta);
}

/** The nodes spanning `from` grow by `delta` (their colons after it move); their children after it move by `delta`. */
function growSpine(node: AstNode, replacement: AstNode, from: number, delta: number): void {
  resizeNode(node, node.length + delta);
  if (node.type === 'property' && node.colonOffset !== undefined && node.colonOffset >= from) moveColon(node, delta);
  // The children reaching `from` first: once those after it have moved (by a negative `delta`), they
  // could be taken for children before it.
  forEachChildBefore(node, from, (child) => {
    if (child !== replacement) growSpine(child, replacement, from, delta);
  });
  moveChildrenFrom(node, from, delta);
}

/**
 * Moves the direct children of `node` that start at or after `from` by `delta` (each with its
 * subtree: one write). Children are sorted by offset: a binary search finds the first.
 */
export function moveChildrenFrom(node: AstNode, from: number, delta: number): void {
  switch (node.type) {
    case 'object': return moveFrom(node.properties, from, delta);
    case 'array': return moveFrom(node.items, from, delta);
    case 'property': {
      const value = node.valueNode !== undefined && node.valueNode.offset >= from;
      if (node.keyNode.offset >= from) moveSubtree(node.keyNode, delta);
      if (value) moveSubtree(node.valueNode!, delta);
      return;
    }
    default: return;
  }
}

function moveFrom(children: readonly AstNode[], from: number, delta: number): void {
  moveSubtrees(children, lastStartingAtOrBefore(children, from - 1) + 1, delta);
}

/** The children of `node` starting before `from` and reaching it (sorted children: from the last one back, while they do). */
function forEachChildBefore(node: AstNode, from: number, visit: (child: AstNode) => void): void {
  const before = (children: readonly AstNode[]) => {
    for (let i = lastStartingAtOrBefore(children, from - 1); i >= 0; i--) {
      const child = children[i];
      if (endOf(child) < from) break;
      visit(child);
    }
  };
  switch (node.type) {
    case 'object': return before(node.properties);
    case 'array': return before(node.items);
    case 'property':
      if (node.keyNode.offset < from && endOf(node.keyNode) >= from) visit(node.keyNode);
      if (node.valueNode && node.valueNode.offset < from && endOf(node.valueNode) >= from) visit(node.valueNode);
      return;
    default: return;
  }
}

export function forEachChild(node: AstNode, visit: (child: AstNode) => void): void {
  switch (node.type) {
    case 'object':
      for (const p of node.properties) visit(p);
      break;
    case 'array':
      for (const i of node.items) visit(i);
      break;
    case 'property':
      visit(node.keyNode);
      if (node.valueNode) visit(node.valueNode);
      break;
    default:
      break;
  }
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Whether every line of `text[from, to)` after the first stays inside a block sequence whose dashes
 * stand at `column`: blank lines, lines indented past the column, dash lines at it, and comments
 * indented at least to the items' content (`yaml` lets a comment further left change how the next
 * lines continue a plain scalar or end a collection: found by fuzzing).
 */
export function staysInSequence(text: string, from: number, to: number, column: number): boolean {
  return staysInside(text, from, to, column, column + 2);
}

/**
 * Whether every line of `text[from, to)` after the first stays inside a block mapping's entry whose key
 * stands at `column`: blank lines, lines indented past the column, dash lines at it (a block sequence as
 * the entry's value may stand at its key's column), and comments indented past it.
 */
export function staysInEntry(text: string, from: number, to: number, column: number): boolean {
  return staysInside(text, from, to, column, column + 1);
}

/**
 * Whether every line of `text[from, to)` after the first stays inside a block mapping whose keys stand
 * at `column` (the last entry and entries typed after it): blank lines and lines indented at least to
 * the column; no tab.
 */
export function staysInMapping(text: string, from: number, to: number, column: number): boolean {
  return staysInside(text, from, to, column, column, true);
}

/** Lines indented past `column` or dashes at it (any line at it: `anyAtColumn`); comment lines indented at least `commentColumn`; no tab. */
function staysInside(text: string, from: number, to: number, column: number, commentColumn: number, anyAtColumn = false): boolean {
  let at = text.indexOf('\n', from);
  while (at >= 0 && at + 1 < to) {
    let i = at + 1;
    while (i < to && text.charCodeAt(i) === 32) i++;
    const ch = text[i];
    const indent = i - at - 1;
    if (i < to && ch === '#' && indent < commentColumn) return false;
    if (i < to && ch !== '\n' && ch !== '\r' && ch !== '#') {
      if (ch === '\t') return false;
      const isDash = ch === '-' && (i + 1 >= to || ' \n\r'.includes(text[i + 1]));
      if (indent < column || (indent === column && !isDash && !anyAtColumn)) return false;
    }
    at = text.indexOf('\n', at + 1);
  }
  return true;
}

/** Whether a (new, small) subtree has an empty node: their place depends on what follows (fuzzing). */
export function hasEmptyNode(node: AstNode): boolean {
  if (node.length === 0) return true;
  let found = false;
  forEachChild(node, (child) => {
    if (!found && hasEmptyNode(child)) found = true;
  });
  return found;
}

/**
 * A YAML fragment composed like a whole document, guarded (depthGuard.ts): its block sequence when the
 * fragment is exactly one clean document holding one; `too-deep` when it nests past `depthBudget`
 * (the caller gives up on re-parsing); undefined when it is anything else (the caller tries elsewhere).
 */
export function composeBlockSequence(fragment: string, depthBudget: number): YAMLSeq | 'too-deep' | undefined {
  const contents = composeClean(fragment, depthBudget);
  return contents === 'too-deep' || (isSeq(contents) && !contents.flow) ? contents : undefined;
}

/** Like `composeBlockSequence`, for a fragment that must hold one block mapping. */
export function composeBlockMapping(fragment: string, depthBudget: number): YAMLMap | 'too-deep' | undefined {
  const contents = composeClean(fragment, depthBudget);
  return contents === 'too-deep' || (isMap(contents) && !contents.flow) ? contents : undefined;
}

/** The contents of a fragment that is exactly one document with no error or reported warning. */
function composeClean(fragment: string, depthBudget: number): unknown {
  const composed = composeYaml(fragment, depthBudget);
  if ('tooDeepAt' in composed) return 'too-deep';
  if (composed.documents.length !== 1) return undefined;
  const document = composed.documents[0];
  if (document.errors.length > 0 || document.warnings.some((w) => isReportedWarning(w.code))) return undefined;
  return document.contents;
}
