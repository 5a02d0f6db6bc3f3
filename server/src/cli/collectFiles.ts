import * as fs from 'node:fs';
import * as path from 'node:path';

/** YAML, JSON, Terraform, and Terraform templates that render YAML (`kinds/fileNames.ts` `isTerraformTemplate`). */
const EXTENSIONS = /\.(ya?ml|json|tf|tftpl|tfpl|ya?ml\.tpl)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

export interface Collected {
  readonly files: string[];
  readonly errors: string[];
}

/** The files named, and the YAML, JSON, Terraform and Terraform template files below the folders named, in a stable order. */
export function collectFiles(paths: readonly string[]): Collected {
  const files: string[] = [];
  const errors: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      errors.push(`${p}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) walk(p, files, errors);
    else files.push(p);
  }
  return { files, errors };
}

function walk(dir: string, files: string[], errors: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    errors.push(`${dir}: cannot read folder`);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(full, files, errors);
    } else if (entry.isFile() && EXTENSIONS.test(entry.name)) files.push(full);
  }
}
