import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { InsertTextFormat, TextEdit } from 'vscode-languageserver-types';
import { LanguageService } from '../../server/src/service/languageService';
import { terraformService, tfCodes, tfFixture } from '../support/terraform';

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

const FILES = path.join(__dirname, '..', '..', '..', 'test', 'terraform', 'files');

/** An `aws_imagebuilder_component` (lines 1–4 fixed) whose `data` is `data`, written from line 5 on. */
const component = (data: string, platform = '"Linux"'): string => `resource "aws_imagebuilder_component" "c" {\n  name     = "c"\n  platform = ${platform}\n  version  = "1.0.0"\n  data     = ${data}\n}\n`;
/** A `<<-EOT` heredoc (its body from line 6 on, indented four spaces). */
const flush = (body: string): string => `<<-EOT\n${body.split('\n').map((l) => (l === '' ? l : `    ${l}`)).join('\n')}  EOT`;
const STEPS = (step: string): string => `schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: A\n${step}`;

/** [name, text, expected `line:code` list]: one row a check. */
const CASES: Array<[string, string, string[]]> = [
  ['a clean heredoc', component(flush(STEPS('        action: ExecuteBash\n        inputs:\n          commands: [echo hi]\n'))), []],
  ['<<-: an unknown key at its line', component(flush(STEPS('        action: ExecuteBash\n        timeoutSecond: 5\n        inputs:\n          commands: [echo hi]\n'))), ['12:unknown-property']],
  ['<<: an unknown action', component(`<<EOT\n${STEPS('        action: ExecuteBsh\n')}EOT`), ['11:unknown-action']],
  ['missing phases', component(flush('schemaVersion: 1.0\n')), ['6:missing-property']],
  ['inputs of the action', component(flush(STEPS('        action: ExecuteBash\n        inputs:\n          command: [echo hi]\n'))), ['13:unknown-property']],
  ["the resource's platform", component(flush(STEPS('        action: ExecutePowerShell\n        inputs:\n          commands: [echo hi]\n'))), ['11:action-platform']],
  ['a platform not known here says nothing', component(flush(STEPS('        action: ExecutePowerShell\n        inputs:\n          commands: [echo hi]\n')), 'var.platform'), []],
  ['${…} where a value starts is opaque: action, timeout, a whole list, a quoted value', component(flush(STEPS('        action: ${var.a}\n        timeoutSeconds: ${var.t}\n        inputs:\n          commands:\n            ${indent(12, yamlencode(var.c))}\n      - name: B\n        action: "${var.b}"\n'))), []],
  ['${…} as a phase or step name is opaque, twice too', component(flush('schemaVersion: 1.0\nphases:\n  - name: ${var.phase}\n    steps:\n      - name: ${var.x}\n        action: Reboot\n      - name: ${var.y}\n        action: Reboot\n')), []],
  ['a chaining reference that may name a ${…}-named step or phase is unknown; a literal miss is still an error', component(flush('schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: ${var.s}\n        action: Reboot\n      - name: Use\n        action: ExecuteBash\n        inputs:\n          commands: ["{{ build.Fetch.outputs.stdout }}"]\n  - name: ${var.p}\n    steps:\n      - name: Fetch\n        action: Reboot\n  - name: validate\n    steps:\n      - name: Check\n        action: ExecuteBash\n        inputs:\n          commands: ["{{ other.Fetch.outputs.stdout }}", "{{ validate.Nope.outputs.stdout }}"]\n')), ['25:undefined-reference']],
  ['%{ if }…%{ endif } lines are left out, their content kept', component(flush(`%{ if var.d != null ~}\ndescription: \${var.d}\n%{ endif ~}\n${STEPS('        action: Reboot\n        timeoutSecond: 5\n')}`)), ['15:unknown-property']],
  ['a quoted string with HCL escapes', component('"schemaVersion: 1.0\\nphases:\\n  - name: biuld\\n    steps:\\n      - name: A\\n        action: Reboot\\n"'), ['5:unknown-phase']],
  ['a syntax error in the document (at its end: the closing line)', component(flush('schemaVersion: 1.0\nphases: [\n')), ['8:syntax']],
  ['data from elsewhere is not judged', component('var.data'), []],
  ['a data that is no mapping is not a component document here', component('"just text"'), []],
  ["a workflow's data is not a component document", 'resource "aws_imagebuilder_workflow" "w" {\n  name    = "w"\n  type    = "BUILD"\n  version = "1.0.0"\n  data    = <<-EOT\n    nope: 1\n  EOT\n}\n', []],
];

