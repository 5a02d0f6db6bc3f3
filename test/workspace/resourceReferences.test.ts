// A component resource used both by ARN and by reference to the resource (a template's `!Ref X`, `!GetAtt
// X.Arn`, `${X}`, their long forms; Terraform's `aws_imagebuilder_component.x.arn`), through the facade with a
// workspace index: find references from the resource's literal `Name` / `name`, from its logical id / label
// and from a reference to it list the uses by ARN in the workspace and the references to the resource in its
// file (and, in Terraform, in the other files of its module), the declaration (the name, or the logical id /
// label) once; hover on a reference shows the component as hover on its ARN does.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Location, MarkupContent, Position } from 'vscode-languageserver-types';
import { LanguageService, WorkspaceIndex } from '../../server/src/service/languageService';
import { template } from '../cloudformation/cases';
import { comp } from '../cloudformation/parameterCases';
import { yamlTemplateToJson } from '../cloudformation/toJson';
import { service } from '../support/harness';
import { terraformService } from '../support/terraform';
import { component, recipe as tfRecipe, REF } from '../terraform/parameterCases';
import { recipeJson } from './fixtures';

const ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:component';
const OTHER = '  Other:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Name: other\n      Platform: Linux\n      Version: 1.0.0\n      Uri: s3://bucket/other.yaml\n';
const COMPUTED = '  Computed:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Name: !Sub "${AWS::StackName}-c"\n      Platform: Linux\n      Version: 1.0.0\n      Uri: s3://bucket/c.yaml\n';
/** The references to Comp (each names it once), then entries that are not. */
const BY_RESOURCE = ['!Ref Comp', '!GetAtt Comp.Arn', '!GetAtt [Comp, Arn]', "!Sub '${Comp}'", "!Sub 'x-${Comp.Arn}'"];
const ENTRIES = [...BY_RESOURCE, `${ARN}/hello/1.0.0`, '!GetAtt Comp.Name', '!Ref Other', '!Ref Computed'];
const RECIPE = `  Recipe:\n    Type: AWS::ImageBuilder::ImageRecipe\n    Properties:\n      Name: recipe\n      Version: 1.0.0\n      ParentImage: ami-12345678\n      Components:\n${ENTRIES.map((e) => `        - ComponentArn: ${e}\n`).join('')}`;
const YAML = template(`${comp()}${OTHER}${COMPUTED}${RECIPE}`);
const ELSEWHERE = { uri: 'file:///ws/recipe.json', text: recipeJson([], `${ARN}/hello/x.x.x`) };

/** `<file>:<line>:<covered text>` of each location, in the order given. */
function shown(locations: readonly Location[], texts: Record<string, TextDocument>): string[] {
  return locations.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}:${texts[l.uri].getText(l.range)}`);
}

/** The position one character into the `nth` (0-based) whole-word occurrence of `word`. */
function at(document: TextDocument, word: string, nth = 0): Position {
  const match = [...document.getText().matchAll(new RegExp(`(?<![\\w-])${word}(?![\\w-])`, 'g'))][nth];
  assert.ok(match, `${word} #${nth}`);
  return document.positionAt(match.index + 1);
}

function indexOf(ls: LanguageService, documents: readonly TextDocument[]): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const document of documents) index.set(ls.summarize(ls.analyze(document)));
  index.setComplete(true);
  return index;
}

const hoverText = (ls: LanguageService, document: TextDocument, position: Position, workspace?: WorkspaceIndex) =>
  (ls.doHover(ls.analyze(document, { workspace }), position)?.contents as MarkupContent | undefined)?.value ?? '';

