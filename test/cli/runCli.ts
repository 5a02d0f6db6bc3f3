// Runs imagebuilder-lint as a real process (the compiled sources, as `npm run build` leaves them).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../support/paths';

export const lintMain: string = path.join(repoRoot, 'out', 'server', 'src', 'cli', 'main.js');

export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

export interface CliOptions {
  readonly cwd?: string;
  readonly input?: string;
  readonly env?: Record<string, string | undefined>;
}

export function lint(args: readonly string[], options: CliOptions = {}): CliRun {
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const r = spawnSync(process.execPath, [lintMain, ...args], { cwd: options.cwd ?? repoRoot, input: options.input ?? '', env, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** A fresh folder holding `files` (name → text); removed by the caller's `t.after`. */
export function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ib-lint-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

export function remove(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
