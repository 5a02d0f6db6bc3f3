import { Analysis, memoize } from '../analysis';
import { getValue, stringValue } from '../ast/navigate';
import { ObjectNode } from '../ast/types';
import { analyzeRegion } from '../embedded/embeddedSupport';
import { OffsetMap, toHostRange } from '../embedded/offsetMap';
import { requestRegions } from '../request/requestRegions';
import { componentPlatform } from '../component/model/platform';
import { CLOUDFORMATION_TEMPLATE, COMPONENT_DOCUMENT, TERRAFORM } from '../kinds/kinds';
import { OffsetRange } from '../kindSupport';
import { toRange } from '../toLsp';
import { Embedded } from '../embedded/embeddedSupport';
import { templateComponents, terraformComponents } from './hostComponents';
import { moduleSummary } from './moduleSummary';
import { recipes } from './recipeUses';
import { RECIPE_KINDS } from './requestRecipes';
import { declaredParameters, phases } from './componentFacts';
import { fileStem } from './fileName';
import { ComponentSummary, FileSummary, RecipeSummary } from './types';

const COMPONENT_REQUESTS = new Set(['create-component', 'import-component']);

/**
 * The summary of one analysed file: what the workspace index keeps of it. Component documents and
 * create/import-component requests give components; image and container recipes give recipes.
 * Templates and Terraform files give the components of their component resources (`hostComponents.ts`)
 * and their recipe resources (`recipeUses.ts`, one reader a host),
 * read from `embedded`: the regions as the facade analysed them for this version (never analysed again here).
 */
export function summarize(analysis: Analysis, embedded: readonly Embedded[] = []): FileSummary {
  const uri = analysis.document.uri;
  const kind = analysis.detection.kind?.id;
  const empty: FileSummary = { uri, components: [], recipes: [] };
  if (!kind || analysis.tooLarge || analysis.parsed.root?.type !== 'object') return empty;
  const root = analysis.parsed.root;
  if (kind === COMPONENT_DOCUMENT) return { uri, components: [documentComponent(analysis, root)], recipes: [] };
  if (COMPONENT_REQUESTS.has(kind)) {
    const component = requestComponent(analysis, root);
    return { uri, components: component ? [component] : [], recipes: [] };
  }
  if (RECIPE_KINDS.has(kind)) return { uri, components: [], recipes: recipeSummaries(analysis) };
  if (kind === CLOUDFORMATION_TEMPLATE) return { uri, components: templateComponents(analysis, embedded), recipes: recipeSummaries(analysis) };
  if (kind === TERRAFORM) return { uri, components: terraformComponents(analysis, embedded), recipes: recipeSummaries(analysis), ...moduleSummary(analysis, embedded) };
  return empty;
}

function documentComponent(analysis: Analysis, root: ObjectNode): ComponentSummary {
  const range = (r: OffsetRange) => toRange(analysis.document, r);
  const nameNode = getValue(root, 'name');
  const named = nameNode?.type === 'string' && nameNode.value.trim() !== '';
  const platform = componentPlatform(analysis);
  return {
    name: named ? nameNode.value : fileStem(analysis.document.uri),
    nameSource: named ? 'document' : 'file',
    nameRange: named ? range(nameNode) : undefined,
    platform: platform.source && platform.source !== 'setting' ? platform.platform : undefined,
    description: stringValue(root, 'description'),
    parameters: declaredParameters(analysis, range),
    uri: analysis.document.uri,
    range: range(root),
    phases: phases(analysis, range),
  };
}

function requestComponent(analysis: Analysis, root: ObjectNode): ComponentSummary | undefined {
  const nameNode = getValue(root, 'name');
  if (nameNode?.type !== 'string') return undefined;
  const range = (r: OffsetRange) => toRange(analysis.document, r);
  const embedded = embeddedComponent(analysis);
  const hostRange = (r: OffsetRange) => range(embedded ? toHostRange(embedded.map, r) : r);
  return {
    name: nameNode.value,
    nameSource: 'request',
    nameRange: range(nameNode),
    version: stringValue(root, 'semanticVersion'),
    platform: stringValue(root, 'platform'),
    description: stringValue(root, 'description') ?? (embedded?.analysis.parsed.root?.type === 'object' ? stringValue(embedded.analysis.parsed.root, 'description') : undefined),
    parameters: embedded ? declaredParameters(embedded.analysis, hostRange) : [],
    parametersUnknown: embedded ? undefined : true,
    uri: analysis.document.uri,
    range: range(root),
    phases: embedded ? phases(embedded.analysis, hostRange) : [],
  };
}

/** The component document in a request's `data` (its first region that holds one), analysed like a file. */
function embeddedComponent(host: Analysis): { analysis: Analysis; map: OffsetMap } | undefined {
  return memoize(host, 'workspace.embeddedComponent', () => {
    for (const region of requestRegions(host)) {
      const analysis = analyzeRegion(host, region);
      if (analysis) return { analysis, map: region.map };
    }
    return undefined;
  });
}

/** The file's recipes (one a request, one per recipe resource of a template or Terraform file), in LSP ranges. */
function recipeSummaries(analysis: Analysis): RecipeSummary[] {
  const range = (r: OffsetRange) => toRange(analysis.document, r);
  return recipes(analysis).map((recipe) => ({
    name: recipe.name,
    kind: recipe.kind,
    range: range(recipe.range),
    uses: recipe.uses.map((use) => ({
      arn: use.arnText,
      range: range(use.arnRange),
      parameters: use.parameters.map((p) => ({ name: p.name, range: range(p) })),
    })),
  }));
}
