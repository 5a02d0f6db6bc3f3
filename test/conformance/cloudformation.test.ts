import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareWithCfn } from '../support/spec/cloudformation';
import { loadSchemaFiles } from '../support/spec/schemaFiles';
import { GENERATED_KINDS, RENAMES } from '../../tools/requestSchemas/kindSpecs';

/** Each request kind with a CloudFormation counterpart. The property names differ only by case, except these. */
const PAIRS: ReadonlyArray<[string, string]> = [
  ['create-component', 'AWS::ImageBuilder::Component'],
  ['create-image-recipe', 'AWS::ImageBuilder::ImageRecipe'],
  ['create-container-recipe', 'AWS::ImageBuilder::ContainerRecipe'],
  ['create-infrastructure-configuration', 'AWS::ImageBuilder::InfrastructureConfiguration'],
  ['update-infrastructure-configuration', 'AWS::ImageBuilder::InfrastructureConfiguration'],
  ...GENERATED_KINDS.map((k): [string, string] => [k.kind, k.cfnType]),
];

const EDITOR_ONLY = '$schema is for editors; the request schemas accept it, the CLI never sends it';
const CLIENT_TOKEN = 'clientToken is the API\'s idempotency token (the CLI fills it in); CloudFormation makes its own';
const API_REQUIRES = 'the API requires it ([REQUIRED] in the 2024-10-22 spec): CloudFormation\'s schema leaves nested members unmarked and passes them to the API, which rejects a request without it';

/** Reviewed differences between the request schemas and the CloudFormation specification, each with its reason. */
const KNOWN: Readonly<Record<string, string>> = {
  ...Object.fromEntries(PAIRS.flatMap(([kind]) => [
    [`${kind}.$schema: only in the request schema`, EDITOR_ONLY],
    [`${kind}.clientToken: only in the request schema`, CLIENT_TOKEN],
  ])),
  'create-image-recipe.components[].componentArn: required in the request schema only': API_REQUIRES,
  'create-container-recipe.components[].componentArn: required in the request schema only': API_REQUIRES,
  'create-container-recipe.targetRepository.service: required in the request schema only': API_REQUIRES,
  'create-container-recipe.targetRepository.repositoryName: required in the request schema only': API_REQUIRES,
  'create-container-recipe.platformOverride: enum differs (only in the request schema: macOS; only in CloudFormation: -)':
    'the API takes the shared Platform enum (the 2024-10-22 update added macOS to it); accepting more than CloudFormation cannot give a false error',
  ...Object.fromEntries(['create-distribution-configuration', 'update-distribution-configuration'].map((kind) => [
    `${kind}.distributions[].s3ExportConfiguration: only in the request schema`,
    'the API takes an S3 export (VM image disk export) per Region (seed, get-image\'s Distribution shape); CloudFormation\'s schema has no such property',
  ])),
  ...Object.fromEntries(['update-distribution-configuration', 'update-image-pipeline'].flatMap((kind) => [
    [`${kind}.name: only in CloudFormation (Name, required)`, 'a name cannot be changed: the update request names the resource by its ARN'],
    [`${kind}.tags: only in CloudFormation (Tags)`, 'the update API takes no tags (they are changed with tag-resource); CloudFormation updates them for you'],
  ])),
  'update-distribution-configuration.distributionConfigurationArn: only in the request schema': 'the update request names the resource it changes; in CloudFormation the resource is the logical id',
  'update-image-pipeline.imagePipelineArn: only in the request schema': 'the update request names the resource it changes; in CloudFormation the resource is the logical id',
  'create-image.imagePipelineExecutionSettings: only in CloudFormation (ImagePipelineExecutionSettings)': 'CloudFormation-only: when the stack re-runs the build; not a create-image request key',
  'create-image.deletionSettings: only in CloudFormation (DeletionSettings)': 'CloudFormation-only: the role CloudFormation uses to delete the image with the stack; not a create-image request key',
  'update-infrastructure-configuration.name: only in CloudFormation (Name, required)': 'a name cannot be changed: the update request names the resource by infrastructureConfigurationArn',
  'update-infrastructure-configuration.tags: only in CloudFormation (Tags)': 'the update API takes no tags (they are changed with tag-resource); CloudFormation updates them for you',
  'update-infrastructure-configuration.infrastructureConfigurationArn: only in the request schema': 'the update request names the resource it changes; in CloudFormation the resource is the logical id',
};

test('request schemas against the CloudFormation specification: only the reviewed differences', async (t) => {
  const files = loadSchemaFiles();
  const all: string[] = [];
  for (const [kind, type] of PAIRS) {
    await t.test(`${kind} ↔ ${type}`, () => {
      const found = compareWithCfn(files, `${kind}.request.schema.json`, type, { renames: RENAMES });
      all.push(...found);
      const unreviewed = found.filter((d) => !(d in KNOWN));
      assert.deepEqual(unreviewed, [], `differences with no reviewed reason:\n${unreviewed.join('\n')}`);
    });
  }
  await t.test('every reviewed difference still occurs', () => {
    const stale = Object.keys(KNOWN).filter((d) => !all.includes(d));
    assert.deepEqual(stale, [], 'reviewed differences that no longer occur (remove them)');
  });
});
