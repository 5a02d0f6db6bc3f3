// The logic behind scripts/e2e/code-shim.sh: takes the Electron-style command line that
// @vscode/test-electron gives VS Code and runs the same tests in code-server instead.
import * as path from 'node:path';
import { runHostTests } from './hostTests';
import { artifactsDir, requireTools } from './tools';

export interface ShimArgs {
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  workspace: string;
}

export function parseShimArgs(argv: string[]): ShimArgs {
  const opts: Record<string, string> = {};
  const positional: string[] = [];
  for (const a of argv) {
    const m = /^--([^=]+)=(.*)$/.exec(a);
    if (m) opts[m[1]] = m[2];
    else if (!a.startsWith('-')) positional.push(a);
  }
  if (!opts.extensionTestsPath) throw new Error('code-shim: --extensionTestsPath missing');
  if (!opts.extensionDevelopmentPath) throw new Error('code-shim: --extensionDevelopmentPath missing');
  return {
    extensionDevelopmentPath: opts.extensionDevelopmentPath,
    extensionTestsPath: opts.extensionTestsPath,
    workspace: positional[0] ?? process.cwd(),
  };
}

export async function main(argv: string[]): Promise<number> {
  const a = parseShimArgs(argv);
  return runHostTests({
    tools: requireTools(),
    ...a,
    artifacts: process.env.IB_E2E_ARTIFACTS || path.join(artifactsDir, 'vscode-extension-host'),
  });
}
