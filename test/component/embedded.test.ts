import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { InsertTextFormat, TextEdit } from 'vscode-languageserver-types';
import { CURSOR, completions, diagnosticsText, hoverText, insertText, open, service } from '../support/harness';

const COMPONENT = [
  'schemaVersion: 1.0',
  'phases:',
  '  - name: build',
  '    steps:',
  '      - name: Say',
  '        action: ExecuteBsh',
  '        inputs:',
  '          commands:',
  '            - echo "hi" {{ Nope }}',
].join('\n');

const request = (data: string, platform = 'Linux', extra = {}) => JSON.stringify({ name: 'my-component', semanticVersion: '1.0.0', platform, data, ...extra }, null, 2);
const JSON_OPTIONS = { languageId: 'json' as const };

describe('a component document in a create-component data string (JSON)', () => {
  test('problems are reported at their place in the JSON string, escapes included', () => {
    // Line 5 of the JSON holds the whole data string; `\"hi\"` shifts the columns after it by two.
    assert.deepEqual(diagnosticsText(request(COMPONENT), JSON_OPTIONS), [
      "5:105 error unknown-action [ExecuteBsh] 'ExecuteBsh' is not an AWSTOE action module. Did you mean 'ExecuteBash'?",
      "5:184 error undefined-reference [Nope] 'Nope' is not a parameter or constant of this document.",
    ]);
    const text = request(COMPONENT);
    const line = text.split('\n')[4];
    assert.equal(line.slice(104, 114), 'ExecuteBsh');
    assert.equal(line.slice(183, 187), 'Nope');
  });

  test('a quick fix is written with the string escapes of the host', () => {
    const data = COMPONENT.replace('ExecuteBsh', 'ExecuteBinary').replace("        inputs:\n          commands:\n            - echo \"hi\" {{ Nope }}", "        inputs:\n          path: {{ env:HOME }}/it's");
    const { analysis, document } = open(request(data), JSON_OPTIONS);
    const [diagnostic] = service().doValidation(analysis);
    assert.equal(diagnostic.code, 'unquoted-expression');
    const [action] = service().getCodeActions(analysis, diagnostic.range, [diagnostic]);
    const edits = action.edit!.changes![document.uri] as TextEdit[];
    assert.equal(edits[0].newText, '\\"{{ env:HOME }}/it\'s\\"');
    const fixed = TextDocument.applyEdits(document, edits);
    assert.deepEqual(diagnosticsText(fixed, JSON_OPTIONS), []);
    assert.equal(JSON.parse(fixed).data.split('\n').pop(), '          path: "{{ env:HOME }}/it\'s"');
  });

  test('completion inside the string: plain text, escaped, ranges in the JSON', () => {
    const text = request(COMPONENT).replace('action: ExecuteBsh', `action: Exec${CURSOR}uteBsh`);
    const items = completions(text, JSON_OPTIONS);
    const bash = items.find((i) => i.label === 'ExecuteBash')!;
    assert.equal(bash.insertTextFormat, InsertTextFormat.PlainText);
    const edit = bash.textEdit as TextEdit;
    assert.deepEqual([edit.range.start.line, edit.range.start.character, edit.range.end.character], [4, 104, 114]);
    // JSON escapes the marker inside the data string (it cannot occur in JSON): put it back as the cursor.
    const keys = completions(request(COMPONENT.replace('ExecuteBsh', 'ExecuteBash').replace('        inputs:', `        ${CURSOR}\n        inputs:`)).replace('\\u0001', CURSOR), JSON_OPTIONS);
    assert.equal(insertText(keys.find((i) => i.label === 'loop')!), 'loop:\\n          forEach:\\n            - ');
  });

  test('hover inside the string, with its range in the JSON', () => {
    const text = request(COMPONENT.replace('ExecuteBsh', 'ExecuteBash')).replace('commands', `comm${CURSOR}ands`);
    assert.equal(hoverText(text, JSON_OPTIONS)?.split('\n')[0], '**commands** · `list of strings` · required — an input of ExecuteBash');
  });

  test("the request's platform is the component's", () => {
    const text = request(COMPONENT.replace('ExecuteBsh', 'ExecuteBash').replace(' {{ Nope }}', ''), 'Windows');
    assert.deepEqual(diagnosticsText(text, JSON_OPTIONS), [
      "5:105 error action-platform [ExecuteBash] ExecuteBash does not run on Windows (it runs on Linux, macOS); this document is for Windows, from the request's platform.",
    ]);
    const { analysis } = open(text, JSON_OPTIONS);
    assert.equal(service().describeKind(analysis).platform, 'Windows');
  });

  test('rename inside the string', () => {
    const data = COMPONENT.replace('ExecuteBsh', 'ExecuteBash').replace('{{ Nope }}', '{{ build.Say.outputs.stdout }}').replace('      - name: Say', '      - name: First\n        action: ExecuteBash\n        inputs:\n          commands: [x]\n      - name: Say').replace('build.Say', 'build.First');
    const text = request(data).replace('name: First', `name: Fi${CURSOR}rst`);
    const { analysis, document, offset } = open(text, JSON_OPTIONS);
    const result = service().doRename(analysis, document.positionAt(offset), 'Start');
    assert.ok(result && !('error' in result));
    const renamed = TextDocument.applyEdits(document, result.changes![document.uri] as TextEdit[]);
    assert.equal((JSON.parse(renamed).data.match(/Start/g) ?? []).length, 2);
  });

  test('an import-component shell script is not a component document', () => {
    const text = request('#!/bin/bash\necho {{ whatever }}\n', 'Linux', { format: 'SHELL', type: 'BUILD' });
    const { analysis } = open(text, JSON_OPTIONS);
    assert.equal(analysis.detection.kind?.id, 'import-component');
    assert.deepEqual(diagnosticsText(text, JSON_OPTIONS).filter((d) => !d.includes('-property') && !d.includes('invalid-')), []);
  });
});

