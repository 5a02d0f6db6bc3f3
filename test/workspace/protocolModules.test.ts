import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Location, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { TestClient, waitFor } from '../support/lspClient';
import { component, recipe, REF } from '../terraform/parameterCases';
import { tempWorkspace } from './fixtures';

/**
 * Over a real connection, a Terraform module on disk: recipes.tf (open) names the component resource
 * components.tf declares. The recipe's diagnostics follow components.tf as it is edited on disk, opened
 * and typed in, closed, and deleted; go to definition crosses the files.
 */

const COMPONENTS = component();
const RECIPES = recipe(REF, ['"Greting"']);
const BOTH = ["missing-parameter 'Greeting'", "undefined-parameter 'Greting'"];

describe('protocol: a Terraform module across its files', () => {
  const ws = tempWorkspace({ 'mod/components.tf': COMPONENTS, 'mod/recipes.tf': RECIPES });
  const recipesUri = ws.uri('mod/recipes.tf');
  const componentsUri = ws.uri('mod/components.tf');
  let client: TestClient;

  const crossFile = (): string[] => (client.diagnostics.filter((p: PublishDiagnosticsParams) => p.uri === recipesUri).pop()?.diagnostics ?? [])
    .filter((d) => d.code === 'undefined-parameter' || d.code === 'missing-parameter').map((d) => `${d.code} ${d.message.match(/'([^']+)'/g)?.[1] ?? ''}`).sort();
  const expectCrossFile = async (expected: string[], what: string) => {
    await waitFor(() => JSON.stringify(crossFile()) === JSON.stringify(expected), 20_000, `${what}: ${JSON.stringify(expected)} (last: ${JSON.stringify(crossFile())})`);
  };
  const fileEvent = (type: 1 | 2 | 3) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: componentsUri, type }] });

  before(async () => {
    client = TestClient.inProcess();
    await client.initialize({ workspaceFolders: [{ uri: ws.uri(''), name: 'ws' }], capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    await client.open(recipesUri, RECIPES, 'terraform');
  });
  after(() => {
    client.dispose();
    ws.cleanup();
  });

  test('the recipe is checked against the other file\'s component resource; definition goes there', async () => {
    await expectCrossFile(BOTH, 'indexed');
    const line = RECIPES.split('\n').findIndex((l) => l.includes(REF));
    const character = RECIPES.split('\n')[line].indexOf(REF) + 3;
    const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: recipesUri }, position: { line, character } });
    assert.deepEqual(locations.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}:${l.range.start.character}`), ['components.tf:0:39']);
  });

  test('an edit of the component on disk is seen through the watcher', async () => {
    ws.write('mod/components.tf', COMPONENTS.replace(/Greeting/g, 'Greting'));
    await fileEvent(2);
    await expectCrossFile([], 'renamed on disk');
    ws.write('mod/components.tf', COMPONENTS);
    await fileEvent(2);
    await expectCrossFile(BOTH, 'restored on disk');
  });

  test('the open component document wins over its file, as it is typed in, until it is closed', async () => {
    await client.open(componentsUri, COMPONENTS.replace(/Greeting/g, 'OnlyOpen'), 'terraform');
    await expectCrossFile(["missing-parameter 'OnlyOpen'", "undefined-parameter 'Greting'"], 'opened');
    await client.change(componentsUri, [{ text: COMPONENTS.replace(/Greeting/g, 'Greting') }]);
    await expectCrossFile([], 'typed');
    await client.close(componentsUri);
    await expectCrossFile(BOTH, 'closed');
  });

  test('a deleted component file leaves no stale diagnostic', async () => {
    fs.rmSync(path.join(ws.root, 'mod', 'components.tf'));
    await fileEvent(3);
    await expectCrossFile([], 'deleted');
  });
});
