/**
 * The shapes of `schemas/terraform/aws-imagebuilder.json`, written by `npm run generate:terraform`
 * (tools/terraform/): structure from `terraform providers schema -json` (hashicorp/aws), enums and
 * documentation from the CloudFormation specification, matched by name.
 */
export interface TfSchemaFile {
  /** e.g. `registry.terraform.io/hashicorp/aws 5.100.0`. */
  readonly provider: string;
  /** e.g. `@aws-cdk/aws-service-spec 0.1.216`. */
  readonly cloudformationSpec: string;
  readonly resources: Readonly<Record<string, TfResourceSchema>>;
}

export interface TfResourceSchema {
  readonly cloudformationType?: string;
  readonly documentation?: string;
  readonly block: TfBlockSchema;
}

export interface TfBlockSchema {
  readonly attributes: Readonly<Record<string, TfAttributeSchema>>;
  readonly blocks: Readonly<Record<string, TfNestedBlockSchema>>;
}

/** Terraform's type notation: `"string"`, `"number"`, `"bool"`, `["list", "string"]`, `["map", "string"]`, … */
export type TfType = string | readonly unknown[];

export interface TfAttributeSchema {
  readonly type: TfType;
  readonly required?: boolean;
  readonly optional?: boolean;
  /** Set by the provider; with neither `required` nor `optional`, it cannot be set in configuration. */
  readonly computed?: boolean;
  readonly deprecated?: boolean;
  readonly documentation?: string;
  /** Allowed values (of each element, for a list or set). */
  readonly enum?: readonly string[];
  /** The CloudFormation property it was matched with, e.g. `Placement.Tenancy`. */
  readonly cloudformation?: string;
}

export interface TfNestedBlockSchema {
  readonly nesting: 'single' | 'list' | 'set' | 'map' | 'group';
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly documentation?: string;
  readonly cloudformation?: string;
  readonly block: TfBlockSchema;
}
