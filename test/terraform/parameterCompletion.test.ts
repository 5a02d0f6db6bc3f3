// Completion of the names a recipe's `component { parameter { name = "…" } }` passes, at the cursor
// (U+0001), through the facade: what the referenced component declares (its heredoc, yamlencode or
// file() document) and the block does not pass yet, required first; accepting one writes an HCL string.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { LanguageService, WorkspaceIndex } from '../../server/src/service/languageService';
import { CURSOR } from '../support/harness';
import { terraformService, tfFixture } from '../support/terraform';
import { component, DECLARED, PHASES, recipe, REF } from './parameterCases';

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

const YAMLENCODE = 'yamlencode({\n    schemaVersion = 1.0\n    parameters = [{ Greeting = { type = "string" } }, { Target = { type = "string", default = "world" } }]\n    phases = [{ name = "build", steps = [{ name = "A", action = "Reboot" }] }]\n  })';

/** [name, text, the labels offered in the order an editor shows them]. */
const CASES: Array<[string, string, string[]]> = [
  ['an empty string: every declared name, the required one first', component() + recipe(REF, [`"${CURSOR}"`]), ['Greeting', 'Target']],
  ['a name already passed is not offered again', component() + recipe(REF, ['"Greeting"', `"${CURSOR}"`]), ['Target']],
  ['the name under the cursor is offered again (it is being changed)', component() + recipe(REF, [`"Gree${CURSOR}ting"`, '"Target"']), ['Greeting']],
  ['no quote typed yet', component() + recipe(REF, [`T${CURSOR}`]), ['Greeting', 'Target']],
  ['.id names the component too; the recipe before the component', recipe('aws_imagebuilder_component.c.id', [`"${CURSOR}"`]) + component(), ['Greeting', 'Target']],
  ['a container recipe', component() + recipe(REF, [`"${CURSOR}"`], 'container_recipe'), ['Greeting', 'Target']],
  ['a yamlencode data', component(YAMLENCODE) + recipe(REF, [`"${CURSOR}"`]), ['Greeting', 'Target']],
  ['a component_arn from a variable: nothing', component() + recipe('var.component_arn', [`"${CURSOR}"`]), []],
  ['a component with for_each: nothing', component(undefined, '  for_each = toset(["a"])\n') + recipe(REF, [`"${CURSOR}"`]), []],
  ['a value, not a name: nothing', component() + recipe(REF, [], 'image_recipe', `    component_arn = ${REF}\n    parameter {\n      name  = "Greeting"\n      value = "${CURSOR}"\n    }\n`), []],
];

function complete(text: string, workspace?: WorkspaceIndex): { document: TextDocument; items: CompletionItem[] } {
  const { document, offset } = tfFixture(service, text);
  const analysis = service.analyze(document, { workspace });
  const items = service.doComplete(analysis, document.positionAt(offset)).items;
  return { document, items: items.slice().sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)) };
}

describe('completion of the parameter names a recipe passes', () => {
  for (const [name, text, labels] of CASES) test(name, () => assert.deepEqual(complete(text).items.map((i) => i.label), labels, text));

  test('each item shows the declaration; accepting one writes an HCL string over what was typed', () => {
    const { document, items } = complete(component() + recipe(REF, [`"Tar${CURSOR}"`]));
    assert.deepEqual(items.map((i) => [i.label, i.detail]), [
      ['Greeting', "string · required · component resource 'aws_imagebuilder_component.c'"],
      ['Target', "string · default world · component resource 'aws_imagebuilder_component.c'"],
    ]);
    const after = TextDocument.applyEdits(document, [items[1].textEdit as TextEdit]);
    assert.ok(after.includes('name  = "Target"\n'), after);
    const unquoted = complete(component() + recipe(REF, [`Tar${CURSOR}`]));
    assert.ok(TextDocument.applyEdits(unquoted.document, [unquoted.items[1].textEdit as TextEdit]).includes('name  = "Target"\n'));
  });

  test('a component whose data = file("…"): the names the workspace knows of that file', () => {
    const index = new WorkspaceIndex();
    const file = `schemaVersion: 1.0\n${DECLARED.replace(/^ {4}/gm, '')}${PHASES.replace(/^ {4}/gm, '')}`;
    index.set(service.summarize(service.analyze(TextDocument.create('file:///work/component.yaml', 'yaml', 1, file))));
    index.setComplete(true);
    const text = component('file("component.yaml")') + recipe(REF, ['"Greeting"', `"${CURSOR}"`]);
    assert.deepEqual(complete(text, index).items.map((i) => [i.label, i.detail]), [['Target', "string · default world · component resource 'aws_imagebuilder_component.c' (component.yaml)"]]);
    assert.deepEqual(complete(text).items, [], 'no workspace: nothing known of the file');
  });
});
