import { isMap } from 'yaml';
import { ArrayNode, AstNode, ValueNode, endOf } from '../ast/types';
import { childContaining, composeBlockSequence, depthOf, EXPLICIT_KEY, forEachChild, hasEmptyNode, MARKERS, moveNode, staysInSequence } from './incrementalTree';
import { finish } from '../util/slices';
import { MAX_DEPTH, ParsedDocument } from './types';
import { lastIndexAtOrBefore } from '../util/search';
import { composeYaml, Converter, isReportedWarning } from './yamlToAst';

export interface ChunkOptions {
  /** Shorter texts are parsed whole. */
  readonly minLength: number;
  readonly itemsPerChunk: number;
}

export const DEFAULT_CHUNKING: ChunkOptions = { minLength: 64 * 1024, itemsPerChunk: 16 };

/**
 * The first parse of a big YAML document in pieces. eemeli/yaml builds the whole CST and then the whole
 * document before we convert it, and at 10,000 steps all of that lives for the whole parse: the garbage
 * collector copies and promotes it (about a third of the parse), and the heap it leaves makes the next full
 * collection fall in the first requests after the open. Parsed in pieces, each piece's temporaries
 * die young.
 *
 * Long runs of block-sequence items that are block mappings (steps, phases) are cut into chunks of
 * `itemsPerChunk` items. The skeleton — the text with each chunk cut down to its first line — is parsed
 * whole; each chunk is parsed alone, as the incremental re-parse parses one item (incremental.ts), and
 * its items take the place of the skeleton's stand-in item. The skeleton shares the text before each
 * cut, so it shows that every chunk starts an item of the same block sequence and that the next item
 * starts where the chunk ends; the chunk's own parse, clean and of the same shape, shows what lies
 * between. Undefined whenever any of that cannot be shown (then the caller parses the whole text): no
 * chunk, an explicit key, a directive or marker inside a chunk, a problem or alias anywhere, a stream of
 * several documents, or a chunk whose items differ from the dash lines seen.
 *
 * `editedAt`: where the text was last edited, when known. An edit that breaks the text breaks it there,
 * so the chunk there is parsed first: a broken text costs the skeleton and one chunk before the whole parse.
 */
export function parseYamlChunked(text: string, options: ChunkOptions = DEFAULT_CHUNKING, editedAt?: number): ParsedDocument | undefined {
  return finish(parseYamlChunkedInSlices(text, options, editedAt));
}

/**
 * `parseYamlChunked` as slices: the generator yields between the steps of the skeleton (each a linear
 * scan or the skeleton's parse), after each chunk (16 steps) and after each graft,
 * so a host can answer requests between slices and stop when the text went stale. Nothing outside the
 * generator is touched before it returns.
 */
export function* parseYamlChunkedInSlices(text: string, options: ChunkOptions = DEFAULT_CHUNKING, editedAt?: number): Generator<void, ParsedDocument | undefined, void> {
  if (text.length < options.minLength || EXPLICIT_KEY.test(text)) return undefined;
  yield;
  const runs = findRuns(text);
  yield;
  const chunks = chooseChunks(text, runs, Math.max(1, options.itemsPerChunk));
  if (chunks.length === 0) return undefined;
  const skeleton = cutChunks(text, chunks);
  yield;
  const root = parseSkeleton(skeleton.text);
  if (!root) return undefined;
  yield;
  remap(root, skeleton.cuts);
  yield;
  const grafts = new Map<ArrayNode, Map<ValueNode, ValueNode[]>>();
  const edited = chunks.find((c) => editedAt !== undefined && c.start <= editedAt && editedAt < c.end);
  for (const chunk of edited ? [edited, ...chunks.filter((c) => c !== edited)] : chunks) {
    const standIn = standInFor(root, chunk);
    const items = standIn && parseChunk(text, chunk, standIn);
    if (!standIn || !items) return undefined;
    const array = standIn.parent as ArrayNode;
    let byStandIn = grafts.get(array);
    if (!byStandIn) grafts.set(array, (byStandIn = new Map()));
    byStandIn.set(standIn, items);
    yield;
  }
  for (const [array, byStandIn] of grafts) {
    graft(array, byStandIn);
    yield;
  }
  return { text, language: 'yaml', root, syntaxErrors: [], extraDocuments: 0, truncatedDepth: false, hasAliases: false, explicitKeys: false };
}

