import { Analysis, memoizeUpdatedInSlices } from '../../analysis';
import { finish, Slices } from '../../util/slices';
import { Replaced } from '../../parse/types';
import { getValue } from '../../ast/navigate';
import { ArrayNode, AstNode, ObjectNode, StringNode, ValueNode, endOf } from '../../ast/types';
import { stringNode } from '../../ast/nodes';
import { PHASE_NAMES, getAction } from '../facts';
import { lastIndexAtOrBefore } from '../../util/search';
import { ComponentSymbols, LoopSymbol, PhaseSymbol, StepSymbol, VariableSymbol } from './types';

const PHASE_FACTS = new Map(PHASE_NAMES.map((p) => [p.name, p]));
/** Steps a slice of `componentSymbolsInSlices` builds or indexes (about a millisecond's work). */
const STEPS_PER_SLICE = 512;

/**
 * The symbol table of the document (memoised per version). Costs O(top-level keys + phases + steps), or
 * O(1) plus the steps of one phase after an edit inside one step (`updateSymbols`).
 */
export function componentSymbols(analysis: Analysis): ComponentSymbols {
  return finish(componentSymbolsInSlices(analysis));
}

/**
 * `componentSymbols` in slices of `STEPS_PER_SLICE` steps (a sliced analysis of a big document builds it
 * before any request asks: 23,000 steps are about 150 ms on a loaded machine); an update takes no slice.
 */
export function componentSymbolsInSlices(analysis: Analysis): Slices<ComponentSymbols> {
  return memoizeUpdatedInSlices(analysis, 'component.symbols', updateSymbols, () => buildSymbolsInSlices(analysis.parsed.root));
}

/**
 * The new version's table from the previous version's, after the incremental re-parse replaced one
 * node: when that node is a step or lies inside one, only that step's symbol is built again (from its
 * mapping, so any change to its name, action, inputs, loop or condition is seen) and the phase's name
 * maps follow. The new table takes over the previous one's arrays and maps (copying them would cost
 * O(steps) a keystroke); `memoizeUpdatedInSlices` then consumes the previous table. Undefined (build afresh)
 * when the node is anything else: a phase, a parameter, a list of steps.
 */
export function updateSymbols(before: ComponentSymbols, replaced: Replaced): ComponentSymbols | undefined {
  const { old, replacement } = replaced;
  // A top-level entry the table does not read (`name`, `description`, an unknown key), before and after:
  // the table is the same (the nodes after the edit were shifted in place).
  if (isOtherTopLevelEntry(before, old) && isOtherTopLevelEntry(before, replacement)) return { ...before };
  let previousNode: ObjectNode | undefined;
  let node: ObjectNode | undefined;
  if (old.type === 'object' && before.stepByNode.has(old)) {
    previousNode = old;
    node = replacement.type === 'object' ? replacement : undefined;
  } else {
    for (let p = replacement.parent; p && !previousNode; p = p.parent) if (p.type === 'object' && before.stepByNode.has(p)) previousNode = node = p;
  }
  if (!previousNode || !node) return undefined;
  const previous = before.stepByNode.get(previousNode)!;
  const phase = previous.phase;
  const at = lastAtOrBefore(before.steps, previous.node.offset);
  if (phase.steps[previous.index] !== previous || before.steps[at] !== previous) return undefined;
  const step = buildStep(node, phase, previous.index);
  const table: ComponentSymbols = { ...before };
  phase.steps[step.index] = step;
  (table.steps as StepSymbol[])[at] = step;
  const stepByNode = table.stepByNode as Map<ObjectNode, StepSymbol>;
  stepByNode.delete(previousNode);
  stepByNode.set(node, step);
  if (step.name !== previous.name || step.loop?.name !== previous.loop?.name) {
    indexPhase(phase);
  } else {
    if (step.name !== undefined && phase.stepsByName.get(step.name) === previous) phase.stepsByName.set(step.name, step);
    if (step.loop?.name !== undefined && phase.loopsByName.get(step.loop.name) === previous.loop) phase.loopsByName.set(step.loop.name, step.loop);
  }
  return table;
}

/** The keys of the document whose values the table is made from. */
const TABLE_KEYS = new Set(['parameters', 'constants', 'phases']);

function isOtherTopLevelEntry(table: ComponentSymbols, node: AstNode): boolean {
  return node.type === 'property' && table.root !== undefined && node.parent === table.root && !TABLE_KEYS.has(node.keyNode.value);
}

