import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '../support/paths';

/**
 * Supply chain (issue 6), checked offline: no install scripts in our own package, a committed
 * lockfile with an integrity hash for every package, and shipped packages that are few, reviewed
 * (adding one means adding it here) and free of install scripts. What ships is what esbuild bundles into
 * dist/server.js and dist/lint.js (the npm package has no runtime dependencies: `npm i -g` installs
 * nothing beside it); `npm run audit` checks those packages against npm's advisories where the registry
 * answers.
 */

interface LockEntry {
  readonly version?: string;
  readonly dev?: boolean;
  readonly devOptional?: boolean;
  readonly integrity?: string;
  readonly link?: boolean;
  readonly hasInstallScript?: boolean;
}

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string>; dependencies?: Record<string, string> };
const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };

/**
 * Reviewed shipped packages: the language server's parsers and protocol, the checker's diff (--fix-dry-run),
 * `ignore` (the `.gitignore` rules of the workspace index, as eslint reads them), and `web-tree-sitter` (the
 * HCL parser's runtime, WASM; the bundle copies its .wasm and the Terraform grammar's into dist/).
 */
const REVIEWED = ['diff', 'ignore', 'jsonc-parser', 'vscode-jsonrpc', 'vscode-languageserver', 'vscode-languageserver-protocol', 'vscode-languageserver-textdocument', 'vscode-languageserver-types', 'web-tree-sitter', 'yaml'];

describe('supply chain', () => {
  test('our package runs nothing on install', () => {
    const lifecycle = ['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare', 'prepublish', 'preuninstall', 'uninstall', 'postuninstall'];
    assert.deepEqual(Object.keys(pkg.scripts ?? {}).filter((s) => lifecycle.includes(s)), []);
  });

  test('the lockfile is committed and pins every package by hash', () => {
    assert.ok(lock.lockfileVersion >= 2);
    const unpinned = Object.entries(lock.packages).filter(([key, entry]) => key !== '' && !entry.link && !entry.integrity).map(([key]) => key);
    assert.deepEqual(unpinned, []);
  });

  test('nothing is installed beside the package; the bundles hold only the reviewed few, none with an install script', (t) => {
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}), [], 'runtime code is bundled into dist/: a library goes in devDependencies and into REVIEWED');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ib-bundle-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'bundle.mjs'), '--only=server,lint', `--outdir=${dir}`], { cwd: repoRoot, stdio: 'pipe' });
    const bundled = new Set(['server', 'lint'].flatMap((name) => (JSON.parse(fs.readFileSync(path.join(dir, `${name}.packages.json`), 'utf8')) as Array<{ name: string }>).map((p) => p.name)));
    assert.deepEqual([...bundled].filter((name) => !REVIEWED.includes(name)), [], 'a package was bundled that is not reviewed: review it and add it to REVIEWED');
    assert.ok(bundled.has('yaml') && bundled.has('vscode-languageserver'), [...bundled].join(', '));
    assert.deepEqual(Object.entries(lock.packages).filter(([key, entry]) => bundled.has(key.replace(/^.*node_modules\//, '')) && entry.hasInstallScript).map(([key]) => key), []);
  });
});
