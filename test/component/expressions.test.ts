import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CURSOR, completionLabels, completions, diagnosticsText, hoverText, insertText } from '../support/harness';

/** A document using every expression form; `@@` is replaced by the text under test (in the Use step's commands). */
const DOC = `schemaVersion: 1.0
parameters:
  - Greeting:
      type: string
      default: hello
      description: What to say.
constants:
  - Port:
      type: string
      value: 8080
phases:
  - name: build
    steps:
      - name: Read
        action: ReadFile
        inputs:
          - path: /etc/hostname
      - name: List
        action: ListFiles
        inputs:
          - path: /tmp
      - name: Fetch
        action: WebDownload
        inputs:
          - source: https://example.com/a
            destination: /tmp/a
      - name: Run
        action: ExecuteBinary
        inputs:
          path: /usr/bin/env
      - name: Use
        action: ExecuteBash
        loop:
          name: items
          forEach: [a, b]
        inputs:
          commands:
            - echo @@
  - name: test
    steps:
      - name: Probe
        action: ExecuteBash
        inputs:
          commands:
            - echo ##
`;

const at = (text: string, probe = '') => DOC.replace('@@', text).replace('##', probe);

/** [expression, first line of its hover]; each is valid where it stands. */
const FORMS: ReadonlyArray<[string, string]> = [
  ['{{ Greeting }}', '**`{{ Greeting }}`** — parameter (defined on line 3)'],
  ['{{ Port }}', '**`{{ Port }}`** — constant (defined on line 8)'],
  ['{{ loop.index }}', "**`{{ loop.index }}`** — the zero-based number of the current iteration of the loop 'items' of step 'Use' (line 33)."],
  ['{{ loop.value }}', "**`{{ loop.value }}`** — the value of the current iteration of the loop 'items' of step 'Use' (line 33)."],
  ['{{ items.index }}', "**`{{ items.index }}`** — the zero-based number of the current iteration of the loop 'items' of step 'Use' (line 33)."],
  ['{{ items.value }}', "**`{{ items.value }}`** — the value of the current iteration of the loop 'items' of step 'Use' (line 33)."],
  ['{{ build.Run.inputs.path }}', "**`{{ build.Run.inputs.path }}`** — input `path` of step 'Run' (ExecuteBinary) of phase build, line 27."],
  ['{{ build.Fetch.inputs[0].destination }}', "**`{{ build.Fetch.inputs[0].destination }}`** — input `destination` of item 0 of step 'Fetch' (WebDownload) of phase build, line 22."],
  ['{{ build.Run.outputs.stdout }}', "**`{{ build.Run.outputs.stdout }}`** — output `stdout` of step 'Run' (ExecuteBinary) of phase build, line 27."],
  ['{{ build.Read.outputs.content }}', "**`{{ build.Read.outputs.content }}`** — output `content` of step 'Read' (ReadFile) of phase build, line 14."],
  ['{{ build.List.outputs.files }}', "**`{{ build.List.outputs.files }}`** — output `files` of step 'List' (ListFiles) of phase build, line 18."],
  ['{{ build.Fetch.outputs.destination }}', "**`{{ build.Fetch.outputs.destination }}`** — output `destination` of step 'Fetch' (WebDownload) of phase build, line 22."],
  ['{{ aws:ssm:/app/setting }}', '**`{{ aws:ssm:/app/setting }}`** — resolved by AWSTOE when the step runs (`aws:ssm:`).'],
  ['{{ aws:imds:instance-id }}', '**`{{ aws:imds:instance-id }}`** — resolved by AWSTOE when the step runs (`aws:imds:`).'],
  ['{{ env:IMAGE_VERSION }}', '**`{{ env:IMAGE_VERSION }}`** — resolved by AWSTOE when the step runs (`env:`).'],
  ['{{ context:region }}', '**`{{ context:region }}`** — resolved by AWSTOE when the step runs (`context:`).'],
];

describe('expressions', () => {
  test('the fixture is valid', () => {
    assert.deepEqual(diagnosticsText(at('hi')), []);
  });
  for (const [expression, hover] of FORMS) {
    test(`${expression}: valid, with hover`, () => {
      assert.deepEqual(diagnosticsText(at(expression)), []);
      const cursor = expression.replace('{{ ', `{{ ${CURSOR}`);
      assert.equal(hoverText(at(cursor))?.split('\n')[0], hover);
    });
  }
  test('a Go template in a script is not ours: no diagnostic, no hover', () => {
    assert.deepEqual(diagnosticsText(at("docker inspect --format '{{ .Config.Image }}' x")), []);
    assert.equal(hoverText(at(`'{{ .Con${CURSOR}fig }}'`)), null);
  });
});

describe('completion inside {{ }}', () => {
  const cases: ReadonlyArray<[string, string, readonly string[]]> = [
    ['first level in a looping step', `{{ ${CURSOR}`, ['Greeting', 'Port', 'build', 'items', 'loop', 'aws:imds:', 'aws:ssm:', 'context:', 'env:']],
    ['the earlier steps of a phase', `{{ build.${CURSOR}`, ['Read', 'List', 'Fetch', 'Run']],
    ['inputs and outputs of a list step', `{{ build.Read.${CURSOR}`, ['inputs[0]', 'outputs']],
    ['no outputs for a module that gives none', `{{ build.Run.${CURSOR}`, ['inputs', 'outputs']],
    ['the outputs of a step', `{{ build.Read.outputs.${CURSOR}`, ['content']],
    ['the inputs a step was given', `{{ build.Fetch.inputs[0].${CURSOR} }}`, ['destination', 'source']],
    ['loop variables', `{{ loop.${CURSOR}`, ['index', 'value']],
    ['named loop variables', `{{ items.${CURSOR}`, ['index', 'value']],
    ['context variables', `{{ context:${CURSOR}`, ['accountId', 'date', 'dateTime', 'executionId', 'hostname', 'osName', 'osPlatform', 'osVersion', 'phase', 'region', 'step', 'uuid']],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => {
      assert.deepEqual(completionLabels(at(text)).sort(), [...expected].sort());
    });
  }
  test('the test stage sees no build-stage step and no loop', () => {
    assert.deepEqual(completionLabels(at('x', `{{ ${CURSOR}`)), ['Greeting', 'Port', 'aws:imds:', 'aws:ssm:', 'context:', 'env:']);
  });
  test('a complete reference closes the braces; a phase asks for more', () => {
    const items = completions(at(`{{ Gr${CURSOR}`));
    assert.equal(insertText(items.find((i) => i.label === 'Greeting')!), 'Greeting }}');
    assert.equal(insertText(items.find((i) => i.label === 'build')!), 'build.');
    const closed = completions(at(`{{ Gr${CURSOR} }}`));
    assert.equal(insertText(closed.find((i) => i.label === 'Greeting')!), 'Greeting');
  });
});
