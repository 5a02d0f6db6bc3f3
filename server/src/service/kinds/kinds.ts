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
/** A Terraform file (`.tf`, HCL) with `aws_imagebuilder_*` resources. */
export const TERRAFORM = 'terraform';
/** A CloudFormation template (YAML or JSON, hand-written, SAM or CDK output) with `AWS::ImageBuilder::*` resources. */
export const CLOUDFORMATION_TEMPLATE = 'cloudformation-template';
export const TERRAFORM_FAMILY = 'terraform';
export const TEMPLATE_FAMILY = 'cloudformation-template';

const AUTHORING_REQUESTS: ReadonlyArray<[string, string]> = [
  ['create-component', 'Create-component request'],
  ['import-component', 'Import-component request'],
  ['create-image-recipe', 'Image recipe (create-image-recipe request)'],
  ['create-container-recipe', 'Container recipe (create-container-recipe request)'],
  ['create-infrastructure-configuration', 'Infrastructure configuration (create request)'],
  ['update-infrastructure-configuration', 'Infrastructure configuration (update request)'],
  ['import-vm-image', 'VM import (import-vm-image request)'],
  ['create-distribution-configuration', 'Distribution configuration (create request)'],
  ['update-distribution-configuration', 'Distribution configuration (update request)'],
  ['create-image-pipeline', 'Image pipeline (create request)'],
  ['update-image-pipeline', 'Image pipeline (update request)'],
  ['create-image', 'Image build (create-image request)'],
  ['create-workflow', 'Workflow (create-workflow request)'],
  ['create-lifecycle-policy', 'Lifecycle policy (create request)'],
];

/** Authoring requests with no response schema: the seed defines none for them (their responses hold only an ARN). */
const NO_RESPONSE = new Set(['create-image-recipe', 'create-distribution-configuration', 'update-distribution-configuration',
  'create-image-pipeline', 'update-image-pipeline', 'create-image', 'create-workflow', 'create-lifecycle-policy']);

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
  { id: TERRAFORM, title: 'Terraform (aws_imagebuilder_* resources)', family: TERRAFORM_FAMILY, schemaFile: undefined, direction: 'document', authoring: true },
  { id: CLOUDFORMATION_TEMPLATE, title: 'CloudFormation template (Image Builder resources)', family: TEMPLATE_FAMILY, schemaFile: undefined, direction: 'document', authoring: true },
  ...AUTHORING_REQUESTS.map(([id, title]) => requestKind(id, title, true)),
  ...OTHER_OPERATIONS.map((op) => requestKind(op, `${op} request`, false)),
  ...AUTHORING_REQUESTS.filter(([id]) => !NO_RESPONSE.has(id)).map(([id]) => responseKind(id)),
  ...OTHER_OPERATIONS.map(responseKind),
];

const BY_ID = new Map(KINDS.map((kind) => [kind.id, kind]));

export function getKind(id: string): KindInfo | undefined {
  return BY_ID.get(id);
}
