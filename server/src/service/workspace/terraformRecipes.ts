import { Analysis } from '../analysis';
import { getProperty } from '../ast/navigate';
import { ObjectNode, ValueNode } from '../ast/types';
import { HclDocumentInfo } from '../parse/hcl/types';
import { imagebuilderResources, isBlock, TERRAFORM_RECIPE_TYPES } from '../terraform/blocks';
import { terraformPassed } from '../terraform/componentUses';
import { ArnPiece, arnFromPieces } from './arnPieces';
import { recipePlatform } from './recipePlatform';
import { ComponentUse, Recipe } from './recipeTypes';
import { verbatimStart } from './stringRanges';

/**
 * The recipes of a Terraform file: each `aws_imagebuilder_image_recipe`/`_container_recipe` resource's
 * `component` blocks whose `component_arn` is a component ARN with a literal name and version, written as
 * a string or as a template whose `${…}` are the partition, region or account only
 * (`"arn:${data.aws_partition.current.partition}:imagebuilder:${var.region}:aws:component/update-linux/x.x.x"`).
 * A reference to a component resource of the file is `terraform/componentUses.ts`'s; a `dynamic "component"`
 * block is not read.
 */
export function terraformRecipes(analysis: Analysis): Recipe[] {
  const root = analysis.parsed.root?.type === 'object' ? analysis.parsed.root : undefined;
  const recipes: Recipe[] = [];
  for (const resource of imagebuilderResources(root)) {
    if (!TERRAFORM_RECIPE_TYPES.has(resource.type) || !resource.body) continue;
    const body = resource.body;
    const uses: ComponentUse[] = [];
    for (const block of body.properties) {
      if (block.keyNode.value !== 'component' || !isBlock(block) || block.valueNode?.type !== 'object') continue;
      const value = getProperty(block.valueNode, 'component_arn')?.valueNode;
      const pieces = value ? piecesOf(value, analysis.parsed.text, analysis.parsed.hcl) : undefined;
      const made = pieces ? arnFromPieces(pieces) : undefined;
      if (!value || !made) continue;
      uses.push({ entry: block.valueNode, arnRange: { offset: value.offset, length: value.length }, arnText: made.text, arn: made.arn, nameAt: made.nameAt, ...terraformPassed(block.valueNode) });
    }
    recipes.push({
      name: text(body, 'name'),
      kind: resource.type,
      range: { offset: resource.property.offset, length: resource.property.length },
      platform: recipePlatform(text(body, 'platform_override'), 'platform_override', text(body, 'parent_image')),
      uses,
    });
  }
  return recipes;
}

/** A literal string, or a template with its `${…}` as computed pieces (a `%{…}` directive makes it unknown). */
function piecesOf(value: ValueNode, source: string, hcl: HclDocumentInfo | undefined): ArnPiece[] | undefined {
  if (value.type === 'string' && value.tag === undefined) return [{ text: value.value, at: verbatimStart(value, source) }];
  const template = hcl?.templates.get(value);
  if (!template || template.kind !== 'quoted' || template.sequences.some((s) => s.kind === 'directive')) return undefined;
  const pieces: ArnPiece[] = [];
  let from = template.contentStart;
  for (const sequence of template.sequences) {
    if (sequence.offset > from) pieces.push(literalPiece(source, from, sequence.offset));
    pieces.push({ opaque: true });
    from = sequence.offset + sequence.length;
  }
  if (template.contentEnd > from) pieces.push(literalPiece(source, from, template.contentEnd));
  return pieces;
}

/** Template text between sequences, as written (an escape, `\\` or `$${`, keeps no offset). */
function literalPiece(source: string, start: number, end: number): ArnPiece {
  const text = source.slice(start, end);
  return /[\\$%]/.test(text) ? { text: text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') } : { text, at: start };
}

function text(body: ObjectNode, key: string): string | undefined {
  const node = getProperty(body, key)?.valueNode;
  return node?.type === 'string' && node.tag === undefined ? node.value : undefined;
}
