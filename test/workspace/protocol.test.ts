import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Location, PublishDiagnosticsParams, SymbolInformation } from 'vscode-languageserver/node';
import { TestClient, waitFor } from '../support/lspClient';
import { HELLO_COMPONENT, recipeJson, tempWorkspace } from './fixtures';

/** The workspace index over a real connection, with a temporary workspace on disk. */

const UNNAMED = HELLO_COMPONENT.replace('name: hello-world\n', '');
const RECIPE = recipeJson([['Greting', 'hi']]);

describe('protocol: the workspace index', () => {
  const ws = tempWorkspace({
    'components/hello-world.yaml': UNNAMED,
    'recipes/recipe.json': RECIPE,
    'node_modules/dep/hello-world.yaml': UNNAMED.replace('Greeting', 'FromNodeModules'),
    'ignored/hello-world.yaml': UNNAMED.replace('Greeting', 'FromIgnored'),
    '.gitignore': 'ignored/\n',
    'binary.json': Buffer.from([0x7b, 0x00, 0x01, 0x02, 0xff]),
  });
  const outside = tempWorkspace({ 'hello-world.yaml': UNNAMED.replace('Greeting', 'FromOutside') });
  fs.symlinkSync(outside.root, path.join(ws.root, 'link-out'));
  fs.symlinkSync('.', path.join(ws.root, 'components', 'loop'));
  const recipeUri = ws.uri('recipes/recipe.json');
  const progress: Array<{ token: unknown; value: { kind: string } }> = [];
  let client: TestClient;

  const latest = (): PublishDiagnosticsParams | undefined => client.diagnostics.filter((p) => p.uri === recipeUri).pop();
  const crossFile = (): string[] => (latest()?.diagnostics ?? []).filter((d) => d.code === 'undefined-parameter' || d.code === 'missing-parameter').map((d) => `${d.code} ${d.message.match(/'([^']+)'/g)?.slice(1, 2).join('') ?? ''}`).sort();
  const expectCrossFile = async (expected: string[], what: string) => {
    await waitFor(() => JSON.stringify(crossFile()) === JSON.stringify(expected), 20_000, `${what}: ${JSON.stringify(expected)} (last: ${JSON.stringify(crossFile())})`);
  };
  const fileEvent = (relative: string, type: 1 | 2 | 3) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(relative), type }] });

  before(async () => {
    client = TestClient.inProcess();
    client.connection.onRequest('window/workDoneProgress/create', () => null);
    client.connection.onNotification('$/progress', (p: { token: unknown; value: { kind: string } }) => progress.push(p));
    await client.initialize({
      workspaceFolders: [{ uri: ws.uri(''), name: 'ws' }],
      capabilities: { window: { workDoneProgress: true }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, symbol: {} } },
    });
    await client.open(recipeUri, RECIPE);
  });
  after(() => {
    client.dispose();
    ws.cleanup();
    outside.cleanup();
  });

  test('the build reports progress and the recipe is checked against the component file', async () => {
    await expectCrossFile(["missing-parameter 'Greeting'", "undefined-parameter 'Greting'"], 'index');
    assert.deepEqual(progress.map((p) => p.value.kind).filter((k, i, all) => all.indexOf(k) === i), ['begin', 'report', 'end'].filter((k) => progress.some((p) => p.value.kind === k)));
    assert.equal(progress[0].value.kind, 'begin');
    assert.equal(progress[progress.length - 1].value.kind, 'end');
  });

  test('node_modules, .gitignore-d folders, links out of the workspace and link loops are not indexed', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
    const parameters = symbols.filter((s) => s.kind === 13).map((s) => s.name).sort();
    assert.deepEqual(parameters, ['Greeting', 'Version']);
    assert.ok(symbols.every((s) => s.location.uri.startsWith(ws.uri('components/hello-world.yaml'))), JSON.stringify(symbols.map((s) => s.location.uri)));
    assert.ok(client.logs.some((l) => /looks binary/.test(l.message)), JSON.stringify(client.logs.map((l) => l.message)));
  });

  test('go to definition from the ARN opens the component file', async () => {
    const line = RECIPE.split('\n').findIndex((l) => l.includes('componentArn'));
    const character = RECIPE.split('\n')[line].indexOf('hello-world');
    const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: recipeUri }, position: { line, character } });
    assert.deepEqual(locations.map((l) => l.uri), [ws.uri('components/hello-world.yaml')]);
  });

  test('an edit on disk is seen through the watcher', async () => {
    ws.write('components/hello-world.yaml', UNNAMED.replace(/Greeting/g, 'Greting'));
    await fileEvent('components/hello-world.yaml', 2);
    await expectCrossFile([], 'edit on disk');
  });

  test('an open document wins over the file on disk, until it is closed', async () => {
    const uri = ws.uri('components/hello-world.yaml');
    await client.open(uri, UNNAMED.replace('Greeting', 'OnlyOpen'));
    await expectCrossFile(["missing-parameter 'OnlyOpen'", "undefined-parameter 'Greting'"], 'open document');
    // Typed in the editor: summarised again once the edits pause.
    await client.change(uri, [{ text: UNNAMED.replace('Greeting', 'Typed') }]);
    await expectCrossFile(["missing-parameter 'Typed'", "undefined-parameter 'Greting'"], 'edited open document');
    await client.close(uri);
    await expectCrossFile([], 'closed document');
  });

  test('a rename away from the name the ARN uses, and back', async () => {
    fs.renameSync(path.join(ws.root, 'components/hello-world.yaml'), path.join(ws.root, 'components/other.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('components/hello-world.yaml'), type: 3 }, { uri: ws.uri('components/other.yaml'), type: 1 }] });
    ws.write('components/hello-world.yaml', UNNAMED);
    await fileEvent('components/hello-world.yaml', 1);
    await expectCrossFile(["missing-parameter 'Greeting'", "undefined-parameter 'Greting'"], 'created again');
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'other' });
    assert.deepEqual(symbols.map((s) => s.name), ['other']);
  });

  test('a deleted file and a deleted folder leave no stale diagnostic', async () => {
    fs.rmSync(path.join(ws.root, 'components/hello-world.yaml'));
    await fileEvent('components/hello-world.yaml', 3);
    await expectCrossFile([], 'deleted');
    ws.write('components/hello-world.yaml', UNNAMED);
    await fileEvent('components/hello-world.yaml', 1);
    await expectCrossFile(["missing-parameter 'Greeting'", "undefined-parameter 'Greting'"], 'recreated');
    fs.rmSync(path.join(ws.root, 'components'), { recursive: true });
    await fileEvent('components', 3);
    await expectCrossFile([], 'folder deleted');
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
    assert.deepEqual(symbols, []);
  });
});

