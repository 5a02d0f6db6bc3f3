/** Writes schemas/component-document.schema.json from the AWSTOE facts (`npm run export-schema`). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { componentDocumentSchema } from './componentSchema';

export const SCHEMA_FILE = 'component-document.schema.json';

export function componentSchemaText(): string {
  return `${JSON.stringify(componentDocumentSchema(), null, 2)}\n`;
}

function repoRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

if (require.main === module) {
  const target = path.join(repoRoot(__dirname), 'schemas', SCHEMA_FILE);
  fs.writeFileSync(target, componentSchemaText());
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
