import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService } from '../../server/src/service/languageService';
import { corpusDir } from '../support/paths';
import { terraformService } from '../support/terraform';

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

function kindOf(text: string, languageId = 'terraform', uri = 'file:///work/main.tf'): string | null {
  return service.describeKind(service.analyze(TextDocument.create(uri, languageId, 1, text))).kind;
}

/** The corpus README's five .tf files with no live aws_imagebuilder_* resource. */
const NOT_OURS = new Set([
  'aws-samples__aws-sap-golden-ami-image-builder',
  'aws-samples__terraform-ec2-image-builder-container-hardening-pipeline/components.tf',
  'ministryofjustice__modernisation-platform-ami-builds/commonimages/components/locals.tf',
  'ministryofjustice__modernisation-platform-ami-builds/modules/imagebuilder/locals.tf',
  'ministryofjustice__modernisation-platform-ami-builds/teams/example/linux_pipeline_vars.tf',
]);

function tfFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tfFiles(full));
    else if (entry.name.endsWith('.tf')) out.push(full);
  }
  return out;
}

describe('Terraform detection', () => {
  const cases: Array<[string, string, string | null]> = [
    ['a resource', 'resource "aws_imagebuilder_component" "x" {\n  name = "a"\n}\n', 'terraform'],
    ['among other resources', 'resource "aws_s3_bucket" "b" {}\nresource "aws_imagebuilder_image_pipeline" "p" {}\n', 'terraform'],
    ['half-typed', 'resource "aws_imagebuilder_image_recipe" "r" {\n  name = ', 'terraform'],
    ['only other resources', 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n', null],
    ['only a data source', 'data "aws_imagebuilder_component" "c" {\n  arn = "x"\n}\n', null],
    ['only in a comment', '# resource "aws_imagebuilder_component" "x" {}\n/* resource "aws_imagebuilder_image" "i" {} */\n', null],
    ['a resource type that only starts alike', 'resource "aws_imagebuilderx" "x" {}\n', null],
    ['a module', 'module "ib" {\n  source = "./ib"\n}\n', null],
    ['empty', '', null],
  ];
  for (const [name, text, kind] of cases) {
    test(name, () => assert.equal(kindOf(text), kind));
  }

  test('by language id (terraform, hcl) or by the .tf name', () => {
    const text = 'resource "aws_imagebuilder_component" "x" {}\n';
    assert.equal(kindOf(text, 'hcl', 'file:///w/x.hcl'), 'terraform');
    assert.equal(kindOf(text, 'plaintext', 'file:///w/main.tf'), 'terraform');
  });

  test('a file with no Image Builder resource gets no diagnostic, even when broken', () => {
    const analysis = service.analyze(TextDocument.create('file:///w/main.tf', 'terraform', 1, 'resource "aws_s3_bucket" "b" {\n  bucket = \n'));
    assert.deepEqual(service.doValidation(analysis), []);
  });

  test('every corpus .tf file is answered: those with a live resource are detected, the five without are not', (t) => {
    const dir = path.join(corpusDir, 'terraform');
    if (!fs.existsSync(dir)) {
      t.skip('skipped: ../shared/corpus/terraform is absent');
      return;
    }
    const files = tfFiles(dir);
    assert.equal(files.length, 59);
    let detected = 0;
    for (const file of files) {
      const rel = path.relative(dir, file);
      const text = fs.readFileSync(file, 'utf8');
      const kind = kindOf(text, 'terraform', `file://${file}`);
      const ours = ![...NOT_OURS].some((n) => rel === n || (rel.startsWith(`${n}/`) && rel.endsWith('locals.tf')));
      assert.equal(kind, ours ? 'terraform' : null, rel);
      if (kind) detected++;
    }
    assert.equal(detected, 54);
  });
});
