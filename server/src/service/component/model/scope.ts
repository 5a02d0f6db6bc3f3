import { endOf } from '../../ast/types';
import { ExpressionPlace, PhaseSymbol, StepSymbol } from './types';

const PLACES: readonly ExpressionPlace[] = ['inputs', 'loop', 'if'];

/** Which part of `step` holds `offset`: its inputs, its loop or its condition. */
export function placeOf(step: StepSymbol, offset: number): ExpressionPlace | undefined {
  for (const property of step.node.properties) {
    const key = property.keyNode.value as ExpressionPlace;
    if (!PLACES.includes(key)) continue;
    const value = property.valueNode;
    if (offset > property.keyNode.offset && (value ? offset <= endOf(value) : offset <= endOf(property))) return key;
  }
  return undefined;
}

/**
 * The steps of `phase` that chaining from `current` may refer to (earlier steps only, and nothing of the
 * build stage from a test-stage phase; all steps when there is no current step), nearest first:
 * all of them when they are at most `max`; else the nearest `max` whose names contain `word` (lower case),
 * with `more` set. Walks back from the cursor and stops once it knows: no list of the whole phase is made.
 * Returned in document order.
 */
export function visibleSteps(phase: PhaseSymbol, current: StepSymbol | undefined, word: string, max: number): { steps: StepSymbol[]; more: boolean } {
  const nearest: StepSymbol[] = []; // the first max + 1 visible steps, walking back
  const matching: StepSymbol[] = [];
  for (let i = visibleEnd(phase, current) - 1; i >= 0 && (matching.length < max || nearest.length <= max); i--) {
    const step = phase.steps[i];
    if (step.name === undefined) continue;
    if (nearest.length <= max) nearest.push(step);
    if (matching.length < max && (!word || step.name.toLowerCase().includes(word))) matching.push(step);
  }
  return nearest.length <= max ? { steps: nearest.reverse(), more: false } : { steps: matching.reverse(), more: true };
}

/** Whether `phase` has any step visible from `current` (asked for every phase). */
export function hasVisibleSteps(phase: PhaseSymbol, current: StepSymbol | undefined): boolean {
  const end = visibleEnd(phase, current);
  for (let i = 0; i < end; i++) if (phase.steps[i].name !== undefined) return true;
  return false;
}

/** How many of the phase's first steps `current` can see (steps are in document order). */
function visibleEnd(phase: PhaseSymbol, current: StepSymbol | undefined): number {
  if (!current || phase.index < current.phase.index) return current?.phase.stage === 'test' && phase.stage === 'build' ? 0 : phase.steps.length;
  if (phase === current.phase) return current.index;
  return 0;
}
