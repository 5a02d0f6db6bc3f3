// Builds the .vsix: production esbuild bundles, then @vscode/vsce with the Marketplace README
// (client/README.md) and no node_modules (everything the extension runs is in dist/*.js).
// Usage: node scripts/package.mjs [--out=path.vsix]   (default dist/imagebuilder-language-tools.vsix)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = resolve(root, process.argv.find(a => a.startsWith('--out='))?.slice('--out='.length) ?? `dist/${manifest.name}.vsix`);
mkdirSync(dirname(out), { recursive: true });

execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs'), '--production'], { cwd: root, stdio: 'inherit' });

const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
const args = ['package', '--no-dependencies', '--readme-path', 'client/README.md', '--out', out];
// Relative links (the README picture) stay relative: they resolve inside the installed extension. With a
// `repository` in package.json, vsce can instead rewrite them to that repository's URLs for the Marketplace.
if (!manifest.repository) args.push('--no-rewrite-relative-links', '--allow-missing-repository');
execFileSync(process.execPath, [vsce, ...args], { cwd: root, stdio: 'inherit' });
