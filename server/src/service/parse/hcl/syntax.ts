/**
 * The few parts of a tree-sitter parser the service uses, as structural types: the service never imports
 * web-tree-sitter (the node layer loads it and its WASM, `node/loadHcl.ts`, and passes the parser in), and
 * tests can hand it any parser of this shape.
 */
export interface HclTreeCursor {
  readonly nodeType: string;
  readonly nodeIsNamed: boolean;
  readonly nodeIsMissing: boolean;
  readonly currentFieldName: string | null;
  /** UTF-16 offsets, as web-tree-sitter gives them for a JavaScript string. */
  readonly startIndex: number;
  readonly endIndex: number;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  delete(): void;
}

/** A place in the text as tree-sitter counts it: rows split at `\n`, columns in UTF-16 code units (as indexes). */
export interface HclPoint {
  readonly row: number;
  readonly column: number;
}

/** An edit of the text, for `HclTree.edit` (web-tree-sitter's `Edit`): indexes in UTF-16 code units. */
export interface HclEdit {
  readonly startIndex: number;
  readonly oldEndIndex: number;
  readonly newEndIndex: number;
  readonly startPosition: HclPoint;
  readonly oldEndPosition: HclPoint;
  readonly newEndPosition: HclPoint;
}

/** A range of the text (web-tree-sitter's `Range`, of which only the indexes are read). */
export interface HclRange {
  readonly startIndex: number;
  readonly endIndex: number;
}

export interface HclTree {
  walk(): HclTreeCursor;
  /** Moves the tree's nodes after `edit`, so that the next parse may re-use it (`HclParser.parse(text, tree)`). */
  edit(edit: HclEdit): void;
  /** Called on the edited tree with the tree parsed from it: where their syntax differs (not where only a token's text does). */
  getChangedRanges(other: HclTree): HclRange[];
  /** `hasError`: whether the tree holds an `ERROR` node or a missing token anywhere (one call into WASM). */
  readonly rootNode: { readonly hasError: boolean };
  delete(): void;
}

export interface HclParser {
  /** `previous`: the last version's tree, edited to the new text (tree-sitter's incremental re-parse). */
  parse(text: string, previous?: HclTree | null): HclTree | null;
}

/**
 * A node of the concrete tree, copied out of the WASM heap in one cursor walk (reading a tree-sitter
 * node's fields one by one crosses into WASM each time). Comments are left out.
 */
export interface Syn {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly named: boolean;
  readonly missing: boolean;
  readonly field: string | null;
  readonly children: Syn[];
  /** On a root only: tree-sitter found no error in the tree (no `ERROR` node, no missing token), so none need be looked for. */
  readonly clean?: boolean;
}

/** What `mirror` asks of each node it reads: an earlier copy of the same subtree, if there is one (depth: the root's children are at 1). */
export type Reuse = (node: Syn, parent: Syn, depth: number) => Syn | undefined;

/**
 * Copies the tree out (the caller frees it). Iterative: a deeply nested text cannot overflow the stack here.
 * `reuse`: given a node read (its children not yet) and its parent, an earlier copy of the same subtree
 * to take instead of walking into it.
 */
export function mirror(tree: HclTree, reuse?: Reuse): Syn {
  const cursor = tree.walk();
  try {
    const root = current(cursor);
    const stack: Syn[] = [root];
    if (!cursor.gotoFirstChild()) return root;
    for (;;) {
      if (cursor.nodeType !== 'comment') {
        const node = current(cursor);
        const parent = stack[stack.length - 1];
        const copied = reuse?.(node, parent, stack.length);
        parent.children.push(copied ?? node);
        if (!copied && cursor.gotoFirstChild()) {
          stack.push(node);
          continue;
        }
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return root;
        stack.pop();
        if (stack.length === 0) return root;
      }
    }
  } finally {
    cursor.delete();
  }
}

function current(cursor: HclTreeCursor): Syn {
  return {
    type: cursor.nodeType, start: cursor.startIndex, end: cursor.endIndex, named: cursor.nodeIsNamed,
    missing: cursor.nodeIsMissing, field: cursor.currentFieldName, children: [],
  };
}

/** The named children, and the first named child, of a node. */
export function named(node: Syn): Syn[] {
  return node.children.filter((c) => c.named);
}

export function firstNamed(node: Syn, type?: string): Syn | undefined {
  return node.children.find((c) => c.named && (type === undefined || c.type === type));
}
