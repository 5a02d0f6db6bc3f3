import { getProperty } from '../ast/navigate';
import { ObjectNode, ValueNode } from '../ast/types';
import { didYouMean } from '../util/didYouMean';

/** How many top-level keys, phases and steps are looked at: detection stays O(1) in the document's size. */
const LOOK = 20;

/**
 * A component document whose `phases` is misspelt (`phase:`, `Phases:`) or comes without `schemaVersion`
 * and `name`, by the strongest evidence there is: a list of mappings with `steps` whose steps have an
 * `action` (what no other YAML format has), or `schemaVersion` beside a key one edit from `phases`.
 * Validation then reports the near miss (`unknown-property`, did you mean `phases`).
 */
export function looksLikeComponent(root: ObjectNode): boolean {
  const keys = root.properties.slice(0, LOOK);
  if (keys.some((p) => isPhaseList(p.valueNode))) return true;
  return getProperty(root, 'schemaVersion') !== undefined && keys.some((p) => didYouMean(p.keyNode.value, ['phases']) === 'phases');
}

function isPhaseList(value: ValueNode | undefined): boolean {
  return value?.type === 'array' && value.items.slice(0, LOOK).some((phase) => {
    if (phase.type !== 'object') return false;
    const steps = getProperty(phase, 'steps')?.valueNode;
    return steps?.type === 'array' && steps.items.slice(0, LOOK).some((step) => step.type === 'object' && getProperty(step, 'action') !== undefined);
  });
}
