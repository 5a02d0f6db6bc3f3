// imagebuilder-lint on a Terraform module: a recipe in recipes.tf is checked against a component resource
// components.tf declares, whether the folder or the recipe's file alone is given (its module's other
// .tf files are read, not checked); a subfolder is another module.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { lint, remove, workspace } from '../cli/runCli';
import { component, recipe, REF } from './parameterCases';

interface Reported {
  readonly file: string;
  readonly diagnostics: ReadonlyArray<{ code: string; range: { start: { line: number } }; message: string }>;
}

describe('imagebuilder-lint: a Terraform module across its files', () => {
  let dir: string;
  before(() => {
    dir = workspace({
      'mod/components.tf': component(),
      'mod/recipes.tf': recipe(REF, ['"Greting"']),
      'mod/child/recipes.tf': recipe(REF, ['"Greting"']),
    });
  });
  after(() => remove(dir));

  const report = (...paths: string[]) => {
    const r = lint(['--format', 'json', ...paths], { cwd: dir });
    return (JSON.parse(r.stdout) as Reported[]).map((f) => `${f.file}: ${f.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`).join(' ')}`);
  };

  test('the folder: the recipe gets the cross-file codes; the child module, whose folder declares nothing, none', () => {
    assert.deepEqual(report('mod'), ['mod/child/recipes.tf: ', 'mod/components.tf: ', 'mod/recipes.tf: 6:missing-parameter 8:undefined-parameter']);
  });

  test('the recipe\'s file alone: its module\'s other files are read, not reported', () => {
    assert.deepEqual(report('mod/recipes.tf'), ['mod/recipes.tf: 6:missing-parameter 8:undefined-parameter']);
  });

  test('the message names the declaring file', () => {
    const r = lint(['mod/recipes.tf'], { cwd: dir });
    assert.match(r.stdout, /Component resource 'aws_imagebuilder_component\.c' \(components\.tf\) has no parameter 'Greting': did you mean 'Greeting'\?/);
    assert.equal(r.status, 1);
  });
});
