import { endOf, ObjectNode, PropertyNode } from '../ast/types';
import { IMAGEBUILDER_RESOURCE_PREFIX } from '../kinds/detectTerraform';
import { TfBlockSchema, TfNestedBlockSchema, TfResourceSchema } from './schemaTypes';

/** A `resource "aws_imagebuilder_…" "name" { … }` block of the file. */
export interface ResourceBlock {
  readonly property: PropertyNode;
  readonly type: string;
  readonly name: string | undefined;
  readonly body: ObjectNode | undefined;
}

/** The top-level resource blocks whose type is an Image Builder one (known to the schema or not). */
export function imagebuilderResources(root: ObjectNode | undefined): ResourceBlock[] {
  return (root?.properties ?? []).flatMap((property) => resourceBlock(property) ?? []);
}

/**
 * The top-level Image Builder resource block whose text (keyword to closing brace) holds `offset`, found by
 * bisection over the top-level properties, which are in text order: O(log width), not a list of every
 * resource per request (on a 1,000-resource module that list was most of a hover's time, and its garbage).
 */
export function imagebuilderResourceAt(root: ObjectNode | undefined, offset: number): ResourceBlock | undefined {
  const properties = root?.properties ?? [];
  let low = 0;
  let high = properties.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (properties[middle].offset <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const property = properties[found] as PropertyNode | undefined;
  return property && offset <= endOf(property) ? resourceBlock(property) : undefined;
}

function resourceBlock(property: PropertyNode): ResourceBlock | undefined {
  if (property.keyNode.value !== 'resource') return undefined;
  const type = property.labels?.[0]?.value;
  if (!type?.startsWith(IMAGEBUILDER_RESOURCE_PREFIX)) return undefined;
  const body = property.valueNode?.type === 'object' ? property.valueNode : undefined;
  return { property, type, name: property.labels?.[1]?.value, body };
}

/** Whether a property is an HCL block (`name { … }`, `name "label" { … }`), not an attribute. */
export function isBlock(property: PropertyNode): boolean {
  return property.labels !== undefined;
}

/** Arguments any resource takes from Terraform itself, and its meta-blocks. */
/** The resource types whose `component` blocks name components: image and container recipes. */
export const TERRAFORM_RECIPE_TYPES: ReadonlySet<string> = new Set(['aws_imagebuilder_image_recipe', 'aws_imagebuilder_container_recipe']);

export const META_ARGUMENTS: ReadonlySet<string> = new Set(['count', 'for_each', 'provider', 'depends_on']);
export const META_BLOCKS: ReadonlySet<string> = new Set(['lifecycle', 'provisioner', 'connection']);

/**
 * The block schema that applies inside a body, seen from a resource: `placement { … }` → placement's;
 * `dynamic "placement" { content { … } }` → placement's too. Undefined for a meta-block or unknown block.
 */
export function nestedBlock(schema: TfBlockSchema, property: PropertyNode): { schema: TfNestedBlockSchema; body: ObjectNode | undefined } | undefined {
  const body = property.valueNode?.type === 'object' ? property.valueNode : undefined;
  const name = property.keyNode.value;
  if (name === 'dynamic') {
    const target = property.labels?.[0]?.value;
    const nested = target !== undefined ? schema.blocks[target] : undefined;
    if (!nested) return undefined;
    const content = body?.properties.find((p) => p.keyNode.value === 'content' && isBlock(p));
    return { schema: nested, body: content?.valueNode?.type === 'object' ? content.valueNode : undefined };
  }
  const nested = schema.blocks[name];
  return nested && isBlock(property) ? { schema: nested, body } : undefined;
}

/** Where the cursor is, in terms of blocks: the resource and the chain of block bodies around `offset`. */
export interface BlockPosition {
  readonly resource: ResourceBlock;
  readonly resourceSchema: TfResourceSchema | undefined;
  /** The innermost body holding the offset and its schema (undefined inside a meta or unknown block). */
  readonly body: ObjectNode;
  readonly schema: TfBlockSchema | undefined;
  /** Block names from the resource down (`['block_device_mapping', 'ebs']`). */
  readonly path: readonly string[];
}

/** Whether `offset` is inside a body's braces (after `{`, up to its `}`). */
export function insideBody(body: ObjectNode, offset: number, text: string): boolean {
  const closed = text[endOf(body) - 1] === '}' && body.length > 1;
  return offset > body.offset && (closed ? offset < endOf(body) : offset <= endOf(body));
}

/** O(log width + depth · width of the blocks) from the root; no walk of the whole file. */
export function blockAt(root: ObjectNode | undefined, offset: number, text: string, schemaOf: (type: string) => TfResourceSchema | undefined): BlockPosition | undefined {
  const resource = imagebuilderResourceAt(root, offset);
  if (!resource?.body || !insideBody(resource.body, offset, text)) return undefined;
  const resourceSchema = schemaOf(resource.type);
  let body = resource.body;
  let schema: TfBlockSchema | undefined = resourceSchema?.block;
  const path: string[] = [];
  for (;;) {
    const inner = body.properties.find((p) => isBlock(p) && p.valueNode?.type === 'object' && insideBody(p.valueNode, offset, text));
    if (!inner || inner.valueNode?.type !== 'object') break;
    const name = inner.keyNode.value;
    if (name === 'dynamic' && schema) {
      const nested = nestedBlock(schema, inner);
      const content = inner.valueNode.properties.find((p) => p.keyNode.value === 'content' && p.valueNode?.type === 'object' && insideBody(p.valueNode, offset, text));
      if (content?.valueNode?.type === 'object' && nested) {
        body = content.valueNode;
        schema = nested.schema.block;
        path.push(inner.labels?.[0]?.value ?? 'dynamic');
        continue;
      }
      // Inside `dynamic "x" { … }` but outside `content`: for_each, iterator, labels.
      return { resource, resourceSchema, body: inner.valueNode, schema: undefined, path: [...path, 'dynamic'] };
    }
    body = inner.valueNode;
    schema = schema?.blocks[name]?.block;
    path.push(name);
  }
  return { resource, resourceSchema, body, schema, path };
}
