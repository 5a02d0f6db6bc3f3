import { PropertyNode } from '../../ast/types';
import { Fix } from '../../validation/problem';
import { Fields, fieldsOf, UNKNOWN } from './fields';
import { RULE_SHAPES } from './shapes';
import { RuleContext, ShapeRule } from './types';

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
  shape: RULE_SHAPES.ebsVolume,
  check(ebs, context) {
    const fields = fieldsOf(ebs, context);
    const volumeType = fields.string('volumeType');
    if (volumeType === UNKNOWN) return;
    const throughput = fields.property('throughput');
    const { key } = context.host;
    // Only types whose rules we know: a newer type (io2a, gp3a in the CloudFormation specification) is not judged.
    if (throughput && volumeType !== undefined && volumeType in IOPS_RANGE && volumeType !== 'gp3') {
      report(context, throughput, 'ebs-throughput-needs-gp3', `'${key('throughput')}' applies only to gp3 volumes; this volume is '${volumeType}'.`);
    }
    if (volumeType === undefined || !(volumeType in IOPS_RANGE)) return;
    checkIops(fields, volumeType, context);
  },
};

/** The `iops` a fix inserts for io1/io2 when none is given: gp3's baseline, within every io range. */
const SUGGESTED_IOPS = 3000;

function checkIops(fields: Fields, volumeType: string, context: RuleContext): void {
  const { key, edits } = context.host;
  const iops = fields.property('iops');
  const range = IOPS_RANGE[volumeType];
  if (!range) {
    if (iops) {
      const fix: Fix = { title: `Remove '${key('iops')}'`, edits: [edits.remove(fields.object, iops)], preferred: true };
      report(context, iops, 'ebs-iops-mismatch', `'${volumeType}' volumes do not take '${key('iops')}'; only io1, io2 and gp3 do.`, fix);
    }
    return;
  }
  if (!iops) {
    if (volumeType === 'io1' || volumeType === 'io2') {
      const value = Math.min(Math.max(SUGGESTED_IOPS, range[0]), range[1]);
      const fix: Fix = { title: `Add '${key('iops')}: ${value}'`, edits: [edits.insert(fields.object, key('iops'), value)], preferred: true };
      report(context, fields.property('volumeType')!, 'ebs-iops-mismatch', `'${volumeType}' volumes need '${key('iops')}' (${range[0]}–${range[1]}).`, fix);
    }
    return;
  }
  const value = fields.value('iops');
  if (value !== UNKNOWN && value?.type === 'number' && (value.value < range[0] || value.value > range[1])) {
    const bound = value.value < range[0] ? range[0] : range[1];
    const edit = edits.replace(iops, bound);
    const fix: Fix | undefined = edit && { title: `Set '${key('iops')}' to ${bound}`, edits: [edit], preferred: true };
    report(context, iops, 'ebs-iops-mismatch', `${value.value} IOPS is outside what '${volumeType}' volumes accept (${range[0]}–${range[1]}).`, fix);
  }
}

function report(context: RuleContext, property: PropertyNode, code: string, message: string, fix?: Fix): void {
  context.problems.push({ offset: property.keyNode.offset, length: property.keyNode.length, code, message, fixes: fix ? [fix] : undefined });
}
