import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allRules } from '../../server/src/service/rules/ruleTable';
import { Diagnostic } from 'vscode-languageserver-types';
import { diagnostics, diagnosticsText } from '../support/harness';
import { VALIDATION_CASES } from './cases/validationCases';

describe('component validation', () => {
  for (const c of VALIDATION_CASES) {
    test(c.name, () => {
      assert.deepEqual(diagnosticsText(c.doc, { settings: c.settings }), c.expected);
    });
  }

  test('every later use of a step or loop name points at the first one', () => {
    const step = (name: string, loop = '') => `      - name: ${name}\n        action: Reboot\n${loop ? `        loop:\n          name: ${loop}\n          for:\n            start: 1\n            end: 2\n            updateBy: 1\n` : ''}`;
    const doc = `schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n${step('A', 'l')}${step('B')}${step('A', 'l')}${step('A')}`;
    const found = diagnostics(doc).filter((d) => d.code === 'duplicate-name');
    const at = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;
    assert.deepEqual(found.map((d) => `${at(d)} ${d.message.split(':')[0]} -> ${d.relatedInformation?.map((i) => `${i.location.range.start.line + 1}:${i.location.range.start.character + 1} ${i.message}`).join()}`), [
      "15:15 Step 'A' is already defined in phase 'build' -> 5:15 first defined here",
      "18:17 Loop name 'l' is already used in phase 'build' -> 8:17 first defined here",
      "23:15 Step 'A' is already defined in phase 'build' -> 5:15 first defined here",
    ]);
  });

  test('every component code and every generic code has a case', () => {
    const seen = new Set(VALIDATION_CASES.flatMap((c) => c.expected.map((line) => line.split(' ')[2])));
    // The recipe-against-component codes need two files: test/workspace/ has their cases.
    const crossFile = new Set(['undefined-parameter', 'missing-parameter']);
    const wanted = allRules()
      .filter((r) => !crossFile.has(r.code))
      .filter((r) => r.appliesTo === 'component' || ['syntax', 'duplicate-key', 'unknown-property', 'missing-property', 'invalid-type', 'invalid-value', 'out-of-range', 'exclusive-properties'].includes(r.code))
      .map((r) => r.code);
    assert.deepEqual(wanted.filter((code) => !seen.has(code)), []);
  });
});
