import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { allRules } from '../../server/src/service/rules/ruleTable';
import { repoRoot } from '../support/paths';

test("README's diagnostics table lists every code with its default severity", () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  for (const rule of allRules()) {
    assert.match(readme, new RegExp(`^\\| \`${rule.code}\` \\| ${rule.severity} \\|`, 'm'), `README lacks a row for ${rule.code}`);
  }
});

test('README gives exactly two set-up commands, and .ci/run runs the test one', () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const setup = readme.split('## Set-up on a fresh machine')[1].split('\n## ')[0];
  const commands = [...setup.matchAll(/```sh\n([^`]+)```/g)].map((m) => m[1].trim());
  assert.deepEqual(commands, ['npm ci && npm run examples', 'npm ci && npm test']);
  assert.match(fs.readFileSync(path.join(repoRoot, '.ci', 'run'), 'utf8'), /^npm ci && npm test$/m);
});
