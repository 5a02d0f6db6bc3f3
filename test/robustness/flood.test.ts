import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_DIAGNOSTICS, normalizeSettings } from '../../server/src/service/languageService';
import { checkSubject } from './harness';
import { SLOW } from '../support/tiers';

/** A file with a flood of problems reports the first MAX_DIAGNOSTICS and says how many more there are. */

describe('diagnostic floods', () => {
  test('200,000 stray brackets: 1,000 diagnostics and one saying how many more', SLOW, () => {
    const text = `name: x\nschemaVersion: 1.0\nphases: []\n${']'.repeat(200_000)}`;
    const diagnostics = checkSubject({ text, languageId: 'yaml', options: { kindOverride: 'component-document' }, offsets: [text.length] });
    assert.equal(diagnostics.length, MAX_DIAGNOSTICS + 1);
    const last = diagnostics[diagnostics.length - 1];
    assert.equal(last.code, 'too-many-problems');
    assert.match(last.message, /^\d+ more problems from here on are not shown/);
    assert.ok(diagnostics.slice(0, -1).every((d) => d.code !== 'too-many-problems'));
  });

  test('many unknown keys: capped in document order; the summary can be turned off', () => {
    const text = `{${Array.from({ length: 3000 }, (_, i) => `"k${i}": 1`).join(', ')}}`;
    const subject = { text, languageId: 'json' as const, options: { kindOverride: 'create-component' }, offsets: [] };
    const diagnostics = checkSubject(subject);
    assert.equal(diagnostics.length, MAX_DIAGNOSTICS + 1);
    const starts = diagnostics.map((d) => d.range.start.character);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    const settings = normalizeSettings({ diagnostics: { severity: { 'too-many-problems': 'off' } } });
    assert.equal(checkSubject({ ...subject, options: { ...subject.options, settings } }).length, MAX_DIAGNOSTICS);
  });

  test('under the cap nothing changes', () => {
    const text = `{${Array.from({ length: 10 }, (_, i) => `"k${i}": 1`).join(', ')}}`;
    const diagnostics = checkSubject({ text, languageId: 'json', options: { kindOverride: 'create-component' }, offsets: [] });
    assert.ok(diagnostics.length < 20 && !diagnostics.some((d) => d.code === 'too-many-problems'));
  });
});
