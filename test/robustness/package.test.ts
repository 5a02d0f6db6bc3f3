import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '../support/paths';

/**
 * Supply chain (issue 6), checked offline: no install scripts in our own package, a committed
 * lockfile with an integrity hash for every package, and production dependencies that are few,
 * reviewed (adding one means adding it here) and free of install scripts. `npm run audit` adds
 * npm's advisory check where the registry answers it.
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

/** Reviewed production dependencies: the language server's parsers and protocol, and the checker's diff (--fix-dry-run). */
const REVIEWED = ['diff', 'jsonc-parser', 'vscode-languageserver', 'vscode-languageserver-textdocument', 'vscode-languageserver-types', 'vscode-uri', 'yaml'];

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

  test('production dependencies are the reviewed few, and none has an install script', () => {
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}).sort(), [...REVIEWED].sort(), 'a production dependency was added or removed: review it and update REVIEWED');
    const production = Object.entries(lock.packages).filter(([key, entry]) => key !== '' && !entry.dev && !entry.devOptional);
    assert.ok(production.length <= 15, `${production.length} packages ship: ${production.map(([k]) => k).join(', ')}`);
    assert.deepEqual(production.filter(([, entry]) => entry.hasInstallScript).map(([key]) => key), []);
  });
});
