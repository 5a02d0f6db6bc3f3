import { Analysis } from '../../analysis';
import { AstNode, ValueNode, endOf } from '../../ast/types';
import { FoldOffsets, OffsetSymbol } from '../../kindSupport';
import { finish, Slices } from '../../util/slices';
import { componentSymbols } from '../model/symbols';
import { PhaseSymbol, StepSymbol, VariableSymbol } from '../model/types';

const enum Kind { Module = 2, Namespace = 3, Function = 12, Variable = 13, Constant = 14 }

/** Parameters, constants, and the phases with their steps (and each step's action). */
export function componentOutline(analysis: Analysis): OffsetSymbol[] {
  const symbols = componentSymbols(analysis);
  const root = symbols.root;
  if (!root) return [];
  const result: OffsetSymbol[] = [];
  // Each `parameters`/`constants` key gets the variables written under it (a duplicated key gets its own).
  for (const property of root.properties) {
    const section = property.keyNode.value;
    if (section !== 'parameters' && section !== 'constants') continue;
    const kind = section === 'parameters' ? 'parameter' : 'constant';
    const members = symbols.variables.filter((v) => v.kind === kind && v.keyNode.offset >= property.offset && endOf(v.keyNode) <= endOf(property));
    if (members.length > 0) result.push(group(section, property, members.map(variableSymbol)));
  }
  for (const phase of symbols.phases) result.push(phaseSymbol(phase));
  return result;
}

function group(name: string, node: AstNode, children: OffsetSymbol[]): OffsetSymbol {
  const key = node.type === 'property' ? node.keyNode : node;
  return { name, kind: Kind.Namespace, range: span(node), selection: span(key), children };
}

function variableSymbol(variable: VariableSymbol): OffsetSymbol {
  const owner = variable.keyNode.parent ?? variable.keyNode;
  return { name: variable.name, kind: variable.kind === 'parameter' ? Kind.Variable : Kind.Constant, range: span(owner), selection: span(variable.keyNode), children: [] };
}

function phaseSymbol(phase: PhaseSymbol): OffsetSymbol {
  return {
    name: phase.name ?? '(unnamed phase)',
    detail: phase.stage ? `${phase.stage} stage` : undefined,
    kind: Kind.Module,
    range: span(phase.node),
    selection: span(phase.nameNode ?? phase.node),
    children: phase.steps.map(stepSymbol),
  };
}

function stepSymbol(step: StepSymbol): OffsetSymbol {
  return { name: step.name ?? '(unnamed step)', detail: step.actionName, kind: Kind.Function, range: span(step.node), selection: span(step.nameNode ?? step.node), children: [] };
}

function span(node: AstNode): { offset: number; length: number } {
  return { offset: node.offset, length: node.length };
}

/** Folding ranges: every block mapping, list and multi-line scalar, from its key to its last character. */
export function componentFolding(analysis: Analysis): FoldOffsets[] {
  return finish(componentFoldingInSlices(analysis));
}

/** Nodes visited between two yields of `componentFoldingInSlices`: a few milliseconds on a loaded machine (the nodes of a big tree are scattered in memory: about 0.5 µs each). */
const NODES_PER_SLICE = 2_000;

/**
 * `componentFolding` in slices of `NODES_PER_SLICE` nodes (a 4 MB component has about 190,000), in the
 * same order (the nodes' pre-order). With a `limit`, at most that many: the outermost, as the facade's
 * `limited` chooses them (every range nested at most N deep, then the first at depth N + 1), found level
 * by level so that the nodes below the cut are never visited (a 4 MB component's 5,000 outermost ranges
 * end at its steps: 23,000 nodes visited, not 190,000). Throws `ConsumedVersionError` when resumed after a
 * newer version took the tree over.
 */
export function* componentFoldingInSlices(analysis: Analysis, limit?: number): Slices<FoldOffsets[]> {
  const text = analysis.parsed.text;
  const kept: FoldOffsets[] = [];
  let visited = 0;
  // The nodes whose nearest folding ancestor is at the depth before this one, in document order.
  let level: ValueNode[] = analysis.parsed.root ? [analysis.parsed.root] : [];
  while (level.length > 0 && (limit === undefined || kept.length < limit)) {
    const found: FoldOffsets[] = [];
    const below: ValueNode[] = [];
    // Pre-order without recursion (a generator cannot yield from a nested function): children pushed last first.
    const pending = level.reverse();
    while (pending.length > 0) {
      if (++visited % NODES_PER_SLICE === 0) {
        yield;
        // A newer version may have taken this one's tree over (shifted it in place) meanwhile: its analysis is then revoked, and this read throws.
        void analysis.parsed.root;
      }
      const node = pending.pop()!;
      const fold = foldOf(text, node);
      if (fold) found.push(fold);
      // Without a limit every range is taken in this one pass, in pre-order; with one, a folding node's children wait for the next depth.
      const into = fold && limit !== undefined ? below : pending;
      const first = into.length;
      if (node.type === 'object') {
        for (const property of node.properties) if (property.valueNode) into.push(property.valueNode);
      } else if (node.type === 'array') {
        into.push(...node.items);
      }
      if (into === pending) reverseFrom(pending, first);
    }
    if (limit !== undefined && kept.length + found.length > limit) found.length = limit - kept.length;
    kept.push(...found);
    level = below;
  }
  // Depth by depth: back in document order (a stable sort keeps a range before those it holds that start with it).
  if (limit !== undefined) kept.sort((a, b) => a.startOffset - b.startOffset);
  return kept;
}

/** The range `node` folds, if it is a block mapping, list or scalar over more than one line. */
function foldOf(text: string, node: ValueNode): FoldOffsets | undefined {
  if (node.type !== 'object' && node.type !== 'array' && node.type !== 'string') return undefined;
  const start = node.parent?.type === 'property' ? node.parent.keyNode.offset : node.offset;
  let end = endOf(node);
  while (end > node.offset && isSpace(text.charCodeAt(end - 1))) end--;
  const newline = text.indexOf('\n', start);
  return newline >= 0 && newline < end ? { startOffset: start, endOffset: Math.max(start, end - 1) } : undefined;
}

/** Reverses `list` from `from` on, in place. */
function reverseFrom(list: ValueNode[], from: number): void {
  for (let i = from, j = list.length - 1; i < j; i++, j--) [list[i], list[j]] = [list[j], list[i]];
}

/** `/\s/` for one character, without making a string of it. */
function isSpace(ch: number): boolean {
  if (ch === 32 || (ch >= 9 && ch <= 13)) return true;
  return ch >= 160 && /\s/.test(String.fromCharCode(ch));
}
