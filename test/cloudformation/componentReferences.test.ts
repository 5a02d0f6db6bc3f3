// Find-references from a Component resource's logical id (or from a reference to it) to every recipe
// `ComponentArn` of the same template naming it (`!Ref`, `!GetAtt X.Arn` in both forms, `!Sub` with `${X}`
// or `${X.Arn}`, its list form), through the facade, in YAML and in the JSON template of long forms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Position } from 'vscode-languageserver-types';
import { service } from '../support/harness';
import { template } from './cases';
import { comp } from './parameterCases';
import { yamlTemplateToJson } from './toJson';

const OTHER = '  Other:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Name: other\n      Platform: Linux\n      Version: 1.0.0\n      Uri: s3://bucket/other.yaml\n';
const ENTRIES = [
  '!Ref Comp', '!GetAtt Comp.Arn', '!GetAtt [Comp, Arn]', "!Sub '${Comp}'", "!Sub 'x-${Comp.Arn}'", "!Sub ['${Comp.Arn}', {Unused: u}]",
  '!GetAtt Comp.Name', // not its ARN: no component reference
  '!Ref Other',
];
const RECIPE = `  Recipe:\n    Type: AWS::ImageBuilder::ImageRecipe\n    Properties:\n      Name: recipe\n      Version: 1.0.0\n      ParentImage: ami-12345678\n      Components:\n${ENTRIES.map((e) => `        - ComponentArn: ${e}\n`).join('')}`;
const YAML = template(`${comp()}${OTHER}${RECIPE}`);

function versions(): Array<{ name: string; document: TextDocument }> {
  return [['t.yaml', YAML], ['t.json', yamlTemplateToJson(YAML)]].map(([name, text]) => ({
    name, document: TextDocument.create(`file:///work/${name}`, name.endsWith('.json') ? 'json' : 'yaml', 1, text),
  }));
}

/** The position one character into the `nth` (0-based) whole-word occurrence of `word`. */
function at(document: TextDocument, word: string, nth: number): Position {
  const match = [...document.getText().matchAll(new RegExp(`\\b${word}\\b`, 'g'))][nth];
  assert.ok(match, `${word} #${nth}`);
  return document.positionAt(match.index + 1);
}

/** The references as `<line>:<covered text>`, in the order given. */
function references(document: TextDocument, position: Position, includeDeclaration: boolean): string[] {
  const analysis = service().analyze(document);
  return service().findReferences(analysis, position, includeDeclaration).map((l) => `${l.range.start.line}:${document.getText(l.range)}`);
}

/** The references written at these occurrences of `word`, as `references` gives them. */
function written(document: TextDocument, word: string, nths: number[]): string[] {
  return nths.map((nth) => `${at(document, word, nth).line}:${word}`);
}

test('from the logical id: the declaration and every ComponentArn naming the resource (Ref, GetAtt Arn, Sub), not GetAtt Name', () => {
  for (const { name, document } of versions()) {
    const declaration = at(document, 'Comp', 0);
    const uses = written(document, 'Comp', [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(references(document, declaration, true), [`${declaration.line}:Comp`, ...uses], name);
    assert.deepEqual(references(document, declaration, false), uses, `${name}: without the declaration`);
  }
});

test('from any reference the same list; a component with Uri (no inline Data) has its uses too, and only its own', () => {
  for (const { name, document } of versions()) {
    const all = references(document, at(document, 'Comp', 0), true);
    for (const nth of [1, 4, 6]) assert.deepEqual(references(document, at(document, 'Comp', nth), true), all, `${name}: from reference #${nth}`);
    assert.deepEqual(references(document, at(document, 'Other', 0), true), written(document, 'Other', [0, 1]), name);
    assert.deepEqual(references(document, at(document, 'Other', 1), false), written(document, 'Other', [1]), name);
  }
});

test('nothing from a GetAtt of another attribute, from the recipe, or from the Type', () => {
  for (const { name, document } of versions()) {
    assert.deepEqual(references(document, at(document, 'Comp', 7), true), [], `${name}: !GetAtt Comp.Name`);
    assert.deepEqual(references(document, at(document, 'Recipe', 0), true), [], name);
    assert.deepEqual(references(document, at(document, 'ImageRecipe', 0), true), [], name);
  }
});
