// A recipe's `component { component_arn = aws_imagebuilder_component.x.arn … parameter { name = … } }`
// checked against x's `data` in the same file (heredoc, quoted string, yamlencode), through the facade:
// diagnostics as `L<line> <code> [<covered text>]`, then hover, definition and the quick fix.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupContent } from 'vscode-languageserver-types';
import { LanguageService, WorkspaceIndex } from '../../server/src/service/languageService';
import { terraformService, tfFixture } from '../support/terraform';
import { component, DECLARED, PARAMETER_CASES, PHASES, recipe, REF } from './parameterCases';

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

function report(text: string): string[] {
  const { analysis, document } = tfFixture(service, text);
  return service.doValidation(analysis).map((d) => `${String(d.code)} [${document.getText(d.range)}]`);
}

describe('recipe parameters against a component resource of the same file', () => {
  for (const [name, resources, expected] of PARAMETER_CASES) {
    const text = resources.join('');
    test(name, () => assert.deepEqual(report(text), expected, text));
  }

  test('the messages name the resource, as the workspace check names a file', () => {
    const { analysis } = tfFixture(service, component() + recipe(REF, ['"Greting"', '"Target"']));
    assert.deepEqual(service.doValidation(analysis).map((d) => d.message), [
      "Component resource 'aws_imagebuilder_component.c' needs parameter 'Greeting' (string): it has no default, so the build fails without it.",
      "Component resource 'aws_imagebuilder_component.c' has no parameter 'Greting': did you mean 'Greeting'? (it declares 'Greeting', 'Target').",
    ]);
  });

  const TEXT = component() + recipe(REF, ['"Greeting"', '"Target"']);
  /** The position one character into the `nth` (0-based) whole-word occurrence of `word` in `text`. */
  const at = (document: TextDocument, word: string, nth: number) => {
    const match = [...document.getText().matchAll(new RegExp(`\\b${word.replace(/\./g, '\\.')}\\b`, 'g'))][nth];
    assert.ok(match, `${word} #${nth}`);
    return document.positionAt(match.index + 1);
  };

  test('hover on a passed name shows its declaration in the heredoc', () => {
    const { analysis, document } = tfFixture(service, TEXT);
    const hover = service.doHover(analysis, at(document, 'Greeting', 1));
    assert.equal((hover?.contents as MarkupContent).value, "**Greeting** · `string` · required (no default) — parameter of component resource 'aws_imagebuilder_component.c'\n\nWhat to say");
    assert.equal(document.getText(hover!.range), 'Greeting');
    const target = service.doHover(analysis, at(document, 'Target', 1));
    assert.match((target?.contents as MarkupContent).value, /^\*\*Target\*\* · `string` · default `world`/);
  });

  test('go to definition: from a passed name to its declaration, from the reference to the resource\'s name', () => {
    const { analysis, document } = tfFixture(service, TEXT);
    const [declaration] = service.findDefinition(analysis, at(document, 'Greeting', 1));
    assert.equal(document.getText(declaration.range), 'Greeting');
    assert.equal(declaration.range.start.line, at(document, 'Greeting', 0).line, 'the declaration inside the heredoc');
    const [resource] = service.findDefinition(analysis, at(document, REF, 0));
    assert.equal(document.getText(resource.range), 'c');
    assert.equal(resource.range.start.line, 0);
  });

  test('the quick fix renames the undeclared name in its HCL string', () => {
    const { analysis, document } = tfFixture(service, component() + recipe(REF, ['"Greting"', '"Target"']));
    const d = service.doValidation(analysis).find((x) => x.code === 'undefined-parameter')!;
    const [action] = service.getCodeActions(analysis, d.range, [d]);
    assert.equal(action.title, "Change to 'Greeting'");
    const fixed = TextDocument.applyEdits(document, action.edit!.changes![document.uri]);
    assert.ok(fixed.includes('name  = "Greeting"'), fixed);
    assert.deepEqual(report(fixed), []);
  });
});

