import { Analysis } from '../analysis';
import { getProperty } from '../ast/navigate';
import { StringNode, ValueNode } from '../ast/types';
import { blockEditText, escapeForHost, escapingHost } from '../embedded/hostText';
import { alignString } from '../embedded/offsetMap';
import { EmbeddedRegion } from '../embedded/regions';
import { COMPONENT_DOCUMENT } from '../kinds/kinds';
import { asIntrinsic, intrinsicName } from './intrinsics';
import { substituted, subEscape } from './subText';
import { templateModel } from './template';

const COMPONENT_TYPE = 'AWS::ImageBuilder::Component';

/**
 * The component document of each `AWS::ImageBuilder::Component` resource's `Data`: a string (a block
 * scalar, a quoted YAML string, a JSON string), or a `Fn::Sub` text (`!Sub`, `Fn::Sub`, their list form
 * with a variable map), whose `${…}` parts are opaque stand-ins (`subText.ts`). Any other intrinsic
 * (`!Ref`, `!Join`, …) is CloudFormation's to compute: nothing is analysed. The component's platform is
 * the resource's literal `Platform`. O(resources + size of their Data).
 */
export function dataRegions(analysis: Analysis): EmbeddedRegion[] {
  const regions: EmbeddedRegion[] = [];
  const text = analysis.parsed.text;
  for (const resource of templateModel(analysis).imageBuilder) {
    if (resource.type !== COMPONENT_TYPE) continue;
    const properties = resource.properties?.valueNode;
    if (properties?.type !== 'object' || properties.tag) continue;
    const data = componentText(getProperty(properties, 'Data')?.valueNode);
    if (!data) continue;
    const aligned = alignString(text, data.node);
    const { map, opaque } = data.sub ? substituted(aligned) : { map: aligned, opaque: undefined };
    const platform = literal(getProperty(properties, 'Platform')?.valueNode);
    const quoted = escapingHost(data.node.style);
    const block = blockEditText(text, data.node);
    regions.push({
      kind: COMPONENT_DOCUMENT,
      map,
      languageId: 'yaml',
      name: `Resources.${resource.logicalId}.Properties.Data`,
      label: `the component document of '${resource.logicalId}'`,
      embedding: platform ? { platform, platformFrom: `${resource.logicalId}'s Platform` } : undefined,
      escape: quoted ? (t) => escapeForHost(data.sub ? subEscape(t) : t, data.node.style) : undefined,
      editText: data.sub && !quoted ? (t) => (block ? block(subEscape(t)) : subEscape(t)) : block,
      opaque,
      accept: isComponent,
    });
  }
  return regions;
}

/** The string that holds the document, and whether it is a `Fn::Sub` text; undefined for any other intrinsic. */
function componentText(node: ValueNode | undefined): { node: StringNode; sub: boolean } | undefined {
  if (!node) return undefined;
  if (node.type === 'string' && !node.tag) return intrinsicName(node) === undefined ? { node, sub: false } : undefined;
  const intrinsic = asIntrinsic(node);
  if (intrinsic?.name !== 'Fn::Sub') return undefined;
  const argument = intrinsic.argument;
  if (argument?.type === 'string') return argument === node || !argument.tag ? { node: argument, sub: true } : undefined;
  const first = argument?.type === 'array' ? argument.items[0] : undefined;
  return first?.type === 'string' && !first.tag ? { node: first, sub: true } : undefined;
}

/** A value written as it is (`Linux`), not computed (`!Ref Platform`, `{{resolve:…}}`). */
function literal(node: ValueNode | undefined): string | undefined {
  return node?.type === 'string' && intrinsicName(node) === undefined ? node.value : undefined;
}

/** A component document: a mapping (or too deep to parse, as a file would be reported). */
function isComponent(inner: Analysis): boolean {
  return inner.parsed.tooDeepAt !== undefined || inner.parsed.root?.type === 'object';
}
