import { DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import { Analysis } from '../analysis';
import { FoldOffsets, KindSupport, OffsetSymbol } from '../kindSupport';
import { PositionCursor } from '../util/positionCursor';
import { Slices } from '../util/slices';

/** What the client takes of folding ranges (LSP `FoldingRangeClientCapabilities`). */
export interface FoldingOptions {
  /** At most this many ranges, the outermost first (VS Code asks for 5,000); a hint the server may follow. */
  readonly rangeLimit?: number;
}

/** Symbols converted between two yields (a 4 MB component has 23,000). */
const SYMBOLS_PER_SLICE = 500;
/** Folding ranges converted between two yields (a 4 MB component has about 76,000). */
const RANGES_PER_SLICE = 2_000;

/**
 * The outline in LSP positions, in slices; memoised per analysis (the outline, breadcrumbs and sticky scroll
 * of an editor, and an older analysis answering newer versions, ask the same). Positions come from
 * `PositionCursor`s walking the symbols in document order, not a binary search each. At most
 * `maxItemsComputed` symbols (`Settings`), chosen as folding ranges are (`limited`): every symbol nested at
 * most N deep, N as large as fits, then those at the next depth in document order while room is left (a 4 MB
 * component has about 70,000: 5.7 MB of JSON, encoded in one piece on the server's main thread).
 */
export function* documentSymbolsInSlices(analysis: Analysis, support: KindSupport | undefined): Slices<DocumentSymbol[]> {
  // Read now: a newer version may take this analysis over (revoke it) between two slices; the symbols are offsets copied, and the document is this version's.
  const memo = analysis.memo;
  const memoised = memo.get('documentSymbols') as DocumentSymbol[] | undefined;
  if (memoised) return memoised;
  const symbols = support?.symbols?.(analysis) ?? [];
  const { cut, room: roomAtCut } = depthCut(symbols, analysis.settings.maxItemsComputed);
  let room = roomAtCut;
  // Starts (and selections, inside them) only go forward in pre-order; ends go back from a parent's to its first child's.
  const starts = new PositionCursor(analysis.document);
  const ends = new PositionCursor(analysis.document);
  const result: DocumentSymbol[] = [];
  const pending: Array<{ symbol: OffsetSymbol; into: DocumentSymbol[]; depth: number }> = [];
  for (let i = symbols.length - 1; i >= 0; i--) pending.push({ symbol: symbols[i], into: result, depth: 0 });
  for (let converted = 1; pending.length > 0; converted++) {
    if (converted % SYMBOLS_PER_SLICE === 0) yield;
    const { symbol, into, depth } = pending.pop()!;
    // Popped in document order: the first `room` of the cut depth are kept.
    if (depth === cut && room-- <= 0) continue;
    const start = starts.startOf(symbol.range);
    const selectionRange = starts.range(symbol.selection);
    const end = ends.endOf(symbol.range);
    const children: DocumentSymbol[] = [];
    into.push({ name: symbol.name || ' ', detail: symbol.detail, kind: symbol.kind as DocumentSymbol['kind'], range: { start, end }, selectionRange, children });
    if (depth < cut) for (let i = symbol.children.length - 1; i >= 0; i--) pending.push({ symbol: symbol.children[i], into: children, depth: depth + 1 });
  }
  memo.set('documentSymbols', result);
  return result;
}

/**
 * Where `limit` cuts a tree of symbols: every symbol shallower than `cut` is kept, and `room` of those at
 * depth `cut`; no cut (`Infinity`) when the whole tree fits.
 */
function depthCut(symbols: readonly OffsetSymbol[], limit: number): { cut: number; room: number } {
  let kept = 0;
  let level: readonly OffsetSymbol[] = symbols;
  for (let depth = 0; level.length > 0; depth++) {
    if (kept + level.length > limit) return { cut: depth, room: limit - kept };
    kept += level.length;
    level = level.flatMap((symbol) => symbol.children);
  }
  return { cut: Infinity, room: 0 };
}

/**
 * The folding ranges in LSP lines (those of more than one line), in slices; at most the client's
 * `rangeLimit` and `maxItemsComputed` (`Settings`), the outermost that fit (`limited`). Memoised per
 * analysis and limit.
 */
export function* foldingRangesInSlices(analysis: Analysis, support: KindSupport | undefined, options: FoldingOptions = {}): Slices<FoldingRange[]> {
  const key = `foldingRanges:${options.rangeLimit ?? ''}`;
  const memo = analysis.memo;
  const memoised = memo.get(key) as FoldingRange[] | undefined;
  if (memoised) return memoised;
  // The client's `rangeLimit` (VS Code asks for 5,000), and at most `maxItemsComputed` in any case.
  const given = options.rangeLimit !== undefined && options.rangeLimit >= 0 ? options.rangeLimit : Infinity;
  const limit = Math.min(given, analysis.settings.maxItemsComputed);
  const offsets: FoldOffsets[] = support?.foldingInSlices ? yield* support.foldingInSlices(analysis, limit) : (support?.folding?.(analysis) ?? []);
  const starts = new PositionCursor(analysis.document);
  const ends = new PositionCursor(analysis.document);
  const ranges: FoldingRange[] = [];
  for (let i = 0; i < offsets.length; i++) {
    if (i > 0 && i % RANGES_PER_SLICE === 0) yield;
    const startLine = starts.positionAt(offsets[i].startOffset).line;
    const endLine = ends.positionAt(offsets[i].endOffset).line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  }
  const result = limited(ranges, limit);
  memo.set(key, result);
  return result;
}

/**
 * At most `limit` ranges, chosen as VS Code chooses when it has more than its `foldingMaximumRegions`:
 * every range nested at most N deep, N as large as fits, then those at the next depth in document order
 * while room is left. (VS Code would drop the rest itself; sending them costs a 4 MB component megabytes
 * of JSON.)
 */
function limited(ranges: FoldingRange[], limit: number): FoldingRange[] {
  if (ranges.length <= limit) return ranges;
  const order = ranges.map((_, i) => i);
  const before = (a: number, b: number) => ranges[a].startLine - ranges[b].startLine || ranges[b].endLine - ranges[a].endLine || a - b;
  // A walk's ranges (a parent before its children) are in this order already.
  if (order.some((i) => i > 0 && before(i - 1, i) > 0)) order.sort(before);
  const levels = new Array<number>(ranges.length);
  const open: FoldingRange[] = [];
  for (const i of order) {
    const range = ranges[i];
    while (open.length > 0 && open[open.length - 1].endLine < range.endLine) open.pop();
    levels[i] = open.length;
    open.push(range);
  }
  const perLevel: number[] = [];
  for (const level of levels) perLevel[level] = (perLevel[level] ?? 0) + 1;
  let kept = 0;
  let cut = perLevel.length;
  for (let level = 0; level < perLevel.length; level++) {
    if (kept + perLevel[level] > limit) {
      cut = level;
      break;
    }
    kept += perLevel[level];
  }
  let room = limit - kept;
  const keep = new Array<boolean>(ranges.length).fill(false);
  for (const i of order) keep[i] = levels[i] < cut || (levels[i] === cut && room-- > 0);
  return ranges.filter((_, i) => keep[i]);
}
