import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SymbolInformation } from 'vscode-languageserver/node';
import { TestClient, waitFor } from '../support/lspClient';
import { HELLO_COMPONENT, recipeJson, tempWorkspace } from './fixtures';

/**
 * Over a real connection: a watched-file event that names a file already gone when the
 * server reads it, as when a file is written and removed before the editor's watcher reports it. The event
 * is sent after the file is removed, so the order is certain. No crash, no stale entry or diagnostic, and
 * no error in the log (a file that is gone is not one).
 */

describe('protocol: a watched file gone before it is read', () => {
  const ws = tempWorkspace({ 'components/hello.yaml': HELLO_COMPONENT, 'recipe.json': recipeJson([['Greting', 'hi']]) });
  const recipeUri = ws.uri('recipe.json');
  let client: TestClient;
  const crossFile = () => (client.diagnostics.filter((p) => p.uri === recipeUri).pop()?.diagnostics ?? [])
    .filter((d) => d.code === 'undefined-parameter' || d.code === 'missing-parameter').length;
  const event = (relative: string, type: 2) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(relative), type }] });

  before(async () => {
    client = TestClient.inProcess();
    await client.initialize({ workspaceFolders: [{ uri: ws.uri(''), name: 'ws' }], capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    await client.open(recipeUri, fs.readFileSync(path.join(ws.root, 'recipe.json'), 'utf8'));
    await waitFor(() => crossFile() === 2, 20_000, 'the recipe checked against the indexed component');
  });
  after(() => {
    client.dispose();
    ws.cleanup();
  });

  test('a "changed" event for a file removed meanwhile drops its entry and the diagnostics it gave', async () => {
    fs.rmSync(path.join(ws.root, 'components/hello.yaml'));
    await event('components/hello.yaml', 2);
    await waitFor(() => crossFile() === 0, 20_000, 'the stale cross-file diagnostics to go');
    assert.deepEqual(await client.request<SymbolInformation[]>('workspace/symbol', { query: 'hello' }), []);
    assert.deepEqual(client.logs.filter((l) => /hello\.yaml|failed/.test(l.message)).map((l) => l.message), []);
  });

});
