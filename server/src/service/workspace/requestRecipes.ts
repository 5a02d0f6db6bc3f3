import { Analysis } from '../analysis';
import { getValue, stringValue } from '../ast/navigate';
import { ObjectNode } from '../ast/types';
import { PassedParameter } from '../component/componentParameters';
import { parseComponentArn } from './componentArn';
import { recipePlatform } from './recipePlatform';
import { ComponentUse, Recipe } from './recipeTypes';
import { innerRange, verbatimStart } from './stringRanges';

export const RECIPE_KINDS = new Set(['create-image-recipe', 'create-container-recipe']);

/** The recipe of a create-image-recipe or create-container-recipe request: its `components[]` entries with a string `componentArn`. */
export function requestRecipes(analysis: Analysis): Recipe[] {
  const kind = analysis.detection.kind?.id;
  const root = analysis.parsed.root;
  if (!kind || !RECIPE_KINDS.has(kind) || root?.type !== 'object') return [];
  const uses: ComponentUse[] = [];
  const components = getValue(root, 'components');
  for (const entry of components?.type === 'array' ? components.items : []) {
    if (entry.type !== 'object') continue;
    const arnNode = getValue(entry, 'componentArn');
    if (arnNode?.type !== 'string') continue;
    const arn = parseComponentArn(arnNode.value);
    const start = verbatimStart(arnNode, analysis.parsed.text);
    uses.push({
      entry,
      arnRange: { offset: arnNode.offset, length: arnNode.length },
      arnText: arnNode.value,
      arn,
      nameAt: arn && start !== undefined ? start + arn.nameOffset : undefined,
      parameters: passedParameters(entry),
      passedKnown: true,
    });
  }
  const platform = recipePlatform(stringValue(root, 'platformOverride'), 'platformOverride', stringValue(root, 'parentImage'));
  return [{ name: stringValue(root, 'name'), kind, range: { offset: root.offset, length: root.length }, platform, uses }];
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
