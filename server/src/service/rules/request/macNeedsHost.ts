import { getProperty, getValue, stringValue } from '../../ast/navigate';
import { insertProperty } from '../../edits/propertyEdits';
import { Fix } from '../../validation/problem';
import { setTenancyHost } from './placement';
import { ShapeRule } from './types';

/** Mac instance families (mac1, mac2, mac2-m2, mac2-m2pro, …) run only on Dedicated Hosts. */
const MAC_INSTANCE = /^mac\d/;

export const macNeedsHostRule: ShapeRule = {
  shapes: [
    'create-infrastructure-configuration', 'update-infrastructure-configuration',
    'InfrastructureConfiguration', 'InfrastructureConfigurationSummary',
  ],
  check(configuration, context) {
    const types = getValue(configuration, 'instanceTypes');
    if (types?.type !== 'array') return;
    const placementNode = getValue(configuration, 'placement');
    const placement = placementNode?.type === 'object' ? placementNode : undefined;
    if (placement && stringValue(placement, 'tenancy') === 'host') return;
    if (placementNode && !placement) return; // a wrong type is reported by the schema check
    for (const item of types.items) {
      if (item.type !== 'string' || !MAC_INSTANCE.test(item.value)) continue;
      let fix: Fix;
      if (placement) fix = setTenancyHost(placement, context);
      else {
        const value = context.json ? '{ "tenancy": "host" }' : '{ tenancy: host }';
        fix = { title: "Add 'placement' with 'tenancy: host'", edits: [insertProperty(context.text, configuration, 'placement', value, context.json)], preferred: true };
      }
      const tenancy = placement ? getProperty(placement, 'tenancy') : undefined;
      context.problems.push({
        offset: item.offset, length: item.length, code: 'mac-needs-host',
        message: `'${item.value}' is a Mac instance type: Mac instances run only on Dedicated Hosts, so set 'placement.tenancy' to 'host'.`,
        related: tenancy ? [{ offset: tenancy.offset, length: tenancy.length, message: 'tenancy is set here' }] : undefined,
        fixes: [fix],
      });
    }
  },
};
