import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentFamily } from '../docs/types';

/** The schema file each family is checked against: the ones our server bundles, exported in `schemas/`. */
/** Templates get no schema: yaml-language-server parses them (with CloudFormation's tags), as it does without one. Terraform modules: no other server here. */
type SchemaFamily = Exclude<DocumentFamily, 'template' | 'terraform'>;
const EXPORTED: Record<SchemaFamily, string> = {
  component: 'component-document.schema.json',
  infrastructure: 'create-infrastructure-configuration.request.schema.json',
  recipe: 'create-image-recipe.request.schema.json',
};

export interface ComparisonSchema {
  /** `file://` URI of the schema the other server loads. */
  readonly uri: string;
  readonly file: string;
}

/**
 * The schemas given to yaml-language-server and the JSON server: the same ones our server uses
 * (`schemas/`), so every server checks against the same facts. Throws when one is missing.
 */
export function comparisonSchemas(repoRoot: string): Record<SchemaFamily, ComparisonSchema> {
  const result = {} as Record<SchemaFamily, ComparisonSchema>;
  for (const family of Object.keys(EXPORTED) as SchemaFamily[]) {
    const file = path.join(repoRoot, 'schemas', EXPORTED[family]);
    if (!fs.existsSync(file)) throw new Error(`bench: ${path.relative(repoRoot, file)} is missing (run npm run export-schema)`);
    result[family] = { uri: pathToFileURL(file).href, file: EXPORTED[family] };
  }
  return result;
}
