// The Terraform test cases as data, shared by the tests that run them through the service
// (validation.test.ts, rules.test.ts) and the one that asks `terraform validate` for a second opinion.
import { tfInfra } from '../support/terraform';

export const infra = tfInfra;
export const placement = (body: string) => infra(`  placement {\n${body}  }\n`);
export const recipe = (ebs: string) => `resource "aws_imagebuilder_image_recipe" "r" {\n  name = "r"\n  parent_image = "p"\n  version = "1.0.0"\n  component {\n    component_arn = "arn"\n  }\n  block_device_mapping {\n    device_name = "/dev/xvda"\n    ebs {\n${ebs}    }\n  }\n}\n`;
export const component = (body: string) => `resource "aws_imagebuilder_component" "c" {\n  name = "c"\n  platform = "Linux"\n  version = "1.0.0"\n${body}}\n`;
export const container = (body: string) => `resource "aws_imagebuilder_container_recipe" "c" {\n  name = "c"\n  version = "1.0.0"\n  container_type = "DOCKER"\n  parent_image = "amazonlinux:latest"\n  component {\n    component_arn = "arn"\n  }\n  target_repository {\n    repository_name = "r"\n    service = "ECR"\n  }\n${body}}\n`;

/** The shape rules: [name, text, expected `line:code` list]. */
export const RULE_CASES: Array<[string, string, string[]]> = [
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
/**
 * A module where a pipeline (or an image) joins recipe `r` to infrastructure configuration `x` (first, so
 * its lines are 1–3 and its body from 4): `r` names component `c` of platform `platform`, from `parent`.
 */
export const MAC_PARENT = 'arn:aws:imagebuilder:us-east-1:aws:image/macos-sonoma-arm64/x.x.x';
export const LINUX_PARENT = 'arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x';
export function module(body: string, o: { platform?: string; parent?: string; join?: string; recipeArn?: string } = {}): string {
  const join = o.join ?? 'aws_imagebuilder_image_pipeline';
  return `${infra(body)}resource "aws_imagebuilder_component" "c" {\n  name = "c"\n  platform = ${o.platform ?? '"macOS"'}\n  version = "1.0.0"\n  uri = "s3://b/c.yaml"\n}\n`
    + `resource "aws_imagebuilder_image_recipe" "r" {\n  name = "r"\n  parent_image = "${o.parent ?? 'ami-0abc'}"\n  version = "1.0.0"\n  component {\n    component_arn = aws_imagebuilder_component.c.arn\n  }\n}\n`
    + `resource "${join}" "p" {\n${join.endsWith('pipeline') ? '  name = "pipeline"\n' : ''}  image_recipe_arn = ${o.recipeArn ?? 'aws_imagebuilder_image_recipe.r.arn'}\n  infrastructure_configuration_arn = aws_imagebuilder_infrastructure_configuration.x.arn\n}\n`;
}

/** mac-needs-host from the platform, across resources: [name, text, expected `line:code` list]. */
export const MAC_PLATFORM: Array<[string, string, string[]]> = [
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
  ['a count-indexed recipe stays silent', module('', { recipeArn: 'aws_imagebuilder_image_recipe.r[0].arn' }).replace('"r" {\n', '"r" {\n  count = 1\n'), []],
  ['no pipeline joins them: silent', module('').replace(/resource "aws_imagebuilder_image_pipeline"[^]*$/, ''), []],
  ['two pipelines on one configuration: once', `${module('')}${module('').split('resource "aws_imagebuilder_image_pipeline"')[1].replace(/^ "p"/, 'resource "aws_imagebuilder_image_pipeline" "q"')}`, ['1:mac-needs-host']],
];

/** The schema checks: [name, text, expected `line:code` list], one row a check. */
export const VALIDATION_CASES: Array<[string, string, string[]]> = [
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