/** The host text a range covers. */
function covered(document: TextDocument, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  return document.getText(range);
}

describe('component documents in aws_imagebuilder_component data', () => {
  for (const [name, text, expected] of CASES) test(name, () => assert.deepEqual(tfCodes(service, text), expected));

  test('diagnostics cover the host text of what they name', () => {
    const { document, analysis } = tfFixture(service, component(flush(STEPS('        action: ExecuteBash\n        timeoutSecond: 5\n'))));
    const d = service.doValidation(analysis).find((x) => x.code === 'unknown-property')!;
    assert.equal(covered(document, d.range), 'timeoutSecond');
    assert.match(d.message, /Did you mean 'timeoutSeconds'/);
  });

  /** [name, text, the diagnostic's code, the fix's text in the host] */
  const FIXES: Array<[string, string, string, string]> = [
    ['in a heredoc', component(flush(STEPS('        action: ExecuteBsh\n'))), 'unknown-action', 'ExecuteBash'],
    ['in a quoted string', component('"schemaVersion: 1.0\\nphases:\\n  - name: biuld\\n    steps:\\n      - name: A\\n        action: Reboot\\n"'), 'unknown-phase', 'build'],
  ];
  for (const [name, text, code, newText] of FIXES) {
    test(`the quick fix is written back in place: ${name}`, () => {
      const { document, analysis } = tfFixture(service, text);
      const d = service.doValidation(analysis).find((x) => x.code === code)!;
      const edit = service.getCodeActions(analysis, d.range, [d])[0].edit!.changes![document.uri][0];
      assert.equal(edit.newText, newText);
      assert.deepEqual(edit.range, d.range);
    });
  }

  test('completion inside the heredoc comes from the component support, in place, snippets kept', () => {
    const { document, analysis, offset } = tfFixture(service, component(flush(STEPS('        action: Exec\u0001\n'))));
    const list = service.doComplete(analysis, document.positionAt(offset));
    const item = list.items.find((i) => i.label === 'ExecuteBash');
    assert.ok(item, list.items.map((i) => i.label).join(', '));
    const edit = item.textEdit as TextEdit;
    assert.equal(covered(document, edit.range), 'Exec');
    const keys = service.doComplete(...at(component(flush(STEPS('        action: Reboot\n        \u0001\n')))));
    const snippet = keys.items.find((i) => i.insertTextFormat === InsertTextFormat.Snippet);
    assert.ok(snippet, 'a key completion stays a snippet in a heredoc');
  });

  test('completion inside a quoted data is plain text, escaped for HCL', () => {
    const list = service.doComplete(...at(component('"schemaVersion: 1.0\\nphases:\\n  - name: build\\n    steps:\\n      - name: A\\n        action: Exec\u0001\\n"')));
    const item = list.items.find((i) => i.label === 'ExecuteBash');
    assert.ok(item);
    assert.notEqual(item.insertTextFormat, InsertTextFormat.Snippet);
  });

  test('inside a ${…} the component has nothing to say', () => {
    const list = service.doComplete(...at(component(flush(STEPS('        action: ${var.a\u0001b}\n')))));
    assert.ok(!list.items.some((i) => i.label === 'ExecuteBash'), list.items.map((i) => i.label).join(', '));
    const keys = service.doComplete(...at(component(flush(STEPS('        action: Reboot\n        ${var.k\u0001ey}: 1\n')))));
    assert.ok(!keys.items.some((i) => i.label === 'onFailure'), keys.items.map((i) => i.label).join(', '));
    const hovered = at(component(flush(STEPS('        action: ExecuteBash\n        inputs:\n          comm${var.x\u0001}ands: [echo hi]\n'))));
    const hover = JSON.stringify(service.doHover(...hovered));
    assert.match(hover, /\*\*data\*\*/, "hover inside a ${…} that splits an input name is the host's: the data argument");
    assert.doesNotMatch(hover, /commands/);
    assert.match(JSON.stringify(service.doHover(...at(component(flush(STEPS('        action: ExecuteBash\n        inputs:\n          comm\u0001ands: [echo hi]\n')))))), /commands/, 'the same name written plainly has its hover');
    assert.deepEqual(service.findDefinition(...at(component(flush(STEPS('        action: ExecuteBash\n        inputs:\n          commands: ["{{ build.${var.s\u0001}.outputs.stdout }}"]\n'))))), []);
  });

  test('hover, definition, references, rename, symbols and folding in the test file, mapped back', () => {
    const text = fs.readFileSync(path.join(FILES, 'data-templates.tf'), 'utf8');
    const { document, analysis } = tfFixture(service, text, 'data-templates.tf');
    const position = (needle: string, delta = 0) => document.positionAt(text.indexOf(needle) + delta);
    const hover = service.doHover(analysis, position('ExecuteBash', 2));
    assert.match(JSON.stringify(hover?.contents), /ExecuteBash/);
    assert.equal(covered(document, hover!.range!), 'ExecuteBash');
    const reference = position('build.Hello.outputs', 'build.'.length + 1);
    const [definition] = service.findDefinition(analysis, reference);
    assert.equal(covered(document, definition.range), 'Hello');
    assert.equal(definition.range.start.line, position('- name: Hello').line);
    const references = service.findReferences(analysis, reference, true).map((l) => covered(document, l.range));
    assert.deepEqual(references, ['Hello', 'Hello']);
    const rename = service.doRename(analysis, reference, 'Greet') as { changes: Record<string, TextEdit[]> };
    const edits = rename.changes[document.uri];
    assert.deepEqual(edits.map((e) => [covered(document, e.range), e.newText]), [['Hello', 'Greet'], ['Hello', 'Greet']]);
    const names = service.findDocumentSymbols(analysis).flatMap((s) => [s.name, ...(s.children ?? []).map((c) => `${s.name}/${c.name}`)]);
    for (const expected of ['build/Hello', 'build/Custom', 'build/Say']) assert.ok(names.includes(expected), names.join(', '));
    const folds = service.getFoldingRanges(analysis).map((f) => f.startLine);
    assert.ok(folds.includes(position('phases:').line), 'the phases fold starts on its host line');
  });

  test('$${ and %%{ are a literal ${ and %{ in the document', () => {
    const { analysis } = tfFixture(service, component(flush(STEPS('        action: Reboot\n      - name: B$${x}%%{y}\n        action: Reboot\n'))));
    const steps = service.findDocumentSymbols(analysis)[0].children!.map((c) => c.name);
    assert.deepEqual(steps, ['A', 'B${x}%{y}']);
  });

  test('the platform shows in the status of a file with one component', () => {
    const { analysis } = tfFixture(service, component(flush(STEPS('        action: Reboot\n')), '"Windows"'));
    assert.equal(service.describeKind(analysis).platform, 'Windows');
  });
});

function at(text: string): [ReturnType<typeof tfFixture>['analysis'], ReturnType<TextDocument['positionAt']>] {
  const { document, analysis, offset } = tfFixture(service, text);
  return [analysis, document.positionAt(offset)];
}
