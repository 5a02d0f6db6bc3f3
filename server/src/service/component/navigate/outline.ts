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

/** Nodes visited between two yields of `componentFoldingInSlices`. */
const NODES_PER_SLICE = 20_000;

/**
 * `componentFolding` in slices of `NODES_PER_SLICE` nodes (a 4 MB component has about 190,000), in the
 * same order (the nodes' pre-order). Throws `ConsumedVersionError` when resumed after a newer version took
 * the tree over.
 */
export function* componentFoldingInSlices(analysis: Analysis): Slices<FoldOffsets[]> {
  const text = analysis.parsed.text;
  const ranges: FoldOffsets[] = [];
  // Pre-order without recursion (a generator cannot yield from a nested function): children pushed last first.
  const pending: ValueNode[] = analysis.parsed.root ? [analysis.parsed.root] : [];
  for (let visited = 1; pending.length > 0; visited++) {
    if (visited % NODES_PER_SLICE === 0) {
      yield;
      // A newer version may have taken this one's tree over (shifted it in place) meanwhile: its analysis is then revoked, and this read throws.
      void analysis.parsed.root;
    }
    const node = pending.pop()!;
    if (node.type === 'object' || node.type === 'array' || node.type === 'string') {
      const start = node.parent?.type === 'property' ? node.parent.keyNode.offset : node.offset;
      let end = endOf(node);
      while (end > node.offset && isSpace(text.charCodeAt(end - 1))) end--;
      const newline = text.indexOf('\n', start);
      if (newline >= 0 && newline < end) ranges.push({ startOffset: start, endOffset: Math.max(start, end - 1) });
    }
    if (node.type === 'object') {
      for (let i = node.properties.length - 1; i >= 0; i--) {
        const value = node.properties[i].valueNode;
        if (value) pending.push(value);
      }
    } else if (node.type === 'array') {
      for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i]);
    }
  }
  return ranges;
}

/** `/\s/` for one character, without making a string of it. */
function isSpace(ch: number): boolean {
  if (ch === 32 || (ch >= 9 && ch <= 13)) return true;
  return ch >= 160 && /\s/.test(String.fromCharCode(ch));
}
