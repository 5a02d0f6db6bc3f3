import * as fs from 'node:fs';
import * as path from 'node:path';
import { JsonSchema, SchemaFiles } from '../service/schema/types';

/**
 * Finds the bundled `schemas/` folder (beside the package: from out/server/src/node, or dist/) and
 * reads every `*.schema.json` in it and in its subfolders (`schemas/cloudformation/…`), named by their
 * path from `schemas/` with `/` (`cloudformation/x.schema.json`); a `$ref` to another file names that
 * path. The only schema source there is: nothing is ever fetched.
 */
export function loadBundledSchemas(start: string = __dirname): SchemaFiles {
  const dir = findSchemasDir(start);
  const files = new Map<string, JsonSchema>();
  for (const name of schemaFileNames(dir)) {
    files.set(name, JSON.parse(fs.readFileSync(path.join(dir, ...name.split('/')), 'utf8')) as JsonSchema);
  }
  return files;
}

/** The `*.schema.json` files under `dir`, as sorted `/`-separated paths relative to it. */
export function schemaFileNames(dir: string, prefix = ''): string[] {
  const names: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) names.push(...schemaFileNames(dir, name));
    else if (entry.name.endsWith('.schema.json')) names.push(name);
  }
  return names.sort();
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
