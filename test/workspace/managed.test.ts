import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionList, TextEdit } from 'vscode-languageserver-types';
import { WorkspaceIndex } from '../../server/src/service/languageService';
import { MANAGED_COMPONENTS, MANAGED_COMPONENTS_DATE } from '../../server/src/service/workspace/managedComponents.data';
import { service } from '../support/harness';
import { HELLO_COMPONENT, recipeJson } from './fixtures';

const RECIPE_URI = 'file:///ws/recipe.json';
const MANAGED = 'arn:aws:imagebuilder:us-east-1:aws:component';

function analyse(text: string, workspace?: WorkspaceIndex) {
  return service().analyze(TextDocument.create(RECIPE_URI, 'json', 1, text), { workspace });
}

test('the bundled list is dated, sorted, and has the names the issue names', () => {
  assert.match(MANAGED_COMPONENTS_DATE, /^\d{4}-\d{2}-\d{2}$/);
  const names = MANAGED_COMPONENTS.map((c) => c.name);
  for (const name of ['update-linux', 'aws-cli-version-2-linux', 'amazon-cloudwatch-agent-linux', 'stig-build-linux-high']) assert.ok(names.includes(name), name);
  assert.deepEqual([...names].sort(), names);
  assert.ok(MANAGED_COMPONENTS.every((c) => c.lastListed || (c.description.length > 0 && c.description !== 'Image Builder Component')));
});

test('an unknown managed name is invalid-value with did-you-mean only where the list is complete for its prefix', () => {
  const problems = (name: string) => service().doValidation(analyse(recipeJson([], `${MANAGED}/${name}/x.x.x`))).filter((d) => d.code === 'invalid-value').map((d) => d.message);
  assert.match(problems('stig-build-linux-hihg')[0] ?? '', /did you mean 'stig-build-linux-high'\?/);
  assert.match(problems('aws-cli-version-2-linx')[0] ?? '', /did you mean 'aws-cli-version-2-linux'\?/);
  assert.deepEqual(problems('aws-cli-version-2-linux'), []);
  assert.deepEqual(problems('some-newer-component-linux'), []);
  const text = recipeJson([], `${MANAGED}/stig-build-linux-hihg/x.x.x`);
  const analysis = analyse(text);
  const diagnostic = service().doValidation(analysis).find((d) => d.code === 'invalid-value')!;
  const edit = service().getCodeActions(analysis, diagnostic.range, [diagnostic])[0].edit!.changes![RECIPE_URI][0];
  assert.match(TextDocument.applyEdits(TextDocument.create(RECIPE_URI, 'json', 1, text), [edit]), /component\/stig-build-linux-high\/x\.x\.x"/);
});

test('hover on a managed ARN shows its description', () => {
  const text = recipeJson([], `${MANAGED}/update-linux/x.x.x`);
  const document = TextDocument.create(RECIPE_URI, 'json', 1, text);
  const hover = service().doHover(analyse(text), document.positionAt(text.indexOf('update-linux')));
  assert.match(JSON.stringify(hover?.contents), /AWS-managed component/);
});

test('completion of componentArn offers workspace components with the recipe\'s region and account, and managed ones', () => {
  const index = new WorkspaceIndex();
  index.set(service().summarize(service().analyze(TextDocument.create('file:///ws/hello.yaml', 'yaml', 1, HELLO_COMPONENT))));
  const text = recipeJson([], 'arn:aws:imagebuilder:eu-west-1:111122223333:component/other/1.0.0').replace('"components": [', '"components": [\n    { "componentArn": "" },');
  const document = TextDocument.create(RECIPE_URI, 'json', 1, text);
  const position = document.positionAt(text.indexOf('"componentArn": ""') + '"componentArn": "'.length);
  const list = service().doComplete(analyse(text, index), position) as CompletionList;
  const item = list.items.find((i) => i.label === 'hello-world/x.x.x');
  assert.ok(item, list.items.slice(0, 5).map((i) => i.label).join());
  const apply = (edit: TextEdit) => JSON.parse(TextDocument.applyEdits(document, [edit])) as { components: Array<{ componentArn: string }> };
  assert.equal(apply(item.textEdit as TextEdit).components[0].componentArn, 'arn:aws:imagebuilder:eu-west-1:111122223333:component/hello-world/x.x.x');
  const managed = list.items.find((i) => i.label === 'update-linux/x.x.x');
  assert.equal(apply(managed?.textEdit as TextEdit).components[0].componentArn, 'arn:aws:imagebuilder:eu-west-1:aws:component/update-linux/x.x.x');
});

test('completion of a passed parameter name offers what the workspace component declares and is not passed yet', () => {
  const index = new WorkspaceIndex();
  index.set(service().summarize(service().analyze(TextDocument.create('file:///ws/hello.yaml', 'yaml', 1, HELLO_COMPONENT))));
  const text = recipeJson([['Version', '2'], ['', 'x']]);
  const document = TextDocument.create(RECIPE_URI, 'json', 1, text);
  const position = document.positionAt(text.indexOf('"name": ""') + '"name": "'.length);
  const list = service().doComplete(analyse(text, index), position) as CompletionList;
  assert.deepEqual(list.items.map((i) => i.label), ['Greeting']);
  const applied = JSON.parse(TextDocument.applyEdits(document, [list.items[0].textEdit as TextEdit])) as { components: Array<{ parameters: Array<{ name: string }> }> };
  assert.deepEqual(applied.components[0].parameters.map((p) => p.name), ['Version', 'Greeting']);
});
