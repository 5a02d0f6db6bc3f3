import { endOf, ObjectNode } from '../ast/types';
import { OffsetHover } from '../features/hover';
import { blockAt, imagebuilderResourceAt, insideBody, isBlock } from './blocks';
import { attributeMarkdown, blockMarkdown, resourceMarkdown } from './describe';
import { TfSchemaFile } from './schemaTypes';

/**
 * Hover in a `.tf` file: on a resource type label, the resource; on an argument's name or value, its
 * documentation, type and allowed values; on a block's name, the block. O(log width + depth · width of the blocks).
 */
export function terraformHover(root: ObjectNode | undefined, text: string, offset: number, schemas: TfSchemaFile): OffsetHover | undefined {
  const resource = imagebuilderResourceAt(root, offset);
  const label = resource?.property.labels?.[0];
  if (resource && label && offset >= label.offset && offset <= endOf(label)) {
    const schema = schemas.resources[resource.type];
    return schema ? { markdown: resourceMarkdown(resource.type, schema), offset: label.offset, length: label.length } : undefined;
  }
  const position = blockAt(root, offset, text, (type) => schemas.resources[type]);
  if (!position) return undefined;
  const property = position.body.properties.find((p) => offset >= p.offset && offset <= endOf(p) && !(isBlock(p) && p.valueNode?.type === 'object' && insideBody(p.valueNode, offset, text)));
  if (!property || !position.schema) return undefined;
  const name = isBlock(property) && property.keyNode.value === 'dynamic' ? property.labels?.[0]?.value ?? 'dynamic' : property.keyNode.value;
  const range = { offset: property.keyNode.offset, length: property.keyNode.length };
  if (isBlock(property)) {
    const block = position.schema.blocks[name];
    return block ? { markdown: blockMarkdown(name, block), ...range } : undefined;
  }
  const attribute = position.schema.attributes[name];
  if (!attribute) return undefined;
  const on = property.valueNode && offset >= property.valueNode.offset && offset <= endOf(property.valueNode) ? property.valueNode : property.keyNode;
  return { markdown: attributeMarkdown(name, attribute), offset: on.offset, length: on.length };
}
