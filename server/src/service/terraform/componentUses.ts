import { Analysis, memoize } from '../analysis';
import { getProperty } from '../ast/navigate';
import { ObjectNode } from '../ast/types';
import { PassedParameter } from '../component/componentParameters';
import { LocalComponentUse } from '../embedded/regions';
import { innerRange, nameRange } from '../workspace/stringRanges';
import { terraformComponentName, resourceNameOf } from '../workspace/writtenName';
import { imagebuilderResources, isBlock, META_ARGUMENTS, ResourceBlock, TERRAFORM_RECIPE_TYPES } from './blocks';
import { dataRegionName } from './dataRegions';
import { address, referencedAddress, resourcesByAddress } from './references';

export const COMPONENT_TYPE = 'aws_imagebuilder_component';

/** A recipe's `component` block naming a component resource of this file, whatever its `data` is. */
export interface ComponentBlockUse {
  readonly component: ResourceBlock;
  /** The use, without the region: the caller says where the component's document is. */
  readonly use: Omit<LocalComponentUse, 'region'>;
}

/** A recipe's `component` block naming a component resource by address (`aws_imagebuilder_component.x`). */
export interface ComponentBlockReference {
  readonly address: string;
  /** The resource of this file with that address (a name declared in the file wins over the module's). */
  readonly local: ResourceBlock | undefined;
  readonly use: Omit<LocalComponentUse, 'region' | 'component' | 'declaration'>;
}

/**
 * Every recipe's `component { component_arn = aws_imagebuilder_component.x.arn … }` block, with the names
 * its `parameter { name = "…" }` blocks pass and the resource of this file it names, if any. A `dynamic
 * "component"` is not read; a `dynamic "parameter"` or a `name` that is not a literal string marks the
 * passed names incomplete. O(recipes' blocks), memoised.
 */
export function componentBlockReferences(analysis: Analysis): readonly ComponentBlockReference[] {
  return memoize(analysis, 'terraform.componentBlockReferences', () => {
    const root = analysis.parsed.root?.type === 'object' ? analysis.parsed.root : undefined;
    const resources = imagebuilderResources(root);
    const byAddress = resourcesByAddress(resources);
    const references: ComponentBlockReference[] = [];
    for (const recipe of resources) {
      if (!TERRAFORM_RECIPE_TYPES.has(recipe.type) || !recipe.body) continue;
      for (const block of recipe.body.properties) {
        if (block.keyNode.value !== 'component' || !isBlock(block) || block.valueNode?.type !== 'object') continue;
        const arn = getProperty(block.valueNode, 'component_arn')?.valueNode;
        const named = referencedAddress(arn, COMPONENT_TYPE);
        if (!arn || !named) continue;
        references.push({
          address: named,
          local: byAddress.get(named),
          use: { name: { offset: arn.offset, length: arn.length }, entry: { offset: block.offset, length: block.length }, ...terraformPassed(block.valueNode) },
        });
      }
    }
    return references;
  });
}

/**
 * The references to a component resource of this file; one with `count` or `for_each` is left out (its
 * instances are indexed). Memoised.
 */
export function componentBlockUses(analysis: Analysis): readonly ComponentBlockUse[] {
  return memoize(analysis, 'terraform.componentBlockUses', () => componentBlockReferences(analysis).flatMap(({ local, use }) => {
    const label = local?.property.labels?.[1];
    if (!local || !label || instanced(local)) return [];
    return [{ component: local, use: { ...use, component: `component resource '${address(local)}'`, declaration: nameRange(label), ...resourceNameOf(terraformComponentName(local.body)) } }];
  }));
}

/** The references to a component resource this file does not declare: another file of its module may (`WorkspaceView.moduleComponent`). */
export function moduleReferences(analysis: Analysis): readonly ComponentBlockReference[] {
  return componentBlockReferences(analysis).filter((r) => !r.local);
}

/** The uses whose component's document is in its `data` (a heredoc, a string, `yamlencode`): by its region. */
export function terraformComponentUses(analysis: Analysis): readonly LocalComponentUse[] {
  return componentBlockUses(analysis).map(({ component, use }) => ({ ...use, region: dataRegionName(component) }));
}

/** A resource with `count` or `for_each`: a reference to it must be indexed, so a plain one is no use of it. */
export function instanced(resource: ResourceBlock): boolean {
  return resource.body?.properties.some((p) => META_ARGUMENTS.has(p.keyNode.value) && p.keyNode.value !== 'provider' && p.keyNode.value !== 'depends_on') ?? false;
}

/** The literal names of the `parameter` blocks; `passedKnown` is false when a block is dynamic or a name is computed. */
export function terraformPassed(component: ObjectNode): { parameters: PassedParameter[]; passedKnown: boolean } {
  const parameters: PassedParameter[] = [];
  let passedKnown = true;
  for (const property of component.properties) {
    const key = property.keyNode.value;
    if (key === 'dynamic' && property.labels?.[0]?.value === 'parameter') passedKnown = false;
    if (key !== 'parameter') continue;
    const name = isBlock(property) && property.valueNode?.type === 'object' ? getProperty(property.valueNode, 'name')?.valueNode : undefined;
    if (name?.type !== 'string' || name.tag !== undefined) {
      passedKnown = false;
      continue;
    }
    parameters.push({ name: name.value, ...nameRange(name), ...innerRange(name) });
  }
  return { parameters, passedKnown };
}
