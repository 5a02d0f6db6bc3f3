import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_ITEMS } from '../../server/src/service/component/complete/expressionCompletions';
import { CURSOR, open, service } from './harness';

/** A build phase of 600 steps, the last of which chains to an earlier one: `{{ build.|` offers steps. */
function document(typed: string): string {
  const steps = Array.from({ length: 600 }, (_, i) => `      - name: Step${i}\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo ${i}\n`).join('');
  return `schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n${steps}      - name: Last\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo "{{ build.${typed}${CURSOR} }}"\n`;
}

function complete(typed: string) {
  const { analysis, document: doc, offset } = open(document(typed));
  return service().doComplete(analysis, doc.positionAt(offset));
}

test('a phase of hundreds of steps: the nearest steps, marked incomplete', () => {
  const list = complete('');
  assert.equal(list.isIncomplete, true);
  assert.equal(list.items.length, MAX_ITEMS);
  const labels = list.items.map((i) => i.label);
  assert.ok(labels.includes('Step599') && !labels.includes('Step0'), 'the steps nearest the cursor are kept');
});

test('typing narrows the list to the matching steps, asked again by the editor', () => {
  const list = complete('Step1');
  const labels = list.items.map((i) => i.label);
  assert.ok(labels.includes('Step1') && labels.includes('Step199') && labels.includes('Step100'));
  assert.ok(labels.every((l) => l.includes('Step1')));
});

test('a narrowed list holds every match, still marked incomplete (it was filtered by the server)', () => {
  const list = complete('Step59');
  assert.equal(list.isIncomplete, true);
  assert.deepEqual(list.items.map((i) => i.label).sort(), ['Step59', ...Array.from({ length: 10 }, (_, i) => `Step59${i}`)].sort());
});
