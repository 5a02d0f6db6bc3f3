/** The `AWS::ImageBuilder::*` resource types and their generated schema files (schemas/cloudformation/). */
export const IMAGE_BUILDER_TYPE_PREFIX = 'AWS::ImageBuilder::';

/** `AWS::ImageBuilder::ImageRecipe` → `aws-imagebuilder-imagerecipe.schema.json` (the registry's own file naming). */
export function schemaFileName(cloudFormationType: string): string {
  return `${cloudFormationType.toLowerCase().replace(/::/g, '-')}.schema.json`;
}

/** The catalog's name of a resource type's schema (`cloudformation/…`), as `loadBundledSchemas` names it. */
export function schemaFileOf(cloudFormationType: string): string {
  return `cloudformation/${schemaFileName(cloudFormationType)}`;
}

/** The resource types whose `Components` entries name components: image and container recipes. */
export const TEMPLATE_RECIPE_TYPES: ReadonlySet<string> = new Set(['AWS::ImageBuilder::ImageRecipe', 'AWS::ImageBuilder::ContainerRecipe']);

export function isImageBuilderType(type: string): boolean {
  return type.startsWith(IMAGE_BUILDER_TYPE_PREFIX);
}
