// Runs headless Neovim as an LSP client of the standalone server (stdio) on the scenario's files.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../support/paths';
import { blankValue, COMPLETIONS, DIAGNOSTICS, FileId, FILES, HOVER, keyPosition, QUICK_FIX, SILENT } from '../scenario';
import { log } from './log';
import type { Tools } from './tools';

export interface NeovimDiagnostic { code: string; line: number; severity: number; source: string; message: string }

export interface NeovimReport {
  diagnostics: Record<string, NeovimDiagnostic[]>;
  kinds: Record<string, string | null>;
  completions: Record<string, string[]>;
  hover: string | null;
  code_actions: string[];
  errors: string[];
  server_exit?: { code: number; signal: number };
}

const filetype = (rel: string): string => (rel.endsWith('.json') ? 'json' : rel.endsWith('.tf') ? 'terraform' : 'yaml');

/** The standalone server command: the package's bin entry when the server team's build has it. */
export function serverCommand(): string[] {
  const bin = path.join(repoRoot, 'bin', 'imagebuilder-language-server.js');
  const compiled = path.join(repoRoot, 'out', 'server', 'src', 'lsp', 'main.js');
  if (fs.existsSync(bin) && fs.existsSync(compiled)) return [process.execPath, bin, '--stdio'];
  return [process.execPath, path.join(repoRoot, 'dist', 'server.js'), '--stdio'];
}

export async function runNeovim(o: { tools: Tools; workspace: string; artifacts: string; timeoutMs?: number }): Promise<NeovimReport> {
  fs.mkdirSync(o.artifacts, { recursive: true });
  const text = (id: FileId): string => fs.readFileSync(path.join(o.workspace, FILES[id]), 'utf8');
  const file = (id: FileId, codes: string[]): object => ({ id, path: FILES[id], filetype: filetype(FILES[id]), codes });
  const hoverPos = keyPosition(text(HOVER.file), HOVER.key);
  const spec = {
    cmd: serverCommand(),
    root: o.workspace,
    timeout: 20_000,
    files: [
      ...SILENT.map(id => file(id, [])),
      ...DIAGNOSTICS.map(d => file(d.file, d.codes)),
    ],
    completions: COMPLETIONS.map(c => {
      const { text: t, cursor } = blankValue(text(c.file), c.key);
      return { name: c.name, path: FILES[c.file], filetype: filetype(FILES[c.file]), text: t, ...cursor };
    }),
    hover: { path: FILES[HOVER.file], filetype: filetype(FILES[HOVER.file]), line: hoverPos.line, character: hoverPos.character + 1 },
    quick_fix: { path: FILES[QUICK_FIX.file], filetype: filetype(FILES[QUICK_FIX.file]), code: QUICK_FIX.code },
  };
  const specFile = path.join(o.artifacts, 'nvim-spec.json');
  const outFile = path.join(o.artifacts, 'nvim-result.json');
  fs.writeFileSync(specFile, JSON.stringify(spec, null, 2));
  fs.rmSync(outFile, { force: true });
  const lua = path.join(repoRoot, 'test', 'e2e', 'nvim', 'lsp_check.lua');
  log(`neovim: ${spec.cmd.join(' ')}`);
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(o.tools.nvim, ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${lua}`], {
      env: { ...process.env, IB_NVIM_SPEC: specFile, IB_NVIM_OUT: outFile }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', d => { output += d; });
    child.stderr.on('data', d => { output += d; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`neovim did not finish in time:\n${output}`)); },
      o.timeoutMs ?? 120_000);
    child.on('exit', c => { clearTimeout(timer); fs.writeFileSync(path.join(o.artifacts, 'nvim-output.log'), output); resolve(c); });
  });
  if (!fs.existsSync(outFile)) throw new Error(`neovim exited ${code} without a result; see ${o.artifacts}/nvim-output.log`);
  const report = JSON.parse(fs.readFileSync(outFile, 'utf8')) as NeovimReport;
  if (code !== 0) throw new Error(`neovim exited ${code}: ${report.errors.join('; ')}`);
  return report;
}
