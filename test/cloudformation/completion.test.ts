// Completion inside an Image Builder resource's Properties (the one locator: schemas/cloudformation/),
// YAML and JSON: property names (required first, as request files order them), enum values, what a Mac
// instance needs first; the accepted item's edit applied. Nothing anywhere else of a template.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem } from 'vscode-languageserver-types';
import { applyEdit } from '../support/applyCompletion';
import { repoRoot } from '../support/paths';
import { open, service } from '../support/harness';
import { RESOURCE_HEADER } from './cases';

/** The items at the `CURSOR` (U+0001) of `text`, in the order the editor shows them. */
function complete(text: string, name: string): { document: TextDocument; items: CompletionItem[] } {
  const { analysis, document, offset } = open(text, { name });
  assert.equal(analysis.detection.kind?.id, 'cloudformation-template');
  const items = service().doComplete(analysis, document.positionAt(offset)).items;
  return { document, items: items.slice().sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)) };
}

/** The generated schema's required properties of a resource type, read from the file (not typed here). */
function required(file: string): string[] {
  return (JSON.parse(readFileSync(join(repoRoot, 'schemas', 'cloudformation', file), 'utf8')) as { required: string[] }).required;
}

const INFRA = `${RESOURCE_HEADER}  Infra:\n    Type: AWS::ImageBuilder::InfrastructureConfiguration\n    Properties:\n`;
const RECIPE = `${RESOURCE_HEADER}  Recipe:\n    Type: AWS::ImageBuilder::ImageRecipe\n    Properties:\n      Name: r\n      Version: 1.0.0\n      ParentImage: ami-0123456789abcdef0\n      BlockDeviceMappings:\n        - DeviceName: /dev/xvda\n          Ebs:\n`;
const JSON_INFRA = (properties: string) => `{\n  "Resources": {\n    "Infra": {\n      "Type": "AWS::ImageBuilder::InfrastructureConfiguration",\n      "Properties": ${properties}\n    }\n  }\n}\n`;

interface Case {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  /** The first labels, in the order an editor shows them. */
  readonly first: readonly string[];
  /** Accepting `label` turns `from` into `to` in the text. */
  readonly apply?: { readonly label: string; readonly from: string; readonly to: string };
}

const INFRA_REQUIRED = required('aws-imagebuilder-infrastructureconfiguration.schema.json');

const CASES: readonly Case[] = [
  {
    name: 'YAML: property names of an infrastructure configuration, required first',
    file: 't.yaml', text: `${INFRA}      \u0001\n`, first: INFRA_REQUIRED,
    apply: { label: 'InstanceProfileName', from: '    Properties:\n      \n', to: '    Properties:\n      InstanceProfileName: \n' },
  },
  {
    name: 'YAML: names already given are not offered again; a partial name',
    file: 't.yaml', text: `${INFRA}      Name: infra\n      Inst\u0001\n`, first: ['InstanceProfileName', 'Description', 'InstanceMetadataOptions', 'InstanceTypes'],
    apply: { label: 'InstanceTypes', from: '      Inst\n', to: '      InstanceTypes:\n        - \n' },
  },
  {
    name: 'YAML: Tenancy values',
    file: 't.yaml', text: `${INFRA}      Placement:\n        Tenancy: \u0001\n`, first: ['default', 'dedicated', 'host'],
    apply: { label: 'dedicated', from: 'Tenancy: \n', to: 'Tenancy: dedicated\n' },
  },
  {
    name: 'YAML: Tenancy host first for a Mac instance type',
    file: 't.yaml', text: `${INFRA}      InstanceTypes: [mac2.metal]\n      Placement:\n        Tenancy: h\u0001\n`, first: ['host', 'default', 'dedicated'],
    apply: { label: 'host', from: 'Tenancy: h\n', to: 'Tenancy: host\n' },
  },
  {
    name: 'YAML: Placement first for a Mac instance type',
    file: 't.yaml', text: `${INFRA}      InstanceTypes: [mac2-m2.metal]\n      \u0001\n`, first: ['Placement', ...INFRA_REQUIRED],
  },
  {
    name: 'YAML: instance types, the Mac ones first',
    file: 't.yaml', text: `${INFRA}      InstanceTypes:\n        - \u0001\n`, first: ['mac1.metal', 'mac2.metal'],
    apply: { label: 'm5.large', from: '        - \n', to: '        - m5.large\n' },
  },
  {
    name: 'YAML: HttpTokens values',
    file: 't.yaml', text: `${INFRA}      InstanceMetadataOptions:\n        HttpTokens: \u0001\n`, first: ['required', 'optional'],
    apply: { label: 'required', from: 'HttpTokens: \n', to: 'HttpTokens: required\n' },
  },
  {
    name: 'YAML: Platform values, macOS included',
    file: 't.yaml', text: `${RESOURCE_HEADER}  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Name: c\n      Platform: mac\u0001\n`, first: ['Windows', 'Linux', 'macOS'],
    apply: { label: 'macOS', from: 'Platform: mac\n', to: 'Platform: macOS\n' },
  },
  {
    name: 'YAML: VolumeType values in a block device mapping',
    file: 't.yaml', text: `${RECIPE}            VolumeType: \u0001\n`, first: ['standard', 'io1', 'io2'],
    apply: { label: 'gp3', from: 'VolumeType: \n', to: 'VolumeType: gp3\n' },
  },
  {
    name: 'YAML: an EBS volume\'s keys',
    file: 't.yaml', text: `${RECIPE}            \u0001\n`, first: ['DeleteOnTermination', 'Encrypted', 'Iops'],
    apply: { label: 'Throughput', from: '          Ebs:\n            \n', to: '          Ebs:\n            Throughput: 125\n' },
  },
  {
    name: 'YAML: Status values of a pipeline',
    file: 't.yaml', text: `${RESOURCE_HEADER}  Pipeline:\n    Type: AWS::ImageBuilder::ImagePipeline\n    Properties:\n      Name: p\n      Status: \u0001\n`, first: ['DISABLED', 'ENABLED'],
    apply: { label: 'ENABLED', from: 'Status: \n', to: 'Status: ENABLED\n' },
  },
  {
    name: 'JSON: property names in an empty Properties, required first',
    file: 't.template.json', text: JSON_INFRA('{\u0001}'), first: INFRA_REQUIRED,
    apply: { label: 'Placement', from: '"Properties": {}', to: '"Properties": {"Placement": {}}' },
  },
  {
    name: 'JSON: a quoted partial name, a comma when a property follows',
    file: 't.template.json', text: JSON_INFRA('{"Inst\u0001" "Name": "n"}'), first: ['InstanceProfileName'],
    apply: { label: 'InstanceProfileName', from: '{"Inst" "Name": "n"}', to: '{"InstanceProfileName": "", "Name": "n"}' },
  },
  {
    name: 'JSON: Tenancy values, host first for a Mac instance type',
    file: 't.template.json', text: JSON_INFRA('{"InstanceTypes": ["mac2.metal"], "Placement": {"Tenancy": "\u0001"}}'), first: ['host', 'default', 'dedicated'],
    apply: { label: 'host', from: '"Tenancy": ""', to: '"Tenancy": "host"' },
  },
  {
    name: 'JSON: HttpTokens after the colon',
    file: 't.template.json', text: JSON_INFRA('{"InstanceMetadataOptions": {"HttpTokens": \u0001}}'), first: ['required', 'optional'],
    apply: { label: 'optional', from: '"HttpTokens": }', to: '"HttpTokens": "optional"}' },
  },
];

