import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_ITEMS } from '../../server/src/service/component/complete/expressionCompletions';
import { CURSOR, open, service } from '../support/harness';

/** A build phase of `count` steps and one more that chains to an earlier one: `{{ build.|` offers steps. */
function document(typed: string, count = 600): string {
  const steps = Array.from({ length: count }, (_, i) => `      - name: Step${i}\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo ${i}\n`).join('');
  return `schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n${steps}      - name: Last\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo "{{ build.${typed}${CURSOR} }}"\n`;
}

function complete(typed: string, count?: number) {
  const { analysis, document: doc, offset } = open(document(typed, count));
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

test('a phase of at most MAX_ITEMS visible steps is offered whole, whatever is typed (the editor filters)', () => {
  for (const typed of ['', 'Step1', 'nothing-like-it']) {
    const list = complete(typed, MAX_ITEMS);
    assert.equal(list.isIncomplete, false, typed);
    assert.equal(list.items.length, MAX_ITEMS, typed);
    assert.deepEqual(list.items.map((i) => i.label).slice(0, 2), ['Step0', 'Step1'], 'in document order');
  }
});

test('one step more than MAX_ITEMS: the nearest MAX_ITEMS, the first step left out', () => {
  const list = complete('', MAX_ITEMS + 1);
  assert.equal(list.isIncomplete, true);
  const labels = list.items.map((i) => i.label);
  assert.equal(labels.length, MAX_ITEMS);
  assert.deepEqual([labels[0], labels.at(-1)], ['Step1', `Step${MAX_ITEMS}`]);
});
