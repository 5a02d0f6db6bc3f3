// Runs an extensionTestsPath module inside code-server's extension host (the VS Code test protocol:
// extensionDevelopmentPath + extensionTestsPath in the `payload` URL parameter, exit code through
// window.codeAutomationExit, which the smoke-test driver option makes the workbench call).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openWorkbench } from './browser';
import { startCodeServer } from './codeServer';
import { log } from './log';
import { freshDir, Tools } from './tools';

export interface HostTestOptions {
  tools: Tools;
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  workspace: string;
  /** Folder for screenshots and logs of this run. */
  artifacts: string;
  /** Environment for the extension host (e.g. IB_E2E_RESULT). */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export async function runHostTests(o: HostTestOptions): Promise<number> {
  const home = freshDir('host');
  fs.mkdirSync(o.artifacts, { recursive: true });
  const logFile = path.join(o.artifacts, 'code-server.log');
  fs.writeFileSync(logFile, '');
  const cs = await startCodeServer({ tools: o.tools, workspace: o.workspace, home, logFile, env: o.env });
  let exitCode = 1;
  const { wb, goto } = await openWorkbench(o.tools, path.join(home, 'chrome'), o.artifacts);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const exited = new Promise<number>(resolve => {
      void wb.page.exposeFunction('codeAutomationExit', (code: number) => { resolve(code); });
    });
    const payload = [
      ['extensionDevelopmentPath', cs.remote + path.resolve(o.extensionDevelopmentPath)],
      ['extensionTestsPath', cs.remote + path.resolve(o.extensionTestsPath)],
    ];
    await goto(`${cs.url}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeoutMs = o.timeoutMs ?? 10 * 60_000;
    const timedOut = new Promise<number>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`extension tests did not finish in ${timeoutMs} ms`)), timeoutMs);
    });
    exitCode = await Promise.race([exited, timedOut]);
    log(`extension tests exit code ${exitCode}`);
    await wb.screenshot('workbench-after-tests');
  } catch (e) {
    log(`extension tests: ${(e as Error).message}`);
    await wb.screenshot('workbench-failure').catch(() => undefined);
    exitCode = 1;
  } finally {
    clearTimeout(timer);
    await wb.close();
    await cs.stop();
    copyExtensionHostLog(home, o.artifacts);
    fs.rmSync(home, { recursive: true, force: true });
  }
  return exitCode;
}

/** Keeps the extension host's log (where the tests' console output goes) with the artifacts. */
export function copyExtensionHostLog(home: string, artifacts: string): void {
  const logs = path.join(home, 'user-data', 'logs');
  if (!fs.existsSync(logs)) return;
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/exthost|remoteexthost|Image Builder/i.test(p) && e.name.endsWith('.log')) found.push(p);
    }
  };
  walk(logs);
  for (const f of found) fs.copyFileSync(f, path.join(artifacts, path.basename(path.dirname(f)) + '-' + path.basename(f)));
}
