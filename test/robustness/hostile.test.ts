import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Diagnostic } from 'vscode-languageserver-types';
import { normalizeSettings } from '../../server/src/service/languageService';
import { MAX_DEPTH } from '../../server/src/service/parse/types';
import { checkSubject, Subject } from './harness';
import { DEEP, deepInputs } from './hostileInputs';
import { SLOW } from '../support/tiers';

/**
 * Hostile inputs (issue 6): each must be answered without an exception, with every range inside the
 * document, deterministically, and in bounded time. The time bounds here are generous guards against
 * a hang (minutes would fail, seconds pass); the measured figures come from `npm run fuzz`.
 */

const GUARD_MS = 30_000;
const RECIPE = 'create-image-recipe';

function timed(subject: Subject): { diagnostics: Diagnostic[]; ms: number } {
  const start = performance.now();
  const diagnostics = checkSubject(subject);
  const ms = performance.now() - start;
  assert.ok(ms < GUARD_MS, `took ${Math.round(ms)} ms`);
  return { diagnostics, ms };
}

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

describe('hostile inputs', () => {
  for (const [name, text, languageId] of deepInputs) {
    test(`${DEEP}-deep nesting: ${name}`, () => {
      for (const kindOverride of [null, RECIPE]) {
        const { diagnostics } = timed({ text, languageId, options: { kindOverride }, offsets: [0, text.length >> 1, text.length] });
        if (kindOverride) assert.ok(codes(diagnostics).includes('file-too-large'), `no step-down message: ${codes(diagnostics).join()}`);
      }
    });
  }

  test(`block nesting by indentation (${DEEP} levels, above the size limit raised for the test)`, SLOW, () => {
    const lines: string[] = [];
    for (let i = 0; i < DEEP; i++) lines.push(`${' '.repeat(i)}k${i}:`);
    const text = `${lines.join('\n')}\n`;
    const settings = normalizeSettings({ maxFileSize: text.length + 1 });
    const { diagnostics } = timed({ text, languageId: 'yaml', options: { kindOverride: RECIPE, settings }, offsets: [text.length, 100] });
    assert.ok(codes(diagnostics).includes('file-too-large'));
  });

  test(`'[}' ${DEEP} times is not deep to jsonc-parser (its recovery skips to the end): checked, not refused`, () => {
    const text = '[}'.repeat(DEEP);
    const { diagnostics } = timed({ text, languageId: 'json', options: { kindOverride: RECIPE }, offsets: [0, text.length] });
    assert.ok(!codes(diagnostics).includes('file-too-large'), codes(diagnostics).join());
    assert.ok(diagnostics.some((d) => d.message === 'Value expected'), diagnostics.map((d) => d.message).join());
  });

  test(`nesting just within the limit (${MAX_DEPTH} levels) is parsed and checked`, () => {
    const text = '['.repeat(MAX_DEPTH - 1) + ']'.repeat(MAX_DEPTH - 1);
    for (const languageId of ['yaml', 'json'] as const) {
      const { diagnostics } = timed({ text, languageId, options: { kindOverride: RECIPE } });
      assert.ok(!diagnostics.some((d) => /not parsed/.test(d.message)), `${languageId}: ${diagnostics.map((d) => d.message).join()}`);
    }
  });

  test('alias bombs ("billion laughs") are never expanded', () => {
    const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 40; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]`);
    lines.push('name: *a39', 'parentImage: *a39', 'components: *a39', '<<: *a39');
    const text = lines.join('\n');
    for (const kindOverride of [null, RECIPE, 'component-document']) timed({ text, languageId: 'yaml', options: { kindOverride }, offsets: [text.length, text.indexOf('*a39')] });
  });

  test('a 1 MB single line', SLOW, () => {
    const mb = 1 << 20;
    const subjects: Subject[] = [
      { text: `name: ${'x'.repeat(mb)}`, languageId: 'yaml' },
      { text: `{"name": "${'x'.repeat(mb)}", "semanticVersion": "1.0.0", "parentImage": "${'a'.repeat(1000)}"}`, languageId: 'json' },
      { text: `[${'1,'.repeat(mb / 2)}1]`, languageId: 'json' },
      { text: `{${Array.from({ length: mb / 16 }, (_, i) => `k${i}: v`).join(', ')}}`, languageId: 'yaml' },
      { text: `#${'#'.repeat(mb)}`, languageId: 'yaml' },
    ];
    for (const subject of subjects) {
      for (const kindOverride of [null, RECIPE]) timed({ ...subject, options: { kindOverride }, offsets: [subject.text.length, 7, mb >> 1] });
    }
  });

  test('a 20 MB file steps down (above imagebuilder.maxFileSize) and says so', () => {
    const block = 'name: my-recipe\nsemanticVersion: 1.0.0\nparentImage: arn:aws:imagebuilder:us-east-1:aws:image/x/1.0.0\ncomponents:\n  - componentArn: arn:x\n';
    const text = block.repeat(Math.ceil((20 << 20) / block.length));
    const { diagnostics, ms } = timed({ text, languageId: 'yaml', options: { kindOverride: RECIPE }, offsets: [text.length, 5] });
    assert.deepEqual(codes(diagnostics), ['file-too-large']);
    assert.match(diagnostics[0].message, /maxFileSize/);
    assert.ok(ms < GUARD_MS);
    const detected = timed({ text, languageId: 'yaml', offsets: [text.length] });
    assert.deepEqual(codes(detected.diagnostics), [], 'a file of unknown kind gets no diagnostic, even when large');
  });
});
