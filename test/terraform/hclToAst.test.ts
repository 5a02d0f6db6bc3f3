import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { AstNode, endOf, ObjectNode, PropertyNode, ValueNode } from '../../server/src/service/ast/types';
import { parseHcl } from '../../server/src/service/parse/hcl/hclToAst';
import { unknownReason } from '../../server/src/service/parse/hcl/unknown';
import { HclParser } from '../../server/src/service/parse/hcl/syntax';
import { hclParser } from '../support/terraform';

let parser: HclParser;
before(async () => {
  parser = await hclParser();
});

const FILES = path.join(__dirname, '..', '..', '..', 'test', 'terraform', 'files');

function prop(object: ValueNode | undefined, key: string, index = 0): PropertyNode {
  assert.equal(object?.type, 'object', `no object holding ${key}`);
  const found = (object as ObjectNode).properties.filter((p) => p.keyNode.value === key)[index];
  assert.ok(found, `no property ${key}`);
  return found;
}

/** Every node inside its parent, children in order, parents linked. */
function checkTree(node: AstNode, text: string): void {
  const children: AstNode[] = node.type === 'object' ? node.properties : node.type === 'array' ? node.items
    : node.type === 'property' ? [node.keyNode, ...(node.labels ?? []), ...(node.valueNode ? [node.valueNode] : [])] : [];
  let last = node.offset;
  for (const child of children) {
    assert.equal(child.parent, node, `parent link of ${child.type} at ${child.offset}`);
    assert.ok(child.offset >= last && endOf(child) <= endOf(node), `${child.type} at ${child.offset} outside or out of order in ${node.type} at ${node.offset}`);
    last = endOf(child);
    checkTree(child, text);
  }
  assert.ok(endOf(node) <= text.length);
}

