// The shape rules in .tf files (placement, Mac hosts, EBS, data/uri), through the service facade, with
// their HCL quick fixes checked by the text they leave; and `imagebuilder-lint --fix` on a .tf file.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService } from '../../server/src/service/languageService';
import { lint, remove, workspace } from '../cli/runCli';
import { terraformService, tfCodes, tfFixture, tfInfra } from '../support/terraform';

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

const infra = tfInfra;
const placement = (body: string) => infra(`  placement {\n${body}  }\n`);
const recipe = (ebs: string) => `resource "aws_imagebuilder_image_recipe" "r" {\n  name = "r"\n  parent_image = "p"\n  version = "1.0.0"\n  component {\n    component_arn = "arn"\n  }\n  block_device_mapping {\n    device_name = "/dev/xvda"\n    ebs {\n${ebs}    }\n  }\n}\n`;
const component = (body: string) => `resource "aws_imagebuilder_component" "c" {\n  name = "c"\n  platform = "Linux"\n  version = "1.0.0"\n${body}}\n`;
const container = (body: string) => `resource "aws_imagebuilder_container_recipe" "c" {\n  name = "c"\n  version = "1.0.0"\n  container_type = "DOCKER"\n  parent_image = "amazonlinux:latest"\n  component {\n    component_arn = "arn"\n  }\n  target_repository {\n    repository_name = "r"\n    service = "ECR"\n  }\n${body}}\n`;

/** [name, text, expected `line:code` list]. */
const CASES: Array<[string, string, string[]]> = [
  ['placement: one target with host tenancy', placement('    tenancy = "host"\n    host_id = "h-1"\n'), []],
  ['placement-target-conflict at the second target', placement('    tenancy = "host"\n    host_id = "h-1"\n    host_resource_group_arn = "arn:g"\n'), ['7:placement-target-conflict']],
  ['placement-target-needs-host, tenancy absent', placement('    host_id = "h-1"\n'), ['5:placement-target-needs-host']],
  ['placement-target-needs-host, tenancy dedicated', placement('    tenancy = "dedicated"\n    host_resource_group_arn = "arn:g"\n'), ['6:placement-target-needs-host']],
  ['a variable target stays silent', placement('    host_id = var.host\n    host_resource_group_arn = "arn:g"\n    tenancy = "host"\n'), []],
  ['a variable tenancy stays silent', placement('    tenancy = var.tenancy\n    host_id = "h-1"\n'), []],
  ['a dynamic "placement" stays silent', infra('  instance_types = ["mac2.metal"]\n  dynamic "placement" {\n    for_each = var.p\n    content {\n      host_id = placement.value.h\n      host_resource_group_arn = placement.value.g\n    }\n  }\n'), []],
  ['mac-needs-host without placement', infra('  instance_types = ["mac2.metal", "m5.large"]\n'), ['4:mac-needs-host']],
  ['mac-needs-host with a dedicated placement', infra('  instance_types = ["mac1.metal"]\n  placement {\n    tenancy = "dedicated"\n  }\n'), ['4:mac-needs-host']],
  ['mac instances on a host are fine', infra('  instance_types = ["mac1.metal"]\n  placement {\n    tenancy = "host"\n  }\n'), []],
  ['variable instance types stay silent', infra('  instance_types = var.types\n'), []],
  ['ebs-throughput-needs-gp3', recipe('      volume_type = "gp2"\n      throughput = 250\n'), ['12:ebs-throughput-needs-gp3']],
  ['gp3 throughput is fine', recipe('      volume_type = "gp3"\n      throughput = 250\n'), []],
  ['ebs-iops-mismatch out of range', recipe('      volume_type = "io1"\n      iops = 50\n'), ['12:ebs-iops-mismatch']],
  ['a variable volume type stays silent', recipe('      volume_type = var.vt\n      throughput = 250\n'), []],
  ['exclusive-properties: data and uri', component('  data = "x"\n  uri = "s3://b/k.yaml"\n'), ['6:exclusive-properties']],
  ['neither data nor uri', component(''), ['1:missing-property']],
  ['data from file() stays silent', component('  data = file("c.yaml")\n  uri = "s3://b/k.yaml"\n'), []],
  ['exclusive-properties: dockerfile data and uri', container('  dockerfile_template_data = "FROM x"\n  dockerfile_template_uri = "s3://b/d"\n'), ['14:exclusive-properties']],
];

