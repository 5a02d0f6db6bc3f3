/**
 * The shapes the rules look at, by meaning. A host maps its schema shapes onto them (requests:
 * `request/requestHost.ts`), so the same rule runs on `placement`, `Placement` and `placement { }`.
 */
export const RULE_SHAPES = {
  /** `tenancy`, `hostId`, `hostResourceGroupArn`. */
  placement: 'Placement',
  /** `instanceTypes`, `placement`. */
  infrastructureConfiguration: 'InfrastructureConfiguration',
  /** `volumeType`, `iops`, `throughput`. */
  ebsVolume: 'EbsVolume',
  /** `data` or `uri`: where a component document comes from. */
  componentSource: 'ComponentSource',
  /** `dockerfileTemplateData` or `dockerfileTemplateUri`. */
  dockerfileSource: 'DockerfileSource',
} as const;
