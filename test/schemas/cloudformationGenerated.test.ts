// schemas/cloudformation/ is exactly what `npm run generate:cloudformation` makes from the pinned
// @aws-cdk/aws-service-spec and our request schemas: a hand edit, a new package version or a changed
// request schema makes this fail until the generator is run again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadBundledSchemas } from '../../server/src/node/loadSchemas';
import type { JsonSchema } from '../../server/src/service/schema/types';
import { generateCloudFormationSchemas, OUTPUT_DIR } from '../../tools/generateCloudFormation';
import { schemasDir } from '../support/spec/schemaFiles';

const dir = path.join(schemasDir, OUTPUT_DIR);
const generated = generateCloudFormationSchemas(loadBundledSchemas());
const read = (name: string): JsonSchema => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as JsonSchema;

test('schemas/cloudformation holds exactly the generated files, byte for byte', () => {
  const onDisk = fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  assert.deepEqual(onDisk, [...generated.keys()].sort(), 'run `npm run generate:cloudformation`');
  for (const [name, text] of generated) {
    assert.equal(fs.readFileSync(path.join(dir, name), 'utf8'), text, `${name} differs from the pinned package: run \`npm run generate:cloudformation\``);
  }
});

test('every AWS::ImageBuilder resource type of the issue has a schema, with its attributes for GetAtt', () => {
  const types = [...generated.keys()].map((n) => String(read(n)['x-cloudformation-type']));
  for (const name of ['Component', 'ImageRecipe', 'ContainerRecipe', 'InfrastructureConfiguration', 'DistributionConfiguration',
    'ImagePipeline', 'Image', 'Workflow', 'LifecyclePolicy']) {
    assert.ok(types.includes(`AWS::ImageBuilder::${name}`), name);
  }
  const component = read('aws-imagebuilder-component.schema.json');
  assert.ok(Object.hasOwn(component['x-attributes'] as object, 'Arn'));
  assert.deepEqual(component.required, ['Name', 'Platform', 'Version']);
});

test('every $ref names a definition of its own file, and every definition is used', () => {
  for (const name of generated.keys()) {
    const schema = read(name);
    const used = new Set<string>();
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const ref = (node as JsonSchema).$ref;
      if (typeof ref === 'string') {
        const target = ref.replace(/^#\/definitions\//, '');
        assert.ok(schema.definitions?.[target], `${name}: ${ref}`);
        used.add(target);
      }
      for (const value of Object.values(node)) visit(value);
    };
    visit(schema);
    assert.deepEqual([...used].sort(), Object.keys(schema.definitions ?? {}).sort(), name);
  }
});

test('enums the service has: from the database, or borrowed from our request schemas and marked so', () => {
  const infra = read('aws-imagebuilder-infrastructureconfiguration.schema.json');
  assert.deepEqual(infra.definitions?.Placement.properties?.Tenancy.enum, ['default', 'dedicated', 'host']);
  assert.deepEqual(infra.definitions?.InstanceMetadataOptions.properties?.HttpTokens.enum, ['required', 'optional']);
  const component = read('aws-imagebuilder-component.schema.json');
  assert.deepEqual(component.properties?.Platform.enum, ['Windows', 'Linux', 'macOS']);
  const recipe = read('aws-imagebuilder-imagerecipe.schema.json');
  const ebs = recipe.definitions?.EbsInstanceBlockDeviceSpecification.properties;
  assert.ok(ebs?.VolumeType.enum?.includes('gp3'));
  assert.equal(ebs?.Throughput.minimum, 125);
  assert.match(String((ebs?.Throughput['x-borrowed'] as { from: string }).from), /^shapes\.schema\.json#\/definitions\/EbsInstanceBlockDeviceSpecification\//);
  assert.deepEqual(read('aws-imagebuilder-containerrecipe.schema.json').properties?.ContainerType.enum, ['DOCKER']);
  assert.deepEqual(read('aws-imagebuilder-imagepipeline.schema.json').properties?.Status.enum, ['DISABLED', 'ENABLED']);
});