describe('protocol: workspace folders and the size limit', () => {
  const padded = `# ${'x'.repeat(1200)}\n${UNNAMED}`;
  const first = tempWorkspace({ 'recipes/recipe.json': RECIPE });
  const second = tempWorkspace({ 'hello-world.yaml': padded });
  const recipeUri = first.uri('recipes/recipe.json');
  let client: TestClient;
  const crossFile = () => (client.diagnostics.filter((p) => p.uri === recipeUri).pop()?.diagnostics ?? []).filter((d) => d.code === 'undefined-parameter').length;

  before(async () => {
    client = TestClient.inProcess();
    await client.initialize({ workspaceFolders: [{ uri: first.uri(''), name: 'first' }], capabilities: { workspace: { workspaceFolders: true } } });
    await client.open(recipeUri, RECIPE);
    await client.published(recipeUri);
  });
  after(() => {
    client.dispose();
    first.cleanup();
    second.cleanup();
  });

  test('a workspace folder added later is indexed; removed, it is dropped', async () => {
    assert.equal(crossFile(), 0);
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: second.uri(''), name: 'second' }], removed: [] } });
    await waitFor(() => crossFile() === 1, 20_000, 'the component of the added folder');
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { imagebuilder: { maxFileSize: 1000 } } });
    await waitFor(() => crossFile() === 0, 20_000, 'the component over the new size limit to leave the index');
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { imagebuilder: {} } });
    await waitFor(() => crossFile() === 1, 20_000, 'the component back under the default limit');
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: second.uri(''), name: 'second' }] } });
    await waitFor(() => crossFile() === 0, 20_000, 'the removed folder to leave the index');
  });
});
