import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CodeAction, CompletionList, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from '../support/lspClient';

/** The real server over a real stdio connection, as an editor drives it. */
let client: TestClient;
before(async () => {
  client = TestClient.childProcess();
  await client.initialize({ initializationOptions: { settings: { diagnostics: { severity: { 'invalid-format': 'off' } } } } });
});
after(async () => {
  assert.equal(await client.stop(), 0, 'the server exits with 0 after shutdown and exit');
});

const INFRA = 'file:///work/infra.json';
const INFRA_TEXT = '{\n  "name": "build-infra",\n  "instanceProfileName": "p",\n  "placement": {\n    "tenancy": "host",\n    "hostId": "h-1",\n    "hostResourceGroupArn": "arn:aws:resource-groups:us-east-1:123456789012:group/macs"\n  }\n}\n';

test('initialize announces the features', async () => {
  const fresh = TestClient.childProcess();
  const result = (await fresh.initialize()) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
  assert.equal(result.serverInfo.name, 'imagebuilder-language-server');
  for (const capability of ['completionProvider', 'hoverProvider', 'codeActionProvider', 'documentSymbolProvider', 'renameProvider']) {
    assert.ok(result.capabilities[capability], capability);
  }
  assert.equal(await fresh.stop(), 0);
});

test('open → diagnostics with codes; completion, hover and the quick fix over the wire', async () => {
  await client.open(INFRA, INFRA_TEXT, 'json');
  const diagnostics = (await client.published(INFRA, (p) => p.version === 1)).diagnostics;
  assert.deepEqual(diagnostics.map((d) => [d.code, d.source, d.range.start.line]), [
    ['placement-target-conflict', 'imagebuilder', 6],
  ]);
  assert.equal(diagnostics[0].relatedInformation?.[0]?.location.range.start.line, 5, 'related: the other target');

  const completion = await client.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: INFRA }, position: { line: 4, character: 16 } });
  assert.deepEqual(completion.items.map((i) => i.label), ['default', 'dedicated', 'host']);

  const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: INFRA }, position: { line: 5, character: 7 } });
  assert.match((hover.contents as MarkupContent).value, /^\*\*hostId\*\*/);

  const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: INFRA }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] },
  });
  const remove = actions.find((a) => a.title === "Remove 'hostResourceGroupArn'");
  assert.ok(remove, actions.map((a) => a.title).join(', '));
  const edits: TextEdit[] = remove.edit?.changes?.[INFRA] ?? [];
  const fixed = TextDocument.applyEdits(TextDocument.create(INFRA, 'json', 1, INFRA_TEXT), edits);
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: INFRA, version: 2 }, contentChanges: [{ text: fixed }] });
  assert.deepEqual((await client.published(INFRA, (p) => p.version === 2)).diagnostics, [], 'the error goes once the fix is applied');
});

test('the kind requests: documentKind, listKinds, setDocumentKind', async () => {
  const uri = 'file:///work/notes.yaml';
  await client.open(uri, 'name: x\n', 'yaml');
  assert.deepEqual((await client.published(uri, (p) => p.version === 1)).diagnostics, []);
  const before = await client.connection.sendRequest<{ kind: string | null }>('imagebuilder/documentKind', { uri });
  assert.equal(before.kind, null);
  const kinds = await client.connection.sendRequest<Array<{ kind: string }>>('imagebuilder/listKinds');
  assert.ok(kinds.some((k) => k.kind === 'create-infrastructure-configuration'));
  await client.connection.sendNotification('imagebuilder/setDocumentKind', { uri, kind: 'create-infrastructure-configuration' });
  const after = await client.connection.sendRequest<{ kind: string | null; source: string }>('imagebuilder/documentKind', { uri });
  assert.deepEqual([after.kind, after.source], ['create-infrastructure-configuration', 'override']);
});

test('an unrelated YAML file gets an empty diagnostics list, and requests on unknown documents answer empty', async () => {
  const uri = 'file:///work/.github/workflows/ci.yml';
  await client.open(uri, 'name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n', 'yaml');
  assert.deepEqual((await client.published(uri, (p) => p.version === 1)).diagnostics, []);
  const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///never-opened.json' }, position: { line: 99, character: 0 } });
  assert.equal(hover, null);
});
