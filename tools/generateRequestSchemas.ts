/**
 * Writes schemas/<kind>.request.schema.json for the request kinds of tools/requestSchemas/kindSpecs.ts from
 * the pinned `@aws-cdk/aws-service-spec` database and the seed's shapes (`npm run generate:request-schemas`).
 * test/schemas/requestGenerated.test.ts fails when the files differ from what the generator gives.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import { loadBundledSchemas } from '../server/src/node/loadSchemas';
import type { SchemaFiles } from '../server/src/service/schema/types';
import { requestSchema } from './requestSchemas/fromCloudFormation';
import { GENERATED_KINDS } from './requestSchemas/kindSpecs';
import { repoRoot } from './repoRoot';

export function requestSchemaFile(kind: string): string {
  return `${kind}.request.schema.json`;
}

/** File name → text of every generated request schema. */
export function generateRequestSchemas(files: SchemaFiles): Map<string, string> {
  const db = loadAwsServiceSpecSync();
  const out = new Map<string, string>();
  for (const spec of GENERATED_KINDS) {
    const resource = db.lookup('resource', 'cloudFormationType', 'equals', spec.cfnType).only();
    const source = { properties: resource.properties, documentation: resource.documentation, typeDefinition: (ref: string) => db.get('typeDefinition', ref) };
    out.set(requestSchemaFile(spec.kind), `${JSON.stringify(requestSchema(spec, source, files), null, 2)}\n`);
  }
  return out;
}

if (require.main === module) {
  const dir = path.join(repoRoot(__dirname), 'schemas');
  const files = generateRequestSchemas(loadBundledSchemas(dir));
  for (const [name, text] of files) fs.writeFileSync(path.join(dir, name), text);
  process.stdout.write(`wrote ${files.size} request schemas to ${path.relative(process.cwd(), dir)}\n`);
}
