import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Node as JsonNode, ParseError, parseTree } from 'jsonc-parser';
import { AstNode } from '../../server/src/service/ast/types';
import { buildJsonTree, JSON_OPTIONS } from '../../server/src/service/parse/jsonToAst';
import { announceSeed, fcParams } from '../robustness/fuzzConfig';
import { repoRoot } from '../support/paths';

/**
 * Our JSON nodes are built straight from jsonc-parser's visit events. They must be the tree jsonc-parser's
 * own parseTree builds, node for node (types, offsets, lengths, colons, values), valid or broken input.
 */

announceSeed('jsonTree');

/** jsonc-parser's tree as comparable text: one line per node. */
function theirs(node: JsonNode | undefined, base: number, out: string[] = []): string[] {
  if (!node) return out;
  const at = `${node.offset + base}+${node.length}`;
  if (node.type === 'property') {
    const [key, value] = node.children ?? [];
    out.push(`property ${at} colon=${node.colonOffset === undefined || node.colonOffset < 0 ? '-' : node.colonOffset + base}`);
    out.push(`string ${key.offset + base}+${key.length} ${JSON.stringify(key.value)}`);
    theirs(value, base, out);
  } else if (node.type === 'object' || node.type === 'array') {
    out.push(`${node.type} ${at}`);
    for (const child of node.children ?? []) if (node.type === 'array' || child.type === 'property') theirs(child, base, out);
  } else {
    out.push(`${node.type} ${at} ${JSON.stringify(node.value)}`);
  }
  return out;
}

function ours(node: AstNode | undefined, out: string[] = []): string[] {
  if (!node) return out;
  const at = `${node.offset}+${node.length}`;
  switch (node.type) {
    case 'property':
      out.push(`property ${at} colon=${node.colonOffset ?? '-'}`);
      ours(node.keyNode, out);
      ours(node.valueNode, out);
      break;
    case 'object':
      out.push(`object ${at}`);
      for (const p of node.properties) ours(p, out);
      break;
    case 'array':
      out.push(`array ${at}`);
      for (const item of node.items) ours(item, out);
      break;
    case 'alias':
      out.push(`alias ${at}`);
      break;
    default:
      out.push(`${node.type} ${at} ${JSON.stringify(node.type === 'null' ? null : node.type === 'unknown' ? node.name : node.value)}`);
  }
  return out;
}

/** The tree buildJsonTree built (these texts are never too deep). */
function rootOf(built: ReturnType<typeof buildJsonTree>): AstNode | undefined {
  assert.ok('root' in built, `unexpectedly too deep at ${'tooDeepAt' in built ? built.tooDeepAt : ''}`);
  return built.root;
}

function assertSameTree(text: string, base = 0): void {
  const theirErrors: ParseError[] = [];
  const expected = theirs(parseTree(text, theirErrors, JSON_OPTIONS), base);
  const ourErrors: ParseError[] = [];
  const actual = ours(rootOf(buildJsonTree(text, base, undefined, ourErrors)));
  assert.deepEqual(actual, expected, JSON.stringify(text));
  assert.deepEqual(ourErrors, theirErrors.map((e) => ({ ...e, offset: e.offset + base })));
}

describe('JSON nodes from visit events', () => {
  test('broken JSON (random soups of tokens): the same tree and errors as parseTree, at any base offset', () => {
    const tokens = ['{', '}', '[', ']', '"a"', '"b', ':', ',', '1', '-2.5e3', 'true', 'null', 'x', ' ', '\n', '"\\u00e9"', '/*c*/'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 30 }), fc.nat(50), (parts, base) => {
      assertSameTree(parts.join(''), base);
    }), fcParams(3000));
  });

  test('the bundled examples and every prefix of one: the same tree as parseTree', () => {
    const dir = path.join(repoRoot, 'examples', 'requests');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.ok(files.length > 0);
    for (const file of files) assertSameTree(fs.readFileSync(path.join(dir, file), 'utf8'));
    const text = fs.readFileSync(path.join(dir, files[0]), 'utf8');
    for (let end = 0; end <= text.length; end++) assertSameTree(text.slice(0, end));
  });

  test('parents: values point to their array or property, properties to their object, keys to their property', () => {
    const root = rootOf(buildJsonTree('{ "a": [1, { "b": null }] }', 0, undefined, []));
    assert.ok(root?.type === 'object' && root.parent === undefined);
    const a = root.properties[0];
    assert.equal(a.parent, root);
    assert.equal(a.keyNode.parent, a);
    const array = a.valueNode;
    assert.ok(array?.type === 'array' && array.parent === a);
    assert.equal(array.items[0].parent, array);
    const inner = array.items[1];
    assert.ok(inner.type === 'object' && inner.parent === array);
    assert.equal(inner.properties[0].valueNode?.parent, inner.properties[0]);
  });
});
