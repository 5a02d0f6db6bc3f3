import { Analysis } from '../../analysis';
import { OffsetRange } from '../../kindSupport';
import { resolvedExpressions } from '../model/references';
import { SymbolRef } from '../model/resolveTypes';
import { componentSymbols } from '../model/symbols';
import { nameRange } from '../../workspace/stringRanges';

/** Where a symbol is defined (a variable may be defined twice: a duplicate the validator reports). */
export function definitionsOf(analysis: Analysis, symbol: SymbolRef): OffsetRange[] {
  switch (symbol.kind) {
    case 'variable':
      return (componentSymbols(analysis).variablesByName.get(symbol.name) ?? []).map((v) => nameRange(v.keyNode));
    case 'phase':
      return symbol.phase.nameNode ? [nameRange(symbol.phase.nameNode)] : [];
    case 'step':
      return symbol.step.nameNode ? [nameRange(symbol.step.nameNode)] : [];
    case 'loop':
      return symbol.loop.nameNode ? [nameRange(symbol.loop.nameNode)] : [];
  }
}

/** Every `{{ }}` reference to a symbol (from the memoised resolution of all expressions). */
export function referencesOf(analysis: Analysis, symbol: SymbolRef): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  for (const { resolution } of resolvedExpressions(analysis)) {
    for (const link of resolution.links) {
      if (sameSymbol(link.symbol, symbol)) ranges.push({ offset: link.offset, length: link.length });
    }
  }
  return ranges;
}

export function sameSymbol(a: SymbolRef, b: SymbolRef): boolean {
  switch (a.kind) {
    case 'variable': return b.kind === 'variable' && a.name === b.name;
    case 'phase': return b.kind === 'phase' && a.phase === b.phase;
    case 'step': return b.kind === 'step' && a.step === b.step;
    case 'loop': return b.kind === 'loop' && a.loop === b.loop;
  }
}
