import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupContent } from 'vscode-languageserver-types';
import { service } from '../support/harness';
import { template } from './cases';
import { comp, passing, recipe } from './parameterCases';
import { yamlTemplateToJson } from './toJson';

// Hover, definition and the quick fix on a recipe's parameters passed to a Component resource of the same
// template, through the facade, in YAML and JSON. A place is the `nth` occurrence of a word in the text.

const HOVERED = template(comp() + recipe(`ComponentArn: !Ref Comp${passing('Greeting', 'Target', 'Greting')}`));
const MISSPELT = template(comp() + recipe(`ComponentArn: !Ref Comp${passing('Greting', 'Target')}`));

function versions(yaml: string): Array<{ name: string; document: TextDocument }> {
  return [['t.yaml', yaml], ['t.json', yamlTemplateToJson(yaml)]].map(([name, text]) => ({
    name, document: TextDocument.create(`file:///work/${name}`, name.endsWith('.json') ? 'json' : 'yaml', 1, text),
  }));
}

/** The position of the `nth` (0-based) occurrence of `word` as a whole word, one character into it. */
function at(document: TextDocument, word: string, nth: number) {
  const matches = [...document.getText().matchAll(new RegExp(`\\b${word}\\b`, 'g'))];
  assert.ok(matches[nth], `${word} #${nth}`);
  return document.positionAt(matches[nth].index + 1);
}

/** The line of the `nth` occurrence of `word`. */
function lineOf(document: TextDocument, word: string, nth: number): number {
  return at(document, word, nth).line;
}

test('hover on a passed name shows the component resource\'s declaration (type, required or default, description)', () => {
  for (const { name, document } of versions(HOVERED)) {
    const analysis = service().analyze(document);
    // Occurrences of `Greeting`: 0 its declaration in Data, 1 `{{ Greeting }}`, 2 the recipe's Name.
    const hover = service().doHover(analysis, at(document, 'Greeting', 2));
    assert.equal((hover?.contents as MarkupContent).value, "**Greeting** · `string` · required (no default) — parameter of component resource 'Comp'\n\nWhat to say", name);
    assert.equal(document.getText(hover!.range), 'Greeting', name);
    const target = service().doHover(analysis, at(document, 'Target', 1));
    assert.equal((target?.contents as MarkupContent).value, "**Target** · `string` · default `world` — parameter of component resource 'Comp'", name);
    assert.equal(service().doHover(analysis, at(document, 'Greting', 0)), null, `${name}: an undeclared name has nothing to show`);
  }
});

test('go to definition: from a passed name to its declaration in Data, from the reference to the resource', () => {
  for (const { name, document } of versions(HOVERED)) {
    const analysis = service().analyze(document);
    const [declaration] = service().findDefinition(analysis, at(document, 'Greeting', 2));
    assert.equal(document.getText(declaration.range), 'Greeting', name);
    assert.equal(declaration.range.start.line, lineOf(document, 'Greeting', 0), `${name}: the declaration inside Data`);
    // Occurrences of `Comp`: 0 the logical id, 1 the reference (`!Ref Comp`, `"Ref": "Comp"`).
    const [resource] = service().findDefinition(analysis, at(document, 'Comp', 1));
    assert.equal(document.getText(resource.range), 'Comp', name);
    assert.equal(resource.range.start.line, lineOf(document, 'Comp', 0), `${name}: the resource's logical id`);
  }
});

test('the quick fix renames an undeclared name to the closest declared one; the template is then clean of parameter problems', () => {
  for (const { name, document } of versions(MISSPELT)) {
    const diagnostics = service().doValidation(service().analyze(document));
    const undefinedName = diagnostics.find((d) => d.code === 'undefined-parameter');
    assert.ok(undefinedName, `${name}: ${diagnostics.map((d) => d.message).join('; ')}`);
    const [action] = service().getCodeActions(service().analyze(document), undefinedName.range, [undefinedName]);
    assert.equal(action?.title, "Change to 'Greeting'", name);
    const edits = action.edit?.changes?.[document.uri] ?? [];
    const fixed = TextDocument.applyEdits(document, edits);
    assert.ok(fixed.includes(name.endsWith('.json') ? '"Name": "Greeting"' : 'Name: Greeting'), name);
    assert.ok(!fixed.includes('Greting'), name);
    const after = service().doValidation(service().analyze(TextDocument.create(document.uri, document.languageId, 2, fixed)));
    assert.deepEqual(after.filter((d) => String(d.code).endsWith('-parameter')), [], name);
  }
});
