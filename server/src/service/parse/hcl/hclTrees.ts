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
 * How many characters of text the kept trees may stand for together. A tree takes about 85 bytes of WASM
 * memory a character (97 MB for the 1.1 MB bench module), and WASM memory never shrinks: this keeps the
 * trees of one big module, or of many ordinary files (2.5 MB of trees for a 30 KB file), and never two big
 * ones beside a third being parsed.
 */
const KEPT_CHARACTERS = 1_500_000;

/**
 * The last tree tree-sitter made for each document a host keeps open, so that the next version is parsed
 * incrementally: the kept tree is edited to the new text (the change found from the two texts, their
 * common prefix and suffix) and handed to the parse, which re-uses every subtree the edit did not touch;
 * then only the top-level blocks the edit or the new syntax reaches are copied out of WASM memory, the
 * others taken from the last copy (`reuseSyntax.ts`). A tree lives in WASM memory: it is deleted exactly
 * once, when the next version's tree replaces it, when the host forgets the document (`forget`: closed),
 * or when the trees kept would stand for more than `budget` characters: before a parse, the least
 * recently parsed documents' trees are deleted until this one's text fits beside the others (a text
 * longer than `budget` keeps none), so the parse re-uses their memory. Nothing else ever holds a tree:
 * each version's is copied out (`mirror`) before `syntax` returns. Any failure on the incremental path
 * deletes what it made and parses the text in full.
 */
export class HclTrees {
  /** In the order the documents were last parsed, least recent first. */
  private readonly kept = new Map<string, Kept>();
  private characters = 0;

  constructor(private readonly budget = KEPT_CHARACTERS) {}

  /** The concrete tree of `text`, the new version of the document `key`; undefined when the parser gives none. */
  syntax(key: string, text: string, parser: HclParser): Syn | undefined {
    const before = this.take(key);
    if (before && before.parser === parser && before.text === text) {
      this.keep(key, before);
      return before.syn;
    }
    for (const other of this.kept.keys()) {
      if (this.characters + text.length <= this.budget) break;
      this.forget(other);
    }
    let next = before && before.parser === parser ? incrementally(before, text, parser) : undefined;
    before?.tree.delete();
    next ??= inFull(text, parser);
    if (!next) return undefined;
    this.keep(key, next);
    return next.syn;
  }

  /** The document is closed: its tree is deleted. */
  forget(key: string): void {
    this.take(key)?.tree.delete();
  }

  private take(key: string): Kept | undefined {
    const kept = this.kept.get(key);
    if (!kept) return undefined;
    this.kept.delete(key);
    this.characters -= kept.text.length;
    return kept;
  }

  private keep(key: string, kept: Kept): void {
    if (kept.text.length > this.budget) {
      kept.tree.delete();
      return;
    }
    this.kept.set(key, kept);
    this.characters += kept.text.length;
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
    return { text, tree, parser, syn: marked(mirror(tree, reuse), tree) };
  } catch {
    tree?.delete();
    return undefined;
  }
}

/**
 * The copy's root marked `clean` when tree-sitter found no error in the tree (the walk for syntax errors is
 * then skipped). Only here, on the kept path: the full parse still walks, which the tests compare with this.
 */
function marked(syn: Syn, tree: HclTree): Syn {
  return tree.rootNode.hasError ? syn : { ...syn, clean: true };
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
