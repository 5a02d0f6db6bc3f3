// Starts code-server (the real VS Code workbench and extension host, on Node 24) for one test run.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { log, poll } from './log';
import type { Tools } from './tools';

export interface CodeServerOptions {
  tools: Tools;
  workspace: string;
  /** Folder for user data, extensions, config (created). */
  home: string;
  /** Where code-server's own output goes. */
  logFile: string;
  /** Extra environment for code-server and, through it, the extension host. */
  env?: NodeJS.ProcessEnv;
  extensionsDir?: string;
  /** Leave workspace trust on, so that the folder opens in Restricted Mode once the prompt is declined. */
  restricted?: boolean;
}

export interface CodeServer {
  port: number;
  /** The workbench URL with the workspace folder open. */
  url: string;
  /** `vscode-remote://…` prefix for paths on this machine, as the workbench names them. */
  remote: string;
  stop(): Promise<void>;
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'editor.wordBasedSuggestions': 'off',
  'editor.hover.delay': 150,
  'files.autoSave': 'off',
  'git.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise(resolve => {
    http.get(`http://127.0.0.1:${port}/healthz`, res => { res.resume(); resolve(res.statusCode === 200); })
      .on('error', () => resolve(false));
  });
}

function killGroup(child: ChildProcess): Promise<void> {
  return new Promise(resolve => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    try { process.kill(-child.pid, 'SIGTERM'); } catch { clearTimeout(timer); resolve(); }
  });
}

export function codeServerArgs(o: CodeServerOptions, port: number): string[] {
  return [o.tools.csEntry, '--config', path.join(o.home, 'config.yaml'), '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none', '--disable-telemetry', '--disable-update-check', ...(o.restricted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--user-data-dir', path.join(o.home, 'user-data'),
    '--extensions-dir', o.extensionsDir ?? path.join(o.home, 'extensions'),
    '--vscode-option', 'enable-smoke-test-driver'];
}

/** Installs a .vsix into an extensions folder with code-server's own CLI (as a user would). */
export function installVsix(tools: Tools, home: string, extensionsDir: string, vsix: string): string {
  const r = spawnSync(tools.node24, [tools.csEntry, '--config', path.join(home, 'config.yaml'),
    '--user-data-dir', path.join(home, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', vsix],
  { encoding: 'utf8', timeout: 120_000 });
  const out = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) throw new Error(`installing ${vsix} failed:\n${out}`);
  return out.trim();
}

async function startOnce(o: CodeServerOptions): Promise<CodeServer> {
  const port = await freePort();
  const settingsDir = path.join(o.home, 'user-data', 'User');
  fs.mkdirSync(settingsDir, { recursive: true });
  const settings = o.restricted
    ? { ...USER_SETTINGS, 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'always' }
    : USER_SETTINGS;
  fs.writeFileSync(path.join(settingsDir, 'settings.json'), JSON.stringify(settings, null, 2));
  const out = fs.openSync(o.logFile, 'a');
  const child = spawn(o.tools.node24, [...codeServerArgs(o, port), o.workspace],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, ...o.env } });
  fs.closeSync(out);
  log(`code-server pid ${child.pid} on port ${port}`);
  let exited = false;
  child.once('exit', () => { exited = true; });
  try {
    await poll('code-server /healthz', async () => {
      if (exited) throw new Error(`code-server exited early; see ${o.logFile}`);
      return healthy(port);
    }, 45_000);
  } catch (e) {
    await killGroup(child);
    throw e;
  }
  return {
    port,
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(o.workspace)}`,
    remote: `vscode-remote://127.0.0.1:${port}`,
    stop: () => killGroup(child),
  };
}

/** Starts code-server; a failed start (the known-flaky part) is tried once more. */
export async function startCodeServer(o: CodeServerOptions): Promise<CodeServer> {
  try {
    return await startOnce(o);
  } catch (e) {
    log(`code-server did not start (${(e as Error).message}); trying once more`);
    return startOnce(o);
  }
}