const codes = (text: string): string[] => tfCodes(service, text);

/**
 * A module where a pipeline (or an image) joins recipe `r` to infrastructure configuration `x` (first, so
 * its lines are 1–3 and its body from 4): `r` names component `c` of platform `platform`, from `parent`.
 */
const MAC_PARENT = 'arn:aws:imagebuilder:us-east-1:aws:image/macos-sonoma-arm64/x.x.x';
const LINUX_PARENT = 'arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x';
function module(body: string, o: { platform?: string; parent?: string; join?: string; recipeArn?: string } = {}): string {
  const join = o.join ?? 'aws_imagebuilder_image_pipeline';
  return `${infra(body)}resource "aws_imagebuilder_component" "c" {\n  name = "c"\n  platform = ${o.platform ?? '"macOS"'}\n  version = "1.0.0"\n  uri = "s3://b/c.yaml"\n}\n`
    + `resource "aws_imagebuilder_image_recipe" "r" {\n  name = "r"\n  parent_image = "${o.parent ?? 'ami-0abc'}"\n  version = "1.0.0"\n  component {\n    component_arn = aws_imagebuilder_component.c.arn\n  }\n}\n`
    + `resource "${join}" "p" {\n${join.endsWith('pipeline') ? '  name = "p"\n' : ''}  image_recipe_arn = ${o.recipeArn ?? 'aws_imagebuilder_image_recipe.r.arn'}\n  infrastructure_configuration_arn = aws_imagebuilder_infrastructure_configuration.x.arn\n}\n`;
}

/** mac-needs-host from the platform, across resources: [name, text, expected `line:code` list]. */
const MAC_PLATFORM: Array<[string, string, string[]]> = [
  ['a macOS component in a pipeline\'s recipe, no placement: on the configuration\'s name', module(''), ['1:mac-needs-host']],
  ['a macOS parent image (components Linux)', module('', { platform: '"Linux"', parent: MAC_PARENT }), ['1:mac-needs-host']],
  ['joined by aws_imagebuilder_image', module('', { join: 'aws_imagebuilder_image' }), ['1:mac-needs-host']],
  ['a dedicated tenancy: on its value', module('  placement {\n    tenancy = "dedicated"\n  }\n'), ['5:mac-needs-host']],
  ['a placement without tenancy: on the name', module('  placement {\n    availability_zone = "us-east-1a"\n  }\n'), ['1:mac-needs-host']],
  ['tenancy host is fine', module('  placement {\n    tenancy = "host"\n  }\n'), []],
  ['a Mac instance type is reported once, by the instance type', module('  instance_types = ["mac2.metal"]\n'), ['4:mac-needs-host']],
  ['Linux everywhere stays silent', module('', { platform: '"Linux"', parent: LINUX_PARENT }), []],
  ['a variable platform stays silent', module('', { platform: 'var.platform' }), []],
  ['a variable tenancy stays silent', module('  placement {\n    tenancy = var.tenancy\n  }\n'), []],
  ['a dynamic placement stays silent', module('  dynamic "placement" {\n    for_each = var.p\n    content {\n      tenancy = placement.value\n    }\n  }\n'), []],
  ['a recipe given by a variable stays silent', module('', { recipeArn: 'var.recipe' }), []],
  ['a count-indexed recipe stays silent', module('', { recipeArn: 'aws_imagebuilder_image_recipe.r[0].arn' }), []],
  ['no pipeline joins them: silent', module('').replace(/resource "aws_imagebuilder_image_pipeline"[^]*$/, ''), []],
  ['two pipelines on one configuration: once', `${module('')}${module('').split('resource "aws_imagebuilder_image_pipeline"')[1].replace(/^ "p"/, 'resource "aws_imagebuilder_image_pipeline" "q"')}`, ['1:mac-needs-host']],
];

