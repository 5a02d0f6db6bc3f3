import {
  CONSTANT_KEYS, DOCUMENT_KEYS, FOREACH_LIST_KEYS, FOR_LOOP_KEYS, IF_BRANCH_KEYS, KeyFact, LOOP_KEYS, OperatorFact,
  PARAMETER_KEYS, PHASE_KEYS, STEP_ACTIONS, STEP_KEYS, allOperators,
} from './facts';
import { Container } from './roles';
import { FieldFact } from './validate/fields';

/** A key that may stand in a mapping: a document key, an input, an operator, or a condition companion. */
export type KeyEntry =
  | { readonly kind: 'field'; readonly name: string; readonly fact: FieldFact; readonly owner: string }
  | { readonly kind: 'operator'; readonly name: string; readonly operator: OperatorFact };

const COMPANIONS: Record<'value' | 'path', KeyFact> = {
  value: { name: 'value', type: 'scalar', required: false, description: 'The value under test, compared with the value given to the operator; often a chaining expression.', acceptsExpressions: true },
  path: { name: 'path', type: 'string', required: false, description: 'The file whose hash the operator compares with the given hash.', acceptsExpressions: true },
};

const BRANCHES: KeyFact[] = IF_BRANCH_KEYS.map((b) => ({
  name: b.name, type: 'string', required: false, description: b.description,
  enum: STEP_ACTIONS.map((s) => s.name), enumDescriptions: STEP_ACTIONS.map((s) => s.description),
}));

/** The keys a mapping may have (operators and companions for a condition). */
export function keysOf(container: Container): KeyEntry[] {
  switch (container.kind) {
    case 'document': return fields(DOCUMENT_KEYS, 'the component document');
    case 'variable': return fields(container.section === 'parameter' ? PARAMETER_KEYS : CONSTANT_KEYS, `a ${container.section} definition`);
    case 'phase': return fields(PHASE_KEYS, 'a phase');
    case 'step': return fields(STEP_KEYS, 'a step');
    case 'inputs':
    case 'input-list': return fields(container.action.inputs, `an input of ${container.action.name}`);
    case 'input-items': return fields(container.input.items ?? [], `an item of ${container.action.name} '${container.input.name}'`);
    case 'loop': return fields(LOOP_KEYS, 'a loop');
    case 'for': return fields(FOR_LOOP_KEYS, "a 'for' loop");
    case 'forEach': return fields(FOREACH_LIST_KEYS, "a 'forEach' list");
    case 'condition': return conditionKeys(container.branches);
  }
}

function conditionKeys(branches: boolean): KeyEntry[] {
  const operators: KeyEntry[] = allOperators().map((operator) => ({ kind: 'operator', name: operator.name, operator }));
  const companions = fields(Object.values(COMPANIONS), 'a condition');
  return [...operators, ...companions, ...(branches ? fields(BRANCHES, "a step's if") : [])];
}

function fields(facts: readonly FieldFact[], owner: string): KeyEntry[] {
  return facts.map((fact) => ({ kind: 'field', name: fact.name, fact, owner }));
}

export function keyEntry(container: Container, key: string): KeyEntry | undefined {
  return keysOf(container).find((k) => k.name === key);
}
