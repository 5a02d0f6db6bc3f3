import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Hover, Location, MarkupContent, SymbolInformation } from 'vscode-languageserver/node';
import { componentDocument } from '../../bench/docs/component';
import { templateDocument } from '../../bench/docs/template';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient, waitFor } from '../support/lspClient';
import { ACCOUNT_ARN, HELLO_COMPONENT, recipeJson, tempWorkspace } from './fixtures';

/**
 * Big closed files (at least 512 KB) are summarised for the workspace index on the worker thread, not on
 * the main thread, which answers requests meanwhile. A big component (3,000 steps, 0.6 MB) and a big
 * template (250 resources, 0.7 MB) on disk: their components and recipes are in the index (workspace/symbol,
 * a recipe's cross-file check naming the big component's parameters, the references to a small component
 * from a recipe of the big template), and a hover on an open small document,
 * asked when the build reports that only the big files are left, is answered before the build's progress ends.
 */

describe('protocol: big files in the workspace index', () => {
  const component = componentDocument(3000).text;
  // The generated template, and a recipe of it using the small open component (its references find it).
  const template = `${templateDocument(250).text}  ExtraRecipe:
    Type: AWS::ImageBuilder::ImageRecipe
    Properties:
      Name: extra-recipe
      Version: 1.0.0
      ParentImage: arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x
      Components:
        - ComponentArn: ${ACCOUNT_ARN}/hello-world/x.x.x
`;
  const recipe = recipeJson([['Version', '2'], ['NoSuchParameter', 'x']], `${ACCOUNT_ARN}/bench-component-3000/x.x.x`);
  // A recipe naming a component that only an edit of the open big template gives.
  const renamedRecipe = recipeJson([['Version', '2'], ['NotDeclared', 'x']], `${ACCOUNT_ARN}/renamed-in-editor/x.x.x`);
  const ws = tempWorkspace({ 'big-component.yaml': component, 'big-template.yaml': template, 'recipes/recipe.json': recipe, 'recipes/renamed.json': renamedRecipe, 'small.yaml': HELLO_COMPONENT });
  const events: string[] = [];
  let hover: Promise<Hover | null> | undefined;
  let client: TestClient;

  before(async () => {
    assert.ok(component.length >= 512 * 1024 && template.length >= 512 * 1024, 'both files are big');
    client = TestClient.inProcess();
    client.connection.onRequest('window/workDoneProgress/create', () => null);
    client.connection.onNotification('$/progress', (p: { value: { kind: string; message?: string } }) => {
      events.push(`${p.value.kind}${p.value.message ? ` ${p.value.message}` : ''}`);
      if (p.value.kind === 'report' && /big files left/.test(p.value.message ?? '') && !hover) {
        // Line 17: `action: ExecuteBash`.
        hover = client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ws.uri('small.yaml') }, position: { line: 16, character: 14 } });
        hover.then(() => events.push('hover answered'), () => events.push('hover failed'));
      }
    });
    await client.initialize({ workspaceFolders: [{ uri: ws.uri(''), name: 'ws' }], capabilities: { window: { workDoneProgress: true }, workspace: { symbol: {} } } });
    await client.open(ws.uri('small.yaml'), HELLO_COMPONENT);
    await client.open(ws.uri('recipes/recipe.json'), recipe);
  });
  after(async () => {
    await client.request('shutdown', null); // ends the validation worker
    client.dispose();
    ws.cleanup();
  });

  test('a hover on an open small document is answered while the big files are summarised', async () => {
    await waitFor(() => events.includes('end'), 120_000, `the build's end (${events.join(', ')})`);
    assert.ok(hover, `the build reported the big files left (${events.join(', ')})`);
    assert.match(((await hover)?.contents as MarkupContent).value, /ExecuteBash/);
    assert.ok(events.indexOf('hover answered') >= 0 && events.indexOf('hover answered') < events.indexOf('end'), events.join(', '));
  });

  test("the big files' components and recipes are indexed", async () => {
    await waitFor(() => events.includes('end'), 120_000, "the build's end");
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'bench-' });
    const from = (file: string, kind: string) => symbols.filter((s) => s.location.uri === ws.uri(file) && s.name.startsWith(kind)).length;
    assert.equal(from('big-component.yaml', 'bench-component-3000'), 1, JSON.stringify(symbols.slice(0, 5)));
    assert.equal(from('big-template.yaml', 'bench-component-'), 25);
    // The template's recipe using the small component: a reference from its name.
    const references = await client.request<Location[]>('textDocument/references', { textDocument: { uri: ws.uri('small.yaml') }, position: { line: 0, character: 8 }, context: { includeDeclaration: false } });
    const inTemplate = references.filter((r) => r.uri === ws.uri('big-template.yaml'));
    assert.deepEqual(inTemplate.map((r) => template.split('\n')[r.range.start.line].trim()), [`- ComponentArn: ${ACCOUNT_ARN}/hello-world/x.x.x`], JSON.stringify(references));
    // The recipe is checked against the big component's parameters: `Version` is declared, `NoSuchParameter` is not.
    await waitFor(() => client.diagnostics.some((p) => p.uri === ws.uri('recipes/recipe.json') && p.diagnostics.some((d) => d.code === 'undefined-parameter')), 20_000, 'the cross-file check');
    const last = client.diagnostics.filter((p) => p.uri === ws.uri('recipes/recipe.json')).pop()!;
    assert.deepEqual(last.diagnostics.filter((d) => d.code === 'undefined-parameter').map((d) => d.message.includes('NoSuchParameter')), [true]);
  });

  test("an open big template's edit reaches the index (its summary made on the worker): a recipe of the renamed component is checked against it", async () => {
    await waitFor(() => events.includes('end'), 120_000, "the build's end");
    await client.open(ws.uri('recipes/renamed.json'), renamedRecipe);
    await client.open(ws.uri('big-template.yaml'), template);
    const document = TextDocument.create(ws.uri('big-template.yaml'), 'yaml', 1, template);
    const at = template.indexOf('Name: bench-component-') + 'Name: '.length;
    const end = template.indexOf('\n', at);
    await client.change(ws.uri('big-template.yaml'), [{ range: { start: document.positionAt(at), end: document.positionAt(end) }, text: 'renamed-in-editor' }]);
    const checked = () => client.diagnostics.filter((p) => p.uri === ws.uri('recipes/renamed.json')).pop()?.diagnostics.filter((d) => d.code === 'undefined-parameter') ?? [];
    await waitFor(() => checked().length > 0, 60_000, 'the renamed recipe checked against the open template\'s component');
    assert.deepEqual(checked().map((d) => d.message.includes('NotDeclared')), [true]);
  });
});
