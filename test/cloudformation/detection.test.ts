import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalyzeOptions, DEFAULT_SETTINGS } from '../../server/src/service/languageService';
import { service } from '../support/harness';

function analyzed(text: string, name: string, options: AnalyzeOptions = {}) {
  const document = TextDocument.create(`file:///work/${name}`, name.endsWith('.json') ? 'json' : 'yaml', 1, text);
  return service().analyze(document, options);
}

const IB = 'Resources:\n  C:\n    Type: AWS::ImageBuilder::Component\n    Properties: { Name: comp, Platform: Linux, Version: 1.0.0, Uri: s3://bucket/c.yaml }\n';

const CASES: ReadonlyArray<{ name: string; file: string; text: string; kind: string | null }> = [
  { name: 'AWSTemplateFormatVersion', file: 't.yaml', text: `AWSTemplateFormatVersion: '2010-09-09'\n${IB}`, kind: 'cloudformation-template' },
  { name: 'CDK output: Resources with AWS:: types, no AWSTemplateFormatVersion', file: 'x.template.json', text: '{"Resources": {"C": {"Type": "AWS::ImageBuilder::Component", "Properties": {}}}, "Parameters": {"BootstrapVersion": {"Type": "AWS::SSM::Parameter::Value<String>"}}}', kind: 'cloudformation-template' },
  { name: 'SAM: a Transform and serverless resources', file: 'sam.yaml', text: "Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n", kind: 'cloudformation-template' },
  { name: 'a template without Image Builder resources is a template too (it gets nothing)', file: 'q.yaml', text: "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: { Bogus: 1 }\n", kind: 'cloudformation-template' },
  { name: 'a Resources key whose entries are no CloudFormation resources is not ours', file: 'r.yaml', text: 'Resources:\n  cpu: 2\n  memory: 4G\n', kind: null },
  { name: 'a component document stays one', file: 'c.yaml', text: 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps: []\n', kind: 'component-document' },
];

for (const c of CASES) {
  test(`detection: ${c.name}`, () => {
    assert.equal(analyzed(c.text, c.file).detection.kind?.id ?? null, c.kind);
  });
}

test('a template with no Image Builder resource gets nothing at all: no diagnostic, completion or hover', () => {
  const text = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Bogus: !Ref Nowhere\n      \n";
  const analysis = analyzed(text, 'q.yaml');
  assert.deepEqual(service().doValidation(analysis), []);
  assert.deepEqual(service().doComplete(analysis, { line: 6, character: 6 }).items, []);
  assert.equal(service().doHover(analysis, { line: 5, character: 8 }), null);
});

test('the kind can be chosen, set by glob, or named in a comment, like the other kinds', () => {
  const text = 'Resources:\n  C:\n    Type: AWS::ImageBuilder::Component\n    Properties: { Name: comp, Platfrom: Linux, Version: 1.0.0, Uri: s3://bucket/c.yaml }\n';
  const choose = analyzed('Other: 1\n', 'a.yaml', { kindOverride: 'cloudformation-template' });
  assert.equal(choose.detection.kind?.id, 'cloudformation-template');
  assert.equal(choose.detection.source, 'override');
  const settings = { ...DEFAULT_SETTINGS, fileKinds: { 'infra/**/*.yaml': 'cloudformation-template' } };
  const byGlob = analyzed('Description: x\n', 'infra/stack/a.yaml', { settings, path: '/work/infra/stack/a.yaml' });
  assert.equal(byGlob.detection.kind?.id, 'cloudformation-template');
  assert.equal(byGlob.detection.source, 'setting');
  const comment = analyzed(`# imagebuilder-kind: cloudformation-template\n${text}`, 'b.yaml');
  assert.equal(comment.detection.source, 'comment');
  assert.deepEqual(service().doValidation(comment).map((d) => d.code), ['missing-property', 'unknown-property']);
  assert.ok(service().listKinds().some((k) => k.kind === 'cloudformation-template'));
});
