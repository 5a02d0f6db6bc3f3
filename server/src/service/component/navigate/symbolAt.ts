import { Analysis } from '../../analysis';
import { nodeAt } from '../../ast/navigate';
import { AstNode, StringNode } from '../../ast/types';
import { nameRange } from '../../workspace/stringRanges';
import { parseExpression } from '../model/expressionParse';
import { expressionAround } from '../model/expressionScan';
import { resolveExpression } from '../model/resolve';
import { SymbolRef } from '../model/resolveTypes';
import { placeOf } from '../model/scope';
import { componentSymbols, stepAt } from '../model/symbols';
import { ComponentSymbols } from '../model/types';

export interface SymbolHit {
  readonly symbol: SymbolRef;
  /** The name as written under the cursor (without quotes). */
  readonly range: { readonly offset: number; readonly length: number };
}

/** The named thing under the cursor: in a `{{ }}` reference, or where it is defined. */
export function symbolAt(analysis: Analysis, offset: number): SymbolHit | undefined {
  const symbols = componentSymbols(analysis);
  const expression = expressionAround(analysis.parsed.text, offset);
  if (expression) {
    const step = stepAt(symbols, offset);
    const resolution = resolveExpression(parseExpression(expression.text, expression.textOffset), { symbols, step, place: step ? placeOf(step, offset) : undefined });
    const link = resolution.links.find((l) => offset >= l.offset && offset <= l.offset + l.length);
    return link ? { symbol: link.symbol, range: { offset: link.offset, length: link.length } } : undefined;
  }
  const node = nodeAt(analysis.parsed.root, offset);
  return node?.type === 'string' ? definitionAt(symbols, node) : undefined;
}

/** A name where it is defined: a parameter or constant key, or the `name` of a step, loop or phase. */
function definitionAt(symbols: ComponentSymbols, node: StringNode): SymbolHit | undefined {
  const range = nameRange(node);
  const variable = symbols.variables.find((v) => v.keyNode === node);
  if (variable) return { symbol: { kind: 'variable', name: variable.name }, range };
  const owner = ownerObject(node);
  if (!owner) return undefined;
  const step = owner.type === 'object' ? symbols.stepByNode.get(owner) : undefined;
  if (step?.nameNode === node) return { symbol: { kind: 'step', step }, range };
  const stepOfLoop = owner.parent?.parent?.type === 'object' ? symbols.stepByNode.get(owner.parent.parent) : undefined;
  if (stepOfLoop?.loop?.nameNode === node) return { symbol: { kind: 'loop', loop: stepOfLoop.loop }, range };
  const phase = symbols.phases.find((p) => p.nameNode === node);
  if (phase) return { symbol: { kind: 'phase', phase }, range };
  return undefined;
}

/** The mapping that holds `node` as the value of one of its keys. */
function ownerObject(node: AstNode): AstNode | undefined {
  const property = node.parent?.type === 'property' && node.parent.valueNode === node ? node.parent : undefined;
  return property?.parent;
}

