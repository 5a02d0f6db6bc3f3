// imagebuilder-lint over the CloudFormation templates of the corpus, through the real CLI process.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { corpusDir, sharedAvailable } from '../support/paths';
import { REVIEWED } from '../cloudformation/corpusReviewed';
import { lint } from './runCli';

test('imagebuilder-lint checks every corpus CloudFormation template as one (summary counts, --format json kinds)', (t) => {
  if (!sharedAvailable('corpus/cloudformation')) {
    t.skip('skipped: ../shared/corpus/cloudformation not present');
    return;
  }
  const dir = path.join(corpusDir, 'cloudformation');
  const count = fs.readdirSync(dir).filter((f) => /\.(ya?ml|json)$/i.test(f)).length;
  assert.equal(count, 29, 'the corpus this test was written for has 29 templates');
  // The reviewed diagnostics (corpusReviewed.ts: all true, all errors) and nothing else.
  const reviewed = Object.values(REVIEWED).flat().length;
  const r = lint([dir]);
  assert.equal(r.status, reviewed > 0 ? 1 : 0, r.stdout + r.stderr);
  assert.equal(r.stdout.trim().split('\n').at(-1), `29 Image Builder files checked (0 other skipped): ${reviewed} errors, 0 warnings.`);
  const json = lint(['--format', 'json', dir]);
  const files = JSON.parse(json.stdout) as Array<{ file: string; kind: string | null; diagnostics: Array<{ code: string; range: { start: { line: number } } }> }>;
  assert.equal(files.length, 29);
  assert.deepEqual([...new Set(files.map((f) => f.kind))], ['cloudformation-template']);
  for (const f of files) {
    const key = path.basename(f.file).replace(/^[^_]+__/, '');
    const expected = (REVIEWED[key] ?? []).map((d) => d.diagnostic.replace(/ \[.*$/, ''));
    assert.deepEqual(f.diagnostics.map((d) => `L${d.range.start.line + 1} ${d.code}`), expected, f.file);
  }
});
