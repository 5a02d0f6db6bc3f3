import { Analysis, memoize } from '../../analysis';
import { documentIndex } from './documentIndex';
import { ParsedExpression, parseExpression } from './expressionParse';
import { resolveExpression } from './resolve';
import { Resolution } from './resolveTypes';
import { componentSymbols } from './symbols';
import { ExpressionRecord } from './types';

export interface ResolvedExpression {
  readonly record: ExpressionRecord;
  readonly parsed: ParsedExpression;
  readonly resolution: Resolution;
}

/** Every expression of the document, parsed and resolved where it is read (memoised per version). */
export function resolvedExpressions(analysis: Analysis): readonly ResolvedExpression[] {
  return memoize(analysis, 'component.references', () => {
    const symbols = componentSymbols(analysis);
    return documentIndex(analysis).expressions.map((record) => {
      const parsed = parseExpression(record.text, record.textOffset);
      const resolution = resolveExpression(parsed, { symbols, step: record.step, place: record.place });
      return { record, parsed, resolution };
    });
  });
}
