// Runs the editor set-ups of docs/editors.md as written: the block after `<!-- e2e: NAME -->` is copied into
// a fresh config and loaded by the real editor, with `imagebuilder-language-server` on PATH; and the files of
// editors/ that an editor here can load (lsp/imagebuilder.lua in Neovim, emacs/imagebuilder-lsp.el in Emacs).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../support/paths';
import { ACCEPT, acceptText, blankValue, COMPLETIONS, DIAGNOSTICS, FILES, SILENT } from '../scenario';
import { log } from './log';
import { freshDir } from './tools';

export const docsFile: string = path.join(repoRoot, 'docs', 'editors.md');

export function docSnippet(name: string, markdown: string = fs.readFileSync(docsFile, 'utf8')): string {
  const m = new RegExp(`<!-- e2e: ${name} -->\\s*\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(markdown);
  if (!m) throw new Error(`docs/editors.md has no block marked <!-- e2e: ${name} -->`);
  return m[1];
}

/** A folder holding an `imagebuilder-language-server` command that runs this checkout's server. */
export function serverOnPath(dir: string): string {
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  const cmd = path.join(bin, 'imagebuilder-language-server');
  fs.writeFileSync(cmd, `#!/bin/sh\nexec "${process.execPath}" "${path.join(repoRoot, 'bin', 'imagebuilder-language-server.js')}" "$@"\n`);
  fs.chmodSync(cmd, 0o755);
  return bin;
}

export interface DocCheckResult {
  clients: string[];
  diagnostics: Record<string, string[]>;
  completion: string[];
  errors: string[];
  /** Neovim: how many LSP clients run (one per editor instance, whatever the folders). */
  client_count?: number;
  /** Neovim: completions accepted through the documented omnifunc, with the buffer's text after each. */
  accepted?: Array<{ name: string; text?: string; error?: string; omnifunc?: string; offered?: string[] }>;
}

/** The common spec: YAML files only (what every documented editor opens in the same mode). */
export function docSpec(workspace: string): { spec: object; yamlFiles: string[]; completionExpect: string[] } {
  const abs = (rel: string): string => path.join(workspace, rel);
  const yamlDiag = DIAGNOSTICS.filter(d => /\.ya?ml$/.test(FILES[d.file]));
  const silent = SILENT.map(id => FILES[id]).filter(f => /\.ya?ml$/.test(f));
  const c = COMPLETIONS.find(x => /\.ya?ml$/.test(FILES[x.file]));
  if (!c || !yamlDiag.length) throw new Error('scenario has no YAML diagnostic or completion case');
  const { text, cursor } = blankValue(fs.readFileSync(abs(FILES[c.file]), 'utf8'), c.key);
  const files = [...silent.map(f => ({ path: abs(f), codes: [] })), ...yamlDiag.map(d => ({ path: abs(FILES[d.file]), codes: d.codes }))];
  return {
    spec: { timeout: 20_000, files, completion: { path: abs(FILES[c.file]), text, ...cursor },
      accept: ACCEPT.map(a => { const t = acceptText(a); return { name: a.name, path: abs(FILES[a.file]), label: a.label, text: t.text, ...t.cursor }; }) },
    yamlFiles: files.map(f => f.path),
    completionExpect: c.expect,
  };
}

export async function runEditor(label: string, command: string, args: (dir: string) => string[], workspace: string,
  artifacts: string, writeConfig: (dir: string) => void): Promise<DocCheckResult> {
  const dir = freshDir(`doc-${label}`);
  try {
    writeConfig(dir);
    const specFile = path.join(dir, 'spec.json');
    const outFile = path.join(dir, 'out.json');
    fs.writeFileSync(specFile, JSON.stringify(docSpec(workspace).spec, null, 2));
    const env = { ...process.env, PATH: `${serverOnPath(dir)}:${process.env.PATH}`, HOME: dir, XDG_CONFIG_HOME: path.join(dir, 'config'),
      XDG_DATA_HOME: path.join(dir, 'data'), XDG_STATE_HOME: path.join(dir, 'state'), IB_DOC_SPEC: specFile, IB_DOC_OUT: outFile };
    log(`${label}: ${command} ${args(dir).join(' ')}`);
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(command, args(dir), { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', d => { text += d; });
      child.stderr.on('data', d => { text += d; });
      const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`${label} did not finish:\n${text}`)); }, 120_000);
      child.on('exit', () => { clearTimeout(timer); resolve(text); });
    });
    fs.mkdirSync(artifacts, { recursive: true });
    fs.writeFileSync(path.join(artifacts, `${label}-output.log`), output);
    if (!fs.existsSync(outFile)) throw new Error(`${label} wrote no result:\n${output}`);
    fs.copyFileSync(outFile, path.join(artifacts, `${label}-result.json`));
    const r = JSON.parse(fs.readFileSync(outFile, 'utf8')) as DocCheckResult;
    return { ...r, diagnostics: Object.fromEntries(Object.entries(r.diagnostics ?? {}).map(([k, v]) => [path.relative(workspace, k), v])) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const e2eDir = path.join(repoRoot, 'test', 'e2e');

export const editorsDir: string = path.join(repoRoot, 'editors');

/** The documented init.lua, with editors/lsp/imagebuilder.lua where the docs say to copy it (~/.config/nvim/lsp/). */
export function runNeovimDoc(nvim: string, workspace: string, artifacts: string): Promise<DocCheckResult> {
  return runEditor('neovim-docs', nvim,
    dir => ['--headless', '-i', 'NONE', '-u', path.join(dir, 'init.lua'), '-c', `luafile ${path.join(e2eDir, 'nvim', 'doc_check.lua')}`],
    workspace, artifacts, dir => {
      fs.writeFileSync(path.join(dir, 'init.lua'), docSnippet('neovim'));
      fs.mkdirSync(path.join(dir, 'config', 'nvim', 'lsp'), { recursive: true });
      fs.copyFileSync(path.join(editorsDir, 'lsp', 'imagebuilder.lua'), path.join(dir, 'config', 'nvim', 'lsp', 'imagebuilder.lua'));
    });
}

/** editors/emacs/imagebuilder-lsp.el, loaded as it is, with Debian's elpa-lsp-mode. */
export function runEmacsLspMode(emacs: string, workspace: string, artifacts: string): Promise<DocCheckResult> {
  return runEditor('emacs-lsp-mode', emacs,
    () => ['--batch', '-Q', '-l', path.join(e2eDir, 'emacs', 'preamble.el'), '-l', path.join(e2eDir, 'emacs', 'lsp_preamble.el'),
      '-l', path.join(editorsDir, 'emacs', 'imagebuilder-lsp.el'), '-l', path.join(e2eDir, 'emacs', 'lsp_check.el')],
    workspace, artifacts, () => undefined);
}

export function runEmacsDoc(emacs: string, workspace: string, artifacts: string): Promise<DocCheckResult> {
  return runEditor('emacs-docs', emacs,
    dir => ['--batch', '-Q', '-l', path.join(e2eDir, 'emacs', 'preamble.el'), '-l', path.join(dir, 'init.el'),
      '-l', path.join(e2eDir, 'emacs', 'doc_check.el')],
    workspace, artifacts, dir => fs.writeFileSync(path.join(dir, 'init.el'), docSnippet('emacs')));
}
