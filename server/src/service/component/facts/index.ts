/**
 * Lookup helpers over the AWSTOE language facts. Names are case-sensitive in AWSTOE, so the plain
 * getters match exactly; the `*IgnoreCase` and `suggest*` helpers exist for "did you mean" messages.
 */
import { ACTIONS } from './actions';
import { COMPARISON_OPERATORS, LOGICAL_OPERATORS, STEP_ACTIONS } from './operators';
import { ActionFact, InputFact, OperatorFact, StepActionFact } from './types';

export * from './types';
export { ACTIONS } from './actions';
export {
  COMPARISON_OPERATORS,
  IF_BRANCH_KEYS,
  LOGICAL_OPERATORS,
  MAX_CONDITION_NESTING,
  STEP_ACTIONS,
} from './operators';
export { BUILT_IN_VARIABLES, CHAINING_FORMS, IMAGE_BUILDER_ENVIRONMENT_VARIABLES, RESERVED_PREFIXES } from './variables';
export {
  CONSTANT_KEYS,
  DOCUMENT_KEYS,
  FOREACH_LIST_KEYS,
  FOR_LOOP_KEYS,
  LOOP_KEYS,
  ON_FAILURE_VALUES,
  PARAMETER_KEYS,
  PHASE_KEYS,
  PHASE_NAMES,
  STEP_KEYS,
  VARIABLE_NAME_PATTERN,
} from './documentKeys';

const ALL_OPERATORS: readonly OperatorFact[] = [...COMPARISON_OPERATORS, ...LOGICAL_OPERATORS];

const actionsByName = new Map<string, ActionFact>(ACTIONS.map((a) => [a.name, a]));
const actionsByLowerName = new Map<string, ActionFact>(ACTIONS.map((a) => [a.name.toLowerCase(), a]));
const operatorsByName = new Map<string, OperatorFact>(ALL_OPERATORS.map((o) => [o.name, o]));
const operatorsByLowerName = new Map<string, OperatorFact>(ALL_OPERATORS.map((o) => [o.name.toLowerCase(), o]));

/** The action module with exactly this name, or undefined. */
export function getAction(name: string): ActionFact | undefined {
  return actionsByName.get(name);
}

/** Every action module, in reference order. */
export function allActions(): readonly ActionFact[] {
  return ACTIONS;
}

/** The action module whose name equals `name` ignoring letter case (for "did you mean `ExecuteBash`?"). */
export function getActionIgnoreCase(name: string): ActionFact | undefined {
  return actionsByLowerName.get(name.toLowerCase());
}

/** The named input of an action module (top-level key of its inputs or of one list item). */
export function getInput(action: ActionFact | string, inputName: string): InputFact | undefined {
  const fact = typeof action === 'string' ? getAction(action) : action;
  return fact?.inputs.find((i) => i.name === inputName);
}

/** The comparison or logical operator with exactly this name, or undefined. */
export function getOperator(name: string): OperatorFact | undefined {
  return operatorsByName.get(name);
}

/** Every comparison and logical operator. */
export function allOperators(): readonly OperatorFact[] {
  return ALL_OPERATORS;
}

/** The operator whose name equals `name` ignoring letter case (`stringlessThan` -> `stringLessThan`). */
export function getOperatorIgnoreCase(name: string): OperatorFact | undefined {
  return operatorsByLowerName.get(name.toLowerCase());
}

/** The `then` / `else` step action with exactly this name, or undefined. */
export function getStepAction(name: string): StepActionFact | undefined {
  return STEP_ACTIONS.find((s) => s.name === name);
}

/**
 * The candidates closest to `name` for a "did you mean" hint: an exact case-insensitive match first,
 * otherwise those within a small edit distance (about a third of the length, at most 3), nearest first.
 */
export function suggest(name: string, candidates: readonly string[], max = 3): string[] {
  const lower = name.toLowerCase();
  const exact = candidates.filter((c) => c.toLowerCase() === lower);
  if (exact.length > 0) return exact.slice(0, max);
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  return candidates
    .map((c) => ({ c, d: editDistance(lower, c.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((x) => x.c);
}

/** Action names close to `name` (see `suggest`). */
export function suggestActions(name: string): string[] {
  return suggest(name, ACTIONS.map((a) => a.name));
}

/** Input names of `action` close to `name` (see `suggest`). */
export function suggestInputs(action: ActionFact, name: string): string[] {
  return suggest(name, action.inputs.map((i) => i.name));
}

/** Operator names close to `name` (see `suggest`). */
export function suggestOperators(name: string): string[] {
  return suggest(name, ALL_OPERATORS.map((o) => o.name));
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}
