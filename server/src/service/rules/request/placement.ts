import { ObjectNode } from '../../ast/types';
import { Fix } from '../../validation/problem';
import { fieldsOf, UNKNOWN } from './fields';
import { RULE_SHAPES } from './shapes';
import { RuleContext, ShapeRule } from './types';

const TARGETS = ['hostId', 'hostResourceGroupArn'] as const;

/** A placement: one target at most, and targets only with `tenancy: host`. */
export const placementRule: ShapeRule = {
  shape: RULE_SHAPES.placement,
  check(placement, context) {
    const fields = fieldsOf(placement, context);
    const { key, edits } = context.host;
    const present = TARGETS.map((meaning) => fields.property(meaning)).filter((p) => p !== undefined);
    if (present.length === 2) {
      for (const property of present) {
        const other = present.find((p) => p !== property)!;
        context.problems.push({
          offset: property.keyNode.offset, length: property.keyNode.length, code: 'placement-target-conflict',
          message: `'${key('hostId')}' and '${key('hostResourceGroupArn')}' cannot both be set: give one placement target at most.`,
          related: [{ offset: other.keyNode.offset, length: other.keyNode.length, message: `'${other.keyNode.value}' is also set here` }],
          fixes: present.map((remove) => ({ title: `Remove '${remove.keyNode.value}'`, edits: [edits.remove(placement, remove)] })),
        });
      }
    }
    const tenancy = fields.string('tenancy');
    if (tenancy === 'host' || tenancy === UNKNOWN) return;
    for (const property of present) {
      const name = property.keyNode.value;
      const now = tenancy === undefined ? `'${key('tenancy')}' is not set` : `'${key('tenancy')}' is '${tenancy}'`;
      context.problems.push({
        offset: property.keyNode.offset, length: property.keyNode.length, code: 'placement-target-needs-host',
        message: `'${name}' applies only when '${key('tenancy')}' is 'host', but ${now}.`,
        fixes: [setTenancyHost(placement, context), { title: `Remove '${name}'`, edits: [edits.remove(placement, property)] }],
      });
    }
  },
};

/** The fix that sets the tenancy of a placement to `host` (replacing or adding the key). */
export function setTenancyHost(placement: ObjectNode, context: RuleContext): Fix {
  const { key, edits } = context.host;
  const tenancy = fieldsOf(placement, context).property('tenancy');
  const edit = tenancy?.valueNode ? edits.replace(tenancy, 'host')! : edits.insert(placement, key('tenancy'), 'host');
  return { title: `Set '${key('tenancy')}' to 'host'`, edits: [edit], preferred: true };
}
