import { Analysis } from '../analysis';
import { Embedded } from '../embedded/embeddedSupport';
import { declarationsOf } from '../embedded/localComponents';
import { OffsetRange } from '../kindSupport';
import { imagebuilderResources } from '../terraform/blocks';
import { componentFileRefs } from '../terraform/componentFiles';
import { COMPONENT_TYPE, componentBlockReferences, instanced } from '../terraform/componentUses';
import { dataRegionName } from '../terraform/dataRegions';
import { address } from '../terraform/references';
import { toRange } from '../toLsp';
import { nameRange } from './stringRanges';
import { ModuleComponentSummary, ModuleUseSummary } from './types';
import { terraformComponentName } from './writtenName';

/**
 * What the other .tf files of a Terraform file's folder (its module) need of it: its component resources
 * by address (whatever their `name`), with the parameters of their `data` as this file's recipes see them
 * (`declarationsOf`: the names written as they are, and whether those are all), or the file `data` loads;
 * and every recipe reference to a component resource by address. Read from `embedded`, the regions as
 * the facade analysed them for this version.
 */
export function moduleSummary(analysis: Analysis, embedded: readonly Embedded[]): { moduleComponents: ModuleComponentSummary[]; moduleUses: ModuleUseSummary[] } {
  const range = (r: OffsetRange) => toRange(analysis.document, r);
  const root = analysis.parsed.root?.type === 'object' ? analysis.parsed.root : undefined;
  const files = componentFileRefs(analysis);
  const moduleComponents: ModuleComponentSummary[] = [];
  for (const resource of imagebuilderResources(root)) {
    const label = resource.property.labels?.[1];
    if (resource.type !== COMPONENT_TYPE || !label) continue;
    const name = terraformComponentName(resource.body);
    const common = { address: address(resource), labelRange: range(nameRange(label)), ...(name ? { nameRange: range(name) } : {}), ...(instanced(resource) ? { instanced: true } : {}) };
    const file = files.find((f) => f.resource.property === resource.property);
    const region = embedded.find((e) => e.region.name === dataRegionName(resource));
    if (file) moduleComponents.push({ ...common, parameters: [], namesKnown: false, parametersUnknown: true, documentUri: file.uri, ...(file.call === 'templatefile' ? { templated: true } : {}) });
    else if (!region) moduleComponents.push({ ...common, parameters: [], namesKnown: false, parametersUnknown: true });
    else {
      const declared = declarationsOf(region);
      const parameters = declared.list.map(({ keyNode: _key, host, ...parameter }) => ({ ...parameter, range: range(host) }));
      moduleComponents.push({ ...common, parameters, namesKnown: declared.known });
    }
  }
  const moduleUses = componentBlockReferences(analysis).map((r) => ({ address: r.address, range: range(r.use.name) }));
  return { moduleComponents, moduleUses };
}
