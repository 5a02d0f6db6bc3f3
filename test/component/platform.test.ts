import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CURSOR, diagnosticsText, open, service } from '../support/harness';

const bash = '      - name: B\n        action: ExecuteBash\n        inputs:\n          commands: [x]\n';
const ps = '      - name: P\n        action: ExecutePowerShell\n        inputs:\n          commands: [x]\n';
const doc = (steps: string, head = '') => `${head}schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n${steps}`;
const platformOf = (text: string, settings?: unknown) => service().describeKind(open(text, { settings }).analysis).platform;

describe('component platform', () => {
  test('inferred from the actions', () => {
    assert.equal(platformOf(doc(bash)), 'Linux');
    assert.equal(platformOf(doc(ps)), 'Windows');
    assert.equal(platformOf(doc('      - name: R\n        action: Reboot\n')), undefined);
    assert.equal(platformOf(doc(bash + ps)), undefined);
  });

  test('a leading comment, below other comments, in any letter case', () => {
    assert.equal(platformOf(doc(bash, '# My component\n#   imagebuilder-platform: macos\n')), 'macOS');
    assert.equal(platformOf(doc(bash, 'name: x\n# imagebuilder-platform: Windows\n')), 'Linux');
  });

  test('the setting, unless the file says otherwise', () => {
    assert.equal(platformOf(doc('      - name: R\n        action: Reboot\n'), { component: { platform: 'Windows' } }), 'Windows');
    assert.equal(platformOf(doc(bash, '# imagebuilder-platform: Linux\n'), { component: { platform: 'Windows' } }), 'Linux');
    assert.equal(platformOf(doc(bash), { component: { platform: 'auto' } }), 'Linux');
  });

  test('mixing is reported once, on the less used family', () => {
    assert.deepEqual(diagnosticsText(doc(bash + ps + bash.replace('name: B', 'name: C'))), [
      '10:17 error action-platform [ExecutePowerShell] ExecutePowerShell runs only on Windows, but this document also uses ExecuteBash (Linux, macOS): a component runs on one platform.',
    ]);
  });
});

describe('cost at the cursor', () => {
  const big = doc(Array.from({ length: 2000 }, (_, i) => `      - name: S${i}\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo {{ build.S${Math.max(0, i - 1)}.outputs.stdout }}\n`).join(''));

  test('completion and hover never walk the whole document (no index, no validation)', () => {
    const middle = big.indexOf('- name: S1000');
    for (const text of [
      `${big.slice(0, middle)}- name: S1000x\n        ${CURSOR}\n${big.slice(middle + 14)}`,
      big.replace('echo {{ build.S999.', `echo {{ build.S999.${CURSOR}`),
      big.replace('action: ExecuteBash\n        inputs:\n          commands:\n            - echo {{ build.S1499', `action: Exec${CURSOR}uteBash\n        inputs:\n          commands:\n            - echo {{ build.S1499`),
    ]) {
      const { analysis, document, offset } = open(text);
      service().doComplete(analysis, document.positionAt(offset));
      service().doHover(analysis, document.positionAt(offset));
      const walked = [...analysis.memo.keys()].filter((k) => ['component.index', 'component.references', 'component.problems'].includes(k));
      assert.deepEqual(walked, []);
    }
  });

  test('validation of a long document finds every reference once', () => {
    assert.deepEqual(diagnosticsText(big), ["9:23 error invalid-reference [build.S0] 'build.S0' is this step itself: chaining can only refer to earlier steps."]);
  });
});
