import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CompletionList, Hover, Location, MarkupContent, WorkspaceEdit } from 'vscode-languageserver-types';
import { TestClient } from '../support/lspClient';

/** A component document through the real server over stdio. */
let client: TestClient;
before(async () => {
  client = TestClient.childProcess();
  await client.initialize();
});
after(async () => {
  assert.equal(await client.stop(), 0);
});

const URI = 'file:///work/component.yaml';
const TEXT = [
  'schemaVersion: 1.0',
  'parameters:',
  '  - Greeting:',
  '      type: string',
  '      default: hi',
  'phases:',
  '  - name: build',
  '    steps:',
  '      - name: Say',
  '        action: ExecuteBsh',
  '        inputs:',
  '          commands:',
  '            - echo {{ Greeting }} {{ ',
  '',
].join('\n');

test('a component document over the wire: diagnostics, completion in {{ }}, hover, definition, rename', async () => {
  await client.open(URI, TEXT, 'yaml');
  const diagnostics = (await client.published(URI, (p) => p.version === 1)).diagnostics;
  assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['unknown-action', 9]]);

  const completion = await client.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: URI }, position: { line: 12, character: 37 } });
  assert.ok(completion.items.some((i) => i.label === 'Greeting'), completion.items.map((i) => i.label).join(','));

  const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 12, character: 23 } });
  assert.match((hover.contents as MarkupContent).value, /parameter \(defined on line 3\)/);

  const definition = await client.connection.sendRequest<Location[]>('textDocument/definition', { textDocument: { uri: URI }, position: { line: 12, character: 23 } });
  assert.deepEqual(definition.map((l) => [l.range.start.line, l.range.start.character]), [[2, 4]]);

  const rename = await client.connection.sendRequest<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: URI }, position: { line: 2, character: 6 }, newName: 'Salute' });
  assert.equal(rename.changes?.[URI]?.length, 2);
});
