import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService } from '../../server/src/service/languageService';
import { corpusDir } from '../support/paths';
import { terraformService, tfCodes, tfFixture, tfInfra } from '../support/terraform';

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

const FILES = path.join(__dirname, '..', '..', '..', 'test', 'terraform', 'files');

const codes = (text: string): string[] => tfCodes(service, text);

const infra = tfInfra;

/** [name, text, expected `line:code` list]: one row a check. */
const CASES: Array<[string, string, string[]]> = [
  ['clean', infra('  placement {\n    tenancy = "host"\n    host_id = "h-1"\n  }\n'), []],
  ['unknown argument, did you mean', infra('  instance_type = ["m5.large"]\n'), ['4:unknown-property']],
  ['unknown block', infra('  placment {\n  }\n'), ['4:unknown-property']],
  ['enum', infra('  placement {\n    tenancy = "Host"\n  }\n'), ['5:invalid-value']],
  ['an unknown value is never judged', infra('  placement {\n    tenancy = var.tenancy\n  }\n'), []],
  ['type after conversions: "5" is a number, 5 is a string', infra('  instance_metadata_options {\n    http_put_response_hop_limit = "5"\n  }\n  description = 5\n'), []],
  ['type: a bool is no number', infra('  instance_metadata_options {\n    http_put_response_hop_limit = true\n  }\n'), ['5:invalid-type']],
  ['type: a list for a string', infra('  description = ["a"]\n'), ['4:invalid-type']],
  ['block counts', infra('  placement {\n  }\n  placement {\n  }\n'), ['6:out-of-range']],
  ['a block written as an argument', infra('  placement = { tenancy = "host" }\n'), ['4:unknown-property']],
  ['a computed attribute cannot be set', infra('  arn = "x"\n'), ['4:unknown-property']],
  ['missing required arguments', 'resource "aws_imagebuilder_infrastructure_configuration" "x" {\n}\n', ['1:missing-property']],
  ['a required block given by dynamic', 'resource "aws_imagebuilder_image_recipe" "r" {\n  name = "r"\n  parent_image = "p"\n  version = "1.0.0"\n  dynamic "component" {\n    for_each = var.c\n    content {\n      component_arn = component.value\n    }\n  }\n}\n', []],
  ['dynamic content is checked', 'resource "aws_imagebuilder_infrastructure_configuration" "x" {\n  name = "n"\n  instance_profile_name = "p"\n  dynamic "placement" {\n    for_each = [1]\n    content {\n      tenancy = "shared"\n    }\n  }\n}\n', ['7:invalid-value']],
  ['meta-arguments and blocks', infra('  count = 1\n  depends_on = [aws_iam_role.r]\n  lifecycle {\n    create_before_destroy = true\n  }\n'), []],
  ['an unknown resource type', 'resource "aws_imagebuilder_compnent" "c" {\n}\n', ['1:unknown-property']],
  ['other resources are not ours', 'resource "aws_imagebuilder_component" "c" {\n  name = "c"\n  platform = "Linux"\n  version = "1.0.0"\n  uri = "s3://b/c.yaml"\n}\nresource "aws_instance" "i" {\n  bogus = 1\n}\n', []],
];

describe('Terraform validation', () => {
  for (const [name, text, expected] of CASES) test(name, () => assert.deepEqual(codes(text), expected));

  test('did you mean comes with its quick fix, in snake_case', () => {
    const { analysis } = tfFixture(service, infra('  instance_type = ["m5.large"]\n'));
    const [d] = service.doValidation(analysis);
    assert.match(d.message, /Did you mean 'instance_types'\?/);
    const actions = service.getCodeActions(analysis, d.range, [d]);
    assert.equal(actions[0].edit?.changes?.[analysis.document.uri]?.[0].newText, 'instance_types');
  });

  test('the test files are clean', () => {
    for (const name of fs.readdirSync(FILES).filter((f) => f.endsWith('.tf'))) {
      const { analysis } = tfFixture(service, fs.readFileSync(path.join(FILES, name), 'utf8'), name);
      assert.deepEqual(service.doValidation(analysis), [], name);
    }
  });

  /** Every diagnostic on the corpus, reviewed: all are in the files its README lists as broken. */
  const REVIEWED = [
    'JamesWoolfenden__pike/terraform/aws/backup/aws_imagebuilder_workflow.tf:1 missing-property',
    'ministryofjustice__modernisation-platform-ami-builds/scripts/templates/pipeline.tf:1 missing-property',
    'ministryofjustice__modernisation-platform-ami-builds/scripts/templates/pipeline.tf:2 syntax',
    'ministryofjustice__modernisation-platform-ami-builds/scripts/templates/pipeline.tf:3 syntax',
    'ministryofjustice__modernisation-platform-ami-builds/scripts/templates/pipeline.tf:4 syntax',
    'ministryofjustice__modernisation-platform-ami-builds/scripts/templates/pipeline.tf:5 syntax',
    'ministryofjustice__modernisation-platform-ami-builds/scripts/templates/pipeline.tf:7 invalid-type',
    'ministryofjustice__modernisation-platform-ami-builds/scripts/templates/pipeline.tf:13 syntax',
    'ministryofjustice__modernisation-platform-ami-builds/scripts/templates/pipeline.tf:27 syntax',
    'ministryofjustice__modernisation-platform-ami-builds/scripts/templates/pipeline.tf:27 missing-property',
    'ministryofjustice__modernisation-platform-ami-builds/teams/example/linux_pipeline.tf:7 missing-property',
  ];

  test('the corpus: every file answered, and only the reviewed diagnostics (all on the genuinely broken files)', (t) => {
    const dir = path.join(corpusDir, 'terraform');
    if (!fs.existsSync(dir)) {
      t.skip('skipped: ../shared/corpus/terraform is absent');
      return;
    }
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.tf') ? [path.join(d, e.name)] : []));
    const found: string[] = [];
    for (const file of walk(dir)) {
      const document = TextDocument.create(`file://${file}`, 'terraform', 1, fs.readFileSync(file, 'utf8'));
      const analysis = service.analyze(document);
      service.doComplete(analysis, { line: 0, character: 0 });
      for (const d of service.doValidation(analysis)) found.push(`${path.relative(dir, file)}:${d.range.start.line + 1} ${String(d.code)}`);
    }
    assert.deepEqual(found, REVIEWED);
  });
});
