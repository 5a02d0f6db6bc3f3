import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { TestClient, waitFor } from '../support/lspClient';
import { HELLO_COMPONENT, recipeJson, tempWorkspace } from './fixtures';

/** Over a real connection: a Terraform component indexed (after the HCL parser loads), an unreadable component file. */

const ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:component';
const RECIPE = recipeJson([['Greting', 'hi']], `${ARN}/from-terraform/1.0.0`);
const LOCKED = recipeJson([['Greting', 'hi']], `${ARN}/locked/x.x.x`);
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('protocol: the workspace index over Terraform files and unreadable files', () => {
  const ws = tempWorkspace({
    'main.tf': 'resource "aws_imagebuilder_component" "c" {\n  name     = "from-terraform"\n  version  = "1.0.0"\n  platform = "Linux"\n  data     = file("doc.yaml")\n}\n',
    'doc.yaml': HELLO_COMPONENT,
    'locked.yaml': HELLO_COMPONENT.replace('hello-world', 'locked'),
    'recipe.json': RECIPE,
    'locked-recipe.json': LOCKED,
  });
  fs.chmodSync(path.join(ws.root, 'locked.yaml'), 0o000);
  let client: TestClient;
  const codes = (uri: string): string[] => (client.diagnostics.filter((p: PublishDiagnosticsParams) => p.uri === uri).pop()?.diagnostics ?? [])
    .filter((d) => d.code === 'undefined-parameter' || d.code === 'missing-parameter').map((d) => String(d.code)).sort();

  before(async () => {
    client = TestClient.inProcess();
    await client.initialize({ workspaceFolders: [{ uri: ws.uri(''), name: 'ws' }], capabilities: {} });
    await client.open(ws.uri('recipe.json'), RECIPE);
    await client.open(ws.uri('locked-recipe.json'), LOCKED);
  });
  after(() => {
    client.dispose();
    fs.chmodSync(path.join(ws.root, 'locked.yaml'), 0o644);
    ws.cleanup();
  });

  test('a recipe is checked against a Terraform component whose data = file() is a component file', async () => {
    await waitFor(() => { return JSON.stringify(codes(ws.uri('recipe.json'))) === JSON.stringify(['missing-parameter', 'undefined-parameter']); }, 20_000, `missing and undefined parameter (last: ${JSON.stringify(codes(ws.uri('recipe.json')))})`);
  });

  test('an unreadable file is left out with a message in the log, and nothing crashes', async (t) => {
    if (asRoot) {
      t.skip('skipped: running as root (chmod 000 does not stop root reading the file)');
      return;
    }
    await waitFor(() => client.logs.some((l) => /locked\.yaml/.test(l.message) && /EACCES/.test(l.message)), 20_000, 'the EACCES log line');
    assert.deepEqual(codes(ws.uri('locked-recipe.json')), []);
  });
});
