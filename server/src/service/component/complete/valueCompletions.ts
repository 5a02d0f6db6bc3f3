import { CompletionItemKind } from 'vscode-languageserver-types';
import { OffsetCompletion } from '../../features/completion/schemaCompletion';
import { ActionFact, PHASE_NAMES, Platform, allActions } from '../facts';
import { keyEntry } from '../keys';
import { Container } from '../roles';
import { item } from './items';
import { yamlScalar } from './skeletons';

/** Values for `key` of the mapping `container`: action names, phase names, enum values, booleans. */
export function valueCompletions(container: Container, key: string, platform: Platform | undefined, usedPhases: ReadonlySet<string>, json: boolean): OffsetCompletion[] {
  const text = (value: string) => (json ? JSON.stringify(value) : yamlScalar(value));
  if (container.kind === 'step' && key === 'action') return allActions().map((a) => actionItem(a, platform, json));
  if (container.kind === 'phase' && key === 'name') {
    return PHASE_NAMES.filter((p) => !usedPhases.has(p.name)).map((p, i) => item(p.name, text(p.name), {
      kind: CompletionItemKind.EnumMember, detail: `${p.stage} stage`, documentation: p.description, sortText: String(i),
    }));
  }
  if (container.kind === 'document' && key === 'schemaVersion') {
    return [item('1.0', json ? '"1.0"' : '1.0', { kind: CompletionItemKind.Value, detail: 'the only schema version' })];
  }
  const entry = keyEntry(container, key);
  if (entry?.kind !== 'field') return [];
  const fact = entry.fact;
  if (fact.enum) {
    return fact.enum.map((value, i) => item(value === '\n' ? '\\n' : value === '\t' ? '\\t' : value === ' ' ? "' ' (space)" : value, text(value), {
      kind: CompletionItemKind.EnumMember,
      detail: fact.default === value ? 'default' : undefined,
      documentation: fact.enumDescriptions?.[i],
      sortText: String(i).padStart(3, '0'),
    }));
  }
  if (fact.type === 'boolean') {
    return ['true', 'false'].map((value) => item(value, value, { kind: CompletionItemKind.Value, detail: String(fact.default) === value ? 'default' : undefined }));
  }
  if ((fact.type === 'integer' || fact.type === 'number') && fact.default !== undefined) {
    return [item(String(fact.default), String(fact.default), { kind: CompletionItemKind.Value, detail: 'default' })];
  }
  return [];
}

function actionItem(action: ActionFact, platform: Platform | undefined, json: boolean): OffsetCompletion {
  const runs = !platform || action.platforms.includes(platform);
  return item(action.name, json ? JSON.stringify(action.name) : action.name, {
    kind: CompletionItemKind.Function,
    detail: `${action.platforms.join(', ')} — ${action.summary}`,
    documentation: `${action.description}${runs ? '' : `\n\nDoes not run on ${platform}.`}`,
    sortText: `${runs ? '0' : '1'}${action.name}`,
  });
}
