import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { LanguageService } from '../../server/src/service/languageService';
import { terraformService, tfFixture } from '../support/terraform';

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

function labels(text: string): string[] {
  const { document, analysis, offset } = tfFixture(service, text);
  return service.doComplete(analysis, document.positionAt(offset)).items.map((i) => i.label);
}

function hover(text: string): string {
  const { document, analysis, offset } = tfFixture(service, text);
  const h = service.doHover(analysis, document.positionAt(offset));
  return h ? (h.contents as { value: string }).value : '';
}

describe('Terraform completion and hover', () => {
  test('argument and block names in a block, without those already given', () => {
    const items = labels('resource "aws_imagebuilder_infrastructure_configuration" "x" {\n  name = "n"\n  placement {\n    tenancy = "host"\n    \u0001\n  }\n}\n');
    assert.deepEqual(items.sort(), ['availability_zone', 'host_id', 'host_resource_group_arn']);
  });

  test('in a half-typed resource at the end of the file', () => {
    const items = labels('resource "aws_imagebuilder_infrastructure_configuration" "x" {\n  name = "n"\n  pla\u0001');
    assert.ok(items.includes('placement') && items.includes('instance_profile_name') && !items.includes('name') && !items.includes('arn'));
  });

  test('enum values after `=`', () => {
    const text = 'resource "aws_imagebuilder_infrastructure_configuration" "x" {\n  placement {\n    tenancy = \u0001\n  }\n}\n';
    assert.deepEqual(labels(text), ['default', 'dedicated', 'host']);
    const { document, analysis, offset } = tfFixture(service, text);
    const item = service.doComplete(analysis, document.positionAt(offset)).items.find((i) => i.label === 'host');
    assert.equal((item?.textEdit as { newText: string }).newText, '"host"');
  });

  test('resource type names', () => {
    const items = labels('resource "aws_imagebuilder_component" "c" {}\nresource "aws_imagebuilder_inf\u0001');
    assert.ok(items.includes('aws_imagebuilder_infrastructure_configuration') && items.length === 9);
  });

  test('nothing outside Image Builder resources', () => {
    assert.deepEqual(labels('resource "aws_imagebuilder_component" "c" {}\nresource "aws_instance" "i" {\n  \u0001\n}\n'), []);
  });

  test('hover: documentation, type and allowed values', () => {
    const text = hover('resource "aws_imagebuilder_infrastructure_configuration" "x" {\n  placement {\n    ten\u0001ancy = "host"\n  }\n}\n');
    assert.match(text, /\*\*tenancy\*\* `string`/);
    assert.match(text, /Allowed values: `default`, `dedicated`, `host`/);
    assert.match(hover('resource "aws_imagebuilder_compo\u0001nent" "c" {}\n'), /AWS::ImageBuilder::Component/);
    assert.match(hover('resource "aws_imagebuilder_infrastructure_configuration" "x" {\n  place\u0001ment {\n  }\n}\n'), /placement\*\* block \(at most one\)/);
  });
});
