import { getProperty } from '../../ast/navigate';
import { ObjectNode } from '../../ast/types';
import { anchorOf } from '../../validation/schemaValidator';
import { RequestRuleContext, ShapeRule } from './types';

/** Pairs of keys of which exactly one must be given. */
const PAIRS: ReadonlyArray<{ shapes: readonly string[]; keys: readonly [string, string]; what: string }> = [
  { shapes: ['create-component', 'import-component'], keys: ['data', 'uri'], what: 'the component document: inline YAML in \'data\' or an S3 URL in \'uri\'' },
  { shapes: ['create-container-recipe'], keys: ['dockerfileTemplateData', 'dockerfileTemplateUri'], what: 'the Dockerfile template: inline in \'dockerfileTemplateData\' or an S3 URL in \'dockerfileTemplateUri\'' },
];

export const exclusiveRules: ShapeRule[] = PAIRS.map(({ shapes, keys, what }) => ({
  shapes,
  check(object: ObjectNode, context: RequestRuleContext) {
    const [a, b] = keys.map((key) => getProperty(object, key));
    if (a && b) {
      for (const property of [a, b]) {
        context.problems.push({
          offset: property.keyNode.offset, length: property.keyNode.length, code: 'exclusive-properties',
          message: `'${keys[0]}' and '${keys[1]}' cannot both be given: choose one way to supply ${what}.`,
        });
      }
    } else if (!a && !b) {
      const anchor = anchorOf(object);
      context.problems.push({
        offset: anchor.offset, length: anchor.length, code: 'missing-property',
        message: `Give either '${keys[0]}' or '${keys[1]}': ${what}.`,
      });
    }
  },
}));
