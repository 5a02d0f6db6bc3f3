// Completion of the parameter names a template recipe passes to a Component resource of the same
// template (`Components[].Parameters[].Name`), YAML and JSON, at the cursor (U+0001): what the component's
// Data declares and the entry does not pass yet, required first, with type, default and description.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { open, service } from '../support/harness';
import { template } from './cases';
import { comp, recipe } from './parameterCases';
import { yamlTemplateToJson } from './toJson';

const CURSOR = '\u0001';
/** Stands for the cursor while the YAML case becomes JSON (a control character is no YAML). */
const MARK = 'zzCursorzz';

/** `Parameters:` items with the given names; `\u0001` in a name is the cursor. */
function parameters(...names: string[]): string {
  return `\n          Parameters:\n${names.map((n) => `            - Name: ${n}\n              Value: [hi]\n`).join('')}`.trimEnd();
}

interface Case {
  readonly name: string;
  readonly yaml: string;
  /** The labels offered, in the order an editor shows them. */
  readonly labels: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'an empty Name: every declared name, the required one first', yaml: template(comp() + recipe(`ComponentArn: !Ref Comp${parameters(CURSOR)}`)), labels: ['Greeting', 'Target'] },
  { name: 'a name already passed is not offered again', yaml: template(comp() + recipe(`ComponentArn: !Ref Comp${parameters('Greeting', CURSOR)}`)), labels: ['Target'] },
  { name: 'the name under the cursor is offered again (it is being changed)', yaml: template(comp() + recipe(`ComponentArn: !GetAtt Comp.Arn${parameters(`Gre${CURSOR}ting`, 'Target')}`)), labels: ['Greeting'] },
  { name: "!Sub '${X}' in a container recipe", yaml: template(comp() + recipe(`ComponentArn: !Sub '\${Comp}'${parameters(`G${CURSOR}`)}`, 'ContainerRecipe', 'ParentImage: amazonlinux:latest')), labels: ['Greeting', 'Target'] },
  { name: 'the component resource declared after the recipe', yaml: template(recipe(`ComponentArn: !Ref Comp${parameters(CURSOR)}`) + comp()), labels: ['Greeting', 'Target'] },
  { name: 'an ARN string (the workspace\'s, not the template\'s): nothing', yaml: template(comp() + recipe(`ComponentArn: arn:aws:imagebuilder:us-east-1:123456789012:component/hello/1.0.0${parameters(CURSOR)}`)), labels: [] },
  { name: 'a Ref to a template parameter: nothing', yaml: template(comp() + recipe(`ComponentArn: !Ref ComponentArn${parameters(CURSOR)}`)), labels: [] },
  { name: 'a Value, not a Name: nothing', yaml: template(comp() + recipe('ComponentArn: !Ref Comp\n          Parameters:\n            - Name: Greeting\n              Value: [\u0001]')), labels: [] },
];

function versions(yaml: string): Array<{ file: string; text: string }> {
  return [{ file: 't.yaml', text: yaml }, { file: 't.json', text: yamlTemplateToJson(yaml.replace(CURSOR, MARK)).replace(MARK, CURSOR) }];
}

function complete(file: string, text: string): { document: TextDocument; items: CompletionItem[] } {
  const { analysis, document, offset } = open(text, { name: file });
  assert.equal(analysis.detection.kind?.id, 'cloudformation-template', file);
  const items = service().doComplete(analysis, document.positionAt(offset)).items;
  return { document, items: items.slice().sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)) };
}

for (const c of CASES) {
  test(c.name, () => {
    for (const { file, text } of versions(c.yaml)) assert.deepEqual(complete(file, text).items.map((i) => i.label), c.labels, `${file}\n${text}`);
  });
}

test('each item shows the declaration: type, required or default, the component; the description as documentation', () => {
  const { items } = complete('t.yaml', template(comp() + recipe(`ComponentArn: !Ref Comp${parameters(CURSOR)}`)));
  assert.deepEqual(items.map((i) => [i.label, i.detail, (i.documentation as MarkupContent | undefined)?.value]), [
    ['Greeting', "string · required · component resource 'Comp'", 'What to say'],
    ['Target', "string · default world · component resource 'Comp'", undefined],
  ]);
});

test('accepting an item writes the name as the language needs it', () => {
  for (const { file, text } of versions(template(comp() + recipe(`ComponentArn: !Ref Comp${parameters(`Tar${CURSOR}`)}`)))) {
    const { document, items } = complete(file, text);
    const item = items.find((i) => i.label === 'Target');
    assert.ok(item, file);
    const after = TextDocument.applyEdits(document, [item.textEdit as TextEdit]);
    assert.ok(after.includes(file.endsWith('.json') ? '"Name": "Target"' : '- Name: Target\n'), after);
    assert.deepEqual(service().doValidation(service().analyze(TextDocument.create(document.uri, document.languageId, 2, after))).filter((d) => d.code === 'undefined-parameter'), [], file);
  }
});
