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
 * recursion: every `[`/`{` opens a level; a closer closes one only when it matches (jsonc-parser
 * skips a mismatched closer during error recovery, so counting it would underestimate). One pass over
 * the characters that skips strings and comments exactly as jsonc-parser's scanner ends them (a string
 * at its closing quote or a line break, a backslash taking the next character); tokenizing the text
 * for this cost as much as half of the parse itself.
 */
export function jsonTooDeepAt(text: string, limit = MAX_DEPTH): number | undefined {
  if (!mayNestBeyond(text, limit)) return undefined;
  const open = new Uint8Array(limit);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 123 /* { */ || ch === 91 /* [ */) {
      if (depth === limit) return i;
      open[depth++] = ch;
    } else if (ch === 125 /* } */) {
      if (depth > 0 && open[depth - 1] === 123) depth--;
    } else if (ch === 93 /* ] */) {
      if (depth > 0 && open[depth - 1] === 91) depth--;
    } else if (ch === 34 /* " */) {
      i = jsonStringEnd(text, i + 1) - 1;
    } else if (ch === 47 /* / */) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) i = lineEnd(text, i + 2) - 1;
      else if (next === 42 /* * */) i = blockCommentEnd(text, i + 2) - 1;
    }
  }
  return undefined;
}

/** The end (exclusive) of a string token whose text starts at `pos`, as jsonc-parser's scanner ends it. */
function jsonStringEnd(text: string, pos: number): number {
  while (pos < text.length) {
    const ch = text.charCodeAt(pos);
    if (ch === 34 /* " */) return pos + 1;
    if (ch === 10 || ch === 13) return pos; // an unterminated string ends at the line break
    pos += ch === 92 /* \ */ ? 2 : 1;
  }
  return text.length;
}

function lineEnd(text: string, pos: number): number {
  while (pos < text.length && text.charCodeAt(pos) !== 10 && text.charCodeAt(pos) !== 13) pos++;
  return pos;
}

function blockCommentEnd(text: string, pos: number): number {
  while (pos < text.length - 1) {
    if (text.charCodeAt(pos) === 42 && text.charCodeAt(pos + 1) === 47) return pos + 2;
    pos++;
  }
  return text.length;
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
