import { Analysis } from '../analysis';
import { getValue } from '../ast/navigate';
import { ValueNode } from '../ast/types';
import { templatePassed } from '../cloudformation/componentUses';
import { asIntrinsic, intrinsicName } from '../cloudformation/intrinsics';
import { subPartAt } from '../cloudformation/subText';
import { templateModel } from '../cloudformation/template';
import { ArnPiece, arnFromPieces } from './arnPieces';
import { recipePlatform } from './recipePlatform';
import { ComponentUse, Recipe } from './recipeTypes';
import { taggedRange, verbatimStart } from './stringRanges';
import { TEMPLATE_RECIPE_TYPES } from '../cloudformation/resourceTypes';

/**
 * The recipes of a CloudFormation template: each `ImageRecipe`/`ContainerRecipe` resource's `Components`
 * entries whose `ComponentArn` is a component ARN with a literal name and version: written as it is, or a
 * `Fn::Sub` (`!Sub 'arn:${AWS::Partition}:imagebuilder:${AWS::Region}:${AWS::AccountId}:component/n/1.0.0'`)
 * or `Fn::Join` whose computed parts are the partition, region or account only. A `!Ref`/`!GetAtt` to a
 * Component resource of the template is `cloudformation/componentUses.ts`'s; anything else is unknown.
 */
export function templateRecipes(analysis: Analysis): Recipe[] {
  const recipes: Recipe[] = [];
  for (const resource of templateModel(analysis).imageBuilder) {
    if (!TEMPLATE_RECIPE_TYPES.has(resource.type)) continue;
    const properties = literal(resource.properties?.valueNode);
    if (properties?.type !== 'object') continue;
    const uses: ComponentUse[] = [];
    const list = literal(getValue(properties, 'Components'));
    for (const entry of list?.type === 'array' ? list.items : []) {
      if (entry.type !== 'object' || intrinsicName(entry) !== undefined) continue;
      const value = getValue(entry, 'ComponentArn');
      const made = value ? arnFromPieces(piecesOf(value, analysis.parsed.text) ?? []) : undefined;
      if (!value || !made) continue;
      uses.push({ entry, arnRange: taggedRange(value, analysis.parsed.text), arnText: made.text, arn: made.arn, nameAt: made.nameAt, ...templatePassed(getValue(entry, 'Parameters')) });
    }
    const text = (key: string) => {
      const node = literal(getValue(properties, key));
      return node?.type === 'string' ? node.value : undefined;
    };
    recipes.push({
      name: text('Name'),
      kind: resource.type,
      range: { offset: resource.entry.offset, length: resource.entry.length },
      platform: recipePlatform(text('PlatformOverride'), 'PlatformOverride', text('ParentImage')),
      uses,
    });
  }
  return recipes;
}

/** The pieces of an ARN value: a literal string, a `Fn::Sub` text, a `Fn::Join` of literal and computed items. */
function piecesOf(value: ValueNode, source: string): ArnPiece[] | undefined {
  if (value.type === 'string' && intrinsicName(value) === undefined) return [{ text: value.value, at: verbatimStart(value, source) }];
  const intrinsic = asIntrinsic(value);
  const argument = intrinsic?.argument;
  if (intrinsic?.name === 'Fn::Sub') {
    const text = argument?.type === 'array' ? argument.items[0] : argument;
    return text?.type === 'string' && (text === value || intrinsicName(text) === undefined) ? subPieces(text.value, verbatimStart(text, source)) : undefined;
  }
  if (intrinsic?.name === 'Fn::Join' && argument?.type === 'array' && (argument === value || intrinsicName(argument) === undefined)) {
    const [delimiter, items] = argument.items;
    if (delimiter?.type !== 'string' || intrinsicName(delimiter) !== undefined || items?.type !== 'array' || intrinsicName(items) !== undefined) return undefined;
    const pieces: ArnPiece[] = [];
    items.items.forEach((item, i) => {
      if (i > 0 && delimiter.value !== '') pieces.push({ text: delimiter.value });
      pieces.push(item.type === 'string' && intrinsicName(item) === undefined ? { text: item.value, at: verbatimStart(item, source) } : { opaque: true });
    });
    return pieces;
  }
  return undefined;
}

/**
 * A `Fn::Sub` text as pieces: each `${…}` (a parameter, a pseudo parameter, an attribute, an escape: a
 * literal `${X}` is no part of a component ARN either) is computed; where one is is `subText.ts`'s reading.
 */
function subPieces(text: string, at: number | undefined): ArnPiece[] {
  const pieces: ArnPiece[] = [];
  let from = 0;
  const literalUpTo = (end: number) => {
    if (end > from) pieces.push({ text: text.slice(from, end), at: at === undefined ? undefined : at + from });
  };
  for (let i = text.indexOf('${'); i >= 0;) {
    const part = subPartAt(text, i);
    if (part) {
      literalUpTo(i);
      pieces.push({ opaque: true });
      from = part.end;
    }
    i = text.indexOf('${', part ? part.end : i + 2);
  }
  literalUpTo(text.length);
  return pieces;
}

/** The value when it is written as it is, not computed by an intrinsic. */
function literal(node: ValueNode | undefined): ValueNode | undefined {
  return node && intrinsicName(node) === undefined ? node : undefined;
}