for (const c of CASES) {
  test(`template completion: ${c.name}`, () => {
    const { document, items } = complete(c.text, c.file);
    assert.deepEqual(items.slice(0, c.first.length).map((i) => i.label), c.first);
    if (!c.apply) return;
    const item = items.find((i) => i.label === c.apply!.label);
    assert.ok(item, `no item ${c.apply.label}`);
    const before = document.getText();
    assert.ok(before.includes(c.apply.from), before);
    assert.equal(applyEdit(document, item), before.replace(c.apply.from, c.apply.to));
  });
}

/** Places where a template gets no Image Builder completion (the rest of a template is cfn-lint's and the Toolkit's). */
const NOTHING: ReadonlyArray<{ name: string; file: string; text: string }> = [
  { name: 'a resource\'s attributes (beside Properties)', file: 't.yaml', text: `${RESOURCE_HEADER}  Infra:\n    Type: AWS::ImageBuilder::InfrastructureConfiguration\n    \u0001\n` },
  { name: 'an Image Builder resource\'s Metadata', file: 't.yaml', text: `${RESOURCE_HEADER}  Infra:\n    Type: AWS::ImageBuilder::InfrastructureConfiguration\n    Metadata:\n      \u0001\n    Properties: { Name: i, InstanceProfileName: p }\n` },
  { name: 'the top level', file: 't.yaml', text: `\u0001\n${INFRA}      Name: i\n` },
  { name: 'Parameters', file: 't.yaml', text: `Parameters:\n  P:\n    \u0001\n${INFRA.slice(INFRA.indexOf('Resources'))}      Name: i\n` },
  { name: 'Outputs', file: 't.yaml', text: `${INFRA}      Name: i\nOutputs:\n  O:\n    \u0001\n` },
  { name: 'another resource\'s Properties', file: 't.yaml', text: `${INFRA}      Name: i\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      \u0001\n` },
  { name: 'a custom resource with a Placement', file: 't.yaml', text: `${INFRA}      Name: i\n  Custom:\n    Type: Custom::Thing\n    Properties:\n      Placement:\n        Tenancy: \u0001\n` },
  { name: 'a template without Image Builder resources', file: 't.yaml', text: `${RESOURCE_HEADER}  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      \u0001\n` },
  { name: 'after !Ref', file: 't.yaml', text: `${INFRA}      Placement:\n        Tenancy: !Ref \u0001\n` },
  { name: 'after !If in a list item', file: 't.yaml', text: `${INFRA}      InstanceTypes:\n        - !If \u0001\n` },
  { name: 'inside !If', file: 't.yaml', text: `${INFRA}      Placement: !If\n        - OnHost\n        - Tenancy: \u0001\n` },
  { name: 'JSON: in { "Ref": … }', file: 't.template.json', text: JSON_INFRA('{"Placement": {"Tenancy": {"Ref": "\u0001"}}}') },
  { name: 'JSON: in Fn::If', file: 't.template.json', text: JSON_INFRA('{"Placement": {"Fn::If": ["OnHost", {"Tenancy": "\u0001"}, {"Ref": "AWS::NoValue"}]}}') },
  { name: 'JSON: a resource\'s attributes', file: 't.template.json', text: '{"Resources": {"Infra": {"Type": "AWS::ImageBuilder::InfrastructureConfiguration", \u0001}}}' },
];

for (const c of NOTHING) {
  test(`template completion: nothing in ${c.name}`, () => {
    assert.deepEqual(complete(c.text, c.file).items.map((i) => i.label), []);
  });
}
