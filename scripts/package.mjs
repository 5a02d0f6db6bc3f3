// Builds the .vsix: production esbuild bundles, then @vscode/vsce with the Marketplace README
// (client/README.md) and no node_modules (everything the extension runs is in dist/*.js).
// vsce refuses a package.json with a `files` list (that list is the npm package's) beside a .vscodeignore,
// so vsce runs in a staging folder: the folders the .vsix draws from, .vscodeignore (which still decides
// what goes in), and the manifest without `files`.
// Usage: node scripts/package.mjs [--out=path.vsix]   (default dist/imagebuilder-language-tools.vsix)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = resolve(root, process.argv.find(a => a.startsWith('--out='))?.slice('--out='.length) ?? `dist/${manifest.name}.vsix`);
mkdirSync(dirname(out), { recursive: true });

execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs'), '--production', '--only=client,server'], { cwd: root, stdio: 'inherit' });

const STAGED = ['.vscodeignore', 'CHANGELOG.md', 'LICENSE', 'client/README.md', 'dist/client.js', 'dist/client.licenses.txt', 'dist/server.js', 'dist/server.licenses.txt', 'dist/web-tree-sitter.wasm', 'dist/tree-sitter-terraform.wasm', 'images', 'schemas', 'syntaxes'];
const stage = mkdtempSync(join(tmpdir(), 'ib-vsix-stage-'));
try {
  for (const entry of STAGED) cpSync(join(root, entry), join(stage, entry), { recursive: true });
  const { files: _npmFiles, ...vsixManifest } = manifest;
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(vsixManifest, null, 2)}\n`);
  const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
  // Relative links (the README picture) stay relative: they resolve inside the installed extension, offline,
  // instead of being rewritten to the repository's web URLs.
  const args = ['package', '--no-dependencies', '--no-rewrite-relative-links', '--readme-path', 'client/README.md', '--out', out];
  execFileSync(process.execPath, [vsce, ...args], { cwd: stage, stdio: 'inherit' });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
