import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open } from '../support/harness';

/** Each case: a document and the kind it must be detected as (null: not an Image Builder file). */
const CASES: ReadonlyArray<{ name: string; file: string; text: string; kind: string | null; source?: string }> = [
  { name: 'infrastructure by instanceProfileName', file: 'infra.json', text: '{"name": "a", "instanceProfileName": "p"}', kind: 'create-infrastructure-configuration' },
  { name: 'infrastructure by placement only', file: 'infra.json', text: '{"placement": {"tenancy": "host"}}', kind: 'create-infrastructure-configuration' },
  { name: 'update request by its ARN', file: 'u.json', text: '{"infrastructureConfigurationArn": "arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/x", "instanceProfileName": "p"}', kind: 'update-infrastructure-configuration' },
  { name: 'image recipe', file: 'r.json', text: '{"name": "r", "parentImage": "ami-1", "components": []}', kind: 'create-image-recipe' },
  { name: 'container recipe', file: 'c.json', text: '{"containerType": "DOCKER"}', kind: 'create-container-recipe' },
  { name: 'create component', file: 'c.json', text: '{"name": "c", "semanticVersion": "1.0.0", "platform": "Linux", "data": "x"}', kind: 'create-component' },
  { name: 'import component', file: 'c.json', text: '{"name": "c", "semanticVersion": "1.0.0", "platform": "Linux", "type": "BUILD", "format": "SHELL", "uri": "s3://b/k"}', kind: 'import-component' },
  { name: 'vm import', file: 'v.json', text: '{"vmImportTaskId": "import-ami-1"}', kind: 'import-vm-image' },
  { name: 'saved get-infrastructure-configuration output', file: 'g.json', text: '{"requestId": "r", "infrastructureConfiguration": {}}', kind: 'get-infrastructure-configuration.response' },
  { name: 'component document', file: 'c.yaml', text: 'schemaVersion: 1.0\nphases: []\n', kind: 'component-document' },
  { name: 'YAML request for --cli-input-yaml', file: 'i.yaml', text: 'name: a\ninstanceProfileName: p\n', kind: 'create-infrastructure-configuration' },
  { name: '$schema overrides content', file: 'x.json', text: '{"$schema": "../schemas/import-vm-image.request.schema.json", "name": "a"}', kind: 'import-vm-image', source: 'schema' },
  { name: 'first-line comment', file: 'x.yaml', text: '# imagebuilder-kind: create-image-recipe\nname: a\n', kind: 'create-image-recipe', source: 'comment' },
  { name: 'package.json is not ours', file: 'package.json', text: '{"name": "x", "version": "1.0.0", "scripts": {}}', kind: null },
  { name: 'a CI workflow is not ours', file: 'ci.yml', text: 'name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n', kind: null },
  { name: 'a compose file is not ours', file: 'compose.yaml', text: 'services:\n  web:\n    image: nginx\n', kind: null },
  { name: 'a CloudFormation template is a template (with no Image Builder resource it gets nothing)', file: 't.yaml', text: 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n', kind: 'cloudformation-template' },
];

for (const c of CASES) {
  test(`detects: ${c.name}`, () => {
    const { analysis } = open(c.text, { name: c.file });
    assert.equal(analysis.detection.kind?.id ?? null, c.kind);
    if (c.source) assert.equal(analysis.detection.source, c.source);
  });
}

test('a fileKinds glob setting overrides content', () => {
  const settings = { fileKinds: { 'infra/*.yaml': 'update-infrastructure-configuration' }, fileNameConventions: {}, component: { platform: 'auto' as const }, diagnostics: { severity: {} }, maxFileSize: 5_000_000 };
  const { analysis } = open('name: a\ninstanceProfileName: p\n', { name: 'infra/dev.yaml', settings });
  assert.equal(analysis.detection.kind?.id, 'update-infrastructure-configuration');
  assert.equal(analysis.detection.source, 'setting');
});

test('a kind chosen by the user wins over everything', () => {
  const { analysis } = open('{"vmImportTaskId": "x"}', { name: 'v.json', kind: 'create-component' });
  assert.equal(analysis.detection.kind?.id, 'create-component');
  assert.equal(analysis.detection.source, 'override');
});
