import { ValueNode } from '../ast/types';
import { unknownReason } from '../parse/hcl/unknown';
import { ResourceBlock } from './blocks';

/**
 * The address (`aws_imagebuilder_component.c`) of the resource of `type` a reference such as
 * `aws_imagebuilder_component.c.arn` (or `.id`) names, declared in this file or not; undefined for anything
 * else (`var.x`, a `count`-indexed `aws_x.y[0].arn`, a call).
 */
export function referencedAddress(value: ValueNode | undefined, type: string): string | undefined {
  if (unknownReason(value) !== 'reference') return undefined;
  const match = value?.type === 'string' ? /^([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.(arn|id)$/.exec(value.value.replace(/\s+/g, '')) : null;
  return match && match[1] === type ? `${match[1]}.${match[2]}` : undefined;
}

/** The resource of `type` a reference names, in this file (`byAddress`). */
export function referencedBy(value: ValueNode | undefined, type: string, byAddress: ReadonlyMap<string, ResourceBlock>): ResourceBlock | undefined {
  const named = referencedAddress(value, type);
  return named ? byAddress.get(named) : undefined;
}

/** The named resources by address (`aws_imagebuilder_component.c`). */
export function resourcesByAddress(resources: readonly ResourceBlock[]): Map<string, ResourceBlock> {
  return new Map(resources.filter((r) => r.name !== undefined).map((r) => [address(r), r]));
}

export const address = (r: ResourceBlock): string => `${r.type}.${r.name ?? '?'}`;
