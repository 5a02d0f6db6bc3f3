import { Analysis } from '../../analysis';
import { AstNode, ValueNode, endOf } from '../../ast/types';
import { OffsetSymbol } from '../../kindSupport';
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
export function componentFolding(analysis: Analysis): Array<{ startOffset: number; endOffset: number }> {
  const text = analysis.parsed.text;
  const ranges: Array<{ startOffset: number; endOffset: number }> = [];
  const visit = (node: ValueNode): void => {
    const start = node.parent?.type === 'property' ? node.parent.keyNode.offset : node.offset;
    let end = endOf(node);
    while (end > node.offset && /\s/.test(text[end - 1])) end--;
    if (node.type === 'object' || node.type === 'array' || node.type === 'string') {
      const newline = text.indexOf('\n', start);
      if (newline >= 0 && newline < end) ranges.push({ startOffset: start, endOffset: Math.max(start, end - 1) });
    }
    if (node.type === 'object') for (const p of node.properties) if (p.valueNode) visit(p.valueNode);
    if (node.type === 'array') for (const item of node.items) visit(item);
  };
  if (analysis.parsed.root) visit(analysis.parsed.root);
  return ranges;
}
