import { Analysis, memoizeCarried } from '../analysis';
import { getProperty } from '../ast/navigate';
import { isQuoted, StringNode, ValueNode } from '../ast/types';
import { blockEditText, escapeForHost } from '../embedded/hostText';
import { alignString, OffsetMap } from '../embedded/offsetMap';
import { EmbeddedRegion } from '../embedded/regions';
import { COMPONENT_DOCUMENT } from '../kinds/kinds';
import { asIntrinsic, intrinsicName } from './intrinsics';
import { substituted, subEscape } from './subText';
import { templateModel } from './template';

export const COMPONENT_TYPE = 'AWS::ImageBuilder::Component';

/**
 * The component document of each `AWS::ImageBuilder::Component` resource's `Data`: a string (a block
 * scalar, a quoted YAML string, a JSON string), or a `Fn::Sub` text (`!Sub`, `Fn::Sub`, their list form
 * with a variable map), whose `${…}` parts are opaque stand-ins (`subText.ts`). Any other intrinsic
 * (`!Ref`, `!Join`, …) is CloudFormation's to compute: nothing is analysed. The component's platform is
 * the resource's literal `Platform`. O(resources + size of their Data); after an incremental re-parse,
 * O(resources + size of the Data parsed again): see `DataTexts`.
 */
export function dataRegions(analysis: Analysis): EmbeddedRegion[] {
  return memoizeCarried<DataRegions>(analysis, 'cloudformation.dataRegions', (before) => readRegions(analysis, before.texts), () => readRegions(analysis, new Map())).regions;
}

/** The region name of a Component resource's `Data` (recipes' references find its document by it). */
export function dataRegionName(logicalId: string): string {
  return `Resources.${logicalId}.Properties.Data`;
}

/**
 * The text of one `Data` string as its region reads it, made from its node. A node the incremental
 * re-parse did not parse again is the previous version's object, its source unchanged and at most
 * shifted: its text is taken over, its offsets shifted by as much (`offset` is where the node stood when
 * the text was made). Aligning the strings again is what cost most on a keystroke in a big template.
 */
interface DataText {
  readonly offset: number;
  readonly sub: boolean;
  readonly map: OffsetMap;
  /** A `Fn::Sub` text's substitutions in the host (`EmbeddedRegion.opaque`). */
  readonly opaque: ReadonlyArray<{ readonly offset: number; readonly length: number }> | undefined;
  readonly block: ((edit: string) => string) | undefined;
}

type DataTexts = Map<StringNode, DataText>;

/** A version's regions, and their texts by node for the next version to take over. */
interface DataRegions {
  readonly regions: EmbeddedRegion[];
  readonly texts: DataTexts;
}

function readRegions(analysis: Analysis, earlier: DataTexts): DataRegions {
  const regions: EmbeddedRegion[] = [];
  const texts: DataTexts = new Map();
  const text = analysis.parsed.text;
  for (const resource of templateModel(analysis).imageBuilder) {
    if (resource.type !== COMPONENT_TYPE) continue;
    const properties = resource.properties?.valueNode;
    if (properties?.type !== 'object' || properties.tag) continue;
    const data = componentText(getProperty(properties, 'Data')?.valueNode);
    if (!data) continue;
    const { map, opaque, block } = dataText(text, data, earlier, texts);
    const platform = literal(getProperty(properties, 'Platform')?.valueNode);
    const quoted = isQuoted(data.node.style);
    regions.push({
      kind: COMPONENT_DOCUMENT,
      map,
      languageId: 'yaml',
      name: dataRegionName(resource.logicalId),
      label: `the component document of '${resource.logicalId}'`,
      embedding: platform ? { platform, platformFrom: `${resource.logicalId}'s Platform` } : undefined,
      escape: quoted ? (t) => escapeForHost(data.sub ? subEscape(t) : t, data.node.style) : undefined,
      editText: data.sub && !quoted ? (t) => (block ? block(subEscape(t)) : subEscape(t)) : block,
      opaque,
      accept: isComponent,
    });
  }
  return { regions, texts };
}

/** The node's text: the previous version's, shifted, when the node is the previous version's; else made now. */
function dataText(text: string, data: { node: StringNode; sub: boolean }, earlier: DataTexts, into: DataTexts): DataText {
  const { node, sub } = data;
  const before = earlier.get(node);
  let made: DataText;
  if (before && before.sub === sub) {
    const delta = node.offset - before.offset;
    made = delta === 0 ? before : {
      offset: node.offset, sub, map: shifted(before.map, delta), opaque: before.opaque?.map((r) => ({ offset: r.offset + delta, length: r.length })), block: before.block,
    };
  } else {
    const aligned = alignString(text, node);
    const { map, opaque } = sub ? substituted(aligned) : { map: aligned, opaque: undefined };
    made = { offset: node.offset, sub, map, opaque, block: blockEditText(text, node) };
  }
  into.set(node, made);
  return made;
}

function shifted(map: OffsetMap, delta: number): OffsetMap {
  const from = map.toHost;
  const toHost = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) toHost[i] = from[i] + delta;
  return { value: map.value, toHost };
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
