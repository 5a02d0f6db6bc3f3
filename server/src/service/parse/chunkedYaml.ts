import { isMap } from 'yaml';
import { ArrayNode, AstNode, ValueNode, endOf } from '../ast/types';
import { childContaining, composeBlockSequence, depthOf, EXPLICIT_KEY, forEachChild, hasEmptyNode, MARKERS, staysInSequence } from './incrementalTree';
import { placeNode } from '../ast/nodes';
import { finish, Slices } from '../util/slices';
import { findRuns, newMeter, Run, SCAN_WINDOW, SliceMeter, testByWindows } from './chunkScan';
import { MAX_DEPTH, ParsedDocument } from './types';
import { lastIndexAtOrBefore } from '../util/search';
import { composeYaml, Converter, isReportedWarning } from './yamlToAst';

export interface ChunkOptions {
  /** Shorter texts are parsed whole. */
  readonly minLength: number;
  /** At most this many items a chunk… */
  readonly itemsPerChunk: number;
  /**
   * …and at most this many characters (one item longer than that is not cut: the runs inside it are),
   * so that no chunk's parse is one long slice: 16 phases of 1,000 steps each were one chunk of 1.7 MB.
   */
  readonly maxChunkLength: number;
  /**
   * A skeleton at least this long is itself parsed in chunks (with these options), else whole: at
   * 23,000 steps the skeleton is 48 KB (1,400 stand-in items), one slice of 20–100 ms parsed whole.
   */
  readonly skeletonMinLength: number;
  /** Counts each slice's work (tests, benches). */
  readonly meter?: SliceMeter;
}

export const DEFAULT_CHUNKING: ChunkOptions = { minLength: 64 * 1024, itemsPerChunk: 16, maxChunkLength: 8 * 1024, skeletonMinLength: 8 * 1024 };

/**
 * The first parse of a big YAML document in pieces. eemeli/yaml builds the whole CST and then the whole
 * document before we convert it, and at 10,000 steps all of that lives for the whole parse: the garbage
 * collector copies and promotes it (about a third of the parse), and the heap it leaves makes the next full
 * collection fall in the first requests after the open. Parsed in pieces, each piece's temporaries
 * die young.
 *
 * Runs of block-sequence items that are block mappings (steps, phases) are cut into chunks of up to
 * `itemsPerChunk` items and `maxChunkLength` characters. The skeleton — the text with each chunk cut down to its first line — is parsed
 * whole; each chunk is parsed alone, as the incremental re-parse parses one item (incremental.ts), and
 * its items take the place of the skeleton's stand-in item. The skeleton shares the text before each
 * cut, so it shows that every chunk starts an item of the same block sequence and that the next item
 * starts where the chunk ends; the chunk's own parse, clean and of the same shape, shows what lies
 * between. Undefined whenever any of that cannot be shown (then the caller parses the whole text): no
 * chunk, an explicit key, a directive or marker inside a chunk, a problem or alias anywhere, a stream of
 * several documents, or a chunk whose items differ from the dash lines seen.
 *
 * A long skeleton (`skeletonMinLength`) is parsed by this same parse: its run of one-line stand-ins is
 * a run to chunk, and the parse gives the skeleton's whole-parse tree or nothing (then the skeleton is
 * parsed whole). So no slice parses the skeleton's 1,400 stand-ins of a 23,000-step document at once.
 *
 * `editedAt`: where the text was last edited, when known. An edit that breaks the text breaks it there,
 * so the chunk there is parsed first: a broken text costs the skeleton and one chunk before the whole parse.
 */
export function parseYamlChunked(text: string, options: ChunkOptions = DEFAULT_CHUNKING, editedAt?: number): ParsedDocument | undefined {
  return finish(parseYamlChunkedInSlices(text, options, editedAt));
}

/**
 * `parseYamlChunked` as slices, each of bounded work, so a host can answer requests between slices and
 * stop when the text went stale: the linear scans yield after each `SCAN_WINDOW` of text, the
 * skeleton's parse after each of its chunks (a short skeleton is one slice), the remap after each
 * `REMAP_NODES` nodes it places; then one slice a chunk (up to 16 steps, 8 KB) and one a graft. Nothing outside the generator
 * is touched before it returns.
 */
