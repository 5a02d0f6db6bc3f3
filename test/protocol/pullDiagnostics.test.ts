import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CancellationTokenSource, Diagnostic, DocumentDiagnosticReport, InitializeResult, LSPErrorCodes, ResponseError,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { templateDocument } from '../../bench/docs/template';
import { SLICED_MIN_LENGTH } from '../../server/src/lsp/documentState';
import { service } from '../support/harness';
import { TestClient, waitFor } from '../support/lspClient';

/** Diagnostics pulled by the editor (`textDocument/diagnostic`), as VS Code asks for them. */

const INFRA = 'file:///work/pull/infra.json';
const conflict = (extra = '') => `{
  "name": "macs",
  "instanceProfileName": "ImageBuilderProfile",${extra}
  "placement": { "tenancy": "host", "hostId": "h-0123456789abcdef0", "hostResourceGroupArn": "arn:aws:resource-groups:us-east-1:123456789012:group/macs" }
}
`;
const PULL_CAPABILITIES = {
  textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  workspace: { configuration: true, diagnostics: { refreshSupport: true } },
};

type Full = { kind: 'full'; resultId?: string; items: Diagnostic[] };
const codes = (report: DocumentDiagnosticReport) => (report as Full).items.map((d) => d.code);

describe('protocol: pulled diagnostics', () => {
  let client: TestClient;
  let init: InitializeResult;
  const pull = (uri: string, previousResultId?: string) =>
    client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });

  before(async () => {
    client = TestClient.inProcess();
    init = await client.initialize({ capabilities: PULL_CAPABILITIES });
  });
  after(() => client.dispose());

  test('a client that can pull is offered pulled diagnostics, one that cannot is not', async () => {
    assert.deepEqual(init.capabilities.diagnosticProvider, { identifier: 'imagebuilder', interFileDependencies: false, workspaceDiagnostics: false });
    const pushOnly = TestClient.inProcess();
    try {
      assert.equal((await pushOnly.initialize()).capabilities.diagnosticProvider, undefined);
    } finally {
      pushOnly.dispose();
    }
  });

  test('open, then pull: the report has the codes; nothing is pushed', async () => {
    await client.open(INFRA, conflict());
    const report = await pull(INFRA);
    assert.equal(report.kind, 'full');
    assert.deepEqual(codes(report), ['placement-target-conflict']);
    const other = 'file:///work/pull/other.json';
    await client.open(other, '{ "name": "other-infra", "instanceProfileName": "ImageBuilderProfile" }');
    assert.deepEqual(codes(await pull(other)), []);
    assert.deepEqual(client.diagnostics.map((p) => p.uri), [], 'no publishDiagnostics in pull mode');
  });

  test('asked again with the result id: unchanged; after a change: the new version is checked', async () => {
    const first = (await pull(INFRA)) as Full;
    assert.ok(first.resultId);
    assert.deepEqual(await pull(INFRA, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    await client.change(INFRA, [{ text: conflict('\n  "instanceTypes": "m5.large",') }]);
    const changed = (await pull(INFRA, first.resultId)) as Full;
    assert.equal(changed.kind, 'full');
    assert.notEqual(changed.resultId, first.resultId);
    assert.deepEqual(changed.items.map((d) => d.code), ['invalid-type', 'placement-target-conflict']);
  });

  test('a settings change asks the editor to pull again, and the old result id is stale', async () => {
    const before = (await pull(INFRA)) as Full;
    const refreshes = client.refreshes;
    client.settings = { diagnostics: { severity: { 'invalid-type': 'off' } } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await waitFor(() => client.refreshes > refreshes, 5000, 'workspace/diagnostic/refresh');
    const after = (await pull(INFRA, before.resultId)) as Full;
    assert.equal(after.kind, 'full');
    assert.deepEqual(codes(after), ['placement-target-conflict']);
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await waitFor(() => client.refreshes > refreshes + 1, 5000, 'workspace/diagnostic/refresh');
  });

  test('choosing a kind asks the editor to pull again', async () => {
    const uri = 'file:///work/pull/notes.json';
    await client.open(uri, '{ "name": 5 }');
    assert.deepEqual(codes(await pull(uri)), []);
    const refreshes = client.refreshes;
    await client.connection.sendNotification('imagebuilder/setDocumentKind', { uri, kind: 'create-infrastructure-configuration' });
    await waitFor(() => client.refreshes > refreshes, 5000, 'workspace/diagnostic/refresh');
    const chosen = codes(await pull(uri));
    assert.ok(chosen.includes('invalid-type'), JSON.stringify(chosen));
  });

  test('a pull for a version being typed, cancelled before it settles, answers "cancelled, ask again"', async () => {
    const uri = 'file:///work/pull/big.json';
    const tags = Array.from({ length: 20_000 }, (_, i) => `"key${i}": "value${i}"`).join(', ');
    const text = `{ "name": "big", "instanceProfileName": "ImageBuilderProfile", "tags": { ${tags} } }`;
    assert.ok(text.length > 100_000, 'big enough for a debounce of several ms');
    await client.open(uri, text);
    assert.deepEqual(codes(await pull(uri)), []);
    await client.change(uri, [{ range: { start: { line: 0, character: 11 }, end: { line: 0, character: 11 } }, text: 'x' }]);
    const source = new CancellationTokenSource();
    const asked = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    await assert.rejects(asked, (error: unknown) => {
      assert.ok(error instanceof ResponseError);
      assert.equal(error.code, LSPErrorCodes.RequestCancelled);
      assert.deepEqual(error.data, { retriggerRequest: true });
      return true;
    });
    assert.deepEqual(codes(await pull(uri)), [], 'asked again, the newer version is checked');
  });

  test('a big template, checked on the worker, is answered though the workspace index takes it in meanwhile', async () => {
    // The open document's summary enters the index (a new generation) while the worker checks it; the
    // worker sees no workspace, so its answer holds (it was "cancelled, ask again": a second full check).
    const uri = 'file:///work/pull/big.template.yaml';
    const big = templateDocument(200);
    assert.ok(big.text.length >= SLICED_MIN_LENGTH, 'checked on the worker');
    await client.open(uri, big.text);
    const report = (await pull(uri)) as Full;
    assert.equal(report.kind, 'full');
    const expected = service().doValidation(service().analyze(TextDocument.create(uri, 'yaml', 1, big.text)));
    assert.ok(expected.length > 0, 'the 100-step components are longer than Data may be');
    assert.deepEqual(report.items.map((d) => `${d.range.start.line}:${d.code as string}`), expected.map((d) => `${d.range.start.line}:${d.code as string}`));
    assert.deepEqual(await pull(uri, report.resultId), { kind: 'unchanged', resultId: report.resultId }, 'the result id is current');
  });

  test('an unknown document gets an empty report; after shutdown the request is refused', async () => {
    assert.deepEqual(await pull('file:///work/pull/never-opened.json'), { kind: 'full', items: [] });
    await client.request('shutdown', null);
    await assert.rejects(pull(INFRA), /shut down/);
  });
});