describe('HCL to AST', () => {
  test('blocks are properties keyed by type, with labels and a body mapping; attributes are properties', () => {
    const text = 'resource "aws_imagebuilder_component" "x" {\n  name = "a"\n  placement {\n    tenancy = "host"\n  }\n}\n';
    const parsed = parseHcl(text, parser);
    assert.deepEqual(parsed.syntaxErrors, []);
    const resource = prop(parsed.root, 'resource');
    assert.deepEqual(resource.labels?.map((l) => l.value), ['aws_imagebuilder_component', 'x']);
    assert.equal(text.slice(resource.labels![0].offset, endOf(resource.labels![0])), '"aws_imagebuilder_component"');
    const name = prop(resource.valueNode, 'name');
    assert.equal(text[name.colonOffset!], '=');
    assert.deepEqual([name.valueNode?.type, (name.valueNode as { value: string }).value], ['string', 'a']);
    const tenancy = prop(prop(resource.valueNode, 'placement').valueNode, 'tenancy');
    assert.equal(text.slice(tenancy.valueNode!.offset, endOf(tenancy.valueNode!)), '"host"');
    checkTree(parsed.root!, text);
  });

  test('literals, tuples and objects become values; everything else is unknown, with its reason', () => {
    const text = [
      'n = 1.5', 'i = 42', 'b = true', 'z = null', 's = "a\\n\\"b\\u00e9 $${x} %%{y}"', 'l = [1, "two", false]', 'o = { a = 1, "b" = 2, c: 3 }',
      'r = var.x', 'g = aws_imagebuilder_component.x.arn', 'c = merge(local.a, {})', 'q = var.a ? 1 : 2', 'f = [for s in var.l : s]',
      't = "${var.a}-b"', 'p = 1 + 2', 'x = var.list[0]', 'w = var.list[*].id', 'e = (3)',
    ].join('\n');
    const parsed = parseHcl(text, parser);
    assert.deepEqual(parsed.syntaxErrors, []);
    const value = (key: string) => prop(parsed.root, key).valueNode!;
    assert.deepEqual([value('n').type, (value('n') as { value: number }).value], ['number', 1.5]);
    assert.deepEqual([value('i').type, (value('i') as { isInteger: boolean }).isInteger], ['number', true]);
    assert.deepEqual([value('b').type, (value('b') as { value: boolean }).value], ['boolean', true]);
    assert.equal(value('z').type, 'null');
    assert.equal((value('s') as { value: string }).value, 'a\n"bé ${x} %{y}');
    assert.deepEqual((value('l') as { items: ValueNode[] }).items.map((n) => n.type), ['number', 'string', 'boolean']);
    assert.deepEqual((value('o') as ObjectNode).properties.map((p) => p.keyNode.value), ['a', 'b', 'c']);
    const reasons = Object.fromEntries(['r', 'g', 'c', 'q', 'f', 't', 'p', 'x', 'w', 'e'].map((k) => [k, unknownReason(value(k))]));
    assert.deepEqual(reasons, { r: 'reference', g: 'reference', c: 'call', q: 'conditional', f: 'for', t: 'template', p: 'operation', x: 'reference', w: 'splat', e: undefined });
    assert.equal(value('e').type, 'number');
    const call = parsed.hcl!.calls.get(value('c'))!;
    assert.equal(call.name, 'merge');
    assert.deepEqual(call.args.map((a) => a.type), ['string', 'object']);
    checkTree(parsed.root!, text);
  });

  test('heredocs: the body as value, `<<-` indentation removed, `$${` unescaped; with `${…}` unknown, sequences recorded', () => {
    const text = fs.readFileSync(path.join(FILES, 'heredoc.tf'), 'utf8');
    const parsed = parseHcl(text, parser);
    assert.deepEqual(parsed.syntaxErrors, []);
    const [hello, flush] = (parsed.root as ObjectNode).properties;
    const data = prop(hello.valueNode, 'data').valueNode!;
    assert.equal(unknownReason(data), 'template');
    const template = parsed.hcl!.templates.get(data)!;
    assert.equal(template.kind, 'heredoc');
    assert.equal(template.heredoc?.indent, 4);
    assert.deepEqual(template.sequences.map((s) => text.slice(s.offset, s.offset + s.length)), ['${var.who}']);
    assert.ok(text.slice(template.contentStart, template.contentEnd).startsWith('    name: HelloWorld\n'));
    assert.ok(text.slice(template.contentStart, template.contentEnd).endsWith('$${HOME}"\n'));
    const plain = prop(flush.valueNode, 'data').valueNode!;
    assert.equal(plain.type, 'string');
    assert.ok((plain as { value: string }).value.startsWith('name: Flush\nschemaVersion: 1.0\n'));
    assert.ok((plain as { value: string }).value.endsWith('Write-Host "hi"\n'));
    checkTree(parsed.root!, text);
  });

  test('offsets are UTF-16, as the editor counts', () => {
    const text = 'a = "é😀"\nb = "x"\n';
    const b = prop(parseHcl(text, parser).root, 'b');
    assert.equal(b.offset, text.indexOf('b ='));
    assert.equal(b.valueNode!.offset, text.indexOf('"x"'));
  });

  test('half-typed text gives syntax errors and the tree recovered so far, never an exception', () => {
    const text = 'resource "aws_imagebuilder_infrastructure_configuration" "x" {\n  name = "a"\n  placement {\n    tenancy = \n';
    const parsed = parseHcl(text, parser);
    assert.ok(parsed.syntaxErrors.length > 0);
    const resource = prop(parsed.root, 'resource');
    assert.equal(resource.labels?.[0].value, 'aws_imagebuilder_infrastructure_configuration');
    prop(resource.valueNode, 'name');
    checkTree(parsed.root!, text);
    for (const broken of ['resource "a" {', '{{{{', '"', '<<EOT\nx', 'a = [1, {b = ', '\u0000\uffff', 'x = <<-EOT\n  a\n', '${']) {
      const p = parseHcl(broken, parser);
      checkTree(p.root!, broken);
    }
  });

  test('deep nesting is cut at the depth limit, not followed', () => {
    const text = `a = ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const parsed = parseHcl(text, parser);
    assert.equal(parsed.truncatedDepth, true);
    checkTree(parsed.root!, text);
  });

  test('the test files parse without errors and keep the tree invariants', () => {
    for (const name of fs.readdirSync(FILES).filter((f) => f.endsWith('.tf'))) {
      const text = fs.readFileSync(path.join(FILES, name), 'utf8');
      const parsed = parseHcl(text, parser);
      assert.deepEqual(parsed.syntaxErrors, [], name);
      checkTree(parsed.root!, text);
    }
  });
});