/** The text after applying the code action titled `title` of the first diagnostic with `code`. */
function fixed(text: string, code: string, title: string): string {
  const { document, analysis } = tfFixture(service, text);
  const d = service.doValidation(analysis).find((x) => x.code === code);
  assert.ok(d, `${code} in ${text}`);
  const action = service.getCodeActions(analysis, d.range, [d]).find((a) => a.title === title);
  assert.ok(action, `'${title}' among ${service.getCodeActions(analysis, d.range, [d]).map((a) => a.title).join(', ')}`);
  return TextDocument.applyEdits(document, action.edit!.changes![document.uri]);
}

/** [code, title, text, text after the fix]. */
const FIXES: Array<[string, string, string, string]> = [
  ['placement-target-conflict', "Remove 'host_resource_group_arn'", placement('    tenancy = "host"\n    host_id = "h-1"\n    host_resource_group_arn = "arn:g"\n'), placement('    tenancy = "host"\n    host_id = "h-1"\n')],
  ['placement-target-needs-host', "Set 'tenancy' to 'host'", placement('    host_id = "h-1"\n'), placement('    host_id = "h-1"\n    tenancy = "host"\n')],
  ['placement-target-needs-host', "Set 'tenancy' to 'host'", placement('    tenancy = "dedicated"\n    host_id = "h-1"\n'), placement('    tenancy = "host"\n    host_id = "h-1"\n')],
  ['mac-needs-host', "Add 'placement' with 'tenancy: host'", infra('  instance_types = ["mac2.metal"]\n'), infra('  instance_types = ["mac2.metal"]\n  placement {\n    tenancy = "host"\n  }\n')],
  ['mac-needs-host', "Add 'placement' with 'tenancy: host'", module(''), module('  placement {\n    tenancy = "host"\n  }\n')],
  ['mac-needs-host', "Set 'tenancy' to 'host'", module('  placement {\n    tenancy = "dedicated"\n  }\n'), module('  placement {\n    tenancy = "host"\n  }\n')],
  ['ebs-iops-mismatch', "Remove 'iops'", recipe('      volume_type = "gp2"\n      iops = 3000\n'), recipe('      volume_type = "gp2"\n')],
];

describe('Terraform shape rules', () => {
  for (const [name, text, expected] of CASES) test(name, () => assert.deepEqual(codes(text), expected));
  for (const [name, text, expected] of MAC_PLATFORM) test(`mac-needs-host from the platform: ${name}`, () => assert.deepEqual(codes(text), expected));
  for (const [code, title, text, after] of FIXES) test(`${code}: ${title}`, () => assert.equal(fixed(text, code, title), after));

  test('a block written on one line gets the new argument on its own line', () => {
    const after = fixed(infra('  instance_types = ["mac2.metal"]\n  placement { host_id = "h-1" }\n'), 'placement-target-needs-host', "Set 'tenancy' to 'host'");
    assert.equal(after, infra('  instance_types = ["mac2.metal"]\n  placement { host_id = "h-1"\n    tenancy = "host"\n  }\n'));
    assert.deepEqual(codes(after), []);
  });

  test('imagebuilder-lint --fix on a .tf file applies the preferred fixes only', (t) => {
    const text = `${infra('  instance_types = ["mac2.metal"]\n')}${placement('    tenancy = "dedicated"\n    host_id = "h-1"\n').replace('"x"', '"y"')}`;
    const dir = workspace({ 'main.tf': text });
    t.after(() => remove(dir));
    const r = lint(['--fix', 'main.tf'], { cwd: dir });
    assert.equal(r.stderr, '');
    const after = fs.readFileSync(path.join(dir, 'main.tf'), 'utf8');
    // The needs-host fix is a choice (set the tenancy or drop the target): --fix leaves it.
    assert.equal(after, `${infra('  instance_types = ["mac2.metal"]\n  placement {\n    tenancy = "host"\n  }\n')}${placement('    tenancy = "dedicated"\n    host_id = "h-1"\n').replace('"x"', '"y"')}`);
    const again = lint(['main.tf'], { cwd: dir });
    assert.match(again.stdout, /placement-target-needs-host/);
    assert.doesNotMatch(again.stdout, /mac-needs-host/);
  });
});
