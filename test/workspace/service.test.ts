import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic } from 'vscode-languageserver-types';
import { checkComponentParameters } from '../../server/src/service/component/componentParameters';
import { WorkspaceIndex } from '../../server/src/service/languageService';
import { service } from '../support/harness';
import { ACCOUNT_ARN, HELLO_COMPONENT, recipeJson } from './fixtures';

const COMPONENT_URI = 'file:///ws/components/hello.yaml';
const RECIPE_URI = 'file:///ws/recipes/recipe.json';

function indexOf(files: Record<string, string>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [uri, text] of Object.entries(files)) index.set(service().summarize(analyse(uri, text)));
  index.setComplete(true);
  return index;
}

function analyse(uri: string, text: string, workspace?: WorkspaceIndex) {
  const document = TextDocument.create(uri, uri.endsWith('.json') ? 'json' : 'yaml', 1, text);
  return service().analyze(document, { workspace });
}

function crossFile(diagnostics: Diagnostic[]): string[] {
  return diagnostics.filter((d) => ['undefined-parameter', 'missing-parameter', 'recipe-platform'].includes(String(d.code))).map((d) => `${d.code}: ${d.message}`);
}

describe('workspace: recipes checked against workspace components', () => {
  test('a misspelt parameter is undefined-parameter with the closest name and a quick fix; the one without default is missing', () => {
    const text = recipeJson([['Greting', 'hi']]);
    const index = indexOf({ [COMPONENT_URI]: HELLO_COMPONENT });
    const analysis = analyse(RECIPE_URI, text, index);
    const diagnostics = service().doValidation(analysis);
    assert.deepEqual(crossFile(diagnostics), [
      "missing-parameter: Component 'hello-world' (hello.yaml) needs parameter 'Greeting' (string): it has no default, so the build fails without it.",
      "undefined-parameter: Component 'hello-world' (hello.yaml) has no parameter 'Greting': did you mean 'Greeting'? (it declares 'Greeting', 'Version').",
    ]);
    const undefinedParameter = diagnostics.find((d) => d.code === 'undefined-parameter')!;
    const actions = service().getCodeActions(analysis, undefinedParameter.range, [undefinedParameter]);
    const edit = actions[0].edit!.changes![RECIPE_URI][0];
    const fixed = TextDocument.applyEdits(TextDocument.create(RECIPE_URI, 'json', 1, text), [edit]);
    assert.deepEqual(crossFile(service().doValidation(analyse(RECIPE_URI, fixed, index))), []);
  });

  test('all parameters passed: nothing; an ARN naming no workspace component: nothing', () => {
    const index = indexOf({ [COMPONENT_URI]: HELLO_COMPONENT });
    assert.deepEqual(crossFile(service().doValidation(analyse(RECIPE_URI, recipeJson([['Greeting', 'hi']]), index))), []);
    assert.deepEqual(crossFile(service().doValidation(analyse(RECIPE_URI, recipeJson([['X', 'y']], `${ACCOUNT_ARN}/elsewhere/1.0.0`), index))), []);
  });

  test('without a workspace the recipe is checked alone (no cross-file problems)', () => {
    assert.deepEqual(crossFile(service().doValidation(analyse(RECIPE_URI, recipeJson([['Greting', 'hi']])))), []);
  });

  test('the version of the ARN must match a request-given version, unless it is x', () => {
    const request = JSON.stringify({ name: 'Hello-World', semanticVersion: '2.1.0', platform: 'Linux', data: HELLO_COMPONENT.replace('name: hello-world\n', '') });
    const index = indexOf({ 'file:///ws/hello.request.json': request });
    const at = (version: string) => crossFile(service().doValidation(analyse(RECIPE_URI, recipeJson([], `${ACCOUNT_ARN}/hello-world/${version}`), index))).length;
    assert.equal(at('2.1.0'), 1);
    assert.equal(at('2.x.x'), 1);
    assert.equal(at('1.0.0'), 0);
    assert.equal(at('2.1.0/3'), 1);
  });

  test('recipe-platform: a Windows component in a recipe whose parent image is Linux', () => {
    const request = JSON.stringify({ name: 'win-thing', semanticVersion: '1.0.0', platform: 'Windows', data: 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: A\n        action: Reboot\n' });
    const index = indexOf({ 'file:///ws/win.json': request });
    const linux = crossFile(service().doValidation(analyse(RECIPE_URI, recipeJson([], `${ACCOUNT_ARN}/win-thing/1.0.0`), index)));
    assert.deepEqual(linux, ["recipe-platform: Component 'win-thing' (win.json) is a Windows component, but this recipe builds Linux (its parent image `amazon-linux-2023-x86`): Image Builder refuses a component whose platform is not the recipe's."]);
    const ami = recipeJson([], `${ACCOUNT_ARN}/win-thing/1.0.0`, { parentImage: 'ami-0123456789abcdef0' });
    assert.deepEqual(crossFile(service().doValidation(analyse(RECIPE_URI, ami, index))), []);
  });

  test('a component file is known by its document name, else by its file name', () => {
    const index = indexOf({ 'file:///ws/c/unnamed-thing.yaml': HELLO_COMPONENT.replace('name: hello-world\n', '') });
    assert.equal(index.componentsNamed('unnamed-thing')[0]?.nameSource, 'file');
    assert.equal(indexOf({ [COMPONENT_URI]: HELLO_COMPONENT }).componentsNamed('HELLO-WORLD')[0]?.nameSource, 'document');
  });

  test('hover on the ARN shows the component and how its name was found; on a parameter, its declaration', () => {
    const index = indexOf({ [COMPONENT_URI]: HELLO_COMPONENT });
    const text = recipeJson([['Greeting', 'hi']]);
    const analysis = analyse(RECIPE_URI, text, index);
    const document = TextDocument.create(RECIPE_URI, 'json', 1, text);
    const hoverAt = (needle: string) => service().doHover(analysis, document.positionAt(text.indexOf(needle) + 3));
    const arnHover = JSON.stringify(hoverAt('arn:aws:imagebuilder:us-east-1:123')?.contents);
    assert.match(arnHover, /hello-world/);
    assert.match(arnHover, /document's `name`/);
    assert.match(arnHover, /`Greeting`/);
    assert.match(JSON.stringify(hoverAt('"Greeting"')?.contents), /What to say/);
  });

  test('definition from the ARN goes to the component file; references from its name find the recipe', () => {
    const text = recipeJson([['Greeting', 'hi']]);
    const index = indexOf({ [COMPONENT_URI]: HELLO_COMPONENT, [RECIPE_URI]: text });
    const document = TextDocument.create(RECIPE_URI, 'json', 1, text);
    const definition = service().findDefinition(analyse(RECIPE_URI, text, index), document.positionAt(text.indexOf('hello-world/x')));
    assert.deepEqual(definition.map((l) => `${l.uri}:${l.range.start.line}`), [`${COMPONENT_URI}:0`]);
    const references = service().findReferences(analyse(COMPONENT_URI, HELLO_COMPONENT, index), { line: 0, character: 8 }, false);
    assert.deepEqual(references.map((l) => `${l.uri}:${l.range.start.line}`), [`${RECIPE_URI}:${document.positionAt(text.indexOf('"componentArn')).line}`]);
  });

  test('workspace symbols list components, parameters, phases and steps', () => {
    const index = indexOf({ [COMPONENT_URI]: HELLO_COMPONENT });
    const names = service().findWorkspaceSymbols(index, '').map((s) => `${s.name}${s.containerName ? ` in ${s.containerName}` : ''}`);
    assert.deepEqual(names, ['hello-world', 'Greeting in hello-world', 'Version in hello-world', 'build in hello-world', 'Say in hello-world › build']);
    assert.deepEqual(service().findWorkspaceSymbols(index, 'grt').map((s) => s.name), ['Greeting']);
  });

  test('an open document wins over the file on disk', () => {
    const index = indexOf({ [COMPONENT_URI]: HELLO_COMPONENT });
    index.setOpen(service().summarize(analyse(COMPONENT_URI, HELLO_COMPONENT.replace('name: hello-world', 'name: renamed'))));
    assert.equal(index.componentsNamed('hello-world').length, 0);
    assert.equal(index.componentsNamed('renamed').length, 1);
    index.closeOpen(COMPONENT_URI);
    assert.equal(index.componentsNamed('hello-world').length, 1);
  });

  test('an open document summarised again without a change of its facts is no change of the index', () => {
    const index = indexOf({});
    const summary = (text: string) => service().summarize(analyse(COMPONENT_URI, text));
    index.setOpen(summary(HELLO_COMPONENT));
    const before = index.generation;
    index.setOpen(summary(HELLO_COMPONENT)); // a new analysis, the same facts
    assert.equal(index.generation, before);
    const renamed = HELLO_COMPONENT.replace('- name: Say', '- name: Sax');
    index.setOpen(summary(renamed));
    assert.equal(index.generation, before + 1, 'a step renamed, deep in the phases (nothing else differs)');
    index.setOpen(summary(renamed));
    assert.equal(index.generation, before + 1);
    index.setOpen(summary(renamed.replace('    steps:', '    # a comment\n    steps:')));
    assert.equal(index.generation, before + 2, 'a comment moves the step: its range is a fact');
  });
});

describe('checkComponentParameters', () => {
  test('exact names; no suggestion when nothing is close; a declared-but-passed name is not suggested again', () => {
    const declared = [{ name: 'Version', hasDefault: false }, { name: 'Path', hasDefault: true }];
    const at = (name: string, offset: number) => ({ name, offset, length: name.length + 2, nameOffset: offset + 1, nameLength: name.length });
    const problems = checkComponentParameters(declared, [at('Version', 0), at('Verison', 20), at('Zzz', 40)], { component: "component 'c'", offset: 100, length: 5 });
    assert.deepEqual(problems.map((p) => `${p.code}@${p.offset} ${p.fixes?.[0]?.edits[0].newText ?? '-'}`), ['undefined-parameter@20 -', 'undefined-parameter@40 -']);
    const missing = checkComponentParameters(declared, [at('Verison', 20)], { component: "component 'c'", offset: 100, length: 5 });
    assert.deepEqual(missing.map((p) => `${p.code}@${p.offset} ${p.fixes?.[0]?.edits[0].newText ?? '-'}`), ['undefined-parameter@20 Version', 'missing-parameter@100 -']);
  });
});
