// The standard @vscode/test-electron runner for the extension's in-editor tests. Where VS Code itself can be
// run (VSCODE_EXECUTABLE, or IB_E2E_DOWNLOAD_VSCODE=1 to let test-electron download it), it runs there;
// on this kind of machine it runs in code-server through scripts/e2e/code-shim.sh. With neither, it fails
// with a message saying so: it never passes without having run the tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from '../../support/paths';
import { artifactsDir, locateTools } from './tools';

export const shimPath: string = path.join(repoRoot, 'scripts', 'e2e', 'code-shim.sh');
export const extensionTestsPath: string = path.join(repoRoot, 'out', 'client', 'src', 'test', 'index.js');

export class NoEditorError extends Error {}

/** Which editor the runner will use, or an error naming what is missing. */
export function chooseExecutable(env: NodeJS.ProcessEnv = process.env): { executable: string | undefined; label: string } {
  if (env.VSCODE_EXECUTABLE) return { executable: env.VSCODE_EXECUTABLE, label: `VS Code at ${env.VSCODE_EXECUTABLE}` };
  const { missing } = locateTools();
  const csMissing = missing.filter(m => /^(node24|csEntry|chromium) /.test(m));
  if (csMissing.length === 0) return { executable: shimPath, label: 'code-server through the code shim' };
  if (env.IB_E2E_DOWNLOAD_VSCODE === '1') return { executable: undefined, label: 'VS Code downloaded by @vscode/test-electron' };
  throw new NoEditorError('No editor to run the extension tests in: neither VS Code (set VSCODE_EXECUTABLE, or '
    + 'IB_E2E_DOWNLOAD_VSCODE=1 where it can be downloaded) nor code-server (missing: '
    + `${csMissing.join(', ')}; run scripts/e2e/install.sh).`);
}

/** Runs the in-editor tests on `workspace`; resolves 0 on success, rejects on failure. */
export async function runExtensionTests(workspace: string, env: Record<string, string>): Promise<number> {
  const { executable, label } = chooseExecutable();
  console.log(`[e2e] @vscode/test-electron runner: ${label}`);
  return runTests({
    ...(executable ? { vscodeExecutablePath: executable } : {}),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions'],
    extensionTestsEnv: env,
  });
}

/** Command-line entry (scripts/e2e/test-electron.sh): runs on a fresh workspace, exit code 0/1. */
export async function cli(): Promise<number> {
  const { makeWorkspace, removeWorkspace } = await import('./workspace');
  const artifacts = process.env.IB_E2E_ARTIFACTS || path.join(artifactsDir, 'vscode-extension-host');
  const results = path.join(artifacts, 'results.json');
  let workspace: string | undefined;
  try {
    chooseExecutable(); // before touching any file: with no editor, fail here
    fs.rmSync(results, { force: true });
    workspace = makeWorkspace('test-electron');
    await runExtensionTests(workspace, { IB_E2E_RESULT: results, IB_E2E_ARTIFACTS: artifacts });
    console.log(`[e2e] extension tests passed; results in ${path.relative(process.cwd(), results)}`);
    return 0;
  } catch (e) {
    console.error(`[e2e] extension tests FAILED: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    if (workspace) removeWorkspace(workspace);
  }
}
