/**
 * The CloudFormation resource specification of `@aws-cdk/aws-service-spec` (its `db.json.gz`): the
 * AWS::ImageBuilder::* resources and the property types they use, with documentation and allowed values.
 */
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';

export interface CfnType {
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'json' | 'map' | 'array' | 'ref' | 'date-time' | 'union' | string;
  readonly element?: CfnType;
  readonly reference?: { readonly $ref: string };
  readonly allowedValues?: readonly string[];
}

export interface CfnProperty {
  readonly type: CfnType;
  readonly documentation?: string;
  readonly required?: boolean;
}

export interface CfnShape {
  readonly name: string;
  readonly documentation?: string;
  readonly properties: Readonly<Record<string, CfnProperty>>;
}

export interface CfnResource extends CfnShape {
  readonly cloudFormationType: string;
}

export interface CfnSpec {
  readonly version: string;
  resource(cloudFormationType: string): CfnResource | undefined;
  /** The property type a `ref` names (through an array's or map's element). */
  shapeOf(type: CfnType): CfnShape | undefined;
}

interface Db {
  readonly schema: {
    readonly resource: { readonly entities: Array<CfnResource & { $id: string }> };
    readonly typeDefinition: { readonly entities: Array<CfnShape & { $id: string }> };
  };
}

export function loadCfnSpec(): CfnSpec {
  const packageJson = require.resolve('@aws-cdk/aws-service-spec/package.json');
  const dir = packageJson.slice(0, -'package.json'.length);
  const version = (JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version: string }).version;
  const db = JSON.parse(zlib.gunzipSync(fs.readFileSync(`${dir}db.json.gz`)).toString('utf8')) as Db;
  const resources = new Map(db.schema.resource.entities.filter((r) => r.cloudFormationType?.startsWith('AWS::ImageBuilder::')).map((r) => [r.cloudFormationType, r]));
  const types = new Map(db.schema.typeDefinition.entities.map((t) => [t.$id, t]));
  return {
    version,
    resource: (name) => resources.get(name),
    shapeOf(type) {
      let t: CfnType | undefined = type;
      while (t && (t.type === 'array' || t.type === 'map')) t = t.element;
      return t?.type === 'ref' && t.reference ? types.get(t.reference.$ref) : undefined;
    },
  };
}

/** The allowed values of a property (of its element, for a list), if the specification gives them. */
export function allowedValues(type: CfnType): readonly string[] | undefined {
  let t: CfnType | undefined = type;
  while (t && (t.type === 'array' || t.type === 'map')) t = t.element;
  return t?.allowedValues;
}
