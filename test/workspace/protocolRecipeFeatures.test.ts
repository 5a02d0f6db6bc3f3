import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompletionList, Hover, Location, MarkupContent, TextEdit } from 'vscode-languageserver/node';
import { TestClient } from '../support/lspClient';
import { HELLO_COMPONENT, tempWorkspace } from './fixtures';

/**
 * Over a real connection, with a temporary workspace indexed: a Terraform recipe's `component_arn = ""`
 * completes to the workspace's component (region and account from the recipe's other ARN) and the
 * AWS-managed ones, the edit replacing the string's contents only, and a passed name to what that component
 * declares; a template's `!Sub` ARN answers hover
 * and definition from its tag as from its text.
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

const STACK = `Resources:
  Recipe:
    Type: AWS::ImageBuilder::ImageRecipe
    Properties:
      Name: r
      Version: 1.0.0
      ParentImage: ami-0123456789abcdef0
      Components:
        - ComponentArn: !Sub 'arn:\${AWS::Partition}:imagebuilder:\${AWS::Region}:\${AWS::AccountId}:component/hello-world/1.0.0'
`;

describe('protocol: recipes in hosts against the workspace (Terraform completion, template hover)', () => {
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

  test('Terraform component_arn completion: workspace and AWS-managed components, the quotes kept; then its passed names', async () => {
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
    // The misspelt passed name: what hello-world declares and the block does not pass, the whole string replaced.
    const nameLine = lines.indexOf('      name  = "Greting"');
    const names = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: nameLine, character: lines[nameLine].indexOf('Greting') + 3 } });
    assert.deepEqual(names.items.map((i) => [i.label, i.textEdit?.newText]), [['Greeting', '"Greeting"'], ['Version', '"Version"']]);
  });

  test('a template\'s !Sub ARN: hover and definition from the tag', async () => {
    const uri = ws.uri('stack.yaml');
    await client.open(uri, STACK);
    await client.published(uri, (p) => p.diagnostics.some((d) => d.code === 'missing-parameter'));
    const line = STACK.split('\n').findIndex((l) => l.includes('!Sub'));
    const position = { line, character: STACK.split('\n')[line].indexOf('!Sub') + 1 };
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    assert.match((hover.contents as MarkupContent).value, /^\*\*hello-world\*\* — workspace component/);
    assert.equal(hover.range?.start.character, position.character - 1, 'the range starts at the tag');
    const definitions = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position });
    assert.deepEqual(definitions.map((l) => l.uri), [ws.uri('components/hello.yaml')]);
  });
});
