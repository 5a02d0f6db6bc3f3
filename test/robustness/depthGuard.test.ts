import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Node as JsonNode, parseTree } from 'jsonc-parser';
import { Composer, isMap, isPair, isSeq, Parser } from 'yaml';
import { yamlTooDeepAt } from '../../server/src/service/parse/depthGuard';
import { buildJsonTree, JSON_OPTIONS } from '../../server/src/service/parse/jsonToAst';
import { announceSeed, fcParams } from './fuzzConfig';

/**
 * The nesting guards must never underestimate: whatever they let through, the recursive parser
 * handles at no more than the limit's depth. Checked on random bracket soups with a small limit.
 * JSON's guard (in the tree builder) is exact: it refuses just what jsonc-parser would nest deeper,
 * at the first container that goes too deep.
 */

announceSeed('depthGuard');
const LIMIT = 4;

/** Where jsonc-parser's own tree first (in document order) has an object or array deeper than `limit`. */
function jsonFirstTooDeep(node: JsonNode | undefined, limit: number, depth = 0): number | undefined {
  if (!node) return undefined;
  const container = node.type === 'object' || node.type === 'array';
  if (container && depth + 1 > limit) return node.offset;
  for (const child of node.children ?? []) {
    const found = jsonFirstTooDeep(child, limit, depth + (container ? 1 : 0));
    if (found !== undefined) return found;
  }
  return undefined;
}

const jsonTooDeepAt = (text: string): number | undefined => {
  const built = buildJsonTree(text, 0, undefined, [], LIMIT);
  return 'tooDeepAt' in built ? built.tooDeepAt : undefined;
};

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
  test('JSON: the guard refuses exactly what jsonc-parser nests deeper than the limit, where it does', () => {
    fc.assert(fc.property(soup(['[', ']', '{', '}', '"', ':', ',', '1', 'a', 'u', ' ', '\n', '\r', '\\', '/', '*', '//', '/*', '*/', '\\"']), (text) => {
      assert.equal(jsonTooDeepAt(text), jsonFirstTooDeep(parseTree(text, [], JSON_OPTIONS), LIMIT), JSON.stringify(text));
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
    assert.equal(jsonTooDeepAt('[[[[[1]]]]]'), 4);
    assert.equal(jsonTooDeepAt('[{"a": [[{"b": 1}]]}]'), 9);
    assert.equal(jsonTooDeepAt('["[[[[[[[[", [[1]]]'), undefined, 'strings hold no brackets');
    assert.equal(jsonTooDeepAt('["\\"[[[[[[[[", [[1]]]'), undefined, 'an escaped quote does not end the string');
    assert.equal(jsonTooDeepAt('["[[\n[[[[[1]]]]]]'), 8, 'an unterminated string ends at the line break');
    assert.equal(jsonTooDeepAt('[/* [[[[[[ */ // [[[[[[\n[[[1]]]]'), undefined, 'comments hold no brackets');
    assert.equal(jsonTooDeepAt('[}[[[[[[[[1]]]]]]]]'), undefined, 'error recovery skips the rest: jsonc-parser never opens those');
    assert.equal(jsonTooDeepAt('1 [[[[[[[[]]]]]]]]'), undefined, 'nothing after the top value is parsed');
    assert.equal(yamlTooDeepAt(Array.from(new Parser().parse('a: [[[[1]]]]')), LIMIT), 6);
  });
});
