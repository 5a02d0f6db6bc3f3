import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyCompletion, completionLabels } from '../support/harness';

/** Each case: a document with a `CURSOR` (U+0001), and the completion labels offered there, in display order. */
const CASES: ReadonlyArray<{ name: string; file: string; text: string; expect: string[] }> = [
  {
    name: 'JSON tenancy value',
    file: 'infra.json',
    text: '{"name": "x", "instanceProfileName": "p", "placement": {"tenancy": \u0001}}',
    expect: ['default', 'dedicated', 'host'],
  },
  {
    name: 'JSON tenancy value inside quotes',
    file: 'infra.json',
    text: '{"name": "x", "instanceProfileName": "p", "placement": {"tenancy": "d\u0001"}}',
    expect: ['default', 'dedicated', 'host'],
  },
  {
    name: 'YAML tenancy value',
    file: 'infra.yaml',
    text: 'name: x\ninstanceProfileName: p\nplacement:\n  tenancy: \u0001\n',
    expect: ['default', 'dedicated', 'host'],
  },
  {
    name: 'JSON placement keys in a half-typed document (no closing braces)',
    file: 'infra.json',
    text: '{"name": "x", "instanceProfileName": "p", "placement": {"hostId": "h-1", "\u0001',
    expect: ['availabilityZone', 'tenancy', 'hostResourceGroupArn'],
  },
  {
    name: 'YAML placement keys while typing a key',
    file: 'infra.yaml',
    text: 'name: x\ninstanceProfileName: p\nplacement:\n  ten\u0001\n',
    expect: ['availabilityZone', 'tenancy', 'hostId', 'hostResourceGroupArn'],
  },
  {
    name: 'component request platform (JSON)',
    file: 'component.json',
    text: '{"name": "c", "semanticVersion": "1.0.0", "data": "x", "platform": "\u0001"}',
    expect: ['Windows', 'Linux', 'macOS'],
  },
  {
    name: 'container recipe platformOverride (YAML)',
    file: 'container.yaml',
    text: 'containerType: DOCKER\nplatformOverride: \u0001\n',
    expect: ['Windows', 'Linux', 'macOS'],
  },
  {
    name: 'EBS volume types deep in a recipe',
    file: 'recipe.json',
    text: '{"name": "r", "parentImage": "ami-1", "components": [], "blockDeviceMappings": [{"deviceName": "/dev/xvda", "ebs": {"volumeType": \u0001}}]}',
    expect: ['standard', 'io1', 'io2', 'gp2', 'gp3', 'sc1', 'st1', 'io2a', 'gp3a'],
  },
  {
    name: 'EBS volume types in YAML lists',
    file: 'recipe.yaml',
    text: 'name: r\nparentImage: ami-1\ncomponents: []\nblockDeviceMappings:\n  - deviceName: /dev/xvda\n    ebs:\n      volumeType: \u0001\n',
    expect: ['standard', 'io1', 'io2', 'gp2', 'gp3', 'sc1', 'st1', 'io2a', 'gp3a'],
  },
  {
    name: 'booleans',
    file: 'infra.yaml',
    text: 'name: x\ninstanceProfileName: p\nterminateInstanceOnFailure: \u0001\n',
    expect: ['true', 'false'],
  },
  {
    name: 'top-level keys: required first, then the rest in spec order; present keys left out',
    file: 'vm.json',
    text: '{"vmImportTaskId": "import-ami-1", \u0001}',
    expect: ['name', 'semanticVersion', 'platform', 'description', 'osVersion', 'tags', 'clientToken'],
  },
];

for (const c of CASES) {
  test(`completion: ${c.name}`, () => {
    assert.deepEqual(completionLabels(c.text, { name: c.file }), c.expect);
  });
}

test('completing a key inserts the value skeleton with the required keys (YAML)', () => {
  const text = 'name: my-recipe\nsemanticVersion: 1.0.0\nparentImage: ami-1\ncomponents: []\n\u0001\n';
  assert.equal(applyCompletion(text, 'additionalInstanceConfiguration', { name: 'recipe.yaml' }), 'name: my-recipe\nsemanticVersion: 1.0.0\nparentImage: ami-1\ncomponents: []\nadditionalInstanceConfiguration:\n  \n');
  assert.equal(applyCompletion('containerType: DOCKER\n\u0001\n', 'targetRepository', { name: 'c.yaml' }), 'containerType: DOCKER\ntargetRepository:\n  service: ECR\n  repositoryName: \n');
});

test('completing a key in JSON quotes it and adds a comma before the next property', () => {
  const text = '{"name": "x", "instanceProfileName": "p", "placement": {"\u0001" "hostId": "h-1"}}';
  assert.equal(applyCompletion(text, 'tenancy', { name: 'infra.json' }), '{"name": "x", "instanceProfileName": "p", "placement": {"tenancy": "default", "hostId": "h-1"}}');
});
