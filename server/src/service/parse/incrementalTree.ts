import { lastStartingAtOrBefore } from '../ast/navigate';
import { isMap, isSeq, YAMLMap, YAMLSeq } from 'yaml';
import { AstNode, ValueNode, endOf } from '../ast/types';
import { composeYaml, isReportedWarning } from './yamlToAst';
import type { Slices } from '../util/slices';

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
 * The one way a built node's range changes (`ast/types.ts` makes it readonly everywhere else): in the
 * tree of a version the incremental re-parse is consuming, or in one not yet published (the chunked
 * parse's skeleton). Nothing may hold such a tree's version afterwards (`util/consume.ts`).
 */
export function moveNode(node: AstNode, offset: number, length: number): void {
  const range = node as { offset: number; length: number };
  range.offset = offset;
  range.length = length;
}

/**
 * Puts `replacement` in the place of `old` and grows every ancestor by `delta`, at once; the nodes at
 * or after `from` (an offset of the previous text, past the replaced region) are shifted by `delta` as
 * the returned slices run (`shiftInSlices`): until they have all run, the tree is not the new text's.
 */
export function splice(root: ValueNode, old: AstNode, replacement: AstNode, from: number, delta: number): Slices<void> {
  const parent = old.parent;
  if (old.type === 'property') {
    if (parent?.type === 'object' && replacement.type === 'property') parent.properties[parent.properties.indexOf(old)] = replacement;
  } else if (replacement.type !== 'property') {
    if (parent?.type === 'property') parent.valueNode = replacement;
    else if (parent?.type === 'array') parent.items[parent.items.indexOf(old)] = replacement;
  }
  const subtrees: AstNode[] = [];
  if (delta !== 0) growSpine(root, replacement, from, delta, subtrees);
  return shiftInSlices(subtrees, delta);
}

/** The nodes spanning `from` grow by `delta` (their colons after it move); the whole subtrees after it are collected. */
function growSpine(node: AstNode, replacement: AstNode, from: number, delta: number, subtrees: AstNode[]): void {
  moveNode(node, node.offset, node.length + delta);
  forEachChild(node, (child) => {
    if (child === replacement) return;
    if (child.offset >= from) subtrees.push(child);
    else if (endOf(child) >= from) growSpine(child, replacement, from, delta, subtrees);
  });
  if (node.type === 'property' && node.colonOffset !== undefined && node.colonOffset >= from) node.colonOffset += delta;
}

/**
 * About how many nodes are shifted between two yields of `shiftInSlices` (a yield comes after the first
 * small subtree that reaches it): a few hundred microseconds of a walk that is bound by memory.
 */
export const SHIFT_SLICE_NODES = 16_384;
/** A subtree with less text than this (a step: hundreds of characters) is shifted whole, without the generator. */
const SHIFT_WHOLE_LENGTH = 64 * 1024;

/**
 * Shifts `subtrees` (and every node in them) by `delta`, yielding after about `SHIFT_SLICE_NODES`
 * nodes: a keystroke near the top of a 4 MB document moves half a million nodes (20-40 ms), which a
 * host runs between requests. The generator descends only into subtrees of `SHIFT_WHOLE_LENGTH` or more.
 */
export function* shiftInSlices(subtrees: readonly AstNode[], delta: number): Slices<void> {
  if (delta === 0) return;
  const budget = { left: SHIFT_SLICE_NODES };
  yield* shiftEach(subtrees, delta, budget);
}

/**
 * Shifts each of `nodes`: a small one whole (`shiftTree`), a big one node by node with its children in
 * turn, yielding when the budget is spent. Only big nodes get a generator of their own: a 23,000-step
 * sequence's items are shifted in this loop, not through 23,000 generators an edit.
 */
function* shiftEach(nodes: readonly AstNode[], delta: number, budget: { left: number }): Slices<void> {
  for (const node of nodes) {
    if (node.length >= SHIFT_WHOLE_LENGTH) {
      shiftNode(node, delta);
      budget.left--;
      yield* shiftEach(childrenOf(node), delta, budget);
      continue;
    }
    budget.left -= shiftTree(node, delta);
    if (budget.left <= 0) {
      budget.left = SHIFT_SLICE_NODES;
      yield;
    }
  }
}

function childrenOf(node: AstNode): readonly AstNode[] {
  switch (node.type) {
    case 'object': return node.properties;
    case 'array': return node.items;
    case 'property': return node.valueNode ? [node.keyNode, node.valueNode] : [node.keyNode];
    default: return [];
  }
}

/** Shifts `node` and everything under it by `delta`; returns how many nodes that was. */
function shiftTree(node: AstNode, delta: number): number {
  shiftNode(node, delta);
  let count = 1;
  switch (node.type) {
    case 'object':
      for (const p of node.properties) count += shiftTree(p, delta);
      break;
    case 'array':
      for (const i of node.items) count += shiftTree(i, delta);
      break;
    case 'property':
      count += shiftTree(node.keyNode, delta);
      if (node.valueNode) count += shiftTree(node.valueNode, delta);
      break;
    default:
      break;
  }
  return count;
}

function shiftNode(node: AstNode, delta: number): void {
  moveNode(node, node.offset + delta, node.length);
  if (node.type === 'property' && node.colonOffset !== undefined) node.colonOffset += delta;
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
