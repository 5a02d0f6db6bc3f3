import { ObjectNode, ValueNode } from '../ast/types';

/**
 * File-name conventions: a file whose name matches one of these globs and that is empty or nearly so
 * (nothing typed yet, one key being typed) is taken to be of that kind, so a new `hello-component.yaml`
 * gets completion and a skeleton before any key tells what it is. Content that says something else wins;
 * `fileKinds` (any content) wins over these. Settable as `imagebuilder.fileNameConventions` (glob → kind;
 * `{}` turns them off). A row whose kind the service does not know (yet) is skipped.
 * Add a row for a new kind here (README lists the table).
 */
export const FILE_NAME_CONVENTIONS: Readonly<Record<string, string>> = {
  '**/*component*.{yml,yaml}': 'component-document',
  '**/*component*.{yml.tpl,yaml.tpl,tftpl,yml.tftpl,yaml.tftpl}': 'component-document',
  '**/*image-recipe*.{json,yml,yaml}': 'create-image-recipe',
  '**/*container-recipe*.{json,yml,yaml}': 'create-container-recipe',
  '**/*infrastructure-configuration*.{json,yml,yaml}': 'create-infrastructure-configuration',
  '**/infra.{json,yml,yaml}': 'create-infrastructure-configuration',
  '**/*distribution-configuration*.{json,yml,yaml}': 'create-distribution-configuration',
  '**/*.template.{json,yml,yaml}': 'cloudformation-template',
};

/**
 * Whether a path names a Terraform template file that renders YAML: `*.tftpl` (Terraform's convention),
 * `*.tfpl`, `*.yml.tpl` / `*.yaml.tpl`. Such a file is parsed with its `${…}`/`%{…}` opaque
 * (`parse/parse.ts` `parseTemplate`) and detected like any YAML file (a component by its content).
 */
export function isTerraformTemplate(path: string): boolean {
  return /\.(?:tftpl|tfpl|ya?ml\.tpl)$/i.test(path);
}

/**
 * Whether a document is empty or nearly so: no root, a bare word being typed, an empty mapping, or a
 * mapping of one key with no value yet (`phases:`, `{ "placement" }`). Anything more is judged by content.
 */
export function isNearlyEmpty(root: ValueNode | undefined): boolean {
  if (!root || root.type === 'null') return true;
  if (root.type === 'string') return /^[\w"'-]*$/.test(root.value);
  if (root.type === 'array') return root.items.length === 0;
  if (root.type !== 'object') return false;
  return root.properties.length === 0 || (root.properties.length === 1 && valueless(root));
}

function valueless(root: ObjectNode): boolean {
  const value = root.properties[0].valueNode;
  return !value || value.type === 'null';
}
