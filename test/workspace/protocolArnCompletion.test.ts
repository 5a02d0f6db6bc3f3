import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompletionList, TextEdit } from 'vscode-languageserver/node';
import { TestClient } from '../support/lspClient';
import { HELLO_COMPONENT, tempWorkspace } from './fixtures';

/**
 * Over a real connection, with a temporary workspace indexed: a Terraform recipe's `component_arn = ""`
 * completes to the workspace's component (region and account from the recipe's other ARN) and the
 * AWS-managed ones, the edit replacing the string's contents only.
 */

const RECIPES_TF = `resource "aws_imagebuilder_image_recipe" "r" {
  name         = "r"
  version      = "1.0.0"
  parent_image = "ami-0123456789abcdef0"
  component {
    component_arn = "arn:aws:imagebuilder:eu-west-1:111122223333:component/hello-world/x.x.x"
    parameter {
      name  = "Greting"
      value = "hi"
    }
  }
  component {
    component_arn = ""
  }
}
`;

describe('protocol: Terraform component_arn completion from the workspace', () => {
  const ws = tempWorkspace({ 'components/hello.yaml': HELLO_COMPONENT });
  let client: TestClient;
  before(async () => {
    client = TestClient.inProcess();
    await client.initialize({ workspaceFolders: [{ uri: ws.uri(''), name: 'ws' }], capabilities: {} });
  });
  after(() => {
    client.dispose();
    ws.cleanup();
  });

  test('workspace and AWS-managed components, the quotes kept', async () => {
    const uri = ws.uri('recipes.tf');
    await client.open(uri, RECIPES_TF, 'terraform');
    // The misspelt name is reported once the HCL parser is loaded and the index knows hello-world.
    await client.published(uri, (p) => p.diagnostics.some((d) => d.code === 'undefined-parameter'));
    const lines = RECIPES_TF.split('\n');
    const line = lines.indexOf('    component_arn = ""');
    const character = lines[line].indexOf('""') + 1;
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    const hello = list.items.find((i) => i.label === 'hello-world/x.x.x');
    assert.ok(hello, list.items.slice(0, 5).map((i) => i.label).join(', '));
    assert.deepEqual(hello.textEdit, TextEdit.replace({ start: { line, character }, end: { line, character } }, 'arn:aws:imagebuilder:eu-west-1:111122223333:component/hello-world/x.x.x'));
    const managed = list.items.find((i) => i.label === 'update-linux/x.x.x');
    assert.equal(managed?.textEdit?.newText, 'arn:aws:imagebuilder:eu-west-1:aws:component/update-linux/x.x.x');
  });
});
