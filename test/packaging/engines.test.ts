import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/paths';

/**
 * `npm ci` on the Node version README names must not warn EBADENGINE: every package in the lock file
 * (dev dependencies included) accepts that version, and so does package.json's `engines.node`.
 */

type Version = [number, number, number];

function parse(text: string): { version: Version; parts: number } {
  const numbers = text.replace(/^v/, '').split('.').map((n) => Number(n));
  return { version: [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 0], parts: numbers.length };
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** One comparator of an npm range: `>=1.2`, `^20.9.0`, `20`, `<=0.7.0`, `*`, `>=12.11.*` (= `>=12.11`). */
function satisfiesOne(v: Version, comparator: string): boolean {
  const m = /^(>=|<=|>|<|\^|~|=)?\s*([\d.]+|\*)$/.exec(comparator.trim().replace(/(\.[*xX])+$/, ''));
  if (!m) throw new Error(`unknown range part '${comparator}'`);
  if (m[2] === '*') return true;
  const { version: w, parts } = parse(m[2]);
  switch (m[1]) {
    case '>=': return compare(v, w) >= 0;
    case '<=': return compare(v, w) <= 0;
    case '>': return compare(v, w) > 0;
    case '<': return compare(v, w) < 0;
    case '^': return v[0] === w[0] && compare(v, w) >= 0;
    case '~': return v[0] === w[0] && v[1] === w[1] && compare(v, w) >= 0;
    default: return parts === 1 ? v[0] === w[0] : parts === 2 ? v[0] === w[0] && v[1] === w[1] : compare(v, w) === 0;
  }
}

export function satisfies(version: string, range: string): boolean {
  const v = parse(version).version;
  return range.split('||').some((set) => set.trim().replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1').split(/\s+/).every((c) => satisfiesOne(v, c)));
}

test('the range checker reads npm ranges', () => {
  assert.ok(satisfies('20.19.0', '^20.19.0 || ^22.13.0 || >=24'));
  assert.ok(!satisfies('20.9.0', '^20.19.0 || ^22.13.0 || >=24'));
  assert.ok(!satisfies('20.20.0', '>=22'));
  assert.ok(satisfies('20.20.0', '18 || 20 || >=22'));
  assert.ok(satisfies('20.0.0', '>= 8'));
  assert.ok(satisfies('20.0.0', '>= 12.11.*'));
  assert.ok(!satisfies('12.10.0', '>= 12.11.*'));
  assert.ok(!satisfies('20.0.0', '>=0.6.11 <=0.7.0'));
});

test("every locked package accepts README's Node version (no EBADENGINE on npm ci)", () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const named = /## Set-up on a fresh machine \(Node (\d+(?:\.\d+)*) or later, npm\)/.exec(readme);
  assert.ok(named, 'README names the Node version of its set-up');
  const version = named[1];
  const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } }> };
  const refused = Object.entries(lock.packages)
    .filter(([, p]) => typeof p.engines?.node === 'string' && !satisfies(version, p.engines.node))
    .map(([name, p]) => `${name.replace(/^node_modules\//, '')} (${p.engines!.node})`);
  assert.deepEqual(refused, [], `Node ${version}`);
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } };
  assert.equal(manifest.engines.node, `>=${version}`, 'package.json engines.node says the same');
});
