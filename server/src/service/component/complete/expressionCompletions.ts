import { CompletionItemKind } from 'vscode-languageserver-types';
import { Analysis } from '../../analysis';
import { OffsetCompletion } from '../../features/completion/schemaCompletion';
import { OffsetCompletionList } from '../../kindSupport';
import { IMAGE_BUILDER_ENVIRONMENT_VARIABLES, RESERVED_PREFIXES } from '../facts';
import { componentSymbols, stepAt } from '../model/symbols';
import { ComponentSymbols, ExpressionPlace, StepSymbol } from '../model/types';
import { placeOf, visibleSteps } from '../model/scope';
import { SUGGEST_AGAIN, item } from './items';

interface Scope {
  readonly symbols: ComponentSymbols;
  readonly step: StepSymbol | undefined;
  readonly place: ExpressionPlace | undefined;
  /** Text to add after a complete reference (` }}` when the braces are not closed yet). */
  readonly close: string;
}

/** Completion inside `{{ … }}`: `start` is just after the braces. */
export function expressionCompletions(analysis: Analysis, offset: number, start: number): OffsetCompletionList {
  const text = analysis.parsed.text;
  const typed = text.slice(start, offset);
  const content = typed.trimStart();
  let wordStart = offset;
  while (wordStart > start && /[A-Za-z0-9_-]/.test(text[wordStart - 1])) wordStart--;
  const wordEnd = offset + (/^[A-Za-z0-9_-]*/.exec(text.slice(offset, offset + 200))?.[0].length ?? 0);
  const symbols = componentSymbols(analysis);
  const step = stepAt(symbols, offset);
  const rest = text.slice(wordEnd, text.indexOf('\n', wordEnd) < 0 ? text.length : text.indexOf('\n', wordEnd));
  const scope: Scope = { symbols, step, place: step ? placeOf(step, offset) : undefined, close: /^\s*\}\}/.test(rest) ? '' : ' }}' };
  const prefix = RESERVED_PREFIXES.find((p) => content.startsWith(p.prefix));
  const items = prefix ? prefixedItems(prefix.prefix, scope) : pathItems(content.slice(0, content.length - (offset - wordStart)), scope);
  const replace = { offset: wordStart, length: wordEnd - wordStart };
  if (items.length <= MAX_ITEMS) return { replace, items };
  // A phase of thousands of steps: offer the ones matching what is typed, nearest to the cursor first,
  // and mark the list incomplete so the editor asks again as the word grows.
  const word = text.slice(wordStart, offset).toLowerCase();
  const matching = word ? items.filter((i) => i.item.label.toLowerCase().includes(word)) : items;
  return { replace, items: matching.slice(-MAX_ITEMS), isIncomplete: true };
}

/** More items than this are cut to the nearest ones (a list of thousands costs more to send than to use). */
export const MAX_ITEMS = 200;

function pathItems(before: string, scope: Scope): OffsetCompletion[] {
  if (before === '') return firstLevel(scope);
  if (!before.endsWith('.')) return [];
  const parts = before.slice(0, -1).split('.');
  const [first, second, third] = parts.map((p) => p.replace(/\[\d+\]$/, ''));
  if (parts.length === 1) {
    if (first === 'loop' || scope.step?.loop?.name === first) return loopProperties(scope);
    const phase = scope.symbols.phasesByName.get(first);
    return phase ? visibleSteps(phase, scope.step).map((s) => stepItem(s)) : [];
  }
  const step = scope.symbols.phasesByName.get(first)?.stepsByName.get(second);
  if (!step) return [];
  if (parts.length === 2) return partItems(step);
  if (parts.length === 3 && third === 'outputs') return (step.action?.outputs ?? []).map((o) => item(o.name, o.name + scope.close, { kind: CompletionItemKind.Field, detail: `output of ${step.action!.name}`, documentation: o.description }));
  if (parts.length === 3 && third === 'inputs') return inputItems(step, parts[2], scope);
  return [];
}

