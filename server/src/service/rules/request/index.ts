import { ObjectNode } from '../../ast/types';
import { ebsRule } from './ebs';
import { exclusiveRules } from './exclusive';
import { macNeedsHostRule } from './macNeedsHost';
import { placementRule } from './placement';
import { RequestRuleContext, ShapeRule } from './types';

const SHAPE_RULES: readonly ShapeRule[] = [placementRule, macNeedsHostRule, ebsRule, ...exclusiveRules];

/** Runs every shape rule over the objects the schema check found of that shape. */
export function runShapeRules(shapes: ReadonlyMap<string, readonly ObjectNode[]>, context: RequestRuleContext): void {
  for (const rule of SHAPE_RULES) {
    for (const shape of rule.shapes) {
      for (const object of shapes.get(shape) ?? []) rule.check(object, context);
    }
  }
}
