import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, Location, TextEdit } from 'vscode-languageserver-types';
import { CURSOR, open, service } from '../support/harness';

const DOC = `schemaVersion: 1.0
parameters:
  - Greeting:
      type: string
      default: hello
phases:
  - name: build
    steps:
      - name: Fetch
        action: WebDownload
        inputs:
          - source: https://example.com/a
            destination: /tmp/a
      - name: "Say"
        action: ExecuteBash
        loop:
          name: items
          forEach: [a, b]
        inputs:
          commands:
            - echo {{ Greeting }} {{ build.Fetch.inputs[0].destination }} {{ items.value }}
            - echo '{{ Greeting }}' {{ build.Fetch.outputs.destination }}
  - name: validate
    steps:
      - name: Check
        action: ExecuteBash
        inputs:
          commands:
            - test -f {{ build.Fetch.outputs.destination }}
`;

/** `line:col-col` (1-based) of a location or edit range. */
function where(range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.character + 1}`;
}

function cursorAt(marker: string, nth = 0, shift = 1): string {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = DOC.indexOf(marker, index + 1);
  return DOC.slice(0, index + shift) + CURSOR + DOC.slice(index + shift);
}

function definition(text: string): string[] {
  const { analysis, document, offset } = open(text);
  return service().findDefinition(analysis, document.positionAt(offset)).map((l: Location) => where(l.range));
}

function references(text: string, includeDeclaration = true): string[] {
  const { analysis, document, offset } = open(text);
  return service().findReferences(analysis, document.positionAt(offset), includeDeclaration).map((l: Location) => where(l.range));
}

function renamed(text: string, newName: string): string {
  const { analysis, document, offset } = open(text);
  const result = service().doRename(analysis, document.positionAt(offset), newName);
  if (!result || 'error' in result) return `error: ${result ? result.error : 'null'}`;
  const edits = result.changes?.[document.uri] ?? [];
  return TextDocument.applyEdits(document, edits as TextEdit[]);
}

describe('navigation', () => {
  test('definition of a parameter, a step and a loop from a reference', () => {
    assert.deepEqual(definition(cursorAt('Greeting }}')), ['3:5-13']);
    assert.deepEqual(definition(cursorAt('Fetch.inputs')), ['9:15-20']);
    assert.deepEqual(definition(cursorAt('items.value')), ['17:17-22']);
    assert.deepEqual(definition(cursorAt('build.Fetch')), ['7:11-16']);
  });

  test('definition of a chained part: an input goes to its key in the step, an output to the step that produces it', () => {
    assert.deepEqual(definition(cursorAt('[0].destination', 0, 6)), ['13:13-24']);
    assert.deepEqual(definition(cursorAt('outputs.destination', 0, 10)), ['9:15-20']);
    assert.deepEqual(definition(cursorAt('outputs.destination', 0, 3)), ['9:15-20'], 'on the word outputs');
    assert.deepEqual(references(cursorAt('outputs.destination', 0, 10)), [], 'a part is not a symbol: no references');
  });

  test('references of a step, from its definition and from a reference', () => {
    const expected = ['9:15-20', '21:44-49', '22:46-51', '29:32-37'];
    assert.deepEqual(references(cursorAt('name: Fetch', 0, 7)), expected);
    assert.deepEqual(references(cursorAt('Fetch.outputs', 1)), expected);
    assert.deepEqual(references(cursorAt('name: Fetch', 0, 7), false), expected.slice(1));
  });

  test('references of a parameter across quoted and plain scalars', () => {
    assert.deepEqual(references(cursorAt('- Greeting', 0, 3)), ['3:5-13', '21:23-31', '22:24-32']);
  });

  test('rename a parameter, a quoted step name and a loop everywhere', () => {
    const parameter = renamed(cursorAt('- Greeting', 0, 3), 'Salute');
    assert.equal((parameter.match(/Salute/g) ?? []).length, 3);
    assert.ok(!parameter.includes('Greeting'));
    const step = renamed(cursorAt('"Say"', 0, 2), 'Speak');
    assert.ok(step.includes('- name: "Speak"'));
    const download = renamed(cursorAt('Fetch.outputs', 1), 'Download');
    assert.equal((download.match(/Download/g) ?? []).length, 5);
    const loop = renamed(cursorAt('items.value'), 'files');
    assert.ok(loop.includes('name: files') && loop.includes('{{ files.value }}'));
  });

  test('rename refuses bad or taken names and phases', () => {
    assert.equal(renamed(cursorAt('- Greeting', 0, 3), 'ab'), "error: 'ab' is not a valid name: use 3 to 128 letters, digits, '-' or '_'.");
    assert.equal(renamed(cursorAt('name: Fetch', 0, 7), 'Say'), "error: Phase 'build' already has a step 'Say'.");
    assert.equal(renamed(cursorAt('name: Fetch', 0, 7), 'a.b'), "error: 'a.b' cannot be used in chaining references: use letters, digits, '-' or '_'.");
    const { analysis, document, offset } = open(cursorAt('name: build', 0, 7));
    assert.equal(service().prepareRename(analysis, document.positionAt(offset)), null);
  });

  test('prepareRename gives the name without quotes', () => {
    const { analysis, document, offset } = open(cursorAt('"Say"', 0, 2));
    const range = service().prepareRename(analysis, document.positionAt(offset));
    assert.equal(range && where(range), '14:16-19');
  });

  test('document symbols: parameters, phases with their steps and actions', () => {
    const { analysis } = open(DOC);
    const outline = (symbols: DocumentSymbol[], depth = 0): string[] =>
      symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''}`, ...outline(s.children ?? [], depth + 1)]);
    assert.deepEqual(outline(service().findDocumentSymbols(analysis)), [
      'parameters', '  Greeting', 'build (build stage)', '  Fetch (WebDownload)', '  Say (ExecuteBash)', 'validate (build stage)', '  Check (ExecuteBash)',
    ]);
  });

  test('folding: parameters, phases, steps, inputs', () => {
    const { analysis } = open(DOC);
    const ranges = service().getFoldingRanges(analysis).map((r) => `${r.startLine + 1}-${r.endLine + 1}`);
    for (const expected of ['2-5', '6-29', '7-22', '9-13', '11-13', '14-22', '23-29']) assert.ok(ranges.includes(expected), `${expected} in ${ranges.join(' ')}`);
  });
});
