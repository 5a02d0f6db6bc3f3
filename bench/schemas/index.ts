import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentFamily } from '../docs/types';
import { componentDocumentSchema, Schema } from './componentSchema';
import { fallbackRequestSchema } from './requestSchemas';

/** The schema file each family is checked against by the servers we compare with. */
const EXPORTED: Record<DocumentFamily, string> = {
  component: 'component-document.schema.json',
  infrastructure: 'create-infrastructure-configuration.request.schema.json',
  recipe: 'create-image-recipe.request.schema.json',
};

export interface ComparisonSchema {
  /** `file://` URI of the schema the other server loads. */
  readonly uri: string;
  /** `exported` (from the repository's `schemas/`), or `bench fallback` (generated here). */
  readonly source: 'exported' | 'bench fallback';
}

/**
 * The schemas given to yaml-language-server and the JSON server: the ones exported in `schemas/`
 * when they exist (the same facts our server uses), else a reasonable fallback written to `workDir`.
 */
export function comparisonSchemas(repoRoot: string, workDir: string): Record<DocumentFamily, ComparisonSchema> {
  const result = {} as Record<DocumentFamily, ComparisonSchema>;
  for (const family of Object.keys(EXPORTED) as DocumentFamily[]) {
    const exported = path.join(repoRoot, 'schemas', EXPORTED[family]);
    if (fs.existsSync(exported)) {
      result[family] = { uri: pathToFileURL(exported).href, source: 'exported' };
      continue;
    }
    const schema: Schema = family === 'component' ? componentDocumentSchema() : fallbackRequestSchema(family);
    const file = path.join(workDir, 'schemas', EXPORTED[family]);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(schema, null, 2));
    result[family] = { uri: pathToFileURL(file).href, source: 'bench fallback' };
  }
  return result;
}
