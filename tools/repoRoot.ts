import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: the nearest folder above `start` with a package.json (the generators write under it). */
export function repoRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}
