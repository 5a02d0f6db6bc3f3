/**
 * The request kinds whose schemas are generated from the CloudFormation specification (the 2024-10-22 spec
 * has no operation for them), and how each request differs from its resource type. Reviewed by hand; the
 * generated files are checked by test/conformance/cloudformation.test.ts like every request kind.
 */
import type { JsonSchema } from '../../server/src/service/schema/types';

export interface RequestKindSpec {
  /** Kind id and file stem, as the AWS CLI names the operation. */
  readonly kind: string;
  /** The operation in the SDK's snake case. */
  readonly operation: string;
  readonly cfnType: string;
  readonly title: string;
  /** The root's description, in our own words. */
  readonly description: string;
  /** The `shapes.schema.json` definition of the same resource in the seed (a get response), if any. */
  readonly seedRoot?: string;
  /** CloudFormation properties the API request does not have, with the reason (kept in the cross-check's list). */
  readonly omit?: readonly string[];
  /** Descriptions in our own words where CloudFormation's documentation repeats the seed's prose. */
  readonly descriptions?: Readonly<Record<string, string>>;
  /** Request-only properties first (an update names its resource by ARN), required. */
  readonly identifier?: { readonly name: string; readonly description: string };
}

/** Request property → CloudFormation property, where the names differ by more than case (at any depth). */
export const RENAMES: Readonly<Record<string, string>> = {
  semanticVersion: 'Version',
  launchPermission: 'LaunchPermissionConfiguration',
};

/**
 * Properties of a seed shape that CloudFormation lacks but the API request takes (kept, from the seed):
 * CloudFormation type name → request property names.
 */
export const SEED_ONLY: Readonly<Record<string, readonly string[]>> = {
  Distribution: ['s3ExportConfiguration'],
};

/** CloudFormation-only resource settings (handled by CloudFormation, never sent by the CLI). */
const CFN_ONLY_IMAGE = ['ImagePipelineExecutionSettings', 'DeletionSettings'];
/** What an update cannot change: the name (the ARN names the resource) and the tags (tag-resource does). */
const NOT_UPDATED = ['Name', 'Tags'];

const ARN = (what: string): { name: string; description: string } => ({
  name: `${what.charAt(0).toLowerCase()}${what.slice(1)}Arn`,
  description: `ARN of the ${what.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} to change.`,
});

export const GENERATED_KINDS: readonly RequestKindSpec[] = [
  {
    kind: 'create-distribution-configuration', operation: 'create_distribution_configuration', cfnType: 'AWS::ImageBuilder::DistributionConfiguration',
    title: 'CreateDistributionConfigurationRequest', seedRoot: 'DistributionConfiguration',
    description: 'Input of aws imagebuilder create-distribution-configuration: where and how the images that a pipeline builds are copied, shared and launched, Region by Region.',
  },
  {
    kind: 'update-distribution-configuration', operation: 'update_distribution_configuration', cfnType: 'AWS::ImageBuilder::DistributionConfiguration',
    title: 'UpdateDistributionConfigurationRequest', seedRoot: 'DistributionConfiguration', omit: NOT_UPDATED,
    identifier: ARN('DistributionConfiguration'),
    description: 'Input of aws imagebuilder update-distribution-configuration: the new description and distributions of an existing distribution configuration.',
  },
  {
    kind: 'create-image-pipeline', operation: 'create_image_pipeline', cfnType: 'AWS::ImageBuilder::ImagePipeline',
    title: 'CreateImagePipelineRequest', seedRoot: 'ImagePipeline',
    description: 'Input of aws imagebuilder create-image-pipeline: a recipe, an infrastructure configuration and optionally a distribution configuration and schedule, built together on demand or on a schedule.',
  },
  {
    kind: 'update-image-pipeline', operation: 'update_image_pipeline', cfnType: 'AWS::ImageBuilder::ImagePipeline',
    title: 'UpdateImagePipelineRequest', seedRoot: 'ImagePipeline', omit: NOT_UPDATED,
    identifier: ARN('ImagePipeline'),
    description: 'Input of aws imagebuilder update-image-pipeline: the new settings of an existing image pipeline (its name and tags stay).',
  },
  {
    kind: 'create-image', operation: 'create_image', cfnType: 'AWS::ImageBuilder::Image',
    title: 'CreateImageRequest', seedRoot: 'ImagePipeline', omit: CFN_ONLY_IMAGE,
    description: 'Input of aws imagebuilder create-image: build one image now from a recipe and an infrastructure configuration, without a pipeline.',
  },
  {
    kind: 'create-workflow', operation: 'create_workflow', cfnType: 'AWS::ImageBuilder::Workflow',
    title: 'CreateWorkflowRequest',
    descriptions: {
      changeDescription: 'Notes on what is new or different in this version of the workflow.',
      data: 'The workflow document as inline YAML. Give either data or uri, not both.',
      uri: 'S3 location (s3://bucket/key) of the YAML workflow document. Give either uri or data, not both.',
    },
    description: 'Input of aws imagebuilder create-workflow: a build, test or distribution workflow document, inline or in S3, under a name and version.',
  },
  {
    kind: 'create-lifecycle-policy', operation: 'create_lifecycle_policy', cfnType: 'AWS::ImageBuilder::LifecyclePolicy',
    title: 'CreateLifecyclePolicyRequest',
    descriptions: {
      executionRole: 'Name or ARN of the IAM role that Image Builder assumes to run the lifecycle actions.',
    },
    description: 'Input of aws imagebuilder create-lifecycle-policy: which images or containers to deprecate, disable or delete, chosen by age or count, recipe or tags.',
  },
];

/** Leaves that CloudFormation leaves as plain strings but the API checks, by request property name. */
export const LEAF_FORMATS: Readonly<Record<string, Pick<JsonSchema, 'format'>>> = {
  semanticVersion: { format: 'semantic-version' },
  uri: { format: 's3-uri' },
};