/** Consecutive dash lines at one column, each starting a block mapping with a plain key. */
interface Run {
  readonly column: number;
  /** Where each dash line starts, and where its item (the mapping) starts. */
  readonly lines: number[];
  readonly items: number[];
}

interface Chunk {
  readonly column: number;
  /** The first item's line start; the end is the next item's line start (the chunk has no last item of a sequence). */
  readonly start: number;
  readonly end: number;
  /** Where the chunk's second line starts: the skeleton keeps [start, secondLine). */
  readonly secondLine: number;
  readonly items: readonly number[];
  /** Where the item after the chunk starts. */
  readonly nextItem: number;
}

/** Runs of dash lines by indentation: a line indented less than a run, or a non-dash line at its column, ends it. */
function findRuns(text: string): Run[] {
  const done: Run[] = [];
  const open: Run[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const ch = text.charCodeAt(i);
    if (i < lineEnd && ch !== 13 /* \r */ && ch !== 35 /* # */) {
      const column = i - lineStart;
      while (open.length > 0 && open[open.length - 1].column > column) done.push(open.pop()!);
      const item = ch === 45 /* - */ ? itemAfterDash(text, i) : -1;
      const top = open[open.length - 1];
      if (item >= 0 && top?.column === column) {
        top.lines.push(lineStart);
        top.items.push(item);
      } else {
        if (top?.column === column) done.push(open.pop()!);
        if (item >= 0) open.push({ column, lines: [lineStart], items: [item] });
      }
    }
    lineStart = lineEnd + 1;
  }
  return done.concat(open);
}

/**
 * Where the mapping after `- ` starts (spaces skipped), if it opens with a plain key (`- name: x`,
 * `- name:`: a letter or `_`, then letters, digits, `_`, `.`, `-`, then `:` and a space or line end); else -1.
 */
function itemAfterDash(text: string, dash: number): number {
  if (text.charCodeAt(dash + 1) !== 32) return -1;
  let i = dash + 1;
  while (text.charCodeAt(i) === 32) i++;
  const start = i;
  if (!isKeyChar(text.charCodeAt(i), true)) return -1;
  while (isKeyChar(text.charCodeAt(i), false)) i++;
  const after = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 58 /* : */ && (i + 1 === text.length || after === 32 || after === 10 || after === 13) ? start : -1;
}

function isKeyChar(ch: number, first: boolean): boolean {
  const letter = (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95; /* A-Z a-z _ */
  return letter || (!first && ((ch >= 48 && ch <= 57) || ch === 46 || ch === 45)); /* 0-9 . - */
}

/**
 * Chunks of the runs, outermost runs first; a run inside a chunk already chosen is left to that chunk.
 * Only chunks the incremental re-parse would accept as a region are kept (no markers, nothing leaving
 * the sequence), and only those the skeleton makes shorter.
 */
function chooseChunks(text: string, runs: Run[], itemsPerChunk: number): Chunk[] {
  const chosen: Chunk[] = []; // sorted by start; chunks never overlap
  /** How many chosen chunks start at or before `offset`. */
  const startingBy = (offset: number): number => countAtOrBefore(chosen, offset, (c) => c.start);
  const inside = (offset: number): boolean => {
    const before = startingBy(offset);
    return before > 0 && offset < chosen[before - 1].end;
  };
  runs.sort((a, b) => a.column - b.column);
  for (const run of runs) {
    if (run.lines.length <= itemsPerChunk || inside(run.lines[0])) continue;
    for (let first = 0; first + itemsPerChunk < run.lines.length; first += itemsPerChunk) {
      const start = run.lines[first];
      const end = run.lines[first + itemsPerChunk];
      const newline = text.indexOf('\n', start);
      const secondLine = newline + 1;
      if (secondLine >= end) continue;
      if (MARKERS.test(text.slice(start, end + run.column)) || !staysInSequence(text, start, end, run.column)) continue;
      const chunk = { column: run.column, start, end, secondLine, items: run.items.slice(first, first + itemsPerChunk), nextItem: run.items[first + itemsPerChunk] };
      chosen.splice(startingBy(start), 0, chunk);
    }
  }
  return chosen;
}

interface Cut {
  /** Where in the skeleton text the cut is (the start of the line after the kept one). */
  readonly at: number;
  /** How many characters of the text were cut there, with those of the cuts before. */
  readonly removedSoFar: number;
}

/** The skeleton: the text with each chunk after its first line cut out. */
function cutChunks(text: string, chunks: readonly Chunk[]): { text: string; cuts: Cut[] } {
  const parts: string[] = [];
  const cuts: Cut[] = [];
  let from = 0;
  let length = 0;
  let removed = 0;
  for (const chunk of chunks) {
    parts.push(text.slice(from, chunk.secondLine));
    length += chunk.secondLine - from;
    removed += chunk.end - chunk.secondLine;
    cuts.push({ at: length, removedSoFar: removed });
    from = chunk.end;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), cuts };
}

