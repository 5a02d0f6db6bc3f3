import { Analysis, memoize } from '../analysis';
import { getProperty } from '../ast/navigate';
import { ObjectNode } from '../ast/types';
import { PassedParameter } from '../component/componentParameters';
import { LocalComponentUse } from '../embedded/regions';
import { innerRange, nameRange } from '../workspace/stringRanges';
import { imagebuilderResources, isBlock, META_ARGUMENTS, ResourceBlock, TERRAFORM_RECIPE_TYPES } from './blocks';
import { dataRegionName } from './dataRegions';
import { address, referencedBy, resourcesByAddress } from './references';

const COMPONENT_TYPE = 'aws_imagebuilder_component';

/** A recipe's `component` block naming a component resource of this file, whatever its `data` is. */
export interface ComponentBlockUse {
  readonly component: ResourceBlock;
  /** The use, without the region: the caller says where the component's document is. */
  readonly use: Omit<LocalComponentUse, 'region'>;
}

/**
 * The recipes' `component { component_arn = aws_imagebuilder_component.x.arn … }` blocks naming a
 * component resource of this file, with the names their `parameter { name = "…" }` blocks pass. What is
 * unknown is left out: a `dynamic "component"` (not read), a component resource with `count` or `for_each`
 * (its instances are indexed), and a `dynamic "parameter"` or a `name` that is not a literal string (the
 * passed names are then marked incomplete). O(recipes' blocks), memoised.
 */
export function componentBlockUses(analysis: Analysis): readonly ComponentBlockUse[] {
  return memoize(analysis, 'terraform.componentBlockUses', () => {
    const root = analysis.parsed.root?.type === 'object' ? analysis.parsed.root : undefined;
    const resources = imagebuilderResources(root);
    const byAddress = resourcesByAddress(resources);
    const uses: ComponentBlockUse[] = [];
    for (const recipe of resources) {
      if (!TERRAFORM_RECIPE_TYPES.has(recipe.type) || !recipe.body) continue;
      for (const block of recipe.body.properties) {
        if (block.keyNode.value !== 'component' || !isBlock(block) || block.valueNode?.type !== 'object') continue;
        const arn = getProperty(block.valueNode, 'component_arn')?.valueNode;
        const component = referencedBy(arn, COMPONENT_TYPE, byAddress);
        const label = component?.property.labels?.[1];
        if (!arn || !component || !label || instanced(component)) continue;
        uses.push({
          component,
          use: {
            component: `component resource '${address(component)}'`,
            name: { offset: arn.offset, length: arn.length },
            declaration: nameRange(label),
            entry: { offset: block.offset, length: block.length },
            ...terraformPassed(block.valueNode),
          },
        });
      }
    }
    return uses;
  });
}

/** The uses whose component's document is in its `data` (a heredoc, a string, `yamlencode`): by its region. */
export function terraformComponentUses(analysis: Analysis): readonly LocalComponentUse[] {
  return componentBlockUses(analysis).map(({ component, use }) => ({ ...use, region: dataRegionName(component) }));
}

/** A resource with `count` or `for_each`: a reference to it must be indexed, so a plain one is no use of it. */
function instanced(resource: ResourceBlock): boolean {
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
