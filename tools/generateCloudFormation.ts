/**
 * Writes schemas/cloudformation/<type>.schema.json, one a `AWS::ImageBuilder::*` resource type, from the
 * pinned `@aws-cdk/aws-service-spec` database (`npm run generate:cloudformation`). The server reads only
 * these files, never the database. test/schemas/cloudformationGenerated.test.ts fails when they differ
 * from what the pinned package gives.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import type { TypeDefinition } from '@aws-cdk/service-spec-types';
import { loadBundledSchemas } from '../server/src/node/loadSchemas';
import { IMAGE_BUILDER_TYPE_PREFIX, schemaFileName } from '../server/src/service/cloudformation/resourceTypes';
import type { SchemaFiles } from '../server/src/service/schema/types';
import { borrowFromRequest } from './cloudformation/borrow';
import { resourceSchema } from './cloudformation/specToSchema';
import { repoRoot } from './repoRoot';


export const OUTPUT_DIR = 'cloudformation';


/** The version of the pinned database package (recorded in every file). */
export function specVersion(): string {
  const manifest = require.resolve('@aws-cdk/aws-service-spec/package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** File name → text of every generated file, from the pinned database and our request schemas. */
export function generateCloudFormationSchemas(requests: SchemaFiles): Map<string, string> {
  const db = loadAwsServiceSpecSync();
  const source = `@aws-cdk/aws-service-spec ${specVersion()} (npm run generate:cloudformation)`;
  const resources = db.all('resource').filter((r) => r.cloudFormationType.startsWith(IMAGE_BUILDER_TYPE_PREFIX));
  resources.sort((a, b) => a.cloudFormationType.localeCompare(b.cloudFormationType));
  const out = new Map<string, string>();
  for (const resource of resources) {
    const types: TypeDefinition[] = db.follow('usesType', resource).map((link) => link.entity);
    const schema = resourceSchema({ resource, types }, source);
    borrowFromRequest(schema, requests);
    out.set(schemaFileName(resource.cloudFormationType), `${JSON.stringify(schema, null, 2)}\n`);
  }
  return out;
}

if (require.main === module) {
  const dir = path.join(repoRoot(__dirname), 'schemas', OUTPUT_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const files = generateCloudFormationSchemas(loadBundledSchemas());
  for (const name of fs.readdirSync(dir)) if (name.endsWith('.schema.json') && !files.has(name)) fs.rmSync(path.join(dir, name));
  for (const [name, text] of files) fs.writeFileSync(path.join(dir, name), text);
  process.stdout.write(`wrote ${files.size} files to ${path.relative(process.cwd(), dir)}\n`);
}
