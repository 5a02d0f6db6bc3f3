import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CURSOR, hoverText } from '../support/harness';

const DOC = `schemaVersion: 1.0
phases:
  - name: test
    steps:
      - name: Make
        action: CreateFile
        onFailure: Ignore
        timeoutSeconds: 60
        loop:
          forEach: [a]
        inputs:
          - path: /tmp/{{ loop.value }}
            owner: root
      - name: Nested
        action: ExecuteDocument
        inputs:
          document: other.yml
          parameters:
            - name: p
              value: v
      - name: Check
        action: ExecuteBash
        if:
          fileExists: /tmp/a
          then: Skip
        inputs:
          commands:
            - echo {{ test.Later.outputs.stdout }}
`;

/** The hover with the cursor just after the first `marker` (or `shift` characters into it). */
function hoverAt(marker: string, shift = 1): string | null {
  const index = DOC.indexOf(marker);
  assert.ok(index >= 0, marker);
  return hoverText(DOC.slice(0, index + shift) + CURSOR + DOC.slice(index + shift));
}

describe('component hover', () => {
  test('a step key: meaning, type, default, limits', () => {
    assert.equal(hoverAt('timeoutSeconds'), [
      '**timeoutSeconds** · `integer` · optional — a step',
      '',
      'Seconds the step may run before it fails (or is retried). `-1` means no limit; 0 and other negative values are invalid. A loop shares one timeout across all its iterations.',
      '',
      'Default: `7200`',
      '',
      'Limits: at least 1 (or -1)',
    ].join('\n'));
  });

  test('a top-level key', () => {
    assert.equal(hoverAt('schemaVersion')?.split('\n')[0], '**schemaVersion** · `string` · required — the component document');
  });

  test('an enum value: its meaning and the other values', () => {
    assert.equal(hoverAt('Ignore', 2), [
      '**Ignore** — a value of `onFailure`',
      '',
      'Record the step as IgnoredFailure once its attempts are used up and run the remaining steps; phase and document end as SuccessWithIgnoredFailure.',
      '',
      'Other values: `Abort`, `Continue`',
    ].join('\n'));
  });

  test('a phase name: its stage', () => {
    assert.equal(hoverAt('name: test', 8)?.split('\n')[0], '**test** — phase, test stage');
  });

  test('an input limited to some platforms', () => {
    const text = hoverAt('owner') ?? '';
    assert.equal(text.split('\n')[0], '**owner** · `string` · optional — an input of CreateFile');
    assert.ok(text.includes('Only on: Linux, macOS'));
  });

  test('a key of a list input item (ExecuteDocument parameters)', () => {
    assert.equal(hoverAt('name: p', 2)?.split('\n')[0], "**name** · `string` · required — an item of ExecuteDocument 'parameters'");
  });

  test('loop keys, condition keys, then values', () => {
    assert.equal(hoverAt('forEach')?.split('\n')[0], '**forEach** · `mapping or list` · optional — a loop');
    assert.equal(hoverAt('fileExists')?.split('\n')[0], '**fileExists** — file comparison');
    assert.equal(hoverAt('Skip', 2), '**Skip** — a value of `then`\n\nDo not run the step (the default when the condition is false). A skipped step counts as successful.\n\nOther values: `Abort`, `Execute`');
  });

  test('an expression that cannot be resolved says why', () => {
    assert.equal(hoverAt('test.Later'), "**`{{ test.Later.outputs.stdout }}`** — Cannot be resolved here: Phase 'test' has no step named 'Later'.");
  });

  test('nothing on plain text', () => {
    assert.equal(hoverAt('/tmp/a', 3), null);
  });
});

describe('component hover on names where they are defined', () => {
  const doc = "schemaVersion: 1.0\nparameters:\n  - Greeting:\n      type: string\n      default: hi\nphases:\n  - name: build\n    steps:\n      - name: Say\n        action: ExecuteBash\n        inputs:\n          commands: ['echo {{ Greeting }}']\n";
  test('a parameter', () => {
    assert.equal(hoverText(doc.replace('- Greeting', `- Gree${CURSOR}ting`)), '**Greeting** — parameter (defined on line 3)\n\nDefault: `hi`\n\nUse it as `{{ Greeting }}`.');
  });
  test('a step', () => {
    assert.equal(hoverText(doc.replace('name: Say', `name: S${CURSOR}ay`)), '**Say** — step 1 of phase build · ExecuteBash\n\nLater steps read its output with `{{ build.Say.outputs.stdout }}`.');
  });
});

describe('component hover on a step key that depends on the action', () => {
  test('inputs names what the chosen action takes', () => {
    const doc = `schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Get\n        action: S3Download\n        inp${CURSOR}uts:\n          - source: s3://b/k\n            destination: /tmp/k\n`;
    assert.equal(hoverText(doc)?.split('\n').pop(), 'S3Download takes a list of items, each with `source` (required), `destination` (required), `expectedBucketOwner`, `overwrite`.');
  });
});
