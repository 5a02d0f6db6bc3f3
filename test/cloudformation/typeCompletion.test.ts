import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { open, service } from '../support/harness';
import { repoRoot } from '../support/paths';

/** The type names the generated schemas name, read from the files themselves (not typed here). */
const GENERATED = readdirTypes();

function readdirTypes(): string[] {
  const dir = join(repoRoot, 'schemas', 'cloudformation');
  return readdirSync(dir).filter((f: string) => f.endsWith('.schema.json'))
    .map((f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'))['x-cloudformation-type'] as string).sort();
}

/** The items at the `CURSOR` (U+0001) of `text`. */
function complete(text: string, name: string) {
  const { analysis, document, offset } = open(text, { name });
  return { document, items: service().doComplete(analysis, document.positionAt(offset)).items };
}

const IB_YAML = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  C:\n    Type: AWS::ImageBuilder::Component\n    Properties: { Name: c, Platform: Linux, Version: 1.0.0, Uri: s3://b/c.yaml }\n";

const CASES: ReadonlyArray<{ name: string; file: string; text: string; expect: 'all' | 'none'; insert?: string }> = [
  { name: 'YAML: empty value after Type: in a template with an Image Builder resource', file: 't.yaml', text: `${IB_YAML}  R:\n    Type: \u0001\n`, expect: 'all', insert: 'AWS::ImageBuilder::ImageRecipe' },
  { name: 'YAML: a partial name', file: 't.yaml', text: `${IB_YAML}  R:\n    Type: AWS::ImageBuilder::Ima\u0001\n`, expect: 'all', insert: 'AWS::ImageBuilder::ImageRecipe' },
  { name: 'YAML: typed prefix in a template with no Image Builder resource yet', file: 'n.yaml', text: "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  R:\n    Type: AWS::Ima\u0001\n", expect: 'all' },
  { name: 'YAML: no Image Builder resource and nothing typed: nothing (cfn-lint\'s)', file: 'q.yaml', text: "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n  R:\n    Type: \u0001\n", expect: 'none' },
  { name: 'YAML: Type under Properties is no resource type', file: 't.yaml', text: `${IB_YAML}  R:\n    Type: AWS::ImageBuilder::Image\n    Properties:\n      Type: \u0001\n`, expect: 'none' },
  { name: 'JSON: quoted partial value', file: 'x.template.json', text: '{"Resources": {"C": {"Type": "AWS::ImageBuilder::Component", "Properties": {}}, "R": {"Type": "AWS::ImageBuilder::Ima\u0001"}}}', expect: 'all', insert: '"AWS::ImageBuilder::ImageRecipe"' },
  { name: 'JSON: after the colon', file: 'x.template.json', text: '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"C": {"Type": "AWS::ImageBuilder::Component"}, "R": {"Type": \u0001}}}', expect: 'all', insert: '"AWS::ImageBuilder::ImageRecipe"' },
];

test('the generated schemas name nine Image Builder resource types', () => {
  assert.ok(GENERATED.length >= 9, GENERATED.join());
  assert.ok(GENERATED.every((t) => t.startsWith('AWS::ImageBuilder::')));
});

for (const c of CASES) {
  test(`type completion: ${c.name}`, () => {
    const { document, items } = complete(c.text, c.file);
    const types = items.map((i) => i.label).filter((l) => l.startsWith('AWS::ImageBuilder::'));
    if (c.expect === 'none') {
      assert.deepEqual(types, []);
      return;
    }
    assert.deepEqual([...types].sort(), GENERATED);
    if (c.insert) {
      const item = items.find((i) => i.label === 'AWS::ImageBuilder::ImageRecipe')!;
      const edit = item.textEdit as { newText: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
      const applied = TextDocument.applyEdits(document, [edit]);
      assert.ok(applied.includes(`Type${c.file.endsWith('.json') ? '"' : ''}: ${c.insert}`), applied);
    }
  });
}
