// A .tf document over a real LSP connection (the server in this process, over streams): opened with the
// language id VS Code gives it (`terraform` from HashiCorp's extension, `hcl` from others, or none we
// know with a .tf name), an Image Builder resource gets our diagnostics and any other .tf file nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompletionList } from 'vscode-languageserver-types';
import { TestClient } from '../support/lspClient';
import { component, recipe, REF } from './parameterCases';

const MAC = 'resource "aws_imagebuilder_infrastructure_configuration" "x" {\n  name = "n"\n  instance_profile_name = "p"\n  instance_types = ["mac2.metal"]\n}\n';
const OTHER = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n  nonsense = [\n}\n';

/** [name, uri, language id, text, expected `line:code` list]. */
const CASES: Array<[string, string, string, string, string[]]> = [
  ['language id terraform', 'file:///w/a.tf', 'terraform', MAC, ['4:mac-needs-host']],
  ['language id hcl', 'file:///w/b.tf', 'hcl', MAC, ['4:mac-needs-host']],
  ['language id plaintext, a .tf name', 'file:///w/c.tf', 'plaintext', MAC, ['4:mac-needs-host']],
  ['terraform, not Image Builder: nothing, not even the syntax error', 'file:///w/d.tf', 'terraform', OTHER, []],
  ['hcl, not Image Builder: nothing', 'file:///w/e.tf', 'hcl', OTHER, []],
];

describe('Terraform over LSP', () => {
  let client: TestClient;
  before(async () => {
    client = TestClient.inProcess();
    await client.initialize();
  });
  after(() => client.dispose());

  for (const [name, uri, languageId, text, expected] of CASES) {
    test(name, async () => {
      await client.open(uri, text, languageId);
      // The first publish may come before the HCL parser is loaded (pending: nothing); the server
      // publishes again once it is. A version-1 publish after the load is what we judge.
      const codes = async (): Promise<string[]> => (await client.published(uri)).diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}`);
      if (expected.length > 0) await client.published(uri, (p) => p.diagnostics.length > 0);
      else {
        // An Image Builder .tf opened next proves the parser is loaded, so this file was analysed with it.
        const probe = `${uri}.probe.tf`;
        await client.open(probe, MAC, languageId);
        await client.published(probe, (p) => p.diagnostics.length > 0);
        await client.change(uri, [{ text: `${text}\n` }]);
        await client.published(uri, (p) => p.version === 2);
      }
      assert.deepEqual(await codes(), expected);
    });
  }

  test('completion of a passed parameter name from the heredoc component of the same file', async () => {
    const uri = 'file:///w/params.tf';
    const text = component() + recipe(REF, ['"Greeting"', '""']);
    await client.open(uri, text, 'terraform');
    await client.published(uri, (p) => p.diagnostics.some((d) => d.code === 'undefined-parameter')); // the empty name, once the parser is loaded
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i > lines.findIndex((x) => x.includes('"Greeting"')) && l.includes('name  = ""'));
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character: lines[line].indexOf('""') + 1 } });
    assert.deepEqual(list.items.map((i) => i.label), ['Target']);
  });
});

describe('Terraform over LSP, pulled diagnostics', () => {
  test('the first .tf document is answered with its diagnostics, not empty while the HCL parser loads', async () => {
    // A client with pull support but no refresh support: an empty first answer would stay until the next change.
    const client = TestClient.inProcess();
    try {
      await client.initialize({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
      const uri = 'file:///w/first.tf';
      await client.open(uri, MAC, 'terraform');
      const report = await client.request<{ items: Array<{ code?: unknown; range: { start: { line: number } } }> }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.deepEqual(report.items.map((d) => `${d.range.start.line + 1}:${String(d.code)}`), ['4:mac-needs-host']);
    } finally {
      client.dispose();
    }
  });
});
