// textDocument/references over a real connection (the server in this process, over streams): from a
// Component resource's logical id in a YAML and a JSON template, and from a Terraform component resource's
// label, to the recipes of the same file that name it; `includeDeclaration` decides whether the name is in.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Location } from 'vscode-languageserver/node';
import { TestClient } from '../support/lspClient';
import { template } from '../cloudformation/cases';
import { comp, recipe } from '../cloudformation/parameterCases';
import { yamlTemplateToJson } from '../cloudformation/toJson';
import { component, recipe as tfRecipe, REF } from '../terraform/parameterCases';

const YAML = template(comp() + recipe("ComponentArn: !GetAtt Comp.Arn\n        - ComponentArn: !Sub '${Comp}'"));
const TF = component() + tfRecipe(REF, []);

describe('protocol: find-references from a component resource to the recipes of the same file', () => {
  let client: TestClient;
  before(async () => {
    client = TestClient.inProcess();
    await client.initialize();
  });
  after(() => client.dispose());

  /** `<line>:<character>` of each location, asked at the first `word` on line `line` of `text`. */
  const ask = async (uri: string, text: string, line: number, word: string, includeDeclaration: boolean): Promise<string[]> => {
    const character = text.split('\n')[line].indexOf(word) + 1;
    const found = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: { line, character }, context: { includeDeclaration } });
    return found.map((l) => { assert.equal(l.uri, uri); return `${l.range.start.line}:${l.range.start.character}`; });
  };
  const position = (text: string, pattern: RegExp, nth: number) => {
    const match = [...text.matchAll(pattern)][nth];
    const before = text.slice(0, match.index);
    return `${before.split('\n').length - 1}:${match.index - before.lastIndexOf('\n') - 1}`;
  };

  for (const [name, uri, text] of [['YAML', 'file:///w/stack.yaml', YAML], ['JSON', 'file:///w/stack.template.json', yamlTemplateToJson(YAML)]]) {
    test(`a ${name} template: from the logical id, with and without the declaration`, async () => {
      await client.open(uri, text);
      const id = /\bComp\b/g;
      const declaration = position(text, id, 0);
      const line = Number(declaration.split(':')[0]);
      assert.deepEqual(await ask(uri, text, line, 'Comp', true), [declaration, position(text, id, 1), position(text, id, 2)]);
      assert.deepEqual(await ask(uri, text, line, 'Comp', false), [position(text, id, 1), position(text, id, 2)]);
    });
  }

  test('a Terraform file: from the resource label', async () => {
    const uri = 'file:///w/main.tf';
    await client.open(uri, TF, 'terraform');
    await client.published(uri, (p) => p.diagnostics.some((d) => d.code === 'missing-parameter')); // analysed with the HCL parser
    const use = position(TF, new RegExp(REF.replace(/\./g, '\\.'), 'g'), 0);
    assert.deepEqual(await ask(uri, TF, 0, '"c"', true), [`0:${TF.indexOf('"c"') + 1}`, use]);
    assert.deepEqual(await ask(uri, TF, 0, '"c"', false), [use]);
  });
});
