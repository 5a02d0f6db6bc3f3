import { ActionFact, COMPARISON_OPERATORS, InputFact, OperatorFact } from '../facts';
import { FieldFact } from '../validate/fields';
import { choice } from './items';

/**
 * Snippet text inserted for a key in YAML: the key and a skeleton of its value. `\t` is one level of
 * the editor's indentation (the editor adjusts it); items of a list start with `- `.
 */
export function keySkeleton(fact: FieldFact, owner: 'document' | 'step' | 'other', action: ActionFact | undefined): string {
  if (owner === 'document') {
    const special = DOCUMENT_SKELETONS[fact.name];
    if (special) return special;
  }
  if (owner === 'step') {
    if (fact.name === 'inputs') return inputsSkeleton(action);
    const special = STEP_SKELETONS[fact.name];
    if (special) return special;
  }
  return `${fact.name}:${valueSkeleton(fact, 1)}`;
}

const DOCUMENT_SKELETONS: Record<string, string> = {
  schemaVersion: 'schemaVersion: 1.0',
  parameters: 'parameters:\n\t- ${1:Name}:\n\t    type: string\n\t    default: $2\n\t    description: $3',
  constants: 'constants:\n\t- ${1:Name}:\n\t    type: string\n\t    value: $2',
  phases: `phases:\n\t- name: ${choice(1, ['build', 'validate', 'test'])}\n\t  steps:\n\t  \t- name: $2\n\t  \t  action: $3`,
};

const STEP_SKELETONS: Record<string, string> = {
  loop: 'loop:\n\tforEach:\n\t\t- $1',
  if: 'if:\n\t$1',
};

/** ` value` (after the colon) or a new indented block, with tab stops numbered from `n`. */
function valueSkeleton(fact: FieldFact, n: number): string {
  if (fact.enum && fact.enum.length > 0) return ` ${choice(n, fact.enum.map(yamlScalar))}`;
  switch (fact.type) {
    case 'boolean': return ` ${choice(n, ['true', 'false'])}`;
    case 'integer':
    case 'number': return ` \${${n}:${fact.default ?? fact.minimum ?? 0}}`;
    case 'string-list': return `\n\t- $${n}`;
    case 'list': return listSkeleton(fact, n);
    case 'map':
    case 'string-map': return `\n\t$${n}`;
    default: return ` $${n}`;
  }
}

function listSkeleton(fact: FieldFact, n: number): string {
  const items = 'items' in fact ? fact.items : undefined;
  if (!items) return `\n\t- $${n}`;
  const required = items.filter((i) => i.required);
  return `\n\t- ${required.map((i, k) => `${k > 0 ? '\t  ' : ''}${i.name}: $${n + k}`).join('\n')}`;
}

/** `inputs:` with the required inputs of the chosen action (the first of each "one of" group). */
export function inputsSkeleton(action: ActionFact | undefined): string {
  if (!action) return 'inputs:\n\t$1';
  if (action.operatorInputs) return `inputs:\n\t${operatorSkeleton(COMPARISON_OPERATORS[2], 1).replace(/\n/g, '\n\t')}`;
  const required = requiredInputs(action);
  if (required.length === 0) return 'inputs:\n\t$1';
  if (action.inputsShape === 'list') return `inputs:\n\t- ${itemLines(required, '\t  ')}`;
  return `inputs:\n\t${itemLines(required, '\t')}`;
}

/** The required keys of a new list item, for a `- ` line. */
export function listItemSkeleton(action: ActionFact): string {
  const required = requiredInputs(action);
  return `- ${itemLines(required.length > 0 ? required : action.inputs.slice(0, 1), '  ')}`;
}

export function requiredInputs(action: ActionFact): InputFact[] {
  const required = action.inputs.filter((i) => i.required);
  for (const group of action.exactlyOneOf ?? []) {
    const first = action.inputs.find((i) => i.name === group[0]);
    if (first && !required.includes(first)) required.push(first);
  }
  return required;
}

function itemLines(inputs: readonly InputFact[], indent: string): string {
  let n = 1;
  return inputs.map((input, k) => {
    const value = valueSkeleton(input, n).replace(/\n/g, `\n${indent}`);
    n += (value.match(/\$\{?\d/g) ?? []).length;
    return `${k > 0 ? indent : ''}${input.name}:${value}`;
  }).join('\n');
}

/** An operator with its companion key (`stringEquals: $1` / `value: $2`; `and:` with a list). */
export function operatorSkeleton(operator: OperatorFact, n: number, indent = '\t'): string {
  if (operator.kind === 'logical') return operator.operands === 'list' ? `${operator.name}:\n${indent}- $${n}\n${indent}- $${n + 1}` : `${operator.name}:\n${indent}$${n}`;
  if (!operator.takesValue || !operator.companionKey) return `${operator.name}: $${n}`;
  return `${operator.name}: $${n}\n${operator.companionKey}: $${n + 1}`;
}

/** An enum value as YAML text: quoted when YAML would not read it back as that string. */
export function yamlScalar(value: string): string {
  if (value === '\n') return '"\\n"';
  if (value === '\t') return '"\\t"';
  return /^[A-Za-z0-9_.;][\w.;*+-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) ? value : `'${value.replace(/'/g, "''")}'`;
}
