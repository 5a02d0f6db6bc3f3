import { Fix } from '../../validation/problem';
import { fieldsOf, UNKNOWN } from './fields';
import { setTenancyHost } from './placement';
import { RULE_SHAPES } from './shapes';
import { ShapeRule } from './types';

/** Mac instance families (mac1, mac2, mac2-m2, mac2-m2pro, …) run only on Dedicated Hosts. */
const MAC_INSTANCE = /^mac\d/;

export const macNeedsHostRule: ShapeRule = {
  shape: RULE_SHAPES.infrastructureConfiguration,
  check(configuration, context) {
    const { key, edits } = context.host;
    const fields = fieldsOf(configuration, context);
    const types = fields.value('instanceTypes');
    if (types === UNKNOWN || types?.type !== 'array') return;
    const placementNode = fields.value('placement');
    if (placementNode === UNKNOWN) return;
    const placement = placementNode?.type === 'object' ? placementNode : undefined;
    if (placementNode && !placement) return; // a wrong type is reported by the schema check
    const tenancy = placement ? fieldsOf(placement, context).string('tenancy') : undefined;
    if (tenancy === 'host' || tenancy === UNKNOWN) return;
    const tenancyProperty = placement ? fieldsOf(placement, context).property('tenancy') : undefined;
    for (const item of types.items) {
      if (item.type !== 'string' || !MAC_INSTANCE.test(item.value)) continue;
      const fix: Fix = placement
        ? setTenancyHost(placement, context)
        : { title: `Add '${key('placement')}' with '${key('tenancy')}: host'`, edits: [edits.insert(configuration, key('placement'), { [key('tenancy')]: 'host' })], preferred: true };
      context.problems.push({
        offset: item.offset, length: item.length, code: 'mac-needs-host',
        message: `'${item.value}' is a Mac instance type: Mac instances run only on Dedicated Hosts, so set '${key('placement')}.${key('tenancy')}' to 'host'.`,
        related: tenancyProperty ? [{ offset: tenancyProperty.offset, length: tenancyProperty.length, message: `${key('tenancy')} is set here` }] : undefined,
        fixes: [fix],
      });
    }
  },
};
