import { CST } from 'yaml';
import { MAX_DEPTH } from './types';

/**
 * The YAML nesting guard, run before the recursive stage of eemeli/yaml (its composer). It recurses
 * once per nesting level and overflows the stack at about 800 levels; yaml catches the overflow, but a
 * stack overflow caught that deep can make V8 abort the whole process (its regexp compiler fails to
 * allocate). So a document nested deeper than `MAX_DEPTH` is never handed to it. Iterative and linear.
 * (JSON's guard is inside the tree builder, jsonToAst.ts: jsonc-parser's events give its depth exactly.)
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
