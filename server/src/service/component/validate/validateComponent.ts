import { Analysis, memoize } from '../../analysis';
import { Problem } from '../../validation/problem';
import { documentIndex } from '../model/documentIndex';
import { componentPlatform } from '../model/platform';
import { resolvedExpressions } from '../model/references';
import { componentSymbols } from '../model/symbols';
import { validateStructure } from './document';
import { reportIndexProblems } from './general';
import { validatePlatform } from './platformCheck';
import { reportReferences } from './references';
import { Reporter } from './reporter';

/** Every problem of a component document beyond syntax (memoised per version). Linear in the document. */
export function validateComponent(analysis: Analysis): Problem[] {
  return memoize(analysis, 'component.problems', () => {
    const root = analysis.parsed.root;
    if (!root) return [];
    const r = new Reporter(analysis.parsed.text, analysis.parsed.syntaxErrors.some((e) => e.severity === 'error'));
    const symbols = componentSymbols(analysis);
    validateStructure(root, symbols, r);
    reportIndexProblems(documentIndex(analysis), r);
    reportReferences(resolvedExpressions(analysis), r);
    validatePlatform(componentPlatform(analysis), symbols.steps, r);
    return r.problems.sort((a, b) => a.offset - b.offset);
  });
}
