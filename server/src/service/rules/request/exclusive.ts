import { ObjectNode } from '../../ast/types';
import { anchorOf } from '../../validation/schemaValidator';
import { fieldsOf } from './fields';
import { RULE_SHAPES } from './shapes';
import { RuleContext, ShapeRule } from './types';

/** Pairs of fields (by meaning) of which exactly one must be given; `what` gets the spelled keys. */
const PAIRS: ReadonlyArray<{ shape: string; fields: readonly [string, string]; what: (a: string, b: string) => string }> = [
  { shape: RULE_SHAPES.componentSource, fields: ['data', 'uri'], what: (a, b) => `the component document: inline YAML in '${a}' or an S3 URL in '${b}'` },
  { shape: RULE_SHAPES.dockerfileSource, fields: ['dockerfileTemplateData', 'dockerfileTemplateUri'], what: (a, b) => `the Dockerfile template: inline in '${a}' or an S3 URL in '${b}'` },
];

export const exclusiveRules: ShapeRule[] = PAIRS.map(({ shape, fields, what }) => ({
  shape,
  check(object: ObjectNode, context: RuleContext) {
    const view = fieldsOf(object, context);
    const keys = fields.map((meaning) => context.host.key(meaning));
    const [a, b] = fields.map((meaning) => view.property(meaning));
    const whatText = what(keys[0], keys[1]);
    if (a && b) {
      // One problem, one diagnostic: at the later key, with the earlier one as related information.
      const [first, second] = a.offset < b.offset ? [a, b] : [b, a];
      context.problems.push({
        offset: second.keyNode.offset, length: second.keyNode.length, code: 'exclusive-properties',
        message: `'${keys[0]}' and '${keys[1]}' cannot both be given: choose one way to supply ${whatText}.`,
        related: [{ offset: first.keyNode.offset, length: first.keyNode.length, message: `'${first.keyNode.value}' is also given here` }],
        fixes: [first, second].map((remove) => ({ title: `Remove '${remove.keyNode.value}'`, edits: [context.host.edits.remove(object, remove)] })),
      });
    } else if (!a && !b) {
      const anchor = anchorOf(object);
      context.problems.push({
        offset: anchor.offset, length: anchor.length, code: 'missing-property',
        message: `Give either '${keys[0]}' or '${keys[1]}': ${whatText}.`,
      });
    }
  },
}));
