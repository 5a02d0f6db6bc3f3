/**
 * The CloudFormation resource specification of `@aws-cdk/aws-service-spec` (pinned devDependency), as a
 * cross-check for the request schemas: a request kind and its `AWS::ImageBuilder::*` counterpart are
 * compared property by property (camelCase against PascalCase), type by type and enum by enum, nested
 * shapes too. Only tests load the database; the server never does.
 */
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import { deref, type Located, type SchemaNode } from './schemaFiles';

/** The parts of the database's property types that the comparison reads. */
export interface CfnType {
  type: string;
  allowedValues?: string[];
  element?: CfnType;
  types?: CfnType[];
  reference?: { $ref: string };
}

export interface CfnProperty {
  type: CfnType;
  required?: boolean;
}

export interface CfnShape {
  name: string;
  properties: Record<string, CfnProperty>;
}

export interface CfnSpec {
  /** `AWS::ImageBuilder::ImageRecipe` → its resource shape. */
  resource(cloudFormationType: string): CfnShape;
  /** A type definition, by the `$ref` of a `ref` property type. */
  typeDefinition(ref: string): CfnShape;
}

let cached: CfnSpec | undefined;

export function loadCfnSpec(): CfnSpec {
  if (cached) return cached;
  const db = loadAwsServiceSpecSync();
  cached = {
    resource(cloudFormationType) {
      return db.lookup('resource', 'cloudFormationType', 'equals', cloudFormationType).only() as unknown as CfnShape;
    },
    typeDefinition(ref) {
      return db.get('typeDefinition', ref) as unknown as CfnShape;
    },
  };
  return cached;
}

/** `S3Logs` → `s3Logs`, `HttpTokens` → `httpTokens`. */
export function camelCase(pascal: string): string {
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

export interface CfnCompareOptions {
  /** Request property name → CloudFormation property name where they are not camelCase of each other (at any path). */
  renames?: Readonly<Record<string, string>>;
}

interface Ctx {
  spec: CfnSpec;
  files: Map<string, SchemaNode>;
  renames: Readonly<Record<string, string>>;
  out: string[];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return [...new Set(a)].sort().join('\u0000') === [...new Set(b)].sort().join('\u0000');
}

function compareObject(shape: CfnShape, at: Located, path: string, ctx: Ctx): void {
  const node = at.node;
  if (node.type !== 'object' || node.properties === undefined) {
    ctx.out.push(`${path}: ${String(node.type)} without properties; CloudFormation has the object ${shape.name}`);
    return;
  }
  const props = node.properties;
  const pascal = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);
  const toCfn = (key: string) => (ctx.renames[key] !== undefined && ctx.renames[key] in shape.properties ? ctx.renames[key] : pascal(key));
  const byCfn = new Map(Object.keys(props).map((key) => [toCfn(key), key]));
  const required = new Set(node.required ?? []);
  for (const [cfnName, cfnProp] of Object.entries(shape.properties)) {
    const key = byCfn.get(cfnName);
    if (key === undefined) {
      ctx.out.push(`${path}.${camelCase(cfnName)}: only in CloudFormation (${cfnName}${cfnProp.required ? ', required' : ''})`);
      continue;
    }
    const here = `${path}.${key}`;
    if (cfnProp.required === true && !required.has(key)) ctx.out.push(`${here}: required in CloudFormation only`);
    if (cfnProp.required !== true && required.has(key)) ctx.out.push(`${here}: required in the request schema only`);
    compareType(cfnProp.type, { file: at.file, node: props[key] }, here, ctx);
  }
  for (const key of Object.keys(props)) {
    if (!(toCfn(key) in shape.properties)) ctx.out.push(`${path}.${key}: only in the request schema`);
  }
}

function compareString(type: CfnType, node: SchemaNode, path: string, ctx: Ctx): void {
  if (node.type !== 'string') {
    ctx.out.push(`${path}: type ${String(node.type)}, CloudFormation says string`);
    return;
  }
  const ours = Array.isArray(node.enum) ? (node.enum as string[]) : undefined;
  const theirs = type.allowedValues;
  if (theirs && !ours) ctx.out.push(`${path}: no enum; CloudFormation allows only ${theirs.join(' | ')}`);
  else if (ours && !theirs) ctx.out.push(`${path}: enum ${ours.join(' | ')}; CloudFormation has no enum`);
  else if (ours && theirs && !sameSet(ours, theirs)) {
    const onlyOurs = ours.filter((v) => !theirs.includes(v));
    const onlyTheirs = theirs.filter((v) => !ours.includes(v));
    ctx.out.push(`${path}: enum differs (only in the request schema: ${onlyOurs.join(' | ') || '-'}; only in CloudFormation: ${onlyTheirs.join(' | ') || '-'})`);
  }
}

function compareType(type: CfnType, at: Located, path: string, ctx: Ctx): void {
  let target: Located;
  try {
    target = deref(ctx.files, at);
  } catch (e) {
    ctx.out.push(`${path}: ${(e as Error).message}`);
    return;
  }
  const node = target.node;
  switch (type.type) {
    case 'string':
      compareString(type, node, path, ctx);
      return;
    case 'integer':
    case 'number':
    case 'boolean':
      if (node.type !== type.type) ctx.out.push(`${path}: type ${String(node.type)}, CloudFormation says ${type.type}`);
      return;
    case 'json':
      return; // free-form in CloudFormation: any request shape fits
    case 'array':
      if (node.type !== 'array' || node.items === undefined) ctx.out.push(`${path}: type ${String(node.type)}, CloudFormation says array`);
      else compareType(type.element as CfnType, { file: target.file, node: node.items }, `${path}[]`, ctx);
      return;
    case 'map': {
      const value = node.additionalProperties;
      if (node.type !== 'object' || typeof value !== 'object') ctx.out.push(`${path}: type ${String(node.type)}, CloudFormation says a map`);
      else compareType(type.element as CfnType, { file: target.file, node: value }, `${path}{}`, ctx);
      return;
    }
    case 'ref':
      compareObject(ctx.spec.typeDefinition((type.reference as { $ref: string }).$ref), target, path, ctx);
      return;
    case 'union': {
      // The request must match one of the alternatives (the first without differences).
      const tries = (type.types ?? []).map((alt) => {
        const sub: Ctx = { ...ctx, out: [] };
        compareType(alt, target, path, sub);
        return sub.out;
      });
      ctx.out.push(...(tries.find((t) => t.length === 0) ?? tries[0] ?? [`${path}: empty union`]));
      return;
    }
    default:
      ctx.out.push(`${path}: CloudFormation type ${type.type} is not compared`);
  }
}

/** Differences between the root of request schema `file` and the CloudFormation resource type, one message each. */
export function compareWithCfn(files: Map<string, SchemaNode>, file: string, cloudFormationType: string, options: CfnCompareOptions = {}): string[] {
  const root = files.get(file);
  if (root === undefined) return [`${file}: missing`];
  const spec = loadCfnSpec();
  const ctx: Ctx = { spec, files, renames: options.renames ?? {}, out: [] };
  compareObject(spec.resource(cloudFormationType), { file, node: root }, file.replace('.request.schema.json', ''), ctx);
  return ctx.out;
}
