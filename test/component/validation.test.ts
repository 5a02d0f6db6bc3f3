import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allRules } from '../../server/src/service/rules/ruleTable';
import { diagnosticsText } from './harness';
import { VALIDATION_CASES } from './cases/validationCases';

describe('component validation', () => {
  for (const c of VALIDATION_CASES) {
    test(c.name, () => {
      assert.deepEqual(diagnosticsText(c.doc, { settings: c.settings }), c.expected);
    });
  }

  test('every component code and every generic code has a case', () => {
    const seen = new Set(VALIDATION_CASES.flatMap((c) => c.expected.map((line) => line.split(' ')[1])));
    const wanted = allRules()
      .filter((r) => r.appliesTo === 'component' || ['syntax', 'duplicate-key', 'unknown-property', 'missing-property', 'invalid-type', 'invalid-value', 'out-of-range', 'exclusive-properties'].includes(r.code))
      .map((r) => r.code);
    assert.deepEqual(wanted.filter((code) => !seen.has(code)), []);
  });
});
