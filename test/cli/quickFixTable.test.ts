import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { allRules } from '../../server/src/service/rules/ruleTable';
import { repoRoot } from '../support/paths';

test("README's quick-fix table says, for every code with a fix, what the rule table says --fix does", () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split('\n## Quick fixes\n')[1]?.split('\n## ')[0] ?? '';
  const rows = new Map([...section.matchAll(/^\| `([a-z-]+)` \| [^|]+ \| (yes|no) \|$/gm)].map((m) => [m[1], m[2]]));
  const expected = new Map(allRules().filter((r) => r.fix).map((r) => [r.code, r.fix === 'preferred' ? 'yes' : 'no']));
  assert.deepEqual(Object.fromEntries(rows), Object.fromEntries(expected), 'README "## Quick fixes" rows (`code` | fix | yes/no) match ruleTable.ts `fix`');
});