export function* parseYamlChunkedInSlices(text: string, options: ChunkOptions = DEFAULT_CHUNKING, editedAt?: number): Slices<ParsedDocument | undefined> {
  const meter = options.meter ?? newMeter();
  if (text.length < options.minLength || (yield* testByWindows(text, EXPLICIT_KEY, meter))) return undefined;
  yield;
  const runs = yield* findRuns(text, meter);
  yield;
  const chunks = yield* chooseChunks(text, runs, options, meter);
  if (chunks.length === 0) return undefined;
  yield;
  const skeleton = cutChunks(text, chunks, meter);
  yield;
  const root = yield* parseSkeleton(skeleton.text, { ...options, meter });
  if (!root) return undefined;
  yield;
  yield* remap(root, skeleton.cuts, meter);
  yield;
  const grafts = new Map<ArrayNode, Map<ValueNode, ValueNode[]>>();
  const edited = chunks.find((c) => editedAt !== undefined && c.start <= editedAt && editedAt < c.end);
  for (const chunk of edited ? [edited, ...chunks.filter((c) => c !== edited)] : chunks) {
    const standIn = standInFor(root, chunk);
    const items = standIn && parseChunk(text, chunk, standIn, meter);
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

/**
 * Chunks of the runs, outermost runs first; a run inside a chunk already chosen is left to that chunk,
 * and an item longer than a chunk may be is left out (the runs inside it are chunked). A chunk ends
 * where the next item of its run starts, so a run's last item is in none. Only chunks the incremental
 * re-parse would accept as a region are kept (no markers, nothing leaving the sequence), and only
 * those the skeleton makes shorter.
 */
function* chooseChunks(text: string, runs: Run[], options: ChunkOptions, meter: SliceMeter): Slices<Chunk[]> {
  const itemsPerChunk = Math.max(1, options.itemsPerChunk);
  const maxLength = options.maxChunkLength;
  const chosen: Chunk[] = []; // sorted by start; chunks never overlap
  /** How many chosen chunks start at or before `offset`. */
  const startingBy = (offset: number): number => countAtOrBefore(chosen, offset, (c) => c.start);
  const inside = (offset: number): boolean => {
    const before = startingBy(offset);
    return before > 0 && offset < chosen[before - 1].end;
  };
  runs.sort((a, b) => a.column - b.column);
  let scanned = 0;
  for (const run of runs) {
    const { lines } = run;
    if (lines.length < 2 || inside(lines[0])) continue;
    for (let first = 0, last = 1; first + 1 < lines.length; first = last, last = first + 1) {
      if (scanned >= SCAN_WINDOW) {
        meter.scanned += scanned;
        scanned = 0;
        yield;
      }
      // Items [first, last): as many as fit, up to where the next item starts.
      const start = lines[first];
      while (last - first < itemsPerChunk && last + 1 < lines.length && lines[last + 1] - start <= maxLength) last++;
      const end = lines[last];
      if (end - start > maxLength) continue;
      scanned += end - start;
      const newline = text.indexOf('\n', start);
      const secondLine = newline + 1;
      if (secondLine >= end) continue;
      if (MARKERS.test(text.slice(start, end + run.column)) || !staysInSequence(text, start, end, run.column)) continue;
      const chunk = { column: run.column, start, end, secondLine, items: run.items.slice(first, last), nextItem: run.items[last] };
      chosen.splice(startingBy(start), 0, chunk);
    }
  }
  meter.scanned += scanned;
  return chosen;
}

interface Cut {
  /** Where in the skeleton text the cut is (the start of the line after the kept one). */
  readonly at: number;
  /** How many characters of the text were cut there, with those of the cuts before. */
  readonly removedSoFar: number;
}

/** The skeleton: the text with each chunk after its first line cut out. */
function cutChunks(text: string, chunks: readonly Chunk[], meter: SliceMeter): { text: string; cuts: Cut[] } {
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
  meter.scanned += length + text.length - from;
  return { text: parts.join(''), cuts };
}

/** The skeleton's tree, when it is one clean document (in skeleton offsets). */
function* parseSkeleton(skeleton: string, options: ChunkOptions): Slices<ValueNode | undefined> {
  if (skeleton.length >= options.skeletonMinLength) {
    const chunked = yield* parseYamlChunkedInSlices(skeleton, { ...options, minLength: 0 });
    if (chunked) return chunked.root;
    yield;
  }
  if (options.meter) options.meter.parsed += skeleton.length;
  const composed = composeYaml(skeleton);
  if ('tooDeepAt' in composed || composed.documents.length !== 1) return undefined;
  const [document] = composed.documents;
  if (document.errors.length > 0 || document.warnings.some((w) => isReportedWarning(w.code)) || !document.contents) return undefined;
  const converter = new Converter(skeleton);
  const root = converter.value(document.contents, 0, undefined);
  return converter.truncated || converter.aliases ? undefined : root;
}

/** How many nodes the remap moves in a slice. */
const REMAP_NODES = 4096;

/**
 * Skeleton offsets to text offsets: an offset at or after a cut moves by what was cut before it. Only
 * a stand-in's end can fall on a cut (the cut follows its line), and stand-ins are replaced. Offsets
 * are relative to the parent (`ast/nodes.ts`), so the walk goes down from the root, placing each node
 * at its text offset under its parent already placed; a node with no cut inside it keeps its length
 * and its children their relative places, so its subtree is not entered: the remap writes the
 * ancestors of the cuts and their children, not every node.
 */
function* remap(root: AstNode, cuts: readonly Cut[], meter: SliceMeter): Slices<void> {
  const cutsBy = (offset: number): number => countAtOrBefore(cuts, offset, (c) => c.at);
  const shift = (offset: number): number => {
    const before = cutsBy(offset);
    return offset + (before > 0 ? cuts[before - 1].removedSoFar : 0);
  };
  // Each node with its skeleton offset, read before its parent moved.
  const pending: AstNode[] = [root];
  const starts: number[] = [root.offset];
  for (let moved = 1; pending.length > 0; moved++) {
    const node = pending.pop()!;
    const start = starts.pop()!;
    const end = start + node.length;
    const offset = node.offset;
    if (cutsBy(start) === cutsBy(end)) {
      placeNode(node, shift(start), node.length);
    } else {
      const colon = node.type === 'property' ? node.colonOffset : undefined;
      forEachChild(node, (child) => {
        pending.push(child);
        starts.push(start + child.offset - offset);
      });
      placeNode(node, shift(start), shift(end) - shift(start));
      if (node.type === 'property' && colon !== undefined) node.colonOffset = shift(start + colon - offset);
    }
    meter.moved++;
    if (moved % REMAP_NODES === 0 && pending.length > 0) yield;
  }
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
function parseChunk(text: string, chunk: Chunk, standIn: ValueNode, meter: SliceMeter): ValueNode[] | undefined {
  const depth = depthOf(standIn);
  meter.parsed += chunk.end + chunk.column - chunk.start;
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
