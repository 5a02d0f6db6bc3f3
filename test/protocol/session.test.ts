import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CodeAction, CompletionList, Diagnostic, Hover } from 'vscode-languageserver/node';
import { repoRoot } from '../support/paths';
import { TestClient } from '../support/lspClient';

/** One editing session against the real server (in this process, over streams): the everyday requests. */

const INFRA_URI = 'file:///work/infra.json';
const infra = {
  $schema: 'https://schemas.example.com/imagebuilder/infra.json',
  name: 'infra',
  instanceProfileName: 'profile',
  instanceTypes: ['m5.large'],
  subnetIdd: 'subnet-1',
};
const hasSchema = fs.existsSync(path.join(repoRoot, 'schemas', 'create-infrastructure-configuration.request.schema.json'));

describe('protocol: an editing session', () => {
  let client: TestClient;
  let diagnostics: Diagnostic[];

  before(async () => {
    client = TestClient.inProcess();
    const result = await client.initialize();
    assert.equal(result.capabilities.hoverProvider, true);
    assert.ok(result.capabilities.completionProvider);
    assert.ok(result.capabilities.codeActionProvider);
    await client.open(INFRA_URI, JSON.stringify(infra, null, 2));
    diagnostics = (await client.published(INFRA_URI)).diagnostics;
  });
  after(() => client.dispose());

  test('open: diagnostics are published with the version, from our source', async () => {
    const published = await client.published(INFRA_URI);
    assert.equal(published.version, 1);
    for (const d of diagnostics) assert.equal(d.source, 'imagebuilder');
  });

  test('$schema in a request is a warning: the AWS CLI rejects it (schema-key-rejected)', () => {
    const rejected = diagnostics.find((d) => d.code === 'schema-key-rejected');
    assert.ok(rejected, JSON.stringify(diagnostics));
    assert.equal(rejected.severity, 2);
    assert.equal(rejected.range.start.line, 1);
    assert.match(rejected.message, /Unknown parameter in input: "\$schema"/);
    assert.ok(!diagnostics.some((d) => d.code === 'schema-ignored'), 'one problem, one diagnostic');
  });

  test('completion answers a list at a key position', async () => {
    const list = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: INFRA_URI }, position: { line: 2, character: 3 } });
    assert.ok(list && Array.isArray(list.items));
    if (hasSchema) assert.ok(list.items.some((i) => i.label === 'subnetId'), list.items.map((i) => i.label).join());
  });

  test('hover answers on a key', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: INFRA_URI }, position: { line: 3, character: 5 } });
    if (hasSchema) assert.match(JSON.stringify(hover?.contents), /instanceProfileName/);
    else assert.equal(hover, null);
  });

  test('code actions turn a diagnostic\'s fixes into quick fixes', async () => {
    const fixable = diagnostics.find((d) => d.code === 'unknown-property') ?? {
      range: { start: { line: 7, character: 2 }, end: { line: 7, character: 13 } }, message: 'x', code: 'unknown-property', source: 'imagebuilder',
      data: { fixes: [{ title: "Change to 'subnetId'", preferred: true, edits: [{ range: { start: { line: 7, character: 2 }, end: { line: 7, character: 13 } }, newText: '"subnetId"' }] }] },
    };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: INFRA_URI }, range: fixable.range, context: { diagnostics: [fixable] } });
    assert.equal(actions[0]?.title, "Change to 'subnetId'");
    assert.equal(actions[0].kind, 'quickfix');
    assert.ok(actions[0].edit?.changes?.[INFRA_URI]?.length);
  });

  test('document symbols, folding, definition and references answer without error', async () => {
    const at = { textDocument: { uri: INFRA_URI }, position: { line: 2, character: 4 } };
    assert.ok(Array.isArray(await client.request('textDocument/documentSymbol', { textDocument: { uri: INFRA_URI } })));
    assert.ok(Array.isArray(await client.request('textDocument/foldingRange', { textDocument: { uri: INFRA_URI } })));
    assert.ok(Array.isArray(await client.request('textDocument/definition', at)));
    assert.ok(Array.isArray(await client.request('textDocument/references', { ...at, context: { includeDeclaration: true } })));
    const kind = await client.request<{ kind: string | null }>('imagebuilder/documentKind', { uri: INFRA_URI });
    assert.equal(kind.kind, 'create-infrastructure-configuration');
  });

  test('close clears the diagnostics', async () => {
    const uri = 'file:///work/closing.yaml';
    await client.open(uri, 'name: x\nschemaVersion: 1.0\nphases: [\n');
    await client.published(uri, (p) => p.diagnostics.length > 0);
    await client.close(uri);
    await client.published(uri, (p) => p.diagnostics.length === 0 && p.version === undefined);
  });
});