describe('workspace: a template component used by ARN and by reference', () => {
  for (const [name, text] of [['stack.yaml', YAML], ['stack.json', yamlTemplateToJson(YAML)]]) {
    const stack = TextDocument.create(`file:///ws/${name}`, name.endsWith('.json') ? 'json' : 'yaml', 1, text);
    const elsewhere = TextDocument.create(ELSEWHERE.uri, 'json', 1, ELSEWHERE.text);
    const texts = { [stack.uri]: stack, [elsewhere.uri]: elsewhere };
    const index = indexOf(service(), [stack, elsewhere]);
    const references = (position: Position, includeDeclaration: boolean, workspace: WorkspaceIndex | null = index) =>
      shown(service().findReferences(service().analyze(stack, { workspace: workspace ?? undefined }), position, includeDeclaration), texts);
    const byResource = BY_RESOURCE.map((_, i) => `${name}:${at(stack, 'Comp', i + 1).line}:Comp`);
    const quote = name.endsWith('.json') ? '"' : '';
    const byArn = [`${name}:${at(stack, `${ARN}/hello/1.0.0`).line}:${quote}${ARN}/hello/1.0.0${quote}`, `recipe.json:6:"${ARN}/hello/x.x.x"`];
    const quoted = `${quote}hello${quote}`;

    test(`${name}: from the Name, the declaration once, the references to the resource and the uses by ARN`, () => {
      const declaration = `${name}:${at(stack, 'hello').line}:${quoted}`;
      assert.deepEqual(references(at(stack, 'hello'), true), [declaration, ...byResource, ...byArn]);
      assert.deepEqual(references(at(stack, 'hello'), false), [...byResource, ...byArn]);
    });

    test(`${name}: without a workspace, from the Name, the references to the resource`, () => {
      assert.deepEqual(references(at(stack, 'hello'), false, null), byResource);
      assert.equal(references(at(stack, 'hello'), true, null).length, byResource.length + 1);
    });

    test(`${name}: from the logical id or a reference, the uses the Name lists, with the logical id as the declaration`, () => {
      const logicalId = `${name}:${at(stack, 'Comp').line}:Comp`;
      assert.deepEqual(references(at(stack, 'Comp'), true), [logicalId, ...byResource, ...byArn]);
      assert.deepEqual(references(at(stack, 'Comp'), false), references(at(stack, 'hello'), false), 'as from the Name');
      for (let i = 1; i <= BY_RESOURCE.length; i++) {
        assert.deepEqual(references(at(stack, 'Comp', i), true), [logicalId, ...byResource, ...byArn], `reference #${i}`);
        assert.deepEqual(references(at(stack, 'Comp', i), false), [...byResource, ...byArn], `reference #${i}`);
      }
    });

    test(`${name}: from the logical id without a workspace, or of a resource whose Name is computed, the references to the resource only`, () => {
      assert.deepEqual(references(at(stack, 'Comp'), true, null), [`${name}:${at(stack, 'Comp').line}:Comp`, ...byResource]);
      const computed = [`${name}:${at(stack, 'Computed').line}:Computed`, `${name}:${at(stack, 'Computed', 1).line}:Computed`];
      assert.deepEqual(references(at(stack, 'Computed'), true), computed);
      assert.deepEqual(references(at(stack, 'Computed', 1), true), computed);
      assert.deepEqual(references(at(stack, 'Other'), true), [`${name}:${at(stack, 'Other').line}:Other`, `${name}:${at(stack, 'Other', 1).line}:Other`], 'a workspace component no recipe names by ARN');
    });

    test(`${name}: hover on each reference to the resource shows the workspace component`, () => {
      for (let i = 1; i <= BY_RESOURCE.length; i++) {
        const hover = hoverText(service(), stack, at(stack, 'Comp', i), index);
        assert.match(hover, /^\*\*hello\*\* — workspace component, `stack\.(yaml|json)`/, `reference #${i}`);
        assert.match(hover, /version 1\.0\.0 · Linux/);
        assert.match(hover, /- `Greeting` · string · required — What to say\n- `Target` · string · default `world`/);
        assert.match(hover, /Used by 2 recipe references by ARN in the workspace, and by 5 references to its resource in this file\.$/);
      }
      assert.equal(hoverText(service(), stack, at(stack, 'hello'), index), hoverText(service(), stack, at(stack, 'Comp', 1), index), 'as on its Name');
      assert.match(hoverText(service(), stack, at(stack, 'Other', 1), index), /^\*\*other\*\* — workspace component[^]*Parameters: not known/);
    });

    test(`${name}: no component hover on GetAtt of another attribute, on a computed Name's resource, or without a workspace`, () => {
      assert.doesNotMatch(hoverText(service(), stack, at(stack, 'Comp', BY_RESOURCE.length + 1), index), /workspace component/);
      assert.doesNotMatch(hoverText(service(), stack, at(stack, 'Computed', 1), index), /workspace component/);
      assert.doesNotMatch(hoverText(service(), stack, at(stack, 'Comp', 1)), /workspace component/);
    });
  }
});

describe('workspace: a template component its own file does not reference', () => {
  const stack = TextDocument.create('file:///ws/lonely.yaml', 'yaml', 1, template(comp()));
  const elsewhere = TextDocument.create(ELSEWHERE.uri, 'json', 1, ELSEWHERE.text);
  const texts = { [stack.uri]: stack, [elsewhere.uri]: elsewhere };
  const index = indexOf(service(), [stack, elsewhere]);
  const references = (position: Position, includeDeclaration: boolean) =>
    shown(service().findReferences(service().analyze(stack, { workspace: index }), position, includeDeclaration), texts);

  test('from the logical id, the logical id and the uses by ARN, as from the Name (its declaration the Name)', () => {
    const byArn = [`recipe.json:6:"${ARN}/hello/x.x.x"`];
    assert.deepEqual(references(at(stack, 'Comp'), true), [`lonely.yaml:${at(stack, 'Comp').line}:Comp`, ...byArn]);
    assert.deepEqual(references(at(stack, 'Comp'), false), byArn);
    assert.deepEqual(references(at(stack, 'hello'), true), [`lonely.yaml:${at(stack, 'hello').line}:hello`, ...byArn]);
  });
});

