import { getProperty, getValue, stringValue } from '../../ast/navigate';
import { ObjectNode, PropertyNode } from '../../ast/types';
import { RequestRuleContext, ShapeRule } from './types';

/**
 * IOPS each EBS volume type accepts; `undefined` = the type takes no `iops`. The minimums are EC2's; the
 * maximums are capped at the Image Builder API's own limit for `iops` (64,000).
 */
const IOPS_RANGE: Readonly<Record<string, readonly [number, number] | undefined>> = {
  io1: [100, 64000],
  io2: [100, 64000],
  gp3: [3000, 64000],
  gp2: undefined,
  standard: undefined,
  sc1: undefined,
  st1: undefined,
};

/** EBS volume settings that EC2 rejects at launch: throughput off gp3, iops that the type does not take. */
export const ebsRule: ShapeRule = {
  shapes: ['EbsInstanceBlockDeviceSpecification'],
  check(ebs, context) {
    const volumeType = stringValue(ebs, 'volumeType');
    const throughput = getProperty(ebs, 'throughput');
    // Only types whose rules we know: a newer type (io2a, gp3a in the CloudFormation specification) is not judged.
    if (throughput && volumeType !== undefined && volumeType in IOPS_RANGE && volumeType !== 'gp3') {
      report(context, throughput, 'ebs-throughput-needs-gp3', `'throughput' applies only to gp3 volumes; this volume is '${volumeType}'.`);
    }
    if (volumeType === undefined || !(volumeType in IOPS_RANGE)) return;
    checkIops(ebs, volumeType, context);
  },
};

function checkIops(ebs: ObjectNode, volumeType: string, context: RequestRuleContext): void {
  const iops = getProperty(ebs, 'iops');
  const range = IOPS_RANGE[volumeType];
  if (!range) {
    if (iops) report(context, iops, 'ebs-iops-mismatch', `'${volumeType}' volumes do not take 'iops'; only io1, io2 and gp3 do.`);
    return;
  }
  if (!iops) {
    if (volumeType === 'io1' || volumeType === 'io2') {
      const typeProperty = getProperty(ebs, 'volumeType')!;
      report(context, typeProperty, 'ebs-iops-mismatch', `'${volumeType}' volumes need 'iops' (${range[0]}–${range[1]}).`);
    }
    return;
  }
  const value = getValue(ebs, 'iops');
  if (value?.type === 'number' && (value.value < range[0] || value.value > range[1])) {
    report(context, iops, 'ebs-iops-mismatch', `${value.value} IOPS is outside what '${volumeType}' volumes accept (${range[0]}–${range[1]}).`);
  }
}

function report(context: RequestRuleContext, property: PropertyNode, code: string, message: string): void {
  context.problems.push({ offset: property.keyNode.offset, length: property.keyNode.length, code, message });
}
