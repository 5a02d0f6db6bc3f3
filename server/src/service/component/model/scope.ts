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
 * The steps of `phase` that chaining from `current` may refer to: earlier steps only, and nothing
 * of the build stage from a test-stage phase. All steps when there is no current step.
 */
export function visibleSteps(phase: PhaseSymbol, current: StepSymbol | undefined): StepSymbol[] {
  const named = phase.steps.filter((s) => s.name !== undefined);
  if (!current) return named;
  if (current.phase.stage === 'test' && phase.stage === 'build') return [];
  if (phase.index < current.phase.index) return named;
  if (phase === current.phase) return named.filter((s) => s.index < current.index);
  return [];
}