function* buildSymbolsInSlices(rootNode: ValueNode | undefined): Slices<ComponentSymbols> {
  const root = rootNode?.type === 'object' ? rootNode : undefined;
  const variables: VariableSymbol[] = [];
  const phases: PhaseSymbol[] = [];
  const steps: StepSymbol[] = [];
  const stepByNode = new Map<ObjectNode, StepSymbol>();
  for (const property of root?.properties ?? []) {
    const key = property.keyNode.value;
    const value = property.valueNode;
    if ((key === 'parameters' || key === 'constants') && value?.type === 'array') collectVariables(value, key === 'parameters' ? 'parameter' : 'constant', variables);
    if (key === 'phases' && value?.type === 'array') yield* collectPhases(value, phases);
  }
  for (const phase of phases) {
    for (const step of phase.steps) {
      steps.push(step);
      stepByNode.set(step.node, step);
      if (steps.length % STEPS_PER_SLICE === 0) yield;
    }
  }
  const phasesByName = new Map<string, PhaseSymbol>();
  for (const phase of phases) if (phase.name !== undefined && !phasesByName.has(phase.name)) phasesByName.set(phase.name, phase);
  const variablesByName = new Map<string, VariableSymbol[]>();
  for (const variable of variables) {
    const list = variablesByName.get(variable.name);
    if (list) list.push(variable);
    else variablesByName.set(variable.name, [variable]);
  }
  return { root, variables, variablesByName, phases, phasesByName, steps, stepByNode };
}

function collectVariables(list: ArrayNode, kind: VariableSymbol['kind'], out: VariableSymbol[]): void {
  for (const item of list.items) {
    if (item.type !== 'object') continue;
    for (const property of item.properties) {
      const definition = property.valueNode?.type === 'object' ? property.valueNode : undefined;
      out.push({ kind, name: property.keyNode.value, keyNode: property.keyNode, definition });
    }
  }
}

function* collectPhases(list: ArrayNode, out: PhaseSymbol[]): Slices<void> {
  for (const item of list.items) {
    if (item.type !== 'object') continue;
    const nameNode = stringAt(item, 'name');
    const fact = nameNode ? PHASE_FACTS.get(nameNode.value) : undefined;
    const stepsValue = getValue(item, 'steps');
    const stepsNode = stepsValue?.type === 'array' ? stepsValue : undefined;
    const phase: PhaseSymbol = {
      name: nameNode?.value, nameNode, node: item, index: out.length, fact, stage: fact?.stage, stepsNode, steps: [], stepsByName: new Map(), loopsByName: new Map(),
    };
    for (const stepNode of stepsNode?.items ?? []) {
      if (stepNode.type === 'object') phase.steps.push(buildStep(stepNode, phase, phase.steps.length));
      if (phase.steps.length % STEPS_PER_SLICE === 0) yield;
    }
    yield* indexPhaseInSlices(phase);
    out.push(phase);
  }
}

/** The phase's maps of the first step and the first loop of each name. */
function indexPhase(phase: PhaseSymbol): void {
  finish(indexPhaseInSlices(phase));
}

function* indexPhaseInSlices(phase: PhaseSymbol): Slices<void> {
  phase.stepsByName.clear();
  phase.loopsByName.clear();
  for (const step of phase.steps) {
    if (step.name !== undefined && !phase.stepsByName.has(step.name)) phase.stepsByName.set(step.name, step);
    const loopName = step.loop?.name;
    if (loopName !== undefined && !phase.loopsByName.has(loopName)) phase.loopsByName.set(loopName, step.loop!);
    if ((step.index + 1) % STEPS_PER_SLICE === 0) yield;
  }
}

function buildStep(node: ObjectNode, phase: PhaseSymbol, index: number): StepSymbol {
  const nameNode = stringAt(node, 'name');
  const actionNode = stringAt(node, 'action');
  const loopValue = getValue(node, 'loop');
  const step: { -readonly [K in keyof StepSymbol]: StepSymbol[K] } = {
    name: nameNode?.value,
    nameNode,
    node,
    phase,
    index,
    actionName: actionNode?.value,
    actionNode,
    action: actionNode ? getAction(actionNode.value) : undefined,
    inputs: getValue(node, 'inputs'),
    loop: undefined,
    condition: getValue(node, 'if'),
  };
  if (loopValue?.type === 'object') {
    const loopName = stringAt(loopValue, 'name');
    const loop: LoopSymbol = { name: loopName?.value, nameNode: loopName, node: loopValue, step };
    step.loop = loop;
  }
  return step;
}

/** A scalar value as a string node (numbers and booleans too: step names like `1` are strings to AWSTOE). */
function stringAt(object: ObjectNode, key: string): StringNode | undefined {
  const value = getValue(object, key);
  if (!value) return undefined;
  if (value.type === 'string') return value;
  if (value.type === 'number' || value.type === 'boolean') {
    return stringNode(value.offset, value.length, value.parent, value.type === 'number' ? value.source : String(value.value), 'plain');
  }
  return undefined;
}

/** The step whose mapping contains `offset` (binary search over the steps in document order). */
export function stepAt(symbols: ComponentSymbols, offset: number): StepSymbol | undefined {
  const index = lastAtOrBefore(symbols.steps, offset);
  const step = index >= 0 ? symbols.steps[index] : undefined;
  return step && offset <= endOf(step.node) ? step : undefined;
}

/** Binary search: the index of the last item whose node starts at or before `offset`, or -1. */
function lastAtOrBefore(items: ReadonlyArray<{ readonly node: ObjectNode }>, offset: number): number {
  return lastIndexAtOrBefore(items, offset, nodeStart);
}

const nodeStart = (item: { readonly node: ObjectNode }): number => item.node.offset;

