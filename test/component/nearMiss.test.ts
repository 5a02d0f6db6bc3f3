import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '../support/paths';
import { diagnosticsText, open } from '../support/harness';

/** Component documents with `phases` misspelt or bare are found by their strongest evidence and reported. */
const STEPS = '    steps:\n      - name: Hello\n        action: ExecuteBsh\n        inputs:\n          commands:\n            - echo hello\n';

describe('near misses of a component document', () => {
  for (const [name, text] of [
    ['phase: for phases:', `schemaVersion: 1.0\nphase:\n  - name: build\n${STEPS}`],
    ['Phases:', `schemaVersion: 1.0\nPhases:\n  - name: build\n${STEPS}`],
    ['phase: without schemaVersion', `name: hello\nphase:\n  - name: build\n${STEPS}`],
  ] as const) {
    test(`${name}: a component document, with unknown-property (did you mean 'phases')`, () => {
      const { analysis } = open(text, { name: 'hello.yaml' });
      assert.equal(analysis.detection.kind?.id, 'component-document');
      assert.match(diagnosticsText(text, { name: 'hello.yaml' }).join('\n'), /unknown-property \[(phase|Phases)\] .*Did you mean 'phases'\?/);
      assert.doesNotMatch(diagnosticsText(text, { name: 'hello.yaml' }).join('\n'), /missing-property .*'phases'/, 'one problem, one diagnostic: not also "phases is missing"');
    });
  }

  test('phases: without schemaVersion or name: a component (steps with an action), whose action is checked', () => {
    const text = `phases:\n  - name: build\n${STEPS}`;
    assert.equal(open(text, { name: 'hello.yaml' }).analysis.detection.kind?.id, 'component-document');
    assert.match(diagnosticsText(text, { name: 'hello.yaml' }).join('\n'), /unknown-action \[ExecuteBsh\]/);
  });

  test('schemaVersion and a phases-like key with nothing under it yet', () => {
    assert.equal(open('schemaVersion: 1.0\nphase:\n', { name: 'hello.yaml' }).analysis.detection.kind?.id, 'component-document');
  });

  test('what is not a component stays silent', () => {
    for (const text of [
      'version: 0.2\nphases:\n  install:\n    commands:\n      - npm ci\n', // a CodeBuild buildspec
      'jobs:\n  build:\n    steps:\n      - uses: actions/checkout@v4\n', // a GitHub workflow
      '- hosts: all\n  tasks:\n    - name: x\n      apt: { name: nginx }\n', // an Ansible playbook
      'stages:\n  - name: build\n    steps:\n      - script: make\n',
    ]) {
      assert.equal(open(text, { name: 'x.yaml' }).analysis.detection.kind, undefined, text);
      assert.deepEqual(diagnosticsText(text, { name: 'x.yaml' }), [], text);
    }
  });
});

test('did you mean: a key that is the start of one (instanceProfile → instanceProfileName)', () => {
  const text = '{"name": "build-infra", "instanceTypes": ["m5.large"], "instanceProfile": "q"}';
  assert.match(diagnosticsText(text, { name: 'infra.json' }).join('\n'), /unknown-property \["instanceProfile"\] .*Did you mean 'instanceProfileName'\?/);
});

test('the CLI on a near-miss file: reported, exit status 1 (it was "0 files checked, 1 skipped", exit 0)', () => {
  const file = path.join(repoRoot, 'test', 'e2e', 'fixtures', 'workspace', 'e2e', 'near-miss-component.yaml');
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'imagebuilder-lint.js'), file], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.status, 1, `${run.stdout}${run.stderr}`);
  assert.match(run.stdout, /near-miss-component\.yaml\n {2}3:1 +error +.*Did you mean 'phases'\? +unknown-property$/m);
});