function firstLevel(scope: Scope): OffsetCompletion[] {
  const items: OffsetCompletion[] = [];
  for (const [name, definitions] of scope.symbols.variablesByName) {
    const first = definitions[0];
    const value = first.definition?.properties.find((p) => p.keyNode.value === (first.kind === 'parameter' ? 'default' : 'value'))?.valueNode;
    const shown = value && 'value' in value ? ` = ${String(value.value)}` : '';
    items.push(item(name, name + scope.close, { kind: first.kind === 'parameter' ? CompletionItemKind.Variable : CompletionItemKind.Constant, detail: `${first.kind}${shown}`, sortText: `0${name}` }));
  }
  for (const phase of scope.symbols.phases) {
    if (!phase.name || visibleSteps(phase, scope.step).length === 0) continue;
    items.push(item(phase.name, `${phase.name}.`, { kind: CompletionItemKind.Module, detail: 'phase: chain to one of its steps', sortText: `1${phase.name}`, command: SUGGEST_AGAIN }));
  }
  const loop = scope.step?.loop;
  if (loop && scope.place === 'inputs') {
    items.push(item('loop', 'loop.', { kind: CompletionItemKind.Variable, detail: 'the loop of this step', sortText: '2loop', command: SUGGEST_AGAIN }));
    if (loop.name) items.push(item(loop.name, `${loop.name}.`, { kind: CompletionItemKind.Variable, detail: 'the named loop of this step', sortText: `2${loop.name}`, command: SUGGEST_AGAIN }));
  }
  for (const prefix of RESERVED_PREFIXES) {
    items.push(item(prefix.prefix, prefix.prefix, { kind: CompletionItemKind.Keyword, detail: 'resolved by AWSTOE', documentation: prefix.description, sortText: `3${prefix.prefix}`, command: prefix.keys || prefix.prefix === 'env:' ? SUGGEST_AGAIN : undefined }));
  }
  return items;
}

function loopProperties(scope: Scope): OffsetCompletion[] {
  if (!scope.step?.loop || scope.place !== 'inputs') return [];
  return [
    item('index', `index${scope.close}`, { kind: CompletionItemKind.Field, detail: 'zero-based iteration number' }),
    item('value', `value${scope.close}`, { kind: CompletionItemKind.Field, detail: 'value of the iteration' }),
  ];
}

function stepItem(step: StepSymbol): OffsetCompletion {
  const name = step.name ?? '';
  const outputs = step.action?.outputs.map((o) => o.name).join(', ');
  return item(name, `${name}.`, {
    kind: CompletionItemKind.Function,
    detail: `${step.actionName ?? 'step'}${outputs ? ` → ${outputs}` : ''}`,
    sortText: String(step.index).padStart(6, '0'),
    command: SUGGEST_AGAIN,
  });
}

function partItems(step: StepSymbol): OffsetCompletion[] {
  const list = step.action?.inputsShape === 'list';
  const items = [item(list ? 'inputs[0]' : 'inputs', list ? 'inputs[0].' : 'inputs.', { kind: CompletionItemKind.Field, detail: 'an input the step was given', command: SUGGEST_AGAIN })];
  if (!step.action || step.action.outputs.length > 0) items.push(item('outputs', 'outputs.', { kind: CompletionItemKind.Field, detail: 'what the step produced', command: SUGGEST_AGAIN }));
  return items;
}

function inputItems(step: StepSymbol, part: string, scope: Scope): OffsetCompletion[] {
  const index = /\[(\d+)\]$/.exec(part);
  const inputs = step.inputs;
  const node = index ? (inputs?.type === 'array' ? inputs.items[Number(index[1])] : undefined) : inputs;
  if (node?.type !== 'object') return [];
  return node.properties.map((p) => {
    const fact = step.action?.inputs.find((i) => i.name === p.keyNode.value);
    return item(p.keyNode.value, p.keyNode.value + scope.close, { kind: CompletionItemKind.Field, detail: `input of ${step.actionName ?? 'the step'}`, documentation: fact?.description });
  });
}

function prefixedItems(prefix: string, scope: Scope): OffsetCompletion[] {
  const fact = RESERVED_PREFIXES.find((p) => p.prefix === prefix);
  const keys = fact?.keys ?? (prefix === 'env:' ? IMAGE_BUILDER_ENVIRONMENT_VARIABLES : []);
  return keys.map((k) => item(k.name, k.name + scope.close, { kind: CompletionItemKind.Constant, detail: prefix, documentation: k.description }));
}

