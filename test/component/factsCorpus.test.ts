import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedAvailable } from '../support/paths';
import { checkSource, corpusSources, ALLOW_LIST } from './factsCorpus/checker';

describe('AWSTOE facts: corpus cross-check', () => {
  test('the checker reports unknown actions, unknown inputs and bad conditions', () => {
    const bad = checkSource({
      label: 'synthetic',
      kind: 'document',
      text: [
        'schemaVersion: 1.0',
        'phases:',
        '  - name: build',
        '    steps:',
        '      - name: A',
        '        action: ExecuteBsh',
        '        inputs: { commands: [ls] }',
        '      - name: B',
        '        action: S3Download',
        '        inputs:',
        '          - source: s3://b/k',
        '            destinaton: /tmp/k',
        '      - name: C',
        '        action: Assert',
        '        inputs: { stringEqual: a, value: a }',
        '      - name: D',
        '        action: ExecuteBash',
        '        if: { fileExists: /x, then: Run }',
        '        inputs: { commands: [ls] }',
      ].join('\n'),
    });
    assert.deepEqual([...bad.details].sort(), [
      'build/A: unknown action `ExecuteBsh` (did you mean ExecuteBash?)',
      'build/B: S3Download has no input `destinaton`',
      'build/C.inputs: unknown operator `stringEqual`',
      'build/D.if: `then` value Run is not Abort|Execute|Skip',
    ]);
    const good = checkSource({
      label: 'synthetic',
      kind: 'document',
      text: [
        'schemaVersion: "1.0"',
        'phases:',
        '  - name: build',
        '    steps:',
        '      - name: A',
        '        action: Assert',
        '        inputs:',
        '          and:',
        '            - fileSHA256Equals: abc',
        '              path: /x',
        '            - not: { binaryExists: unzip }',
      ].join('\n'),
    });
    assert.deepEqual([...good.details], []);
  });

  test('every action and input used in the real-world corpus is known', (t) => {
    if (!sharedAvailable('corpus')) {
      t.skip('skipped: shared corpus not available');
      return;
    }
    const sources = corpusSources();
    assert.ok(sources.length > 80, `expected the corpus to yield many sources, got ${sources.length}`);
    const unexpected: string[] = [];
    const seen = new Set<string>();
    const actionUse = new Map<string, number>();
    let steps = 0;
    for (const src of sources) {
      const f = checkSource(src);
      steps += f.steps;
      for (const [a, n] of f.actionUse) actionUse.set(a, (actionUse.get(a) ?? 0) + n);
      for (const d of f.details) {
        const key = `${src.label} :: ${d}`;
        seen.add(key);
        if (!ALLOW_LIST.has(key)) unexpected.push(key);
      }
    }
    const stale = [...ALLOW_LIST.keys()].filter((k) => !seen.has(k));
    t.diagnostic(`sources checked: ${sources.length}, steps: ${steps}, distinct actions used: ${actionUse.size}`);
    t.diagnostic(`actions used: ${[...actionUse].sort((a, b) => b[1] - a[1]).map(([a, n]) => `${a}=${n}`).join(' ')}`);
    t.diagnostic(`allow-listed findings: ${ALLOW_LIST.size}`);
    assert.deepEqual(unexpected, [], 'corpus findings not in the reviewed allow-list');
    assert.deepEqual(stale, [], 'allow-list entries that no longer occur');
  });
});
