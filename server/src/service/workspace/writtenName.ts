import { getProperty, getValue } from '../ast/navigate';
import { ObjectNode, StringNode, ValueNode } from '../ast/types';
import { intrinsicName } from '../cloudformation/intrinsics';

/**
 * The name a component resource writes as it is, which the workspace knows the component by: a
 * template's `Name` (not `!Ref`/`!Sub`: CloudFormation computes those), a Terraform `name` (not a
 * reference, call or template). One reading for the summary (`hostComponents.ts`) and for the host's
 * own references to the resource (`LocalComponentUse.resourceName`), so that both name the same node.
 */
export function templateComponentName(properties: ValueNode | undefined): StringNode | undefined {
  return properties?.type === 'object' && !properties.tag ? writtenString(getValue(properties, 'Name')) : undefined;
}

export function terraformComponentName(body: ObjectNode | undefined): StringNode | undefined {
  return body ? writtenString(getProperty(body, 'name')?.valueNode) : undefined;
}

/** A string written as it is: not an intrinsic, a reference, a call or a template. */
export function writtenString(node: ValueNode | undefined): StringNode | undefined {
  return node?.type === 'string' && !node.tag && intrinsicName(node) === undefined ? node : undefined;
}

/** `{ resourceName }`: the name's range, quotes included (as the summary's `nameRange`), or nothing for a computed name. */
export function resourceNameOf(name: StringNode | undefined): { resourceName?: { offset: number; length: number } } {
  return name ? { resourceName: { offset: name.offset, length: name.length } } : {};
}
