import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TfSchemaFile } from '../../server/src/service/terraform/schemaTypes';
import { generate, OUTPUT } from '../../tools/terraform/generate';
import { pascal } from '../../tools/terraform/buildSchemas';
import { repoRoot } from '../support/paths';

const committed = (): string => fs.readFileSync(path.join(repoRoot, OUTPUT), 'utf8');

test('the committed Terraform schemas are what the generator gives (terraform providers schema + CloudFormation spec)', { timeout: 120_000 }, (t) => {
  const made = generate();
  if ('unavailable' in made) {
    t.skip(`skipped: ${made.unavailable}`);
    return;
  }
  assert.deepEqual(made.result.unmatched, [], 'names neither matched nor reviewed');
  assert.deepEqual(made.result.unused, [], 'stale reviewed entries');
  assert.equal(committed(), made.text, `${OUTPUT} is stale: run npm run generate:terraform`);
});

test('the schemas hold the nine resources, with structure from Terraform and enums and documentation from CloudFormation', () => {
  const file = JSON.parse(committed()) as TfSchemaFile;
  assert.deepEqual(Object.keys(file.resources), [
    'aws_imagebuilder_component', 'aws_imagebuilder_container_recipe', 'aws_imagebuilder_distribution_configuration', 'aws_imagebuilder_image',
    'aws_imagebuilder_image_pipeline', 'aws_imagebuilder_image_recipe', 'aws_imagebuilder_infrastructure_configuration',
    'aws_imagebuilder_lifecycle_policy', 'aws_imagebuilder_workflow',
  ]);
  const infra = file.resources.aws_imagebuilder_infrastructure_configuration;
  assert.equal(infra.cloudformationType, 'AWS::ImageBuilder::InfrastructureConfiguration');
  const placement = infra.block.blocks.placement;
  assert.equal(placement.maxItems, 1);
  assert.deepEqual(Object.keys(placement.block.attributes), ['availability_zone', 'host_id', 'host_resource_group_arn', 'tenancy']);
  assert.deepEqual(placement.block.attributes.tenancy.enum, ['default', 'dedicated', 'host']);
  assert.ok(placement.block.attributes.host_id.documentation);
  assert.equal(infra.block.attributes.instance_profile_name.required, true);
  assert.equal(infra.block.attributes.arn.computed, true);
  const component = file.resources.aws_imagebuilder_component.block.attributes;
  assert.deepEqual(component.platform.enum, ['Windows', 'Linux', 'macOS']);
  assert.equal(component.platform.cloudformation, 'Platform');
  const recipe = file.resources.aws_imagebuilder_image_recipe.block.blocks;
  assert.equal(recipe.component.minItems, 1);
  assert.equal(recipe.component.cloudformation, 'Components');
  assert.ok(recipe.block_device_mapping.block.blocks.ebs.block.attributes.volume_type.enum?.includes('gp3'));
  assert.equal(recipe.systems_manager_agent.cloudformation, 'AdditionalInstanceConfiguration.SystemsManagerAgent');
});

test('names match by snake_case to PascalCase', () => {
  assert.equal(pascal('host_resource_group_arn'), 'HostResourceGroupArn');
  assert.equal(pascal('s3_logs'), 'S3Logs');
});
