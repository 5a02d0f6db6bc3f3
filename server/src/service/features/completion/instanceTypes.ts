import { getValue } from '../../ast/navigate';
import { JsonPath, ObjectNode, ValueNode } from '../../ast/types';

/** Mac instance families (mac1, mac2, mac2-m2, mac2-m2pro, …): they run only on Dedicated Hosts. */
export const MAC_INSTANCE = /^mac\d/;

/**
 * Instance types offered for `instanceTypes`: the Mac types (Image Builder builds macOS images only on
 * them) and the common general purpose, compute and memory families, x86 and Graviton. Any other
 * type is still accepted: this is a starting list, not the allowed set.
 */
export const INSTANCE_TYPES: ReadonlyArray<{ readonly name: string; readonly detail: string }> = [
  { name: 'mac1.metal', detail: 'Mac mini, Intel (x86_64 macOS); Dedicated Host' },
  { name: 'mac2.metal', detail: 'Mac mini, M1 (arm64 macOS); Dedicated Host' },
  { name: 'mac2-m2.metal', detail: 'Mac mini, M2 (arm64 macOS); Dedicated Host' },
  { name: 'mac2-m2pro.metal', detail: 'Mac mini, M2 Pro (arm64 macOS); Dedicated Host' },
  { name: 'mac2-m1ultra.metal', detail: 'Mac Studio, M1 Ultra (arm64 macOS); Dedicated Host' },
  ...['micro', 'small', 'medium', 'large'].map((size) => ({ name: `t3.${size}`, detail: 'burstable, x86_64' })),
  ...['micro', 'small', 'medium', 'large'].map((size) => ({ name: `t4g.${size}`, detail: 'burstable, Graviton (arm64)' })),
  ...['m5', 'm6i', 'm7i'].flatMap((f) => ['large', 'xlarge', '2xlarge'].map((size) => ({ name: `${f}.${size}`, detail: 'general purpose, x86_64' }))),
  ...['m6g', 'm7g'].flatMap((f) => ['large', 'xlarge', '2xlarge'].map((size) => ({ name: `${f}.${size}`, detail: 'general purpose, Graviton (arm64)' }))),
  ...['c5', 'c6i', 'c7i'].flatMap((f) => ['large', 'xlarge'].map((size) => ({ name: `${f}.${size}`, detail: 'compute optimised, x86_64' }))),
  ...['c6g', 'c7g'].flatMap((f) => ['large', 'xlarge'].map((size) => ({ name: `${f}.${size}`, detail: 'compute optimised, Graviton (arm64)' }))),
  ...['r5', 'r6i'].flatMap((f) => ['large', 'xlarge'].map((size) => ({ name: `${f}.${size}`, detail: 'memory optimised, x86_64' }))),
];

/** Whether the object's `instanceTypes` (spelled `key`: `InstanceTypes` in a template) names a Mac type. */
export function hasMacInstance(object: ValueNode | undefined, key = 'instanceTypes'): boolean {
  if (object?.type !== 'object') return false;
  const types = getValue(object, key);
  return types?.type === 'array' && types.items.some((t) => t.type === 'string' && MAC_INSTANCE.test(t.value));
}

/** The object at `path` from `root`, when every step is there. */
export function objectAt(root: ValueNode | undefined, path: JsonPath): ObjectNode | undefined {
  let node = root;
  for (const part of path) {
    if (typeof part === 'number') node = node?.type === 'array' ? node.items[part] : undefined;
    else node = node?.type === 'object' ? getValue(node, part) : undefined;
  }
  return node?.type === 'object' ? node : undefined;
}
