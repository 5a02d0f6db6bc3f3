// Find-references from an `aws_imagebuilder_component` resource's label (or from a reference to it) to every
// recipe `component_arn = aws_imagebuilder_component.<label>.arn` (or `.id`) of the same file, through the facade.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Position } from 'vscode-languageserver-types';
import { LanguageService } from '../../server/src/service/languageService';
import { terraformService, tfFixture } from '../support/terraform';
import { component } from './parameterCases';

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

const FROM_FILE = 'resource "aws_imagebuilder_component" "d" {\n  name     = "d"\n  platform = "Linux"\n  version  = "1.0.0"\n  data     = file("d.yaml")\n}\n';
const block = (arn: string) => `  component {\n    component_arn = ${arn}\n  }\n`;
const recipe = (type: string, label: string, arns: string[]) =>
  `resource "aws_imagebuilder_${type}" "${label}" {\n  name         = "${label}"\n  version      = "1.0.0"\n  parent_image = "ami-12345678"\n${arns.map(block).join('')}}\n`;
const TEXT = component() + FROM_FILE +
  recipe('image_recipe', 'r', ['aws_imagebuilder_component.c.arn', 'aws_imagebuilder_component.d.arn', 'var.other']) +
  recipe('image_recipe', 's', ['aws_imagebuilder_component.c.id']);

/** One character into the `nth` (0-based) occurrence of `text`. */
function at(document: TextDocument, text: string, nth = 0): Position {
  const all = [...document.getText().matchAll(new RegExp(text.replace(/[.[\]"]/g, '\\$&'), 'g'))];
  assert.ok(all[nth], `${text} #${nth}`);
  return document.positionAt(all[nth].index + 1);
}

function references(document: TextDocument, position: Position, includeDeclaration: boolean): string[] {
  const { analysis } = tfFixture(service, document.getText());
  return service.findReferences(analysis, position, includeDeclaration).map((l) => `${l.range.start.line}:${document.getText(l.range)}`);
}

test('from the resource label: its name and every component_arn naming it (.arn and .id), in any recipe', () => {
  const { document } = tfFixture(service, TEXT);
  const label = at(document, '"c" {');
  const uses = [`${at(document, 'component.c.arn').line}:aws_imagebuilder_component.c.arn`, `${at(document, 'component.c.id').line}:aws_imagebuilder_component.c.id`];
  assert.deepEqual(references(document, label, true), [`${label.line}:c`, ...uses]);
  assert.deepEqual(references(document, label, false), uses);
  assert.deepEqual(references(document, at(document, 'component.c.id'), true), [`${label.line}:c`, ...uses], 'from a reference: the same');
});

test('a component whose data is a file() has its uses too, and only its own; a variable is no reference', () => {
  const { document } = tfFixture(service, TEXT);
  const label = at(document, '"d" {');
  assert.deepEqual(references(document, label, true), [`${label.line}:d`, `${at(document, 'component.d.arn').line}:aws_imagebuilder_component.d.arn`]);
  assert.deepEqual(references(document, at(document, 'var.other'), true), []);
  assert.deepEqual(references(document, at(document, '"r" {'), true), [], 'a recipe\'s label');
});
