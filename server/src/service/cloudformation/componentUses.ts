import { Analysis, memoize } from '../analysis';
import { getValue } from '../ast/navigate';
import { ValueNode } from '../ast/types';
import { PassedParameter } from '../component/componentParameters';
import { LocalComponentUse } from '../embedded/regions';
import { innerRange, nameRange } from '../workspace/stringRanges';
import { templateComponentName, resourceNameOf } from '../workspace/writtenName';
import { COMPONENT_TYPE, dataRegionName } from './dataRegions';
import { intrinsicName, referencedResource } from './intrinsics';
import { ImageBuilderResource, templateModel } from './template';
import { TEMPLATE_RECIPE_TYPES } from './resourceTypes';

/**
 * The recipes' `Components` entries whose `ComponentArn` names a Component resource of the same template
 * (`!Ref X`, `!GetAtt X.Arn`, their long forms, a `Fn::Sub` with `${X}` or `${X.Arn}`), with the names
 * their `Parameters` pass. An entry, list or name CloudFormation computes (an intrinsic) is unknown:
 * the entry is left out, or its passed names are marked incomplete. O(recipes' components), memoised.
 */
export function templateComponentUses(analysis: Analysis): readonly LocalComponentUse[] {
  return memoize(analysis, 'cloudformation.componentUses', () => {
    const model = templateModel(analysis);
    const components = new Map<string, ImageBuilderResource>();
    for (const resource of model.imageBuilder) {
      if (resource.type === COMPONENT_TYPE && model.byLogicalId.get(resource.logicalId) === resource.entry) components.set(resource.logicalId, resource);
    }
    if (components.size === 0) return [];
    const uses: LocalComponentUse[] = [];
    for (const recipe of model.imageBuilder) {
      if (!TEMPLATE_RECIPE_TYPES.has(recipe.type)) continue;
      const properties = literal(recipe.properties?.valueNode);
      const list = properties?.type === 'object' ? literal(getValue(properties, 'Components')) : undefined;
      if (list?.type !== 'array') continue;
      for (const entry of list.items) {
        if (entry.type !== 'object' || intrinsicName(entry) !== undefined) continue;
        const arn = getValue(entry, 'ComponentArn');
        const reference = referencedResource(arn);
        const component = reference && (reference.attribute === undefined || reference.attribute === 'Arn') ? components.get(reference.logicalId) : undefined;
        if (!reference || !component) continue;
        uses.push({
          region: dataRegionName(component.logicalId),
          component: `component resource '${component.logicalId}'`,
          name: { offset: reference.offset, length: reference.length },
          declaration: nameRange(component.entry.keyNode),
          ...resourceNameOf(templateComponentName(component.properties?.valueNode)),
          entry: { offset: entry.offset, length: entry.length },
          ...templatePassed(getValue(entry, 'Parameters')),
        });
      }
    }
    return uses;
  });
}

/** The literal names of a `Parameters` list; `passedKnown` is false when the list, an item or a name is computed. */
export function templatePassed(list: ValueNode | undefined): { parameters: PassedParameter[]; passedKnown: boolean } {
  if (!list) return { parameters: [], passedKnown: true };
  if (list.type !== 'array' || intrinsicName(list) !== undefined) return { parameters: [], passedKnown: false };
  const parameters: PassedParameter[] = [];
  let passedKnown = true;
  for (const item of list.items) {
    const name = item.type === 'object' && intrinsicName(item) === undefined ? getValue(item, 'Name') : undefined;
    if (name?.type !== 'string' || intrinsicName(name) !== undefined) {
      passedKnown = false;
      continue;
    }
    parameters.push({ name: name.value, ...nameRange(name), ...innerRange(name) });
  }
  return { parameters, passedKnown };
}

/** The value when it is written as it is, not computed by an intrinsic. */
function literal(node: ValueNode | undefined): ValueNode | undefined {
  return node && intrinsicName(node) === undefined ? node : undefined;
}
