import { ParsedDocument } from '../parse/types';
import type { KindDetection } from './detect';
import { getKind, TERRAFORM } from './kinds';

/** The resource types that make a `.tf` file ours start with this. */
export const IMAGEBUILDER_RESOURCE_PREFIX = 'aws_imagebuilder_';

/**
 * A Terraform file is ours when it declares at least one `resource "aws_imagebuilder_…" "name"` block at
 * the top level (a `data "aws_imagebuilder_…"` source or a mention in a comment is not enough). Any other
 * `.tf` file gets nothing. O(top-level blocks).
 */
export function detectTerraform(parsed: ParsedDocument): KindDetection {
  const root = parsed.root;
  if (root?.type !== 'object') return { kind: undefined, source: 'none' };
  for (const property of root.properties) {
    if (property.keyNode.value !== 'resource') continue;
    const type = property.labels?.[0]?.value;
    if (type?.startsWith(IMAGEBUILDER_RESOURCE_PREFIX)) return { kind: getKind(TERRAFORM), source: 'content' };
  }
  return { kind: undefined, source: 'none' };
}
