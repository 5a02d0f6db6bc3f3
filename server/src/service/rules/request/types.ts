import { ObjectNode } from '../../ast/types';
import { KindInfo } from '../../kinds/kinds';
import { Problem } from '../../validation/problem';

export interface RequestRuleContext {
  readonly text: string;
  readonly json: boolean;
  readonly kind: KindInfo;
  readonly problems: Problem[];
}

/** A rule about one shape of object, wherever that shape occurs (request root, nested, or inside a response). */
export interface ShapeRule {
  /** Shape names (schema definition names, or kind ids for kind roots) the rule looks at. */
  readonly shapes: readonly string[];
  check(object: ObjectNode, context: RequestRuleContext): void;
}
