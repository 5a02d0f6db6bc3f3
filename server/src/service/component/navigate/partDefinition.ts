import { Analysis } from '../../analysis';
import { getProperty } from '../../ast/navigate';
import { OffsetRange } from '../../kindSupport';
import { parseExpression } from '../model/expressionParse';
import { expressionAround } from '../model/expressionScan';
import { resolveExpression } from '../model/resolve';
import { placeOf } from '../model/scope';
import { componentSymbols, stepAt } from '../model/symbols';
import { nameRange } from '../../workspace/stringRanges';

/**
 * Go to definition on the part after a step in a chained reference: `inputs[0].destination` goes to that
 * input of the step (its key), `outputs.stdout` to the step that produces it (its name). Parts are not
 * symbols of their own: references and rename stay with the names.
 */
export function partDefinition(analysis: Analysis, offset: number): OffsetRange[] {
  const expression = expressionAround(analysis.parsed.text, offset);
  if (!expression) return [];
  const symbols = componentSymbols(analysis);
  const here = stepAt(symbols, offset);
  const resolution = resolveExpression(parseExpression(expression.text, expression.textOffset), { symbols, step: here, place: here ? placeOf(here, offset) : undefined });
  const last = resolution.links[resolution.links.length - 1];
  const target = resolution.target;
  if (!last || offset <= last.offset + last.length || !target) return [];
  if (target.kind === 'output') return target.step.nameNode ? [nameRange(target.step.nameNode)] : [];
  if (target.kind !== 'input') return [];
  const inputs = target.step.inputs;
  const holder = inputs?.type === 'array' ? inputs.items[target.index ?? 0] : inputs;
  const key = holder?.type === 'object' ? getProperty(holder, target.name)?.keyNode : undefined;
  return key ? [nameRange(key)] : [];
}
