/** Writes schemas/component-document.schema.json from the AWSTOE facts (`npm run export-schema`). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { componentDocumentSchema } from './componentSchema';
import { repoRoot } from './repoRoot';

export const SCHEMA_FILE = 'component-document.schema.json';

export function componentSchemaText(): string {
  return `${JSON.stringify(componentDocumentSchema(), null, 2)}\n`;
}

if (require.main === module) {
  const target = path.join(repoRoot(__dirname), 'schemas', SCHEMA_FILE);
  fs.writeFileSync(target, componentSchemaText());
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
