/**
 * Terraform's structure and CloudFormation's knowledge, merged: each attribute and nested block of an
 * `aws_imagebuilder_*` resource is matched with the CloudFormation property of the same name (snake_case
 * to PascalCase, or its plural), or with the one `NAME_DIFFERENCES` gives; the match lends it its
 * documentation and allowed values. Plain data in, plain data out (sorted keys).
 */
import { TfAttributeSchema, TfBlockSchema, TfNestedBlockSchema, TfResourceSchema, TfSchemaFile } from '../../server/src/service/terraform/schemaTypes';
import { allowedValues, CfnShape, CfnSpec } from './cfnSpec';
import { CFN_TYPES, NAME_DIFFERENCES, NOT_IN_CLOUDFORMATION } from './nameDifferences';
import { PROVIDER_VERSION, TfBlock } from './providerSchema';

export interface BuildResult {
  readonly file: TfSchemaFile;
  /** `resource.path` of the names neither matched nor listed in `NOT_IN_CLOUDFORMATION`: to review. */
  readonly unmatched: string[];
  /** Entries of the reviewed lists that matched nothing (stale). */
  readonly unused: string[];
}

/** Attributes every resource has from Terraform itself, not from the service. */
const TERRAFORM_ONLY = new Set(['id', 'tags_all', 'timeouts']);

export function buildTerraformSchemas(resources: Record<string, { block: TfBlock }>, cfn: CfnSpec, specVersion: string): BuildResult {
  const unmatched: string[] = [];
  const used = new Set<string>();
  const out: Record<string, TfResourceSchema> = {};
  for (const [name, { block }] of Object.entries(resources)) {
    const cfnName = CFN_TYPES[name];
    const resource = cfnName ? cfn.resource(cfnName) : undefined;
    if (!resource) unmatched.push(name);
    else used.add(name);
    const convert = (tf: TfBlock, shape: CfnShape | undefined, path: string, cfnPath: string): TfBlockSchema => {
      const attributes: Record<string, TfAttributeSchema> = {};
      const blocks: Record<string, TfNestedBlockSchema> = {};
      const match = (key: string, outputOnly = false): [string, CfnShape['properties'][string]] | undefined => {
        const full = `${path}.${key}`;
        if (NOT_IN_CLOUDFORMATION.has(full)) {
          used.add(full);
          return undefined;
        }
        const listed = NAME_DIFFERENCES[full];
        if (listed) used.add(full);
        if (listed) {
          // A dotted name lies deeper in CloudFormation: `AdditionalInstanceConfiguration.UserDataOverride`.
          let holder: CfnShape | undefined = shape;
          const parts = listed.split('.');
          for (const part of parts.slice(0, -1)) holder = holder?.properties[part] ? cfn.shapeOf(holder.properties[part].type) : undefined;
          const property = holder?.properties[parts[parts.length - 1]];
          if (property) return [listed, property];
        } else {
          for (const candidate of [pascal(key), `${pascal(key)}s`]) {
            const property = shape?.properties[candidate];
            if (property) return [candidate, property];
          }
        }
        if (!TERRAFORM_ONLY.has(key) && !outputOnly && shape) unmatched.push(full);
        return undefined;
      };
      for (const key of Object.keys(tf.attributes ?? {}).sort()) {
        const a = tf.attributes![key];
        const found = match(key, a.computed === true && !a.optional && !a.required);
        const values = found ? allowedValues(found[1].type) : undefined;
        attributes[key] = clean({
          type: a.type as TfAttributeSchema['type'], required: a.required, optional: a.optional, computed: a.computed, deprecated: a.deprecated,
          documentation: found?.[1].documentation, enum: values ? [...values] : undefined,
          cloudformation: found ? `${cfnPath}${found[0]}` : undefined,
        });
      }
      for (const key of Object.keys(tf.block_types ?? {}).sort()) {
        const b = tf.block_types![key];
        const found = match(key);
        const inner = found ? cfn.shapeOf(found[1].type) : undefined;
        blocks[key] = clean({
          nesting: b.nesting_mode, minItems: b.min_items, maxItems: b.max_items, documentation: found?.[1].documentation,
          cloudformation: found ? `${cfnPath}${found[0]}` : undefined,
          block: convert(b.block, inner, `${path}.${key}`, found ? `${inner?.name ?? found[0]}.` : ''),
        });
      }
      return { attributes, blocks };
    };
    out[name] = clean({ cloudformationType: resource?.cloudFormationType, documentation: resource?.documentation, block: convert(block, resource, name, '') });
  }
  const reviewed = [...Object.keys(CFN_TYPES), ...Object.keys(NAME_DIFFERENCES), ...NOT_IN_CLOUDFORMATION];
  return {
    file: { provider: `registry.terraform.io/hashicorp/aws ${PROVIDER_VERSION}`, cloudformationSpec: `@aws-cdk/aws-service-spec ${specVersion}`, resources: out },
    unmatched,
    unused: reviewed.filter((r) => !used.has(r)),
  };
}

/** `kms_key_id` → `KmsKeyId`. */
export function pascal(snake: string): string {
  return snake.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

/** Drops undefined and false flags, so the file says only what is so. */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== false)) as T;
}
