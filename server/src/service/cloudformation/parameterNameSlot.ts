import { Analysis } from '../analysis';
import { ParameterNameSlot, yamlJsonSlot } from '../component/parameterNameCompletion';
import { cursorContext } from '../features/completion/cursorContext';

/**
 * The value of a recipe's `Resources.<id>.Properties.Components[i].Parameters[j].Name` being typed (YAML or
 * JSON): the slot its completion fills (`localComponents.ts` finds the entry's component). The recipe's
 * type is not asked: the entry must name a Component resource of the template for anything to be offered.
 */
export function templateParameterNameAt(analysis: Analysis, offset: number): ParameterNameSlot | undefined {
  const context = cursorContext(analysis.parsed, offset);
  const path = context?.path;
  if (!context || context.mode !== 'value' || path?.length !== 8) return undefined;
  if (path[0] !== 'Resources' || path[2] !== 'Properties' || path[3] !== 'Components' || path[5] !== 'Parameters' || path[7] !== 'Name') return undefined;
  return yamlJsonSlot(offset, context.replace, analysis.parsed.language === 'json' || context.quoted);
}
