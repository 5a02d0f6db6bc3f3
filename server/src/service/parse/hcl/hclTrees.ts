import { diff } from '../incremental';
import { HclEdit, HclParser, HclPoint, HclTree, mirror, Syn } from './syntax';

/** Where a document's tree is kept: the store, and the document (its URI). */
export interface HclTreeSlot {
  readonly trees: HclTrees;
  readonly key: string;
}

interface Kept {
  readonly text: string;
  readonly tree: HclTree;
  readonly parser: HclParser;
}

/**
 * The last tree tree-sitter made for each document a host keeps open, so that the next version is parsed
 * incrementally: the kept tree is edited to the new text (the change found from the two texts, their
 * common prefix and suffix) and handed to the parse, which re-uses every subtree the edit did not touch.
 * A tree lives in WASM memory: it is deleted exactly once, when the next version's tree replaces it, when
 * the host forgets the document (`forget`: closed). Nothing else ever holds it:
 * each version's tree is copied out (`mirror`) before `syntax` returns. Any failure on the incremental
 * path deletes the kept tree and parses the text in full.
 */
export class HclTrees {
  private readonly kept = new Map<string, Kept>();

  /** The concrete tree of `text`, the new version of the document `key`; undefined when the parser gives none. */
  syntax(key: string, text: string, parser: HclParser): Syn | undefined {
    const before = this.kept.get(key);
    this.kept.delete(key);
    let tree: HclTree | null = null;
    if (before && before.parser === parser) {
      if (before.text === text) tree = before.tree;
      else {
        try {
          tree = reparse(before, text, parser);
        } catch {
          tree = null;
        }
      }
    }
    if (before && before.tree !== tree) before.tree.delete();
    tree ??= parseSafely(text, parser);
    if (!tree) return undefined;
    let syn: Syn;
    try {
      syn = mirror(tree);
    } catch (error) {
      tree.delete();
      throw error;
    }
    this.kept.set(key, { text, tree, parser });
    return syn;
  }

  /** The document is closed: its tree is deleted. */
  forget(key: string): void {
    const kept = this.kept.get(key);
    this.kept.delete(key);
    kept?.tree.delete();
  }
}

/** The concrete tree of a text parsed in full, its WASM tree freed at once. */
export function fullSyntax(text: string, parser: HclParser): Syn | undefined {
  const tree = parseSafely(text, parser);
  if (!tree) return undefined;
  try {
    return mirror(tree);
  } finally {
    tree.delete();
  }
}

/** A full parse, without a previous tree: null when the parser fails. */
function parseSafely(text: string, parser: HclParser): HclTree | null {
  try {
    return parser.parse(text);
  } catch {
    return null;
  }
}

/** The kept tree edited to `text` and parsed again from it (the kept tree is then the caller's to delete). */
function reparse(before: Kept, text: string, parser: HclParser): HclTree | null {
  const edit = hclEdit(before.text, text);
  if (!edit) return null;
  before.tree.edit(edit);
  return parser.parse(text, before.tree);
}

/** The change from `a` to `b` as tree-sitter wants it, never splitting a surrogate pair; undefined for the same text. */
function hclEdit(a: string, b: string): HclEdit | undefined {
  const change = diff(a, b);
  if (!change) return undefined;
  let start = change.start;
  let oldEnd = change.oldEnd;
  if (start > 0 && isHigh(a.charCodeAt(start - 1))) start--;
  if (oldEnd < a.length && isLow(a.charCodeAt(oldEnd))) oldEnd++;
  const newEnd = oldEnd + change.delta;
  const startPosition = advance(a, 0, start, { row: 0, column: 0 });
  return {
    startIndex: start, oldEndIndex: oldEnd, newEndIndex: newEnd,
    startPosition, oldEndPosition: advance(a, start, oldEnd, startPosition), newEndPosition: advance(b, start, newEnd, startPosition),
  };
}

/** The point at `to`, from the point at `from` (rows split at `\n` only, as tree-sitter's lexer counts them). */
function advance(text: string, from: number, to: number, point: HclPoint): HclPoint {
  let row = point.row;
  let lineStart = from - point.column;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: to - lineStart };
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
