import { SyntaxProblem } from '../types';
import { Syn } from './syntax';

/** At most this many syntax errors are made from one tree (a binary file would make one per byte). */
const MAX_ERRORS = 200;

/**
 * The syntax errors of a tree-sitter tree: each `ERROR` node (text the grammar could not place) and each
 * missing token tree-sitter inserted to recover. Iterative, in document order. None, without a walk, for a
 * root marked `clean` (`hclTrees.ts`: 9 ms of 90,000 nodes a keystroke in a 1,000-resource module).
 */
export function collectSyntaxErrors(root: Syn, text: string): SyntaxProblem[] {
  const errors: SyntaxProblem[] = [];
  if (root.clean) return errors;
  const stack: Syn[] = [root];
  while (stack.length > 0 && errors.length < MAX_ERRORS) {
    const node = stack.pop()!;
    if (node.type === 'ERROR') {
      errors.push({ offset: node.start, length: Math.max(1, Math.min(node.end, lineEnd(text, node.start)) - node.start), message: unexpected(text, node), parserCode: 'ERROR', severity: 'error' });
      continue;
    }
    if (node.missing) {
      errors.push({ offset: node.start, length: 0, message: `Expected ${describeMissing(node.type)} here.`, parserCode: 'MISSING', severity: 'error' });
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return errors.sort((a, b) => a.offset - b.offset);
}

function unexpected(text: string, node: Syn): string {
  const snippet = text.slice(node.start, Math.min(node.end, node.start + 30, lineEnd(text, node.start))).trim();
  return snippet ? `Invalid HCL: unexpected '${snippet}'.` : 'Invalid HCL here.';
}

function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  return n < 0 ? text.length : n;
}

const MISSING_NAMES: Readonly<Record<string, string>> = {
  block_end: "'}'", object_end: "'}'", tuple_end: "']'", quoted_template_end: "'\"'", identifier: 'a name',
  expression: 'a value', heredoc_identifier: 'the heredoc end marker', template_interpolation_end: "'}'",
};

function describeMissing(type: string): string {
  return MISSING_NAMES[type] ?? (/^[a-z_]+$/.test(type) ? type.replace(/_/g, ' ') : `'${type}'`);
}
