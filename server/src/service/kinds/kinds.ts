/** Every document kind the service knows, as data. Request kinds are named for their CLI operation. */
export interface KindInfo {
  readonly id: string;
  readonly title: string;
  /**
   * The family whose `KindSupport` serves this kind (`supportRegistry.ts`): `component` and `request`
   * today; a new host (a CloudFormation template, Terraform) is a new family with one registry entry.
   */
  readonly family: string;
  /** The bundled schema file, or undefined for the component document (checked by its own rules). */
  readonly schemaFile: string | undefined;
  readonly direction: 'request' | 'response' | 'document';
  /** An authoring kind (what users write), as opposed to a saved get/list output or a tiny get request. */
  readonly authoring: boolean;
}

export const COMPONENT_DOCUMENT = 'component-document';
export const COMPONENT_FAMILY = 'component';
export const REQUEST_FAMILY = 'request';

const AUTHORING_REQUESTS: ReadonlyArray<[string, string]> = [
  ['create-component', 'Create-component request'],
  ['import-component', 'Import-component request'],
  ['create-image-recipe', 'Image recipe (create-image-recipe request)'],
  ['create-container-recipe', 'Container recipe (create-container-recipe request)'],
  ['create-infrastructure-configuration', 'Infrastructure configuration (create request)'],
  ['update-infrastructure-configuration', 'Infrastructure configuration (update request)'],
  ['import-vm-image', 'VM import (import-vm-image request)'],
];

const OTHER_OPERATIONS: readonly string[] = [
  'get-component', 'get-container-recipe', 'get-image', 'get-image-pipeline', 'get-image-recipe',
  'get-infrastructure-configuration', 'list-component-build-versions', 'list-components', 'list-container-recipes',
  'list-image-build-versions', 'list-image-pipeline-images', 'list-image-pipelines', 'list-image-recipes', 'list-images',
  'list-infrastructure-configurations',
];

function requestKind(id: string, title: string, authoring: boolean): KindInfo {
  return { id, title, family: REQUEST_FAMILY, schemaFile: `${id}.request.schema.json`, direction: 'request', authoring };
}

function responseKind(operation: string): KindInfo {
  return { id: `${operation}.response`, title: `${operation} response`, family: REQUEST_FAMILY, schemaFile: `${operation}.response.schema.json`, direction: 'response', authoring: false };
}

export const KINDS: readonly KindInfo[] = [
  { id: COMPONENT_DOCUMENT, title: 'Component document (AWSTOE)', family: COMPONENT_FAMILY, schemaFile: undefined, direction: 'document', authoring: true },
  ...AUTHORING_REQUESTS.map(([id, title]) => requestKind(id, title, true)),
  ...OTHER_OPERATIONS.map((op) => requestKind(op, `${op} request`, false)),
  ...AUTHORING_REQUESTS.filter(([id]) => id !== 'create-image-recipe').map(([id]) => responseKind(id)),
  ...OTHER_OPERATIONS.map(responseKind),
];

const BY_ID = new Map(KINDS.map((kind) => [kind.id, kind]));

export function getKind(id: string): KindInfo | undefined {
  return BY_ID.get(id);
}