describe('recipe parameters against a component file the resource loads (file(), templatefile()), from the workspace', () => {
  const FILE = `schemaVersion: 1.0\n${DECLARED.replace(/^ {4}/gm, '')}${PHASES.replace(/^ {4}/gm, '')}`;
  const TF_URI = 'file:///ws/main.tf';

  /** The diagnostics, hover and definition of `tf` with a workspace holding the component `files` (URI → text). */
  function opened(tf: string, files: Record<string, string>) {
    const index = new WorkspaceIndex();
    for (const [uri, text] of Object.entries(files)) index.set(service.summarize(service.analyze(TextDocument.create(uri, 'yaml', 1, text))));
    index.setComplete(true);
    const document = TextDocument.create(TF_URI, 'terraform', 1, tf);
    return { document, analysis: service.analyze(document, { workspace: index }) };
  }
  const codes = (tf: string, files: Record<string, string>) => {
    const { analysis, document } = opened(tf, files);
    return service.doValidation(analysis).map((d) => `${String(d.code)} [${document.getText(d.range)}] ${d.message}`);
  };

  test('file(): a misspelt name (with its fix) and the required one missing, named with the file', () => {
    assert.deepEqual(codes(component('file("component.yaml")') + recipe(REF, ['"Greting"']), { 'file:///ws/component.yaml': FILE }), [
      `missing-parameter [${REF}] Component resource 'aws_imagebuilder_component.c' (component.yaml) needs parameter 'Greeting' (string): it has no default, so the build fails without it.`,
      "undefined-parameter [Greting] Component resource 'aws_imagebuilder_component.c' (component.yaml) has no parameter 'Greting': did you mean 'Greeting'? (it declares 'Greeting', 'Target').",
    ]);
  });

  test('${path.module}/…, every required one passed: nothing; a file not in the workspace: nothing', () => {
    assert.deepEqual(codes(component('file("${path.module}/component.yaml")') + recipe(REF, ['"Greeting"']), { 'file:///ws/component.yaml': FILE }), []);
    assert.deepEqual(codes(component('file("other.yaml")') + recipe(REF, ['"Greting"']), { 'file:///ws/component.yaml': FILE }), []);
  });

  test('templatefile(): a ${…}-named parameter may be any name (no undefined-parameter) and is never missing', () => {
    const templated = FILE.replace('parameters:\n', 'parameters:\n  - ${var.extra}:\n      type: string\n');
    assert.deepEqual(codes(component('templatefile("component.yaml.tpl", {})') + recipe(REF, ['"Greting"']), { 'file:///ws/component.yaml.tpl': templated }).map((l) => l.split(' [')[0]), ['missing-parameter']);
    assert.deepEqual(codes(component('templatefile("component.yaml.tpl", {})') + recipe(REF, ['"Greeting"']), { 'file:///ws/component.yaml.tpl': templated }), []);
  });

  test('hover shows the declaration; definition goes into the file, and from the reference to the resource', () => {
    const { analysis, document } = opened(component('file("component.yaml")') + recipe(REF, ['"Greeting"']), { 'file:///ws/component.yaml': FILE });
    const name = document.positionAt(document.getText().indexOf('"Greeting"') + 2);
    const hover = service.doHover(analysis, name);
    assert.equal((hover?.contents as MarkupContent).value, "**Greeting** · `string` · required (no default) — parameter of component resource 'aws_imagebuilder_component.c' (component.yaml)\n\nWhat to say");
    assert.deepEqual(service.findDefinition(analysis, name), [{ uri: 'file:///ws/component.yaml', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 12 } } }]);
    const [resource] = service.findDefinition(analysis, document.positionAt(document.getText().indexOf(REF) + 3));
    assert.equal(resource.uri, TF_URI);
    assert.equal(document.getText(resource.range), 'c');
  });
});
