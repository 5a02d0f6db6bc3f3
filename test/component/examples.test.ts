import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../support/paths';
import { diagnostics } from '../support/harness';

const dir = path.join(repoRoot, 'examples', 'component');

/** The codes each bundled component example must report, in order (clean examples: none). */
const EXPECTED: Record<string, readonly string[]> = {
  'install-nginx.yaml': [],
  'windows-app.yaml': [],
  'broken-syntax.yaml': ['syntax', 'missing-property', 'syntax', 'syntax', 'invalid-type'],
  'broken-references.yaml': ['undefined-reference', 'unknown-action', 'unquoted-expression', 'invalid-reference', 'unknown-property', 'action-platform', 'invalid-reference'],
};

describe('component examples', () => {
  test('every example is listed', () => {
    assert.deepEqual(fs.readdirSync(dir).sort(), Object.keys(EXPECTED).sort());
  });
  for (const [file, codes] of Object.entries(EXPECTED)) {
    test(file, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      assert.deepEqual(diagnostics(text, { uri: `file:///examples/component/${file}` }).map((d) => d.code), codes);
    });
  }
});