/** The skeleton's tree, when it is one clean document (in skeleton offsets). */
function parseSkeleton(skeleton: string): ValueNode | undefined {
  const composed = composeYaml(skeleton);
  if ('tooDeepAt' in composed || composed.documents.length !== 1) return undefined;
  const [document] = composed.documents;
  if (document.errors.length > 0 || document.warnings.some((w) => isReportedWarning(w.code)) || !document.contents) return undefined;
  const converter = new Converter(skeleton);
  const root = converter.value(document.contents, 0, undefined);
  return converter.truncated || converter.aliases ? undefined : root;
}

/**
 * Skeleton offsets to text offsets: an offset at or after a cut moves by what was cut before it. Only
 * a stand-in's end can fall on a cut (the cut follows its line), and stand-ins are replaced.
 */
function remap(root: AstNode, cuts: readonly Cut[]): void {
  const shift = (offset: number): number => {
    const before = countAtOrBefore(cuts, offset, (c) => c.at);
    return offset + (before > 0 ? cuts[before - 1].removedSoFar : 0);
  };
  const visit = (node: AstNode): void => {
    const start = shift(node.offset);
    moveNode(node, start, shift(endOf(node)) - start);
    if (node.type === 'property' && node.colonOffset !== undefined) node.colonOffset = shift(node.colonOffset);
    forEachChild(node, visit);
  };
  visit(root);
}

/** The skeleton's item standing in for `chunk`, when it is where the chunk starts and its next sibling where the chunk ends. */
function standInFor(root: ValueNode, chunk: Chunk): ValueNode | undefined {
  let node: AstNode | undefined = root;
  while (node && !(node.offset === chunk.items[0] && node.parent?.type === 'array')) node = childContaining(node, chunk.items[0]);
  if (!node) return undefined;
  const array = node.parent as ArrayNode;
  const next = array.items[array.items.indexOf(node as ValueNode) + 1];
  return !array.flow && node.type === 'object' && !node.flow && next?.offset === chunk.nextItem ? (node as ValueNode) : undefined;
}

/** The chunk's items, parsed on their own: one clean block mapping per dash line, where the dash lines said. */
function parseChunk(text: string, chunk: Chunk, standIn: ValueNode): ValueNode[] | undefined {
  const depth = depthOf(standIn);
  // Up to the next item's dash, its indentation included, as the incremental re-parse cuts a region.
  const seq = composeBlockSequence(text.slice(chunk.start, chunk.end + chunk.column), MAX_DEPTH - depth);
  if (!seq || seq === 'too-deep' || seq.items.length !== chunk.items.length) return undefined;
  const converter = new Converter(text, chunk.start);
  const array = standIn.parent as ArrayNode;
  const items: ValueNode[] = [];
  for (let i = 0; i < seq.items.length; i++) {
    const item = seq.items[i];
    if (!isMap(item) || item.flow) return undefined;
    const value = converter.value(item, depth, array);
    if (value.offset !== chunk.items[i] || endOf(value) > chunk.end || hasEmptyNode(value)) return undefined;
    items.push(value);
  }
  return converter.truncated || converter.aliases ? undefined : items;
}

/** Puts each stand-in's items in its place, in one pass over the array. */
function graft(array: ArrayNode, byStandIn: ReadonlyMap<ValueNode, ValueNode[]>): void {
  const items: ValueNode[] = [];
  for (const item of array.items) {
    const replacement = byStandIn.get(item);
    if (replacement) for (const r of replacement) items.push(r);
    else items.push(item);
  }
  (array as { items: ValueNode[] }).items = items;
}

/** How many of `sorted` (ascending by `key`) have a key at or before `offset`: binary search. */
function countAtOrBefore<T>(sorted: readonly T[], offset: number, key: (item: T) => number): number {
  return lastIndexAtOrBefore(sorted, offset, key) + 1;
}
