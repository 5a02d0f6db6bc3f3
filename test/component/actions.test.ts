import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allActions } from '../../server/src/service/component/facts';
import { CURSOR, completionLabels, diagnosticsText, hoverText } from '../support/harness';
import { ACTION_CASES, ActionCase } from './cases/actionCases';

function step(c: ActionCase, inputs: string): string {
  const body = inputs === '' ? '' : `        inputs:\n${inputs}`;
  return `schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Step\n        action: ${c.action}\n${body}`;
}

function emptyInputs(c: ActionCase): string {
  const list = !['Assert', 'ExecuteBash', 'ExecuteBinary', 'ExecuteDocument', 'ExecutePowerShell', 'InstallMSI', 'UninstallMSI', 'Reboot', 'UpdateOS'].includes(c.action);
  return list ? `          - ${CURSOR}\n` : `          ${CURSOR}\n`;
}

describe('action modules', () => {
  test('every module has a case', () => {
    assert.deepEqual(ACTION_CASES.map((c) => c.action).sort(), allActions().map((a) => a.name).sort());
  });
  for (const c of ACTION_CASES) {
    test(`${c.action}: a valid step has no diagnostics`, () => {
      assert.deepEqual(diagnosticsText(step(c, c.inputs)), []);
    });
    test(`${c.action}: completion offers its inputs, required first`, () => {
      const labels = completionLabels(step(c, emptyInputs(c)));
      if (c.action === 'Assert') assert.ok(labels.includes('stringEquals') && labels.includes('and'), labels.join(','));
      else assert.deepEqual(labels, c.keys);
    });
    test(`${c.action}: hover on the action name`, () => {
      const doc = step(c, c.inputs).replace(`action: ${c.action}`, `action: ${c.action.slice(0, 2)}${CURSOR}${c.action.slice(2)}`);
      assert.equal(hoverText(doc)?.split('\n')[0], c.hover);
    });
  }
});
