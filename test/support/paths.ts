import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root, found from the compiled test file (out/test/...) or the source (test/...). */
export const repoRoot: string = findRepoRoot(__dirname);

/**
 * The language server that tests start: this build's compiled sources (`tsc -b`, which every test run
 * does first), never a bundle in dist/ that `test:unit` did not make (bin/ prefers one when it exists).
 */
export const builtServer: string = path.join(repoRoot, 'out', 'server', 'src', 'lsp', 'main.js');

/** `../shared` beside the repository (read-only spec and corpus); may be absent (then tests say "skipped"). */
export const sharedDir: string = path.resolve(repoRoot, '..', 'shared');

export const seedDir: string = path.join(sharedDir, 'seed');
export const corpusDir: string = path.join(sharedDir, 'corpus');

export function sharedAvailable(sub: string): boolean {
  return fs.existsSync(path.join(sharedDir, sub));
}

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'schemas'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`repository root not found above ${start}`);
    dir = parent;
  }
}