describe('a component document in a create-component data block (YAML)', () => {
  const yaml = `name: my-component\nsemanticVersion: 1.0.0\nplatform: Linux\ndata: |\n${COMPONENT.split('\n').map((l) => `  ${l}`).join('\n')}\n`;

  test('problems at their line and column in the block', () => {
    assert.deepEqual(diagnosticsText(yaml).filter((d) => !d.includes('-property')), [
      "10:19 error unknown-action [ExecuteBsh] 'ExecuteBsh' is not an AWSTOE action module. Did you mean 'ExecuteBash'?",
      "13:30 error undefined-reference [Nope] 'Nope' is not a parameter or constant of this document.",
    ]);
  });

  test('completion keeps snippets (the editor indents them)', () => {
    const items = completions(yaml.replace('        inputs:', `        ${CURSOR}\n          inputs:`).replace('ExecuteBsh', 'ExecuteBash'));
    const loop = items.find((i) => i.label === 'loop')!;
    assert.equal(loop.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(insertText(loop), 'loop:\n  forEach:\n    - $1');
  });

  test('a fix that inserts a line is written with the block indentation', () => {
    const text = yaml.replace('        - name: Say\n          action: ExecuteBsh', '        - action: ExecuteBash');
    const { analysis, document } = open(text);
    const missing = service().doValidation(analysis).find((d) => d.code === 'missing-property' && d.message.includes("'name'"))!;
    const [action] = service().getCodeActions(analysis, missing.range, [missing]);
    const fixed = TextDocument.applyEdits(document, action.edit!.changes![document.uri] as TextEdit[]);
    assert.ok(fixed.includes("        - name: ''\n          action: ExecuteBash"), fixed);
    assert.deepEqual(diagnosticsText(fixed).filter((d) => !d.includes('undefined-reference')), []);
  });

  test('document symbols of the embedded component', () => {
    const { analysis } = open(yaml);
    const symbols = service().findDocumentSymbols(analysis);
    assert.deepEqual(symbols.map((s) => `${s.name}:${s.range.start.line + 1}`), ['build:7']);
    assert.deepEqual(symbols[0].children?.map((s) => `${s.name}:${s.selectionRange.start.line + 1}`), ['Say:9']);
  });
});
