import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextEdit } from 'vscode-languageserver-types';
import { diagnosticsText, open, service } from '../support/harness';

const step = (body: string, head = '') => `${head}schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: First\n        action: ExecuteBinary\n        inputs:\n          path: /usr/bin/env\n      - name: A\n${body}`;

/** Applies the preferred fix of the first diagnostic with `code`; returns the new text. */
function fix(text: string, code: string): { title: string; text: string } {
  const { analysis, document } = open(text);
  const diagnostics = service().doValidation(analysis).filter((d) => d.code === code);
  assert.ok(diagnostics.length > 0, `no ${code} diagnostic`);
  const actions = service().getCodeActions(analysis, diagnostics[0].range, [diagnostics[0]]);
  const action = actions.find((a) => a.isPreferred) ?? actions[0];
  assert.ok(action?.edit?.changes, `no fix for ${code}`);
  return { title: action.title, text: TextDocument.applyEdits(document, action.edit.changes[document.uri] as TextEdit[]) };
}

const CASES: ReadonlyArray<[string, string, string, string]> = [
  ['unquoted-expression', step('        action: ExecuteBinary\n        inputs:\n          path: {{ build.First.outputs.stdout }}/bin # run it\n'), 'Quote the value', "path: '{{ build.First.outputs.stdout }}/bin' # run it"],
  ['unquoted-expression', step("        action: ExecuteBinary\n        inputs:\n          path: {{ build.First.outputs.stdout }}/it's\n"), 'Quote the value', 'path: "{{ build.First.outputs.stdout }}/it\'s"'],
  // A trailing comment holding ': ' makes the parser's mapping run past it; the comment stays a comment.
  ['unquoted-expression', step('        action: ExecuteBinary\n        inputs:\n          path: {{ build.First.outputs.stdout }}.bak # note: the tarball\n'), 'Quote the value', "path: '{{ build.First.outputs.stdout }}.bak' # note: the tarball"],
  ['unquoted-expression', step('        action: ExecuteBinary\n        inputs:\n          path: {{ build.First.outputs.stdout }}   # note: the tarball\n'), 'Quote the value', "path: '{{ build.First.outputs.stdout }}'   # note: the tarball"],
  ['unquoted-expression', step('        action: ExecuteBinary\n        inputs:\n          path: /bin/env\n          arguments:\n            - {{ build.First.outputs.stdout }}\n'), 'Quote the value', "- '{{ build.First.outputs.stdout }}'"],
  ['invalid-type', step('        action: ExecuteBash\n        inputs:\n          commands:\n            - echo result: ok\n'), 'Quote the line', "- 'echo result: ok'"],
  ['unknown-action', step('        action: ExecuteBsh\n        inputs:\n          commands: [x]\n'), "Change to 'ExecuteBash'", 'action: ExecuteBash'],
  ['unknown-action', step("        action: 'executebinary'\n        inputs:\n          path: /x\n"), "Change to 'ExecuteBinary'", "action: 'ExecuteBinary'"],
  ['unknown-property', step('        action: ExecuteBinary\n        timeoutSecond: 5\n        inputs:\n          path: /x\n'), "Change to 'timeoutSeconds'", 'timeoutSeconds: 5'],
  ['unknown-property', step('        action: ExecuteBinary\n        inputs:\n          pth: /x\n'), "Change to 'path'", 'path: /x'],
  ['invalid-value', step('        action: ExecuteBinary\n        onFailure: continue\n        inputs:\n          path: /x\n'), "Change to 'Continue'", 'onFailure: Continue'],
  ['unknown-phase', step('        action: ExecuteBinary\n        inputs:\n          path: /x\n').replace('name: build', 'name: buld'), "Change to 'build'", 'name: build'],
  ['undefined-reference', step("        action: ExecuteBinary\n        inputs:\n          path: '{{ Tol }}'\n", 'parameters:\n  - Tool:\n      type: string\n'), "Change to 'Tool'", "path: '{{ Tool }}'"],
  ['undefined-reference', step("        action: ExecuteBinary\n        inputs:\n          path: '{{ build.Frist.outputs.stdout }}'\n"), "Change to 'First'", "path: '{{ build.First.outputs.stdout }}'"],
  ['invalid-reference', step("        action: ExecuteBinary\n        inputs:\n          path: '{{ build.First.outputs.stdot }}'\n"), "Change to 'stdout'", "path: '{{ build.First.outputs.stdout }}'"],
  ['unknown-property', step('        action: ExecuteBinary\n        if:\n          fileexists: /x\n        inputs:\n          path: /x\n'), "Change to 'fileExists'", 'fileExists: /x'],
];

describe('component quick fixes', () => {
  for (const [code, text, title, expected] of CASES) {
    test(`${code}: ${title}`, () => {
      const result = fix(text, code);
      assert.equal(result.title, title);
      assert.ok(result.text.includes(expected), result.text);
      assert.deepEqual(diagnosticsText(result.text), []);
    });
  }
});

test('unquoted-expression: the message quotes the value without its trailing comment', () => {
  const text = step('        action: ExecuteBinary\n        inputs:\n          path: {{ build.First.outputs.stdout }}.bak # note: the tarball\n');
  const [line] = diagnosticsText(text).filter((d) => d.includes('unquoted-expression'));
  assert.ok(line, 'an unquoted-expression diagnostic');
  assert.ok(!line.includes('#') && !line.includes('tarball'), line);
  assert.match(line, /Write '\{\{ build\.First\.outputs\.stdout \}\}\.bak'/);
});
