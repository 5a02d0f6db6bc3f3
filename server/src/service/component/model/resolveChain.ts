import { getProperty, getValue } from '../../ast/navigate';
import { isOpaque, ObjectNode, ValueNode } from '../../ast/types';
import { didYouMean } from '../../util/didYouMean';
import { Segment } from './expressionParse';
import { Link, ReferenceContext, ReferenceProblem, Resolution } from './resolveTypes';
import { PhaseSymbol, StepSymbol } from './types';

/** `phase.step.inputs.name`, `phase.step.inputs[i].name`, `phase.step.outputs.name`. */
export function resolveChain(segments: readonly Segment[], context: ReferenceContext): Resolution {
  const [phaseSegment, stepSegment, partSegment, nameSegment] = segments;
  if (segments.length !== 4) {
    const last = segments[segments.length - 1];
    return fail([], 'invalid-reference', phaseSegment, last, 'A chaining reference has four parts: <phase>.<step>.outputs.<name> or <phase>.<step>.inputs.<name>.');
  }
  const phase = context.symbols.phasesByName.get(phaseSegment.text);
  if (!phase) {
    if (context.symbols.phases.some((p) => hasOpaqueName(p.node))) return { links: [] }; // it may be the `${…}`-named one
    const suggestion = didYouMean(phaseSegment.text, context.symbols.phasesByName.keys());
    return fail([], 'undefined-reference', phaseSegment, phaseSegment, `There is no phase named '${phaseSegment.text}'.${hint(suggestion)}`, suggestion);
  }
  const links: Link[] = [{ offset: phaseSegment.offset, length: phaseSegment.text.length, symbol: { kind: 'phase', phase } }];
  const step = phase.stepsByName.get(stepSegment.text);
  if (!step) {
    if (phase.steps.some((s) => hasOpaqueName(s.node))) return { links }; // it may be the `${…}`-named one
    const suggestion = didYouMean(stepSegment.text, phase.stepsByName.keys());
    return fail(links, 'undefined-reference', stepSegment, stepSegment, `Phase '${phase.name ?? ''}' has no step named '${stepSegment.text}'.${hint(suggestion)}`, suggestion);
  }
  links.push({ offset: stepSegment.offset, length: stepSegment.text.length, symbol: { kind: 'step', step } });
  const orderProblem = checkOrder(phase, step, context);
  if (orderProblem) return fail(links, 'invalid-reference', phaseSegment, stepSegment, orderProblem);
  if (partSegment.text === 'outputs') return resolveOutput(step, nameSegment, links);
  if (partSegment.text === 'inputs') return resolveInput(step, partSegment, nameSegment, links);
  const suggestion = didYouMean(partSegment.text, ['inputs', 'outputs']);
  return fail(links, 'invalid-reference', partSegment, partSegment, `After the step name comes 'inputs' or 'outputs', not '${partSegment.text}'.${hint(suggestion)}`, suggestion);
}

/** Chaining may only look back, and a test-stage phase cannot see the build stage (another instance). */
function checkOrder(phase: PhaseSymbol, step: StepSymbol, context: ReferenceContext): string | undefined {
  const current = context.step;
  if (!current) return undefined;
  const name = `${phase.name ?? ''}.${step.name ?? ''}`;
  if (step === current) return `'${name}' is this step itself: chaining can only refer to earlier steps.`;
  if (phase.index > current.phase.index || (phase === current.phase && step.index > current.index)) {
    return `'${name}' runs after this step: chaining can only refer to earlier steps.`;
  }
  if (current.phase.stage === 'test' && phase.stage === 'build') {
    return `'${name}' runs in the build stage, on the build instance; the ${current.phase.name ?? ''} phase runs in the test stage on a new instance and cannot read it.`;
  }
  return undefined;
}

/** Whether a phase's or step's `name` is a value only the host knows (a `${…}` placeholder, an intrinsic). */
function hasOpaqueName(node: ObjectNode): boolean {
  const name = getValue(node, 'name');
  return name !== undefined && isOpaque(name);
}

function resolveOutput(step: StepSymbol, nameSegment: Segment, links: Link[]): Resolution {
  const action = step.action;
  if (!action) return { links };
  const output = action.outputs.find((o) => o.name === nameSegment.text);
  if (output) return { links, target: { kind: 'output', step, output } };
  const names = action.outputs.map((o) => o.name);
  const suggestion = didYouMean(nameSegment.text, names);
  const gives = names.length === 0 ? `${action.name} gives no outputs.` : `${action.name} gives only ${names.map((n) => `'${n}'`).join(', ')}.`;
  return fail(links, 'invalid-reference', nameSegment, nameSegment, `'${nameSegment.text}' is not an output of step '${step.name ?? ''}': ${gives}${hint(suggestion)}`, suggestion);
}

function resolveInput(step: StepSymbol, partSegment: Segment, nameSegment: Segment, links: Link[]): Resolution {
  const action = step.action;
  const index = partSegment.index?.value;
  if (!action) return { links, target: { kind: 'input', step, name: nameSegment.text, input: undefined, index } };
  const list = action.inputsShape === 'list';
  if (list && index === undefined) {
    return fail(links, 'invalid-reference', partSegment, partSegment, `${action.name} takes a list of inputs: write inputs[0].${nameSegment.text} (the index of the item).`);
  }
  if (!list && index !== undefined && action.inputsShape === 'map') {
    return fail(links, 'invalid-reference', partSegment, partSegment, `${action.name} takes one mapping of inputs: write inputs.${nameSegment.text}, without an index.`);
  }
  const item = inputItem(step.inputs, index);
  if (index !== undefined && step.inputs?.type === 'array' && !item) {
    const count = step.inputs.items.length;
    return fail(links, 'invalid-reference', partSegment, partSegment, `Step '${step.name ?? ''}' has ${count} inputs item${count === 1 ? '' : 's'}; index ${index} is out of range.`);
  }
  if (action.operatorInputs) return { links, target: { kind: 'input', step, name: nameSegment.text, input: undefined, index } };
  const input = action.inputs.find((i) => i.name === nameSegment.text);
  if (!input) {
    const suggestion = didYouMean(nameSegment.text, action.inputs.map((i) => i.name));
    return fail(links, 'invalid-reference', nameSegment, nameSegment, `${action.name} has no input '${nameSegment.text}'.${hint(suggestion)}`, suggestion);
  }
  if (item?.type === 'object' && !getProperty(item, input.name)) {
    return fail(links, 'invalid-reference', nameSegment, nameSegment, `Step '${step.name ?? ''}' does not set '${input.name}', so there is no value to refer to.`);
  }
  return { links, target: { kind: 'input', step, name: input.name, input, index } };
}

function inputItem(inputs: ValueNode | undefined, index: number | undefined): ValueNode | undefined {
  if (index === undefined) return inputs;
  return inputs?.type === 'array' ? inputs.items[index] : undefined;
}

function fail(links: Link[], code: ReferenceProblem['code'], from: Segment, to: Segment, message: string, suggestion?: string): Resolution {
  const end = to.offset + to.text.length + (to.index?.length ?? 0);
  const length = suggestion !== undefined && from === to ? to.text.length : end - from.offset;
  return { links, problem: { code, offset: from.offset, length, message, suggestion } };
}

function hint(suggestion: string | undefined): string {
  return suggestion ? ` Did you mean '${suggestion}'?` : '';
}
