import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '../support/paths';
import { HELLO_COMPONENT, recipeJson, tempWorkspace } from './fixtures';

const workspace = tempWorkspace({
  'components/hello.yaml': HELLO_COMPONENT,
  'recipes/recipe.json': recipeJson([['Greting', 'hi']]),
});
after(() => workspace.cleanup());

function lint(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'imagebuilder-lint.js'), ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('the CLI checks a recipe against the components of the folders it is given', () => {
  const run = lint(workspace.root);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  // the text format: problems grouped under the file, `line:col  severity  message  code`
  assert.match(run.stdout, /recipe\.json\n(?: {2}\d+:\d+ .*\n)*? {2}\d+:\d+ +error +.*did you mean 'Greeting'.* +undefined-parameter\n/);
  assert.match(run.stdout, /recipe\.json\n(?: {2}\d+:\d+ .*\n)*? {2}\d+:\d+ +error +.*'Greeting'.* +missing-parameter\n/);
});

test('given the recipe alone, the CLI does not know the component and reports no cross-file problem', () => {
  const run = lint(path.join(workspace.root, 'recipes'));
  assert.doesNotMatch(run.stdout, /undefined-parameter|missing-parameter/);
});

test('the CLI knows the components of Terraform files, and the component files they load by file()', () => {
  const tf = tempWorkspace({
    'main.tf': 'resource "aws_imagebuilder_component" "c" {\n  name     = "named-by-terraform"\n  version  = "1.0.0"\n  platform = "Linux"\n  data     = file("components/doc.yaml")\n}\n',
    'components/doc.yaml': HELLO_COMPONENT,
    'recipe.json': recipeJson([['Greeting', 'hi'], ['Nope', 'x']], 'arn:aws:imagebuilder:us-east-1:123456789012:component/named-by-terraform/1.0.0'),
  });
  try {
    const run = lint(tf.root);
    assert.match(run.stdout, /component 'named-by-terraform' \(doc\.yaml\) has no parameter 'Nope'.* +undefined-parameter\n/i, run.stdout + run.stderr);
    assert.doesNotMatch(run.stdout, /missing-parameter/);
  } finally {
    tf.cleanup();
  }
});
