import { createScanner, SyntaxKind } from 'jsonc-parser';
import { CST } from 'yaml';
import { MAX_DEPTH } from './types';

/**
 * Nesting guards, run before the recursive stage of each parser. eemeli/yaml's composer and
 * jsonc-parser recurse once per nesting level and overflow the stack at about 800 levels; yaml catches
 * the overflow, but a stack overflow caught that deep can make V8 abort the whole process (its regexp
 * compiler fails to allocate). So a document nested deeper than `MAX_DEPTH` is never handed to them.
 * Both guards are iterative and linear.
 */

/** Where the first node deeper than `limit` starts in a YAML token stream (the CST), or undefined. */
export function yamlTooDeepAt(tokens: readonly CST.Token[], limit = MAX_DEPTH): number | undefined {
  const stack: Array<[CST.Token, number]> = [];
  for (const token of tokens) if (token.type === 'document' && token.value) stack.push([token.value, 1]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (depth > limit) return token.offset;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    // A pair inside a flow sequence (`[ a: b ]`) is composed as a one-pair map: one level more.
    const flowSeq = token.type === 'flow-collection' && token.start.type === 'flow-seq-start';
    for (const item of token.items) {
      const key = 'key' in item ? item.key : undefined;
      const pairInSeq = flowSeq && !!(key || ('sep' in item && item.sep) || item.start.some((t) => t.type === 'explicit-key-ind'));
      if (pairInSeq && depth + 1 > limit) return token.offset;
      const next = depth + (pairInSeq ? 2 : 1);
      if (key) stack.push([key, next]);
      if (item.value) stack.push([item.value, next]);
    }
  }
  return undefined;
}

/**
 * Where JSON nesting first goes deeper than `limit`, or undefined. An upper bound of jsonc-parser's
 * recursion: every `[`/`{` token opens a level; a closer closes one only when it matches (jsonc-parser
 * skips a mismatched closer during error recovery, so counting it would underestimate).
 */
export function jsonTooDeepAt(text: string, limit = MAX_DEPTH): number | undefined {
  if (!mayNestBeyond(text, limit)) return undefined;
  const scanner = createScanner(text, true);
  const open: SyntaxKind[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      open.push(kind);
      if (open.length > limit) return scanner.getTokenOffset();
    } else if (kind === SyntaxKind.CloseBraceToken && open[open.length - 1] === SyntaxKind.OpenBraceToken) {
      open.pop();
    } else if (kind === SyntaxKind.CloseBracketToken && open[open.length - 1] === SyntaxKind.OpenBracketToken) {
      open.pop();
    }
  }
  return undefined;
}

/** Cheap first check: fewer than `limit` opening brackets in all cannot nest deeper than `limit`. */
function mayNestBeyond(text: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if ((ch === 91 /* [ */ || ch === 123 /* { */) && ++count > limit) return true;
  }
  return false;
}
