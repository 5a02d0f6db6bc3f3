import { diff } from '../../util/textEdit';
import { topLevelReuse } from './reuseSyntax';
import { HclEdit, HclParser, HclPoint, HclTree, mirror, Syn } from './syntax';

/** Where a document's tree is kept: the store, and the document (its URI). */
export interface HclTreeSlot {
  readonly trees: HclTrees;
  readonly key: string;
}

/** A version's tree (owned by the store), and its copy out of WASM memory. */
interface Kept {
  readonly text: string;
  readonly tree: HclTree;
  readonly parser: HclParser;
  readonly syn: Syn;
}

/**
 * The last tree tree-sitter made for each document a host keeps open, so that the next version is parsed
 * incrementally: the kept tree is edited to the new text (the change found from the two texts, their
 * common prefix and suffix) and handed to the parse, which re-uses every subtree the edit did not touch;
 * then only the top-level blocks the edit or the new syntax reaches are copied out of WASM memory, the
 * others taken from the last copy (`reuseSyntax.ts`). A tree lives in WASM memory: it is deleted exactly
 * once, when the next version's tree replaces it or when the host forgets the document (`forget`:
 * closed). Nothing else ever holds it: each version's tree is copied out (`mirror`) before `syntax`
 * returns. Any failure on the incremental path deletes what it made and parses the text in full.
 */
export class HclTrees {
  private readonly kept = new Map<string, Kept>();

  /** The concrete tree of `text`, the new version of the document `key`; undefined when the parser gives none. */
  syntax(key: string, text: string, parser: HclParser): Syn | undefined {
    const before = this.kept.get(key);
    this.kept.delete(key);
    if (before && before.parser === parser && before.text === text) {
      this.kept.set(key, before);
      return before.syn;
    }
    let next = before && before.parser === parser ? incrementally(before, text, parser) : undefined;
    before?.tree.delete();
    next ??= inFull(text, parser);
    if (!next) return undefined;
    this.kept.set(key, next);
    return next.syn;
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
  const kept = inFull(text, parser);
  kept?.tree.delete();
  return kept?.syn;
}

/** A full parse, copied out; undefined when the parser fails (nothing is left to delete then). */
function inFull(text: string, parser: HclParser): Kept | undefined {
  let tree: HclTree | null = null;
  try {
    tree = parser.parse(text);
    return tree ? { text, tree, parser, syn: mirror(tree) } : undefined;
  } catch {
    tree?.delete();
    return undefined;
  }
}

/**
 * The kept tree edited to `text` (a different text), parsed again from it, and copied out re-using the last
 * copy's unchanged top-level items; undefined on any failure, the new tree deleted. The kept tree is the
 * caller's to delete either way.
 */
function incrementally(before: Kept, text: string, parser: HclParser): Kept | undefined {
  let tree: HclTree | null = null;
  try {
    const edit = hclEdit(before.text, text);
    if (!edit) return undefined;
    before.tree.edit(edit);
    tree = parser.parse(text, before.tree);
    if (!tree) return undefined;
    const reuse = topLevelReuse(before.syn, edit, before.tree.getChangedRanges(tree));
    return { text, tree, parser, syn: mirror(tree, reuse) };
  } catch {
    tree?.delete();
    return undefined;
  }
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
