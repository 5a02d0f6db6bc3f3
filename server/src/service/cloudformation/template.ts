import { Analysis, memoize } from '../analysis';
import { getProperty } from '../ast/navigate';
import { ObjectNode, PropertyNode, StringNode, ValueNode } from '../ast/types';
import { isImageBuilderType } from './resourceTypes';

/** One entry of a template's `Resources` whose `Type` is `AWS::ImageBuilder::…`. */
export interface ImageBuilderResource {
  /** The logical id (`MyComponent`), the key of the entry. */
  readonly logicalId: string;
  readonly entry: PropertyNode;
  readonly body: ObjectNode;
  readonly type: string;
  readonly typeNode: StringNode;
  /** `Properties: …` when present (its value may be an intrinsic or broken). */
  readonly properties: PropertyNode | undefined;
}

export interface TemplateModel {
  readonly resourcesNode: ObjectNode | undefined;
  /** Every Image Builder resource, in document order. */
  readonly imageBuilder: readonly ImageBuilderResource[];
  /** Every logical id of `Resources` → its entry (any type), first one wins. */
  readonly byLogicalId: ReadonlyMap<string, PropertyNode>;
}

/** The template's resources, read once per version: O(resources), never into their properties. */
export function templateModel(analysis: Analysis): TemplateModel {
  return memoize(analysis, 'cloudformation.model', () => readTemplate(analysis.parsed.root));
}

export function readTemplate(root: ValueNode | undefined): TemplateModel {
  const resourcesNode = root?.type === 'object' ? objectValue(getProperty(root, 'Resources')) : undefined;
  const imageBuilder: ImageBuilderResource[] = [];
  const byLogicalId = new Map<string, PropertyNode>();
  for (const entry of resourcesNode?.properties ?? []) {
    const logicalId = entry.keyNode.value;
    if (!byLogicalId.has(logicalId)) byLogicalId.set(logicalId, entry);
    const body = objectValue(entry);
    const typeNode = body ? getProperty(body, 'Type')?.valueNode : undefined;
    if (!body || typeNode?.type !== 'string' || typeNode.tag || !isImageBuilderType(typeNode.value)) continue;
    imageBuilder.push({ logicalId, entry, body, type: typeNode.value, typeNode, properties: getProperty(body, 'Properties') });
  }
  return { resourcesNode, imageBuilder, byLogicalId };
}

function objectValue(property: PropertyNode | undefined): ObjectNode | undefined {
  const value = property?.valueNode;
  return value?.type === 'object' && !value.tag ? value : undefined;
}

