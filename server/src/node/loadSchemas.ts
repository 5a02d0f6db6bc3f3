import * as fs from 'node:fs';
import * as path from 'node:path';
import { JsonSchema, SchemaFiles } from '../service/schema/types';

/** Sub-folders of `schemas/` whose files are loaded too, named `<folder>/<file>` (generated CloudFormation shapes). */
export const SCHEMA_SUBDIRS: readonly string[] = ['cloudformation'];

/**
 * Finds the bundled `schemas/` folder (beside the package: from out/server/src/node, or dist/) and
 * reads every `*.schema.json` in it and in its `SCHEMA_SUBDIRS`. The only schema source there is:
 * nothing is ever fetched.
 */
export function loadBundledSchemas(start: string = __dirname): SchemaFiles {
  const dir = findSchemasDir(start);
  const files = new Map<string, JsonSchema>();
  for (const prefix of ['', ...SCHEMA_SUBDIRS.map((d) => `${d}/`)]) {
    const folder = path.join(dir, prefix);
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder).sort()) {
      if (!name.endsWith('.schema.json')) continue;
      files.set(prefix + name, JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as JsonSchema);
    }
  }
  return files;
}

export function findSchemasDir(start: string): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'schemas');
    if (fs.existsSync(path.join(candidate, 'shapes.schema.json')) || fs.existsSync(path.join(candidate, 'README.md'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`bundled schemas not found above ${start}`);
    dir = parent;
  }
}
