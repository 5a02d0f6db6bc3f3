import { Analysis } from '../../analysis';
import { OffsetRange } from '../../kindSupport';
import { VARIABLE_NAME_PATTERN } from '../facts';
import { SymbolRef } from '../model/resolveTypes';
import { componentSymbols } from '../model/symbols';
import { definitionsOf, referencesOf } from './references';
import { symbolAt } from './symbolAt';

const STEP_NAME = /^[A-Za-z0-9_-]+$/;

/** The name under the cursor, if it can be renamed (phase names are fixed by Image Builder). */
export function prepareRename(analysis: Analysis, offset: number): OffsetRange | undefined {
  const hit = symbolAt(analysis, offset);
  return hit && hit.symbol.kind !== 'phase' ? hit.range : undefined;
}

/** Renames a parameter, constant, step or loop where it is defined and in every `{{ }}` reference. */
export function rename(analysis: Analysis, offset: number, newName: string): { edits: Array<OffsetRange & { newText: string }> } | { error: string } {
  const hit = symbolAt(analysis, offset);
  if (!hit) return { error: 'Only parameters, constants, steps and loops can be renamed.' };
  const problem = checkName(analysis, hit.symbol, newName);
  if (problem) return { error: problem };
  const seen = new Set<number>();
  const edits: Array<OffsetRange & { newText: string }> = [];
  for (const range of [...definitionsOf(analysis, hit.symbol), ...referencesOf(analysis, hit.symbol)]) {
    if (seen.has(range.offset)) continue;
    seen.add(range.offset);
    edits.push({ ...range, newText: newName });
  }
  return { edits: edits.sort((a, b) => a.offset - b.offset) };
}

function checkName(analysis: Analysis, symbol: SymbolRef, name: string): string | undefined {
  switch (symbol.kind) {
    case 'phase':
      return 'Phase names are fixed by Image Builder (build, validate, test, container-host-test).';
    case 'variable':
      if (!VARIABLE_NAME_PATTERN.test(name)) return `'${name}' is not a valid name: use 3 to 128 letters, digits, '-' or '_'.`;
      return componentSymbols(analysis).variablesByName.has(name) && name !== symbol.name ? `'${name}' is already a parameter or constant.` : undefined;
    case 'step':
      if (!STEP_NAME.test(name)) return `'${name}' cannot be used in chaining references: use letters, digits, '-' or '_'.`;
      return symbol.step.phase.stepsByName.has(name) && name !== symbol.step.name ? `Phase '${symbol.step.phase.name ?? ''}' already has a step '${name}'.` : undefined;
    case 'loop':
      if (!STEP_NAME.test(name) || name === 'loop') return `'${name}' cannot name a loop: use letters, digits, '-' or '_' (not 'loop').`;
      return symbol.loop.step.phase.loopsByName.has(name) && name !== symbol.loop.name ? `Phase '${symbol.loop.step.phase.name ?? ''}' already has a loop '${name}'.` : undefined;
  }
}
