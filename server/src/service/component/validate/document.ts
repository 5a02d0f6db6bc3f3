import { getProperty } from '../../ast/navigate';
import { StringNode, ValueNode } from '../../ast/types';
import { isTemplated } from '../../validation/formats';
import { DOCUMENT_KEYS, PHASE_KEYS, PHASE_NAMES } from '../facts';
import { isUnquotedExpression } from '../model/documentIndex';
import { ComponentSymbols, PhaseSymbol } from '../model/types';
import { checkFields, describeNodeType } from './fields';
import { Reporter } from './reporter';
import { validateStep } from './step';
import { validateVariables } from './variables';

const PHASE_NAME_LIST = PHASE_NAMES.map((p) => p.name);

/** The document's structure, from the top down to each step. */
export function validateStructure(root: ValueNode, symbols: ComponentSymbols, r: Reporter): void {
  if (root.type !== 'object') {
    r.add({ offset: root.offset, length: Math.min(root.length, 1) }, 'invalid-type', `A component document is a mapping with 'schemaVersion' and 'phases'; found ${describeNodeType(root)}.`);
    return;
  }
  const present = checkFields(root, DOCUMENT_KEYS, 'a component document', r, new Set(['schemaVersion', 'phases']));
  const version = present.get('schemaVersion');
  if (version) checkSchemaVersion(version.valueNode, version.keyNode, r);
  validateVariables(root, r);
  const phases = present.get('phases')?.valueNode;
  if (phases?.type === 'array') {
    if (phases.items.length === 0 && !r.broken) r.add(present.get('phases')!.keyNode, 'out-of-range', 'A component document needs at least one phase.');
    validatePhases(phases.items, symbols, r);
  }
  else if (phases && phases.type !== 'alias' && !phases.tag) r.add(present.get('phases')!.keyNode, 'invalid-type', `'phases' must be a list of phases (\`- name: build\`); found ${describeNodeType(phases)}.`);
}

function checkSchemaVersion(node: ValueNode | undefined, key: StringNode, r: Reporter): void {
  if (node?.tag) return; // opaque: a host's substitution (`!Sub`'s `${Version}`)
  if (!node || node.type === 'null') {
    r.add(key, 'invalid-type', "'schemaVersion' has no value: write 1.0.");
    return;
  }
  const text = node.type === 'number' ? node.source.trim() : node.type === 'string' ? node.value.trim() : undefined;
  if (text !== undefined && /^1(\.0)?$/.test(text)) return;
  r.add(node, 'invalid-value', `'schemaVersion' must be 1.0, the only component document schema version${text !== undefined ? `; found ${text}` : ''}.`);
}

function validatePhases(items: readonly ValueNode[], symbols: ComponentSymbols, r: Reporter): void {
  const byNode = new Map(symbols.phases.map((p) => [p.node as ValueNode, p]));
  const seen = new Map<string, StringNode>();
  for (const item of items) {
    if (item.type !== 'object') {
      if (!isUnquotedExpression(r.text, item)) r.add(item, 'invalid-type', `A phase is a mapping with 'name' and 'steps'; found ${describeNodeType(item)}.`);
      continue;
    }
    const phase = byNode.get(item);
    if (phase) validatePhase(phase, seen, symbols, r);
  }
}

function validatePhase(phase: PhaseSymbol, seen: Map<string, StringNode>, symbols: ComponentSymbols, r: Reporter): void {
  checkFields(phase.node, PHASE_KEYS, 'a phase', r, new Set(['steps']));
  const nameNode = phase.nameNode;
  if (nameNode && !nameNode.tag && !isTemplated(nameNode.value)) {
    const first = seen.get(nameNode.value);
    if (first) r.add(nameNode, 'duplicate-name', `Phase '${nameNode.value}' is already defined: phase names are unique.`, { related: [{ ...range(first), message: 'first defined here' }] });
    else seen.set(nameNode.value, nameNode);
    if (!phase.fact) r.notAllowed(nameNode, PHASE_NAME_LIST, 'a phase Image Builder runs (it would be skipped)', 'unknown-phase');
  }
  const steps = getProperty(phase.node, 'steps');
  const stepsNode = steps?.valueNode;
  if (stepsNode?.type !== 'array') {
    if (steps && stepsNode?.type !== 'alias' && !stepsNode?.tag) r.add(steps.keyNode, 'invalid-type', `'steps' must be a list of steps (\`- name: …\`); found ${stepsNode ? describeNodeType(stepsNode) : 'nothing'}.`);
    return;
  }
  if (stepsNode.items.length === 0 && !r.broken) r.add(steps!.keyNode, 'out-of-range', 'A phase needs at least one step.');
  for (const item of stepsNode.items) {
    if (item.type !== 'object' && !isUnquotedExpression(r.text, item)) r.add(item, 'invalid-type', `A step is a mapping with 'name' and 'action'; found ${describeNodeType(item)}.`);
  }
  validateNamesInPhase(phase, r);
  for (const step of phase.steps) validateStep(step, symbols, r);
}

/**
 * Step and loop names used twice in a phase. The symbol table already has the first step and loop of each
 * name; any other with that name is reported, its message made only then (it was made for every step).
 */
function validateNamesInPhase(phase: PhaseSymbol, r: Reporter): void {
  for (const step of phase.steps) {
    const first = step.name === undefined ? undefined : phase.stepsByName.get(step.name);
    if (first && first !== step && step.nameNode && first.nameNode) {
      duplicate(step.nameNode, first.nameNode, () => `Step '${step.name}' is already defined in phase '${phase.name ?? ''}': step names are unique within a phase.`, r);
    }
    const loop = step.loop;
    const firstLoop = loop?.name === undefined ? undefined : phase.loopsByName.get(loop.name);
    if (loop && firstLoop && firstLoop !== loop && loop.nameNode && firstLoop.nameNode) {
      duplicate(loop.nameNode, firstLoop.nameNode, () => `Loop name '${loop.name}' is already used in phase '${phase.name ?? ''}': loop names are unique within a phase.`, r);
    }
  }
}

function duplicate(node: StringNode, first: StringNode, message: () => string, r: Reporter): void {
  if (!node.tag && !first.tag && !isTemplated(node.value)) r.add(node, 'duplicate-name', message(), { related: [{ ...range(first), message: 'first defined here' }] });
}

export function range(node: { offset: number; length: number }): { offset: number; length: number } {
  return { offset: node.offset, length: node.length };
}
