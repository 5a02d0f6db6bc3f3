import { getProperty } from '../ast/navigate';
import { ObjectNode, ValueNode } from '../ast/types';
import { toPlatform } from '../component/model/platform';
import { setTenancyHost } from '../rules/request/placement';
import { SPELLINGS } from '../rules/request/spellings';
import { RuleContext } from '../rules/request/types';
import { Fix, Problem } from '../validation/problem';
import { parentImagePlatform } from '../workspace/recipePlatform';
import { imagebuilderResources, ResourceBlock } from './blocks';
import { hclEdits } from './hclEdits';
import { address, referencedBy, resourcesByAddress } from './references';

/**
 * `mac-needs-host` from the platform, across the resources of one file. In Terraform no infrastructure
 * configuration says what it builds: an `aws_imagebuilder_image_pipeline` or `aws_imagebuilder_image` joins
 * an image recipe (`image_recipe_arn`) to one (`infrastructure_configuration_arn`). A recipe builds macOS
 * when its `parent_image` is an AWS-managed macOS image (as for requests, `parentImagePlatform`) or one of
 * its components is an `aws_imagebuilder_component` of this file with `platform = "macOS"` (Image Builder
 * refuses a component whose platform is not the recipe's). Such a configuration needs `placement { tenancy
 * = "host" }`; it is reported on the configuration (where the fix goes), with the join and the macOS
 * evidence as related places. Silent when anything on the way is unknown (`var.x`, `count`-indexed
 * references), when `placement` is `dynamic`, and when the configuration already lists a Mac instance type
 * (the shape rule reports that one).
 */
export function macPlatformProblems(root: ObjectNode | undefined, text: string, problems: Problem[]): void {
  const resources = imagebuilderResources(root);
  const byAddress = resourcesByAddress(resources);
  const reported = new Set<ResourceBlock>();
  const context: RuleContext = { host: { key: SPELLINGS.snake_case, edits: hclEdits(text) }, problems };
  for (const join of resources) {
    if (join.type !== 'aws_imagebuilder_image_pipeline' && join.type !== 'aws_imagebuilder_image') continue;
    const recipe = referenced(join, 'image_recipe_arn', 'aws_imagebuilder_image_recipe', byAddress);
    const infraArn = join.body && getProperty(join.body, 'infrastructure_configuration_arn');
    const infra = referenced(join, 'infrastructure_configuration_arn', 'aws_imagebuilder_infrastructure_configuration', byAddress);
    if (!recipe || !infra?.body || !infraArn || reported.has(infra)) continue;
    const evidence = macEvidence(recipe, byAddress);
    if (!evidence) continue;
    const problem = needsHost(infra.body, infra, context);
    if (!problem) continue;
    reported.add(infra);
    const via = `${address(join)} builds ${address(recipe)} with this configuration`;
    problems.push({
      ...problem,
      message: `This infrastructure configuration builds macOS (${via}; ${evidence.why}): Mac instances run only on Dedicated Hosts, so set 'placement.tenancy' to 'host'.`,
      related: [{ offset: infraArn.offset, length: infraArn.length, message: via }, { offset: evidence.at.offset, length: evidence.at.length, message: evidence.why }],
    });
  }
}

/** Why a recipe builds macOS, and where that is written. */
function macEvidence(recipe: ResourceBlock, byAddress: ReadonlyMap<string, ResourceBlock>): { why: string; at: { offset: number; length: number } } | undefined {
  const body = recipe.body;
  if (!body) return undefined;
  const parent = literal(getProperty(body, 'parent_image')?.valueNode);
  const fromParent = parent !== undefined ? parentImagePlatform(parent.value) : undefined;
  if (fromParent?.platform === 'macOS') return { why: `${address(recipe)} has ${fromParent.why}`, at: parent! };
  for (const block of body.properties) {
    if (block.keyNode.value !== 'component' || block.valueNode?.type !== 'object') continue;
    const component = referencedBy(getProperty(block.valueNode, 'component_arn')?.valueNode, 'aws_imagebuilder_component', byAddress);
    const platform = component?.body && getProperty(component.body, 'platform');
    const value = literal(platform?.valueNode);
    if (platform && value && toPlatform(value.value) === 'macOS') return { why: `its component ${address(component!)} has platform "macOS"`, at: platform };
  }
  return undefined;
}

/** The problem without its message (placed and fixed), or undefined when the configuration is fine or unknown. */
function needsHost(body: ObjectNode, infra: ResourceBlock, context: RuleContext): Omit<Problem, 'message'> | undefined {
  if (body.properties.some((p) => p.keyNode.value === 'dynamic' && p.labels?.[0]?.value === 'placement')) return undefined;
  const types = getProperty(body, 'instance_types')?.valueNode;
  if (types?.type === 'array' && types.items.some((i) => i.type === 'string' && /^mac\d/.test(i.value))) return undefined;
  const placementProperty = getProperty(body, 'placement');
  const placementNode = placementProperty?.valueNode;
  if (placementProperty && placementNode?.type !== 'object') return undefined;
  const placement = placementNode?.type === 'object' ? placementNode : undefined;
  const tenancy = placement ? getProperty(placement, 'tenancy') : undefined;
  if (tenancy?.valueNode && (literal(tenancy.valueNode) === undefined || literal(tenancy.valueNode)!.value === 'host')) return undefined;
  const at = tenancy?.valueNode ?? infra.property.labels?.[1] ?? infra.property.keyNode;
  const fix: Fix = placement
    ? setTenancyHost(placement, context)
    : { title: "Add 'placement' with 'tenancy: host'", edits: [context.host.edits.insert(body, 'placement', { tenancy: 'host' })], preferred: true };
  return { offset: at.offset, length: at.length, code: 'mac-needs-host', fixes: [fix] };
}

/** The resource of `type` a reference such as `aws_imagebuilder_image_recipe.r.arn` names, in this file. */
function referenced(resource: ResourceBlock, argument: string, type: string, byAddress: ReadonlyMap<string, ResourceBlock>): ResourceBlock | undefined {
  return resource.body ? referencedBy(getProperty(resource.body, argument)?.valueNode, type, byAddress) : undefined;
}

/** A string literal (not a reference, call or template). */
function literal(value: ValueNode | undefined): (ValueNode & { type: 'string' }) | undefined {
  return value?.type === 'string' && value.tag === undefined ? value : undefined;
}
