import { Range } from 'vscode-languageserver-types';
import { Analysis } from '../analysis';
import { parameterDeclarations } from '../component/componentParameters';
import { componentSymbols } from '../component/model/symbols';
import { OffsetRange } from '../kindSupport';
import { ParameterSummary, PhaseSummary } from './types';

/*
 * What a summary keeps of a component document, whichever host holds it (a file, a request's `data`, a
 * template's `Data`, a Terraform `data`): its declared parameters and its phases and steps, with ranges.
 */

/** The parameters a component document declares, with their ranges. */
export function declaredParameters(analysis: Analysis, range: (r: OffsetRange) => Range): ParameterSummary[] {
  return parameterDeclarations(analysis).map(({ keyNode, ...declared }) => ({ ...declared, range: range(keyNode) }));
}

export function phases(analysis: Analysis, range: (r: OffsetRange) => Range): PhaseSummary[] {
  const result: PhaseSummary[] = [];
  for (const phase of componentSymbols(analysis).phases) {
    if (phase.name === undefined) continue;
    const steps = phase.steps.filter((s) => s.name !== undefined).map((s) => ({ name: s.name!, range: range(s.nameNode ?? s.node) }));
    result.push({ name: phase.name, range: range(phase.nameNode ?? phase.node), steps });
  }
  return result;
}
