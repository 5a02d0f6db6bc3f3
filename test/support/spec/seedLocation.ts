/**
 * Finds the Image Builder spec (boto3 change notes) in the shared seed folder. The folder is looked up
 * beside the repository (`seedDir`); when the repository is a git worktree, it is also looked up beside
 * the main worktree, because the shared folder sits next to the main checkout only.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, seedDir } from '../paths';

const SPEC_FIRST_LINE = /EC2 Image Builder - \d+ updated api methods/;

function mainWorktreeRoot(root: string): string | undefined {
  const dotGit = path.join(root, '.git');
  if (!fs.existsSync(dotGit) || fs.statSync(dotGit).isDirectory()) return undefined;
  const m = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(dotGit, 'utf8'));
  if (m === null) return undefined;
  const gitDir = path.resolve(root, m[1].trim());
  const commonFile = path.join(gitDir, 'commondir');
  if (!fs.existsSync(commonFile)) return undefined;
  const commonDir = path.resolve(gitDir, fs.readFileSync(commonFile, 'utf8').trim());
  return path.dirname(commonDir);
}

/** The seed folders to try, most specific first. */
export function seedDirCandidates(): string[] {
  const out = [seedDir];
  const main = mainWorktreeRoot(repoRoot);
  if (main !== undefined) out.push(path.resolve(main, '..', 'shared', 'seed'));
  return out;
}

/** The path of the spec file, or undefined when no seed folder holds it. */
export function findSpecFile(): string | undefined {
  for (const dir of seedDirCandidates()) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (!name.endsWith('.txt') || !fs.statSync(file).isFile()) continue;
      const firstLine = fs.readFileSync(file, 'utf8').split('\n', 1)[0];
      if (SPEC_FIRST_LINE.test(firstLine)) return file;
    }
  }
  return undefined;
}
