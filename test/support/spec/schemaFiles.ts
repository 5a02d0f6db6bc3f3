/** Loads the bundled schemas and resolves their `$ref`s (`#/definitions/X` or `shapes.schema.json#/definitions/X`). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../paths';

export const schemasDir: string = path.join(repoRoot, 'schemas');

export interface SchemaNode {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  enum?: unknown[];
  enumDescriptions?: unknown[];
  format?: string;
  pattern?: string;
  description?: string;
  definitions?: Record<string, SchemaNode>;
  [key: string]: unknown;
}

/** Every `*.json` file of `schemas/`, by file name. */
export function loadSchemaFiles(): Map<string, SchemaNode> {
  const files = new Map<string, SchemaNode>();
  for (const name of fs.readdirSync(schemasDir).sort()) {
    if (!name.endsWith('.json')) continue;
    files.set(name, JSON.parse(fs.readFileSync(path.join(schemasDir, name), 'utf8')) as SchemaNode);
  }
  return files;
}

export interface Located {
  file: string;
  node: SchemaNode;
}

const REF = /^([a-z0-9.-]*\.schema\.json)?#\/definitions\/([A-Za-z0-9_]+)$/;

/** The node a `$ref` (found in `file`) points at, or undefined when it does not resolve. */
export function resolveRef(files: Map<string, SchemaNode>, file: string, ref: string): Located | undefined {
  const m = REF.exec(ref);
  if (m === null) return undefined;
  const target = m[1] ?? file;
  const node = files.get(target)?.definitions?.[m[2]];
  return node === undefined ? undefined : { file: target, node };
}

/** Follows `$ref`s until a node without one; throws on a dangling or circular reference. */
export function deref(files: Map<string, SchemaNode>, at: Located): Located {
  let cur = at;
  for (let hops = 0; cur.node.$ref !== undefined; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${cur.node.$ref}`);
    const next = resolveRef(files, cur.file, cur.node.$ref);
    if (next === undefined) throw new Error(`unresolved $ref ${cur.node.$ref} in ${cur.file}`);
    cur = next;
  }
  return cur;
}

/** Kind files: `<operation>.<request|response>.schema.json`. */
export const KIND_FILE = /^([a-z]+(?:-[a-z]+)*)\.(request|response)\.schema\.json$/;
