import { Analysis } from '../../analysis';
import { cursorContext } from '../../features/completion/cursorContext';
import { OffsetCompletionList } from '../../kindSupport';
import { openExpressionBefore } from '../model/expressionScan';
import { componentPlatform } from '../model/platform';
import { componentSymbols } from '../model/symbols';
import { containerAt } from '../roles';
import { expressionCompletions } from './expressionCompletions';
import { keyCompletions } from './keyCompletions';
import { valueCompletions } from './valueCompletions';

/**
 * Completion in a component document: inside `{{ … }}` the references in scope; elsewhere the keys or
 * values the cursor's place allows. Costs the cursor's line, the path to it, and the memoised symbols.
 */
export function completeComponent(analysis: Analysis, offset: number): OffsetCompletionList | undefined {
  const { parsed } = analysis;
  const expressionStart = openExpressionBefore(parsed.text, offset);
  if (expressionStart !== undefined) return expressionCompletions(analysis, offset, expressionStart);
  const context = cursorContext(parsed, offset);
  if (!context) return undefined;
  const json = parsed.language === 'json';
  const platform = componentPlatform(analysis).platform;
  if (context.mode === 'key') {
    const container = containerAt(parsed.root, context.path);
    if (!container) return undefined;
    const items = keyCompletions(container, context, platform, json);
    return { replace: context.replace, items: context.needsComma ? items.map((i) => ({ ...i, insert: `${i.insert},` })) : items };
  }
  const key = context.path[context.path.length - 1];
  if (typeof key !== 'string') return undefined;
  const container = containerAt(parsed.root, context.path.slice(0, -1));
  if (!container) return undefined;
  const phaseIndex = context.path[1];
  const usedPhases = new Set(componentSymbols(analysis).phases.filter((p) => p.index !== phaseIndex && p.name).map((p) => p.name!));
  return { replace: context.replace, items: valueCompletions(container, key, platform, usedPhases, json) };
}
