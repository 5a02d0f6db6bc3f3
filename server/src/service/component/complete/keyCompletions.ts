import { CompletionItemKind } from 'vscode-languageserver-types';
import { OffsetCompletion } from '../../features/completion/schemaCompletion';
import { CursorContext } from '../../features/completion/cursorContext';
import { ActionFact, Platform, getOperator } from '../facts';
import { KeyEntry, keysOf } from '../keys';
import { Container } from '../roles';
import { describeType } from '../describe';
import { SUGGEST_AGAIN, item } from './items';
import { keySkeleton, listItemSkeleton, operatorSkeleton } from './skeletons';

/** Keys for the mapping at the cursor (those already present are not offered again). */
export function keyCompletions(container: Container, context: CursorContext, platform: Platform | undefined, json: boolean): OffsetCompletion[] {
  const present = new Set(context.object?.properties.filter((p) => p.keyNode.offset !== context.replace.offset).map((p) => p.keyNode.value) ?? []);
  const entries = keysOf(container).filter((k) => !present.has(k.name) && offered(k, container, present));
  const items = entries.map((entry) => keyItem(entry, container, platform, json));
  if (container.kind === 'input-list' && !json) items.unshift(newListItem(container.action));
  if (container.kind === 'step' && present.size === 0 && !json) items.unshift(newStep());
  return items;
}

/** In a condition: the operators until one is there, then its companion key, then `then` / `else`. */
function offered(entry: KeyEntry, container: Container, present: ReadonlySet<string>): boolean {
  if (container.kind !== 'condition') return true;
  const operator = [...present].map((k) => getOperator(k)).find((o) => o !== undefined);
  if (entry.kind === 'operator') return operator === undefined;
  if (entry.name === 'value' || entry.name === 'path') return operator?.kind === 'comparison' && operator.companionKey === entry.name;
  return true;
}

function keyItem(entry: KeyEntry, container: Container, platform: Platform | undefined, json: boolean): OffsetCompletion {
  if (entry.kind === 'operator') {
    const operator = entry.operator;
    const insert = json ? `"${operator.name}": $1` : operatorSkeleton(operator, 1);
    const detail = operator.kind === 'logical' ? 'logical operator' : `${operator.category} comparison${operator.companionKey ? ` · with ${operator.companionKey}` : ''}`;
    return item(operator.name, insert, { kind: CompletionItemKind.Operator, detail, documentation: operator.summary, snippet: true, sortText: `1${operator.name}` });
  }
  const fact = entry.fact;
  const action = container.kind === 'step' || container.kind === 'inputs' || container.kind === 'input-list' ? container.action : undefined;
  const owner = container.kind === 'document' ? 'document' : container.kind === 'step' ? 'step' : 'other';
  const prefix = container.kind === 'input-list' ? '- ' : '';
  const insert = json ? `"${fact.name}": ${fact.type === 'string-list' || fact.type === 'list' ? '[$1]' : fact.type === 'map' || fact.type === 'string-map' ? '{$1}' : '$1'}` : prefix + indentAfterDash(keySkeleton(fact, owner, action), prefix);
  const only = 'platforms' in fact && fact.platforms && platform && !fact.platforms.includes(platform) ? ` · ${fact.platforms.join(', ')} only` : '';
  return item(fact.name, insert, {
    kind: CompletionItemKind.Property,
    detail: `${fact.required ? 'required' : 'optional'} · ${describeType(fact)}${only}`,
    documentation: fact.description,
    sortText: `${fact.required || (container.kind === 'condition' && (fact.name === 'value' || fact.name === 'path')) ? '0' : '1'}${only ? '1' : '0'}${owner === 'step' ? STEP_ORDER[fact.name] ?? '9' : ''}${fact.name}`,
    snippet: true,
    command: (fact.name === 'action' || fact.name === 'if') && owner === 'step' ? SUGGEST_AGAIN : undefined,
  });
}

/** A step's keys in the order a step is written: what it needs first (`inputs` before `if` and `loop`). */
const STEP_ORDER: Readonly<Record<string, string>> = { name: '0', action: '1', inputs: '2' };

function indentAfterDash(text: string, prefix: string): string {
  return prefix ? text.replace(/\n/g, '\n  ') : text;
}

/** A whole new step: its name and action (completion then offers the actions). */
function newStep(): OffsetCompletion {
  return item('new step', 'name: ${1:StepName}\naction: $2', {
    kind: CompletionItemKind.Snippet,
    detail: 'name and action of a new step',
    sortText: '00',
    filterText: 'name action',
    snippet: true,
  });
}

function newListItem(action: ActionFact): OffsetCompletion {
  const insert = listItemSkeleton(action);
  return item(`- ${action.name} item`, insert, {
    kind: CompletionItemKind.Snippet,
    detail: `a new item of ${action.name} with its required inputs`,
    sortText: '00',
    filterText: action.inputs.map((i) => i.name).join(' '),
    snippet: true,
  });
}