describe('workspace: a Terraform component used by ARN and by address in its module', () => {
  let ls: LanguageService;
  const main = TextDocument.create('file:///ws/main.tf', 'terraform', 1, component() + tfRecipe(REF, []));
  const other = TextDocument.create('file:///ws/other.tf', 'terraform', 1, tfRecipe(REF, ['"Greeting"']) + tfRecipe(`"${ARN}/c/x.x.x"`, []).replace('"r"', '"r2"'));
  const nested = TextDocument.create('file:///ws/sub/nested.tf', 'terraform', 1, tfRecipe(REF, []));
  const texts = { [main.uri]: main, [other.uri]: other, [nested.uri]: nested };
  let index: WorkspaceIndex;
  before(async () => {
    ls = await terraformService();
    index = indexOf(ls, [main, other, nested]);
  });
  const name = () => main.positionAt(main.getText().indexOf('"c"', 50) + 1);
  const line = (document: TextDocument, text: string) => document.getText().split('\n').findIndex((l) => l.includes(text));

  test('from the name argument: the declaration once, the file\'s and the module\'s references by address, the uses by ARN (not another module\'s)', () => {
    const references = (includeDeclaration: boolean) => shown(ls.findReferences(ls.analyze(main, { workspace: index }), name(), includeDeclaration), texts);
    const uses = [`main.tf:${line(main, REF)}:${REF}`, `other.tf:${line(other, `${ARN}/c/`)}:"${ARN}/c/x.x.x"`, `other.tf:${line(other, REF)}:${REF}`];
    assert.deepEqual(references(true), ['main.tf:1:"c"', ...uses]);
    assert.deepEqual(references(false), uses);
  });

  test('from the label or a reference by address: the same uses as from the name, the label the declaration once', () => {
    const references = (document: TextDocument, position: Position, includeDeclaration: boolean) =>
      shown(ls.findReferences(ls.analyze(document, { workspace: index }), position, includeDeclaration), texts);
    const label = main.positionAt(main.getText().indexOf('"c"') + 1);
    const fromName = references(main, name(), false);
    const sorted = (list: readonly string[]) => [...list].sort();
    for (const [where, document, position] of [
      ['label', main, label], ['reference in its file', main, main.positionAt(main.getText().indexOf(REF) + 30)],
      ['reference in another file', other, other.positionAt(other.getText().indexOf(REF) + 30)],
    ] as const) {
      const withDeclaration = references(document, position, true);
      assert.equal(withDeclaration[0], `main.tf:${line(main, 'resource "aws_imagebuilder_component"')}:c`, where);
      assert.deepEqual(sorted(withDeclaration.slice(1)), sorted(fromName), where);
      assert.deepEqual(sorted(references(document, position, false)), sorted(fromName), where);
    }
  });

  test('hover on a reference by address, in the declaring file and in another file of the module', () => {
    const inMain = hoverText(ls, main, main.positionAt(main.getText().indexOf(REF) + 5), index);
    assert.match(inMain, /^\*\*c\*\* — workspace component, `main\.tf`[^]*version 1\.0\.0 · Linux[^]*- `Greeting` · string · required/);
    // The module's references are counted (the declaring file's own, and the other files'), each file's once.
    const counts = /Used by 1 recipe reference by ARN in the workspace, and by 1 reference to its resource in this file and 1 reference in the module's other files\.$/;
    assert.match(inMain, counts);
    assert.match(hoverText(ls, main, name(), index), counts, 'from the name argument');
    const inOther = hoverText(ls, other, other.positionAt(other.getText().indexOf(REF) + 5), index);
    assert.match(inOther, /^\*\*c\*\* — workspace component, `main\.tf`[^]*Used by 1 recipe reference by ARN in the workspace, and by 1 reference to its resource in this file and 1 reference in the module's other files\.$/);
    const alone = TextDocument.create('file:///ws/alone.tf', 'terraform', 1, component());
    const lonely = indexOf(ls, [alone, other]);
    assert.match(hoverText(ls, alone, alone.positionAt(alone.getText().indexOf('"c"', 50) + 1), lonely), /Used by 1 recipe reference by ARN in the workspace, and by 1 reference to its resource in the module's other files\.$/, 'none in the declaring file');
    assert.doesNotMatch(hoverText(ls, nested, nested.positionAt(nested.getText().indexOf(REF) + 5), index), /workspace component/, 'another module');
  });
});
