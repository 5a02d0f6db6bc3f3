import { Analysis } from '../analysis';
import { getProperty, getValue } from '../ast/navigate';
import { ObjectNode, StringNode } from '../ast/types';
import { templateModel } from '../cloudformation/template';
import { Embedded } from '../embedded/embeddedSupport';
import { toHostRange } from '../embedded/offsetMap';
import { OffsetRange } from '../kindSupport';
import { imagebuilderResources } from '../terraform/blocks';
import { componentFileRefs } from '../terraform/componentFiles';
import { toRange } from '../toLsp';
import { declaredParameters, phases } from './componentFacts';
import { ComponentSummary } from './types';
import { templateComponentName, terraformComponentName, writtenString } from './writtenName';

/**
 * The components of a CloudFormation template: each `AWS::ImageBuilder::Component` resource whose `Name`
 * is written as it is (not `!Ref`/`!Sub`: CloudFormation computes those), with its `Version`, `Platform`,
 * `Description`, and the parameters and phases of its inline `Data` (a `Uri` component's are unknown).
 */
export function templateComponents(analysis: Analysis, embedded: readonly Embedded[]): ComponentSummary[] {
  const regions = byName(embedded);
  const components: ComponentSummary[] = [];
  for (const resource of templateModel(analysis).imageBuilder) {
    if (resource.type !== 'AWS::ImageBuilder::Component') continue;
    const properties = resource.properties?.valueNode;
    const nameNode = templateComponentName(properties);
    if (properties?.type !== 'object' || !nameNode) continue;
    const region = regions.get(`Resources.${resource.logicalId}.Properties.Data`);
    components.push(hostComponent(analysis, 'template', resource.body, nameNode, {
      version: writtenString(getValue(properties, 'Version'))?.value,
      platform: writtenString(getValue(properties, 'Platform'))?.value,
      description: writtenString(getValue(properties, 'Description'))?.value,
    }, region));
  }
  return components;
}

/**
 * The components of a Terraform file: each `aws_imagebuilder_component` with a literal `name`, its
 * `version`, `platform`, `description`, and the parameters and phases of its `data` (a heredoc, a quoted
 * string, `yamlencode({…})`). With `data = file("…")` or `templatefile("…")` the component document is
 * that file, which is then known by this resource's name (`documentUri`); its facts come from its own summary.
 */
export function terraformComponents(analysis: Analysis, embedded: readonly Embedded[]): ComponentSummary[] {
  const root = analysis.parsed.root?.type === 'object' ? analysis.parsed.root : undefined;
  const regions = byName(embedded);
  const files = componentFileRefs(analysis);
  const components: ComponentSummary[] = [];
  for (const resource of imagebuilderResources(root)) {
    if (resource.type !== 'aws_imagebuilder_component' || !resource.body) continue;
    const body = resource.body;
    const nameNode = terraformComponentName(body);
    if (!nameNode) continue;
    const facts = {
      version: writtenString(getProperty(body, 'version')?.valueNode)?.value,
      platform: writtenString(getProperty(body, 'platform')?.valueNode)?.value,
      description: writtenString(getProperty(body, 'description')?.valueNode)?.value,
    };
    const data = getProperty(body, 'data')?.valueNode;
    const file = data ? files.find((f) => f.offset >= data.offset && f.offset < data.offset + data.length) : undefined;
    const region = regions.get(`${resource.name ?? 'component'}.data`);
    const summary = hostComponent(analysis, 'terraform', body, nameNode, facts, file ? undefined : region);
    components.push(file ? { ...summary, documentUri: file.uri } : summary);
  }
  return components;
}

interface Facts {
  readonly version?: string;
  readonly platform?: string;
  readonly description?: string;
}

/** The analysed regions by name (a region that does not accept what it holds is not among them). */
function byName(embedded: readonly Embedded[]): Map<string, Embedded> {
  return new Map(embedded.map((e) => [e.region.name, e]));
}

function hostComponent(analysis: Analysis, nameSource: 'template' | 'terraform', body: ObjectNode, nameNode: StringNode, facts: Facts, region: Embedded | undefined): ComponentSummary {
  const range = (r: OffsetRange) => toRange(analysis.document, r);
  const inner = region?.analysis;
  const hostRange = (r: OffsetRange) => range(region ? toHostRange(region.region.map, r) : r);
  const innerRoot = inner?.parsed.root?.type === 'object' ? inner.parsed.root : undefined;
  return {
    name: nameNode.value,
    nameSource,
    nameRange: range(nameNode),
    ...facts,
    description: facts.description ?? (innerRoot ? writtenString(getValue(innerRoot, 'description'))?.value : undefined),
    parameters: inner ? declaredParameters(inner, hostRange) : [],
    parametersUnknown: inner ? undefined : true,
    uri: analysis.document.uri,
    range: range(body),
    phases: inner ? phases(inner, hostRange) : [],
  };
}
