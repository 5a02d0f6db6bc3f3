import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnosticsText } from '../support/harness';
import { DIAGNOSTIC_CASES as CASES } from './diagnosticCases';

for (const c of CASES) {
  test(`diagnostics: ${c.name}`, () => {
    assert.deepEqual(diagnosticsText(c.text, { name: c.file ?? 'file.json' }), c.expect);
  });
}

test('a severity setting changes or turns off a code', () => {
  const text = '{"name": "build-infra", "instanceProfileName": "p", "instanceTypes": ["mac1.metal"]}';
  const settings = { fileKinds: {}, fileNameConventions: {}, component: { platform: 'auto' as const }, diagnostics: { severity: { 'mac-needs-host': 'warning' as const } }, maxFileSize: 5_000_000 };
  assert.match(diagnosticsText(text, { name: 'i.json', settings }).join('\n'), /^1:71 warning mac-needs-host \["mac1.metal"\]/);
  const off = { ...settings, diagnostics: { severity: { 'mac-needs-host': 'off' as const } } };
  assert.deepEqual(diagnosticsText(text, { name: 'i.json', settings: off }), []);
});
