import { ObjectNode } from '../../ast/types';
import { Fix } from '../../validation/problem';
import { fieldsOf, UNKNOWN } from './fields';
import { RULE_SHAPES } from './shapes';
import { RuleContext, ShapeRule } from './types';

const TARGETS = ['hostId', 'hostResourceGroupArn'] as const;
/** The tenancies a placement takes; any other value is the schema's invalid-value, and feeds no rule here. */
const TENANCIES = new Set(['default', 'dedicated', 'host']);

/**
 * A placement: one target at most, and targets only with `tenancy: host`. With both targets given,
 * each problem is reported once: the conflict at the second target (related: the first; a fix removing
 * either), the missing host tenancy at the first.
 */
export const placementRule: ShapeRule = {
  shape: RULE_SHAPES.placement,
  check(placement, context) {
    const fields = fieldsOf(placement, context);
    const { key, edits } = context.host;
    const present = TARGETS.map((meaning) => fields.property(meaning)).filter((p) => p !== undefined).sort((a, b) => a.offset - b.offset);
    if (present.length === 2) {
      const [first, second] = present;
      context.problems.push({
        offset: second.keyNode.offset, length: second.keyNode.length, code: 'placement-target-conflict',
        message: `'${key('hostId')}' and '${key('hostResourceGroupArn')}' cannot both be set: give one placement target at most.`,
        related: [{ offset: first.keyNode.offset, length: first.keyNode.length, message: `'${first.keyNode.value}' is also set here` }],
        fixes: present.map((remove) => ({ title: `Remove '${remove.keyNode.value}'`, edits: [edits.remove(placement, remove)] })),
      });
    }
    const tenancy = fields.string('tenancy');
    if (tenancy === 'host' || tenancy === UNKNOWN || present.length === 0) return;
    if (tenancy !== undefined && !TENANCIES.has(tenancy)) return; // a typo ('Host') is reported once, as invalid-value
    const property = present[0];
    const name = property.keyNode.value;
    const now = tenancy === undefined ? `'${key('tenancy')}' is not set` : `'${key('tenancy')}' is '${tenancy}'`;
    context.problems.push({
      offset: property.keyNode.offset, length: property.keyNode.length, code: 'placement-target-needs-host',
      message: `'${name}' applies only when '${key('tenancy')}' is 'host', but ${now}.`,
      fixes: [setTenancyHost(placement, context), { title: `Remove '${name}'`, edits: [edits.remove(placement, property)] }],
    });
  },
};

/** The fix that sets the tenancy of a placement to `host` (replacing or adding the key). */
export function setTenancyHost(placement: ObjectNode, context: RuleContext): Fix {
  const { key, edits } = context.host;
  const tenancy = fieldsOf(placement, context).property('tenancy');
  const edit = tenancy?.valueNode ? edits.replace(tenancy, 'host')! : edits.insert(placement, key('tenancy'), 'host');
  return { title: `Set '${key('tenancy')}' to 'host'`, edits: [edit], preferred: true };
}
