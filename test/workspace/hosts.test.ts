import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService, WorkspaceIndex } from '../../server/src/service/languageService';
import { terraformService } from '../support/terraform';
import { ACCOUNT_ARN, HELLO_COMPONENT, recipeJson } from './fixtures';

/** Components of templates and Terraform files in the workspace index, and request recipes checked against them. */

const RECIPE_URI = 'file:///ws/recipes/recipe.json';
const UNNAMED = HELLO_COMPONENT.replace('name: hello-world\n', '');
const indent = (text: string, by: string) => text.trimEnd().split('\n').map((l) => by + l).join('\n');

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Hello:
    Type: AWS::ImageBuilder::Component
    Properties:
      Name: hello-world
      Version: 2.0.0
      Platform: Linux
      Data: |
${indent(UNNAMED, '        ')}
  Computed:
    Type: AWS::ImageBuilder::Component
    Properties:
      Name: !Sub '\${AWS::StackName}-thing'
      Version: 1.0.0
      Platform: Linux
      Data: "schemaVersion: 1.0"
  FromS3:
    Type: AWS::ImageBuilder::Component
    Properties:
      Name: from-s3
      Version: 1.0.0
      Platform: Windows
      Uri: s3://bucket/c.yaml
`;

const TERRAFORM = `resource "aws_imagebuilder_component" "hello" {
  name     = "hello-world"
  version  = "3.0.0"
  platform = "Linux"
  data     = <<-EOT
${indent(UNNAMED, '    ')}
  EOT
}

resource "aws_imagebuilder_component" "from_file" {
  name     = "named-by-terraform"
  version  = "1.0.0"
  platform = "Linux"
  data     = file("\${path.module}/components/doc.yaml")
}

resource "aws_imagebuilder_component" "computed" {
  name     = var.name
  version  = "1.0.0"
  platform = "Linux"
  data     = "schemaVersion: 1.0"
}
`;

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

function indexOf(files: Record<string, string>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [uri, text] of Object.entries(files)) index.set(service.summarize(analyse(uri, text)));
  index.setComplete(true);
  return index;
}

function analyse(uri: string, text: string, workspace?: WorkspaceIndex) {
  const language = uri.endsWith('.tf') ? 'terraform' : uri.endsWith('.json') ? 'json' : 'yaml';
  return service.analyze(TextDocument.create(uri, language, 1, text), { workspace });
}

function crossFile(index: WorkspaceIndex, arn: string, parameters: ReadonlyArray<[string, string]>): string[] {
  const diagnostics = service.doValidation(analyse(RECIPE_URI, recipeJson(parameters, arn), index));
  return diagnostics.filter((d) => d.code === 'undefined-parameter' || d.code === 'missing-parameter').map((d) => `${d.code}: ${d.message}`);
}

describe('workspace: template and Terraform components', () => {
  test('a template component with a literal Name: version, platform, and the parameters of its Data', () => {
    const index = indexOf({ 'file:///ws/stack.yaml': TEMPLATE });
    const [hello] = index.componentsNamed('hello-world');
    assert.deepEqual([hello.nameSource, hello.version, hello.platform, hello.parameters.map((p) => p.name)], ['template', '2.0.0', 'Linux', ['Greeting', 'Version']]);
    assert.deepEqual(hello.phases.map((p) => `${p.name}@${p.range.start.line}`), ['build@19']);
    assert.deepEqual(hello.parameters.map((p) => p.range?.start.line), [12, 15]);
    assert.deepEqual(crossFile(index, `${ACCOUNT_ARN}/hello-world/2.0.0`, [['Greting', 'hi']]), [
      "missing-parameter: Component 'hello-world' (stack.yaml) needs parameter 'Greeting' (string): it has no default, so the build fails without it.",
      "undefined-parameter: Component 'hello-world' (stack.yaml) has no parameter 'Greting': did you mean 'Greeting'? (it declares 'Greeting', 'Version').",
    ]);
    assert.deepEqual(crossFile(index, `${ACCOUNT_ARN}/hello-world/1.0.0`, [['Greting', 'hi']]), [], 'another version');
  });

  test('a template Name CloudFormation computes names nothing; a Uri component is known but its parameters are not', () => {
    const index = indexOf({ 'file:///ws/stack.yaml': TEMPLATE });
    assert.deepEqual(index.allComponents().map((c) => c.name), ['hello-world', 'from-s3']);
    const [s3] = index.componentsNamed('from-s3');
    assert.equal(s3.parametersKnown, false);
    assert.deepEqual(crossFile(index, `${ACCOUNT_ARN}/from-s3/1.0.0`, [['Anything', 'x']]), []);
  });

  test('a Terraform component with a heredoc: version, platform, parameters', () => {
    const index = indexOf({ 'file:///ws/main.tf': TERRAFORM });
    const [hello] = index.componentsNamed('hello-world');
    assert.deepEqual([hello.nameSource, hello.version, hello.platform, hello.parameters.map((p) => p.name)], ['terraform', '3.0.0', 'Linux', ['Greeting', 'Version']]);
    assert.deepEqual(hello.parameters.map((p) => p.range?.start.line), [8, 11]);
    assert.equal(crossFile(index, `${ACCOUNT_ARN}/hello-world/3.x.x`, []).length, 1);
    assert.ok(!index.allComponents().some((c) => c.name === 'var.name'), 'a computed name names nothing');
  });

  test('data = file("…") names the component file: the resource\'s name, the file\'s parameters', () => {
    const doc = 'file:///ws/components/doc.yaml';
    const index = indexOf({ 'file:///ws/main.tf': TERRAFORM, [doc]: HELLO_COMPONENT });
    assert.deepEqual(index.componentsNamed('hello-world').map((c) => c.nameSource), ['terraform'], 'the file is no longer known by its document name');
    const [named] = index.componentsNamed('named-by-terraform');
    assert.deepEqual([named.documentUri, named.parametersKnown, named.parameters.map((p) => p.name)], [doc, true, ['Greeting', 'Version']]);
    assert.deepEqual(crossFile(index, `${ACCOUNT_ARN}/named-by-terraform/1.0.0`, [['Greeting', 'x'], ['Nope', 'y']]).map((m) => m.split(':')[0]), ['undefined-parameter']);
  });
});
