// Builds a throw-away workspace for an editor run: the project's examples/ plus the e2e fixtures
// (fixtures win on a name clash), so edits made by the tests never touch the repository.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../support/paths';
import { FILES } from '../scenario';
import { freshDir } from './tools';

export const fixturesDir: string = path.join(repoRoot, 'test', 'e2e', 'fixtures', 'workspace');

export function makeWorkspace(label: string): string {
  const ws = path.join(freshDir(label), 'workspace');
  fs.mkdirSync(ws, { recursive: true });
  const examples = path.join(repoRoot, 'examples');
  if (fs.existsSync(examples)) fs.cpSync(examples, path.join(ws, 'examples'), { recursive: true });
  fs.cpSync(fixturesDir, ws, { recursive: true });
  for (const rel of Object.values(FILES)) {
    if (!fs.existsSync(path.join(ws, rel))) throw new Error(`e2e workspace: ${rel} missing`);
  }
  return ws;
}

export function removeWorkspace(ws: string): void {
  fs.rmSync(path.dirname(ws), { recursive: true, force: true });
}
