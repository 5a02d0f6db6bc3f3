import { Analysis, memoize } from '../analysis';
import { getValue } from '../ast/navigate';
import { ObjectNode, StringNode } from '../ast/types';
import { PassedParameter } from '../component/componentParameters';
import { ComponentArn, parseComponentArn } from './componentArn';

export const RECIPE_KINDS = new Set(['create-image-recipe', 'create-container-recipe']);

/** One `components[]` entry of a recipe, with its nodes (for the open document's checks). */
export interface ComponentUse {
  readonly entry: ObjectNode;
  readonly arnNode: StringNode;
  /** Undefined when the value is not a component ARN (e.g. a name, or a typo in the prefix). */
  readonly arn: ComponentArn | undefined;
  /** Undefined when the entry has no `parameters` list (nothing passed). */
  readonly parameters: readonly PassedParameter[];
}

/** The component entries of a create-image-recipe or create-container-recipe request (memoised per version). */
export function recipeUses(analysis: Analysis): readonly ComponentUse[] {
  return memoize(analysis, 'workspace.recipeUses', () => {
    const kind = analysis.detection.kind?.id;
    const root = analysis.parsed.root;
    if (!kind || !RECIPE_KINDS.has(kind) || root?.type !== 'object') return [];
    const components = getValue(root, 'components');
    if (components?.type !== 'array') return [];
    const uses: ComponentUse[] = [];
    for (const entry of components.items) {
      if (entry.type !== 'object') continue;
      const arnNode = getValue(entry, 'componentArn');
      if (arnNode?.type !== 'string') continue;
      uses.push({ entry, arnNode, arn: parseComponentArn(arnNode.value), parameters: passedParameters(entry) });
    }
    return uses;
  });
}

function passedParameters(entry: ObjectNode): PassedParameter[] {
  const list = getValue(entry, 'parameters');
  if (list?.type !== 'array') return [];
  const passed: PassedParameter[] = [];
  for (const item of list.items) {
    if (item.type !== 'object') continue;
    const name = getValue(item, 'name');
    if (name?.type !== 'string') continue;
    passed.push({ name: name.value, offset: name.offset, length: name.length, ...innerRange(name) });
  }
  return passed;
}

/** The range of a string's text without its quotes (a plain or block scalar: the whole node). */
export function innerRange(node: StringNode): { nameOffset: number; nameLength: number } {
  const quoted = node.style === 'json' || node.style === 'double' || node.style === 'single';
  return quoted && node.length >= 2 ? { nameOffset: node.offset + 1, nameLength: node.length - 2 } : { nameOffset: node.offset, nameLength: node.length };
}

/** A name's range without its quotes (a JSON or HCL string's too): where a template's or Terraform file's passed name is reported. */
export function nameRange(node: StringNode): { offset: number; length: number } {
  const { nameOffset, nameLength } = innerRange(node);
  return { offset: nameOffset, length: nameLength };
}
