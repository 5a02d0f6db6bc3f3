import { Schema } from './componentSchema';

/**
 * Minimal request schemas (infrastructure configuration, image recipe) for the JSON server while
 * the exported ones are not in `schemas/`: the keys the generated files use, with the enums that
 * completion offers (`tenancy`, `volumeType`, `httpTokens`).
 */
export function fallbackRequestSchema(family: 'infrastructure' | 'recipe'): Schema {
  const base = { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', additionalProperties: false };
  const tags: Schema = { description: 'Tags: key-value pairs.', type: 'object', additionalProperties: { type: 'string', maxLength: 256 } };
  const str = (description: string): Schema => ({ description, type: 'string', minLength: 1 });
  if (family === 'infrastructure') {
    return {
      ...base,
      title: 'CreateInfrastructureConfigurationRequest',
      required: ['name', 'instanceProfileName'],
      properties: {
        $schema: { type: 'string' },
        name: str('Name of the infrastructure configuration.'),
        description: str('Description.'),
        instanceTypes: { description: 'Instance types.', type: 'array', items: { type: 'string' } },
        instanceProfileName: str('IAM instance profile.'),
        securityGroupIds: { type: 'array', items: { type: 'string' } },
        subnetId: str('Subnet.'),
        logging: {
          type: 'object', additionalProperties: false,
          properties: { s3Logs: { type: 'object', additionalProperties: false, properties: { s3BucketName: str('Bucket.'), s3KeyPrefix: str('Prefix.') } } },
        },
        keyPair: str('EC2 key pair.'),
        terminateInstanceOnFailure: { type: 'boolean', description: 'Terminate the instance when the build fails.' },
        snsTopicArn: str('SNS topic.'),
        tags,
        resourceTags: tags,
        instanceMetadataOptions: {
          type: 'object', additionalProperties: false,
          properties: {
            httpTokens: { description: 'IMDSv2 token use.', type: 'string', enum: ['required', 'optional'] },
            httpPutResponseHopLimit: { type: 'integer', minimum: 1, maximum: 64 },
          },
        },
        placement: {
          type: 'object', additionalProperties: false,
          properties: {
            availabilityZone: str('Availability zone.'),
            tenancy: { description: 'Instance tenancy.', type: 'string', enum: ['default', 'dedicated', 'host'] },
            hostId: str('Dedicated host.'),
            hostResourceGroupArn: str('Host resource group.'),
          },
        },
      },
    };
  }
  const ebs: Schema = {
    type: 'object', additionalProperties: false,
    properties: {
      encrypted: { type: 'boolean' }, deleteOnTermination: { type: 'boolean' },
      iops: { type: 'integer', minimum: 100, maximum: 64000 }, kmsKeyId: str('KMS key.'), snapshotId: str('Snapshot.'),
      volumeSize: { description: 'Size in GiB.', type: 'integer', minimum: 1, maximum: 16000 },
      volumeType: { description: 'Volume type.', type: 'string', enum: ['standard', 'io1', 'io2', 'gp2', 'gp3', 'sc1', 'st1'] },
      throughput: { type: 'integer', minimum: 125, maximum: 1000 },
    },
  };
  return {
    ...base,
    title: 'CreateImageRecipeRequest',
    required: ['name', 'semanticVersion', 'components', 'parentImage'],
    properties: {
      $schema: { type: 'string' },
      name: str('Name of the recipe.'),
      description: str('Description.'),
      semanticVersion: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },
      parentImage: str('Base image.'),
      components: {
        type: 'array', minItems: 1,
        items: {
          type: 'object', additionalProperties: false, required: ['componentArn'],
          properties: {
            componentArn: str('Component ARN.'),
            parameters: { type: 'array', items: { type: 'object', properties: { name: str('Name.'), value: { type: 'array', items: { type: 'string' } } } } },
          },
        },
      },
      blockDeviceMappings: {
        type: 'array',
        items: { type: 'object', additionalProperties: false, properties: { deviceName: str('Device name.'), ebs, virtualName: str('Virtual device.'), noDevice: { type: 'string' } } },
      },
      workingDirectory: str('Working directory.'),
      tags,
    },
  };
}
