import { getProperty } from '../ast/navigate';
import { isOpaque, ObjectNode } from '../ast/types';
import { runShapeRules } from '../rules/request';
import { RULE_SHAPES } from '../rules/request/shapes';
import { SPELLINGS } from '../rules/request/spellings';
import { Problem } from '../validation/problem';
import { hclEdits } from './hclEdits';

/** The Terraform bodies (by schema path) the shape rules look at, and the fields (by meaning) each rule reads. */
const RULE_SHAPE_OF: ReadonlyMap<string, { shape: string; reads: readonly string[] }> = new Map([
  ['aws_imagebuilder_infrastructure_configuration.placement', { shape: RULE_SHAPES.placement, reads: ['tenancy', 'hostId', 'hostResourceGroupArn'] }],
  ['aws_imagebuilder_infrastructure_configuration', { shape: RULE_SHAPES.infrastructureConfiguration, reads: ['instanceTypes', 'placement'] }],
  ['aws_imagebuilder_image_recipe.block_device_mapping.ebs', { shape: RULE_SHAPES.ebsVolume, reads: ['volumeType', 'iops', 'throughput'] }],
  ['aws_imagebuilder_container_recipe.instance_configuration.block_device_mapping.ebs', { shape: RULE_SHAPES.ebsVolume, reads: ['volumeType', 'iops', 'throughput'] }],
  ['aws_imagebuilder_component', { shape: RULE_SHAPES.componentSource, reads: ['data', 'uri'] }],
  ['aws_imagebuilder_container_recipe', { shape: RULE_SHAPES.dockerfileSource, reads: ['dockerfileTemplateData', 'dockerfileTemplateUri'] }],
]);

/**
 * Runs the shape rules (placement, Mac hosts, EBS, data/uri) on the Terraform bodies the schema check
 * recorded, spelled in snake_case, fixed with HCL edits. A body is left out when a field its rule reads
 * is unknown (`var.x` may be null, so even presence is not known), when it is the content of a `dynamic`
 * block, or when the block a rule reads is given by `dynamic` (`dynamic "placement"`).
 */
export function terraformShapeRules(text: string, shapes: ReadonlyMap<string, readonly ObjectNode[]>, dynamicBodies: ReadonlySet<ObjectNode>, problems: Problem[]): void {
  const key = SPELLINGS.snake_case;
  const known = new Map<string, ObjectNode[]>();
  for (const [path, bodies] of shapes) {
    const entry = RULE_SHAPE_OF.get(path);
    if (!entry) continue;
    known.set(path, bodies.filter((body) => !dynamicBodies.has(body) && entry.reads.every((meaning) => readable(body, key(meaning)))));
  }
  runShapeRules(known, (path) => RULE_SHAPE_OF.get(path)?.shape, { host: { key, edits: hclEdits(text) }, problems });
}

/** A field a rule may read: absent, or with a known value, and not given by a `dynamic` block. */
function readable(body: ObjectNode, name: string): boolean {
  const value = getProperty(body, name)?.valueNode;
  if (value && isOpaque(value)) return false;
  return !body.properties.some((p) => p.keyNode.value === 'dynamic' && p.labels?.[0]?.value === name);
}
