import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allOperators } from '../../server/src/service/component/facts';
import { CURSOR, completionLabels, diagnosticsText, hoverText } from '../support/harness';
import { OPERATOR_CASES } from './cases/operatorCases';

const FIRST = '      - name: First\n        action: ExecuteBash\n        inputs:\n          commands: [echo 1]\n';

function withIf(condition: string): string {
  return `schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n${FIRST}      - name: Second\n        action: ExecuteBash\n        if:\n${condition}        inputs:\n          commands: [echo 2]\n`;
}

function withAssert(condition: string): string {
  return `schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n${FIRST}      - name: Check\n        action: Assert\n        inputs:\n${condition}`;
}

describe('comparison and logical operators', () => {
  test('every operator has a case', () => {
    assert.deepEqual(OPERATOR_CASES.map((c) => c.operator).sort(), allOperators().map((o) => o.name).sort());
  });
  for (const c of OPERATOR_CASES) {
    test(`${c.operator}: valid in a step's if and as Assert inputs`, () => {
      assert.deepEqual(diagnosticsText(withIf(c.condition)), []);
      assert.deepEqual(diagnosticsText(withAssert(c.condition)), []);
    });
    test(`${c.operator}: hover`, () => {
      const doc = withIf(c.condition.replace(`${c.operator}:`, `${c.operator.slice(0, 1)}${CURSOR}${c.operator.slice(1)}:`));
      assert.equal(hoverText(doc)?.split('\n')[0], c.hover);
    });
    test(`${c.operator}: offered in an empty condition`, () => {
      assert.ok(completionLabels(withIf(`          ${CURSOR}\n`)).includes(c.operator));
    });
  }

  test('with an operator present: its companion, then / else', () => {
    assert.deepEqual(completionLabels(withIf(`          stringEquals: a\n          ${CURSOR}\n`)), ['value', 'else', 'then']);
    assert.deepEqual(completionLabels(withIf(`          fileSHA1Equals: a\n          ${CURSOR}\n`)), ['path', 'else', 'then']);
    assert.deepEqual(completionLabels(withAssert(`          binaryExists: a\n          ${CURSOR}\n`)), []);
  });

  test('then / else values are the step actions', () => {
    assert.deepEqual(completionLabels(withIf(`          fileExists: /a\n          then: ${CURSOR}\n`)), ['Abort', 'Execute', 'Skip']);
  });
});
