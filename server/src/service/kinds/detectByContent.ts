import { getValue } from '../ast/navigate';
import { ObjectNode } from '../ast/types';
import { DOCUMENT_KEYS } from '../component/facts/documentKeys';
import { looksLikeComponent } from './componentEvidence';
import { CLOUDFORMATION_TEMPLATE, COMPONENT_DOCUMENT } from './kinds';

/** The top-level keys of a component document (AWSTOE). */
const COMPONENT_KEYS = new Set(DOCUMENT_KEYS.map((k) => k.name));

/** Response payload key → response kind (a saved `aws imagebuilder get-…/list-…` output). */
const RESPONSE_KEYS: ReadonlyArray<[string, string]> = [
  ['component', 'get-component.response'],
  ['containerRecipe', 'get-container-recipe.response'],
  ['image', 'get-image.response'],
  ['imagePipeline', 'get-image-pipeline.response'],
  ['imageRecipe', 'get-image-recipe.response'],
  ['infrastructureConfiguration', 'get-infrastructure-configuration.response'],
  ['componentSummaryList', 'list-component-build-versions.response'],
  ['componentVersionList', 'list-components.response'],
  ['containerRecipeSummaryList', 'list-container-recipes.response'],
  ['imageSummaryList', 'list-image-build-versions.response'],
  ['imagePipelineList', 'list-image-pipelines.response'],
  ['imageRecipeSummaryList', 'list-image-recipes.response'],
  ['imageVersionList', 'list-images.response'],
  ['infrastructureConfigurationSummaryList', 'list-infrastructure-configurations.response'],
];

/**
 * Responses of create/import operations: the ARN and the request's `clientToken`. Without `clientToken` the
 * same ARN key is another operation's response (delete-component, delete-infrastructure-configuration,
 * put-image-policy, ...), which the seed does not define: those get no kind.
 */
const CREATE_RESPONSE_KEYS: ReadonlyArray<[string, string]> = [
  ['componentBuildVersionArn', 'create-component.response'],
  ['containerRecipeArn', 'create-container-recipe.response'],
  ['imageArn', 'import-vm-image.response'],
  ['infrastructureConfigurationArn', 'create-infrastructure-configuration.response'],
];

/** A request whose only key names the resource: `{ "componentBuildVersionArn": "…" }`. */
const SINGLE_KEY_REQUESTS: ReadonlyArray<[string, string]> = [
  ['componentBuildVersionArn', 'get-component'],
  ['containerRecipeArn', 'get-container-recipe'],
  ['imageBuildVersionArn', 'get-image'],
  ['imagePipelineArn', 'get-image-pipeline'],
  ['imageRecipeArn', 'get-image-recipe'],
  ['componentVersionArn', 'list-component-build-versions'],
  ['imageVersionArn', 'list-image-build-versions'],
];

/** Keys of pipeline and image requests: with none of the rules above matched, not enough to choose a kind. */
const PIPELINE_KEYS = ['imageRecipeArn', 'containerRecipeArn', 'distributionConfigurationArn', 'imageTestsConfiguration', 'workflows'];

/**
 * The kind of a document from its top-level keys alone (O(number of top-level keys)).
 * Undefined for anything that is not an Image Builder file, so it gets no diagnostics at all.
 */
export function detectByContent(root: ObjectNode): string | undefined {
  const keys = new Set(root.properties.map((p) => p.keyNode.value));
  const has = (key: string) => keys.has(key);

  // A component has `phases` (a list) and `schemaVersion` or `name`; with `schemaVersion`, even a `phases`
  // mapping (a broken component) counts. CodeBuild buildspecs (`version`, a `phases` mapping) do not.
  if (has('phases') && (has('schemaVersion') || (has('name') && getValue(root, 'phases')?.type !== 'object'))) return COMPONENT_DOCUMENT;
  if (looksLikeComponent(root)) return COMPONENT_DOCUMENT; // a near miss (`phase:`, `Phases:`, bare `phases`): reported, not skipped
  // `phases` mis-indented (e.g. under `parameters`): still a component, so the missing `phases` is reported.
  if (has('schemaVersion') && (has('name') || has('parameters')) && [...keys].every((k) => COMPONENT_KEYS.has(k))) return COMPONENT_DOCUMENT;
  if (has('AWSTemplateFormatVersion') || (has('Resources') && hasAwsResource(root))) return CLOUDFORMATION_TEMPLATE;
  if (has('Resources')) return undefined;
  if (has('requestId')) {
    for (const [key, kind] of RESPONSE_KEYS) if (has(key)) return kind;
    if (has('clientToken')) for (const [key, kind] of CREATE_RESPONSE_KEYS) if (has(key)) return kind;
    return undefined;
  }
  if (has('distributions')) return has('distributionConfigurationArn') ? 'update-distribution-configuration' : 'create-distribution-configuration';
  if (has('imagePipelineArn') && keys.size > 1) return 'update-image-pipeline';
  const recipeArn = has('imageRecipeArn') || has('containerRecipeArn');
  if (has('schedule') || (has('name') && has('infrastructureConfigurationArn') && recipeArn)) return 'create-image-pipeline';
  if (has('infrastructureConfigurationArn') && recipeArn) return 'create-image';
  if (has('resourceType') && (has('policyDetails') || has('resourceSelection'))) return 'create-lifecycle-policy';
  if (has('semanticVersion') && has('type') && (has('data') || has('uri')) && !has('platform')) return 'create-workflow';
  if (PIPELINE_KEYS.some(has)) return undefined; // a fragment of a pipeline or image request: too little to tell
  if (has('infrastructureConfigurationArn') && keys.size > 1) return 'update-infrastructure-configuration';
  if (has('instanceProfileName') || has('placement') || (has('instanceTypes') && has('name'))) return 'create-infrastructure-configuration';
  if (has('vmImportTaskId')) return 'import-vm-image';
  if (has('containerType') || has('targetRepository') || has('dockerfileTemplateData') || has('dockerfileTemplateUri')) return 'create-container-recipe';
  if (has('parentImage') && (has('components') || has('semanticVersion'))) return 'create-image-recipe'; // components are optional now
  if (has('semanticVersion') && has('platform') && (has('data') || has('uri'))) {
    return has('format') || has('type') ? 'import-component' : 'create-component';
  }
  if (keys.size === 1) {
    for (const [key, kind] of SINGLE_KEY_REQUESTS) if (has(key)) return kind;
  }
  return undefined;
}

/**
 * A `Resources` mapping with an entry of `Type: AWS::…`: a CloudFormation template even without
 * `AWSTemplateFormatVersion` (CDK output has none). A template without `AWS::ImageBuilder::*` resources
 * is still this kind, and gets nothing (templateSupport.ts: it is cfn-lint's). O(resources).
 */
function hasAwsResource(root: ObjectNode): boolean {
  const resources = getValue(root, 'Resources');
  if (resources?.type !== 'object') return false;
  return resources.properties.some((resource) => {
    const type = resource.valueNode?.type === 'object' ? getValue(resource.valueNode, 'Type') : undefined;
    return type?.type === 'string' && type.value.startsWith('AWS::');
  });
}
