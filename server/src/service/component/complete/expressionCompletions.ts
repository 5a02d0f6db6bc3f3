import { CompletionItemKind } from 'vscode-languageserver-types';
import { Analysis } from '../../analysis';
import { OffsetCompletion } from '../../features/completion/schemaCompletion';
import { OffsetCompletionList } from '../../kindSupport';
import { IMAGE_BUILDER_ENVIRONMENT_VARIABLES, RESERVED_PREFIXES } from '../facts';
import { componentSymbols, stepAt } from '../model/symbols';
import { ComponentSymbols, ExpressionPlace, PhaseSymbol, StepSymbol } from '../model/types';
import { hasVisibleSteps, placeOf, visibleSteps } from '../model/scope';
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
  const replace = { offset: wordStart, length: wordEnd - wordStart };
  if (prefix) return { replace, items: prefixedItems(prefix.prefix, scope) };
  const word = text.slice(wordStart, offset).toLowerCase();
  return { replace, ...pathItems(content.slice(0, content.length - (offset - wordStart)), word, scope) };
}

/** More items than this are cut to the nearest ones (a list of thousands costs more to send than to use). */
export const MAX_ITEMS = 200;

interface Items {
  readonly items: OffsetCompletion[];
  readonly isIncomplete?: boolean;
}

/**
 * Items for the steps of a phase. A phase of thousands of steps offers the ones whose names contain
 * what is typed, nearest to the cursor first, and marks the list incomplete so the editor asks again
 * as the word grows: items are made only for the steps kept, so the cost does not grow with the phase.
 */
function stepItems(phase: PhaseSymbol, scope: Scope, word: string): Items {
  const { steps, more } = visibleSteps(phase, scope.step, word, MAX_ITEMS);
  return { items: steps.map(stepItem), isIncomplete: more || undefined };
}

/** The last `MAX_ITEMS` of `list` whose labels contain `word`, when it has more than `MAX_ITEMS`. */
function nearest<T>(list: T[], word: string, label: (t: T) => string): { list: T[]; isIncomplete?: boolean } {
  if (list.length <= MAX_ITEMS) return { list };
  const matching = word ? list.filter((t) => label(t).toLowerCase().includes(word)) : list;
  return { list: matching.slice(-MAX_ITEMS), isIncomplete: true };
}

function pathItems(before: string, word: string, scope: Scope): Items {
  if (before === '') {
    const kept = nearest(firstLevel(scope), word, (i) => i.item.label);
    return { items: kept.list, isIncomplete: kept.isIncomplete };
  }
  if (!before.endsWith('.')) return { items: [] };
  const parts = before.slice(0, -1).split('.');
  const [first, second, third] = parts.map((p) => p.replace(/\[\d+\]$/, ''));
  if (parts.length === 1) {
    if (first === 'loop' || scope.step?.loop?.name === first) return { items: loopProperties(scope) };
    const phase = scope.symbols.phasesByName.get(first);
    return phase ? stepItems(phase, scope, word) : { items: [] };
  }
  const step = scope.symbols.phasesByName.get(first)?.stepsByName.get(second);
  if (!step) return { items: [] };
  if (parts.length === 2) return { items: partItems(step) };
  if (parts.length === 3 && third === 'outputs') return { items: (step.action?.outputs ?? []).map((o) => item(o.name, o.name + scope.close, { kind: CompletionItemKind.Field, detail: `output of ${step.action!.name}`, documentation: o.description })) };
  if (parts.length === 3 && third === 'inputs') return { items: inputItems(step, parts[2], scope) };
  return { items: [] };
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
    if (!phase.name || !hasVisibleSteps(phase, scope.step)) continue;
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

