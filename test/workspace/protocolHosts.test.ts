import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Location, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { TestClient, waitFor } from '../support/lspClient';
import { HELLO_COMPONENT, recipeJson, tempWorkspace } from './fixtures';

/**
 * Over a real connection: a Terraform component indexed (after the HCL parser loads), an unreadable component
 * file, and a template's and a Terraform file's recipes (ARNs with computed partition, region and account)
 * checked against it, with find-references from the component's name to both.
 */

const ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:component';
const RECIPE = recipeJson([['Greting', 'hi']], `${ARN}/from-terraform/1.0.0`);
const LOCKED = recipeJson([['Greting', 'hi']], `${ARN}/locked/x.x.x`);
const STACK = `Resources:
  Recipe:
    Type: AWS::ImageBuilder::ImageRecipe
    Properties:
      Name: r
      Version: 1.0.0
      ParentImage: ami-0123456789abcdef0
      Components:
        - ComponentArn: !Sub 'arn:\${AWS::Partition}:imagebuilder:\${AWS::Region}:\${AWS::AccountId}:component/from-terraform/1.0.0'
          Parameters:
            - Name: Greting
              Value: [hi]
`;
const RECIPES_TF = `resource "aws_imagebuilder_image_recipe" "r" {
  name         = "r"
  version      = "1.0.0"
  parent_image = "ami-0123456789abcdef0"
  component {
    component_arn = "arn:\${data.aws_partition.current.partition}:imagebuilder:\${var.region}:\${var.account}:component/from-terraform/x.x.x"
    parameter {
      name  = "Greting"
      value = "hi"
    }
  }
}
`;
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('protocol: the workspace index over Terraform files and unreadable files', () => {
  const ws = tempWorkspace({
    'main.tf': 'resource "aws_imagebuilder_component" "c" {\n  name     = "from-terraform"\n  version  = "1.0.0"\n  platform = "Linux"\n  data     = file("doc.yaml")\n}\n',
    'doc.yaml': HELLO_COMPONENT,
    'locked.yaml': HELLO_COMPONENT.replace('hello-world', 'locked'),
    'recipe.json': RECIPE,
    'locked-recipe.json': LOCKED,
    'stack.yaml': STACK,
    'recipes.tf': RECIPES_TF,
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

  test('a template recipe and a Terraform recipe are checked against it; references from its name find both', async () => {
    await client.open(ws.uri('stack.yaml'), STACK);
    await client.open(ws.uri('recipes.tf'), RECIPES_TF, 'terraform');
    const both = JSON.stringify(['missing-parameter', 'undefined-parameter']);
    await waitFor(() => JSON.stringify(codes(ws.uri('stack.yaml'))) === both && JSON.stringify(codes(ws.uri('recipes.tf'))) === both, 20_000,
      `both recipes checked (last: ${JSON.stringify([codes(ws.uri('stack.yaml')), codes(ws.uri('recipes.tf'))])})`);
    const main = fs.readFileSync(path.join(ws.root, 'main.tf'), 'utf8');
    await client.open(ws.uri('main.tf'), main, 'terraform');
    const references = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: ws.uri('main.tf') }, position: { line: 1, character: 16 }, context: { includeDeclaration: false },
    });
    assert.deepEqual(references.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}`).sort(), ['recipe.json:6', 'recipes.tf:5', 'stack.yaml:8']);
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
