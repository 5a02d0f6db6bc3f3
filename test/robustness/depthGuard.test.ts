import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Node as JsonNode, parseTree } from 'jsonc-parser';
import { Composer, isMap, isPair, isSeq, Parser } from 'yaml';
import { jsonTooDeepAt, yamlTooDeepAt } from '../../server/src/service/parse/depthGuard';
import { announceSeed, fcParams } from './fuzzConfig';

/**
 * The nesting guards must never underestimate: whatever they let through, the recursive parser
 * handles at no more than the limit's depth. Checked on random bracket soups with a small limit.
 */

announceSeed('depthGuard');
const LIMIT = 4;

function jsonDepth(node: JsonNode | undefined): number {
  let max = 0;
  const stack: Array<[JsonNode, number]> = node ? [[node, node.type === 'object' || node.type === 'array' ? 1 : 0]] : [];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (const child of current.children ?? []) {
      const container = child.type === 'object' || child.type === 'array';
      stack.push([child, depth + (container ? 1 : 0)]);
    }
  }
  return max;
}

function yamlDepth(node: unknown, depth = 0): number {
  if (isMap(node) || isSeq(node)) {
    let max = depth + 1;
    for (const item of node.items) {
      if (isPair(item)) max = Math.max(max, yamlDepth(item.key, depth + 1), yamlDepth(item.value, depth + 1));
      else max = Math.max(max, yamlDepth(item, depth + 1));
    }
    return max;
  }
  return depth;
}

const soup = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((a) => a.join(''));

describe('nesting guards', () => {
  test('JSON: whatever the guard lets through nests no deeper than the limit', () => {
    fc.assert(fc.property(soup(['[', ']', '{', '}', '"', ':', ',', '1', 'a', 'u', ' ', '\n', '\r', '\\', '/', '*', '//', '/*', '*/', '\\"']), (text) => {
      if (jsonTooDeepAt(text, LIMIT) !== undefined) return;
      assert.ok(jsonDepth(parseTree(text, [], { disallowComments: true })) <= LIMIT, JSON.stringify(text));
    }), fcParams(3000));
  });

  test('YAML: whatever the guard lets through nests no deeper than the limit', () => {
    fc.assert(fc.property(soup(['[', ']', '{', '}', '"', "'", ':', ': ', ',', '- ', '? ', 'a', ' ', '\n', '  ', '#', '|\n', '&x ', '*x', '!t ', '---\n']), (text) => {
      const tokens = Array.from(new Parser().parse(text));
      if (yamlTooDeepAt(tokens, LIMIT) !== undefined) return;
      for (const doc of new Composer({ uniqueKeys: false, strict: false }).compose(tokens)) {
        assert.ok(yamlDepth(doc.contents) <= LIMIT, JSON.stringify(text));
      }
    }), fcParams(3000));
  });

  test('the guards find deep nesting where it starts', () => {
    assert.equal(jsonTooDeepAt('[[[[[1]]]]]', LIMIT), 4);
    assert.equal(jsonTooDeepAt('"[[[[[[[[" [[[1]]]', LIMIT), undefined);
    assert.equal(jsonTooDeepAt('"\\"[[[[[[[[" [[[1]]]', LIMIT), undefined, 'an escaped quote does not end the string');
    assert.equal(jsonTooDeepAt('"[[\n[[[[[1]]]]]', LIMIT), 8, 'an unterminated string ends at the line break');
    assert.equal(jsonTooDeepAt('/* [[[[[[ */ // [[[[[[\n[[[[1]]]]', LIMIT), undefined, 'comments hold no brackets');
    assert.equal(yamlTooDeepAt(Array.from(new Parser().parse('a: [[[[1]]]]')), LIMIT), 6);
  });
});
