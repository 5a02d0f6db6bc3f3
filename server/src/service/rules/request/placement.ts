import { getProperty, stringValue } from '../../ast/navigate';
import { ObjectNode } from '../../ast/types';
import { insertProperty, removeProperty, replaceValue } from '../../edits/propertyEdits';
import { Fix } from '../../validation/problem';
import { RequestRuleContext, ShapeRule } from './types';

const TARGETS = ['hostId', 'hostResourceGroupArn'] as const;

/** `placement`: one target at most, and targets only with `tenancy: host`. */
export const placementRule: ShapeRule = {
  shapes: ['Placement'],
  check(placement, context) {
    const present = TARGETS.map((key) => getProperty(placement, key)).filter((p) => p !== undefined);
    if (present.length === 2) {
      for (const property of present) {
        const other = present.find((p) => p !== property)!;
        context.problems.push({
          offset: property.keyNode.offset, length: property.keyNode.length, code: 'placement-target-conflict',
          message: `'hostId' and 'hostResourceGroupArn' cannot both be set: give one placement target at most.`,
          related: [{ offset: other.keyNode.offset, length: other.keyNode.length, message: `'${other.keyNode.value}' is also set here` }],
          fixes: present.map((remove) => ({ title: `Remove '${remove.keyNode.value}'`, edits: [removeProperty(context.text, placement, remove)] })),
        });
      }
    }
    const tenancy = stringValue(placement, 'tenancy');
    if (tenancy === 'host') return;
    for (const property of present) {
      const key = property.keyNode.value;
      const now = tenancy === undefined ? "'tenancy' is not set" : `'tenancy' is '${tenancy}'`;
      context.problems.push({
        offset: property.keyNode.offset, length: property.keyNode.length, code: 'placement-target-needs-host',
        message: `'${key}' applies only when 'tenancy' is 'host', but ${now}.`,
        fixes: [setTenancyHost(placement, context), { title: `Remove '${key}'`, edits: [removeProperty(context.text, placement, property)] }],
      });
    }
  },
};

/** The fix that sets `tenancy` to `host` in a placement object (replacing or adding the key). */
export function setTenancyHost(placement: ObjectNode, context: RequestRuleContext): Fix {
  const tenancy = getProperty(placement, 'tenancy');
  const edit = tenancy?.valueNode
    ? replaceValue(tenancy, 'host', context.json)!
    : insertProperty(context.text, placement, 'tenancy', context.json ? '"host"' : 'host', context.json);
  return { title: "Set 'tenancy' to 'host'", edits: [edit], preferred: true };
}
