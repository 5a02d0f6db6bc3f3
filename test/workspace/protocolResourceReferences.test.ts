import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Hover, Location, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { template } from '../cloudformation/cases';
import { comp, recipe } from '../cloudformation/parameterCases';
import { yamlTemplateToJson } from '../cloudformation/toJson';
import { TestClient } from '../support/lspClient';
import { component, recipe as tfRecipe, REF } from '../terraform/parameterCases';

/**
 * Over a real connection (the open documents indexed): a component resource used both by a literal ARN and
 * by reference to the resource — a YAML and a JSON template's `!GetAtt Comp.Arn` / `${Comp}` (long forms
 * in JSON), a Terraform recipe's `aws_imagebuilder_component.c.arn` — gets find-references from its `Name` /
 * `name`, and from its logical id / label, listing both kinds of use (the declaration once: the name, or the
 * logical id / label), and hover on a reference showing the component.
 */

const ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:component';
const YAML = template(comp() + recipe(`ComponentArn: !GetAtt Comp.Arn\n        - ComponentArn: !Sub '\${Comp}'\n        - ComponentArn: ${ARN}/hello/1.0.0`));
const TF = component() + tfRecipe(REF, []) + tfRecipe(`"${ARN}/c/x.x.x"`, []).replace('"r"', '"r2"');

describe('protocol: find-references from a component resource\'s name and hover on a reference to it', () => {
  let client: TestClient;
  before(async () => {
    client = TestClient.inProcess();
    await client.initialize();
  });
  after(() => client.dispose());

  /** `<line>:<character>` of the `nth` match of `pattern` in `text`. */
  const position = (text: string, pattern: RegExp, nth = 0) => {
    const match = [...text.matchAll(pattern)][nth];
    const start = text.slice(0, match.index);
    return { line: start.split('\n').length - 1, character: match.index - start.lastIndexOf('\n') - 1 };
  };
  const shown = (locations: Location[], uri: string) => locations.map((l) => { assert.equal(l.uri, uri); return `${l.range.start.line}:${l.range.start.character}`; });
  const key = (p: { line: number; character: number }) => `${p.line}:${p.character}`;
  const inside = (p: { line: number; character: number }) => ({ line: p.line, character: p.character + 1 });
  /** Waits until the ARN's `missing-parameter` shows that the index knows the file's own component. */
  const indexed = (uri: string, arnLine: number) => client.published(uri, (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'missing-parameter' && d.range.start.line === arnLine));

  for (const [name, uri, text] of [['YAML', 'file:///w/stack.yaml', YAML], ['JSON', 'file:///w/stack.template.json', yamlTemplateToJson(YAML)]]) {
    test(`a ${name} template: references from the Name, hover on the references to the resource`, async () => {
      await client.open(uri, text);
      const arn = position(text, new RegExp(`"?${ARN}/hello/1\\.0\\.0`, 'g'));
      await indexed(uri, arn.line);
      const nameAt = position(text, /"?\bhello\b"?/g);
      const uses = [position(text, /\bComp\b/g, 1), position(text, /\bComp\b/g, 2)];
      const ask = async (includeDeclaration: boolean) => shown(await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: inside(nameAt), context: { includeDeclaration } }), uri);
      assert.deepEqual(await ask(true), [key(nameAt), ...uses.map(key), key(arn)]);
      assert.deepEqual(await ask(false), [...uses.map(key), key(arn)]);
      const logicalId = position(text, /\bComp\b/g);
      const fromId = async (includeDeclaration: boolean) => shown(await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: inside(logicalId), context: { includeDeclaration } }), uri);
      assert.deepEqual(await fromId(true), [key(logicalId), ...uses.map(key), key(arn)], 'from the logical id');
      assert.deepEqual(await fromId(false), [...uses.map(key), key(arn)], 'from the logical id');
      for (const use of uses) {
        const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: inside(use) });
        assert.match((hover.contents as MarkupContent).value, /^\*\*hello\*\* — workspace component[^]*version 1\.0\.0 · Linux[^]*`Greeting` · string · required[^]*and by 2 references to its resource in this file\.$/);
        assert.deepEqual(hover.range?.start, use);
      }
      await client.close(uri); // the next template has a component of the same name
    });
  }

  test('a Terraform file: references from the name argument, hover on the reference by address', async () => {
    const uri = 'file:///w/main.tf';
    await client.open(uri, TF, 'terraform');
    const arn = position(TF, new RegExp(`"${ARN}/c/x\\.x\\.x"`, 'g'));
    await indexed(uri, arn.line);
    const nameAt = position(TF, /"c"/g, 1);
    const use = position(TF, new RegExp(REF.replace(/\./g, '\\.'), 'g'));
    const references = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: inside(nameAt), context: { includeDeclaration: true } });
    assert.deepEqual(shown(references, uri), [key(nameAt), key(use), key(arn)]);
    const label = position(TF, /"c"/g);
    const fromLabel = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: inside(label), context: { includeDeclaration: true } });
    assert.deepEqual(shown(fromLabel, uri), [key(inside(label)), key(use), key(arn)], 'from the label (its declaration without the quotes)');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: inside(use) });
    assert.match((hover.contents as MarkupContent).value, /^\*\*c\*\* — workspace component, `main\.tf`[^]*`Greeting` · string · required/);
    assert.deepEqual(hover.range, { start: use, end: { line: use.line, character: use.character + REF.length } });
  });
});
