import { ObjectNode } from '../../ast/types';
import { ebsRule } from './ebs';
import { exclusiveRules } from './exclusive';
import { macNeedsHostRule } from './macNeedsHost';
import { placementRule } from './placement';
import { RuleContext, ShapeRule } from './types';

const SHAPE_RULES: readonly ShapeRule[] = [placementRule, macNeedsHostRule, ebsRule, ...exclusiveRules];

/**
 * Runs every shape rule over the objects the schema check found: `shapes` holds them by schema shape
 * name (`Placement`, a kind id for a request's root); `ruleShapeOf` is the host's map from those names
 * to rule shapes (`shapes.ts`).
 */
export function runShapeRules(shapes: ReadonlyMap<string, readonly ObjectNode[]>, ruleShapeOf: (schemaShape: string) => string | undefined, context: RuleContext): void {
  for (const rule of SHAPE_RULES) {
    for (const [name, objects] of shapes) {
      if (ruleShapeOf(name) !== rule.shape) continue;
      for (const object of objects) rule.check(object, context);
    }
  }
}
