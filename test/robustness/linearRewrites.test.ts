import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { cursorContext } from '../../server/src/service/features/completion/cursorContext';
import { kindFromSchemaReference } from '../../server/src/service/kinds/detect';
import { getKind } from '../../server/src/service/kinds/kinds';
import { parseYaml } from '../../server/src/service/parse/yamlToAst';
import { isTemplated } from '../../server/src/service/validation/formats';
import { announceSeed, fcParams } from './fuzzConfig';
import { SLOW } from '../support/tiers';

/**
 * Three regular expressions on document text took quadratic time and were rewritten (found by
 * regexSafety.test.ts). Each rewrite must answer exactly as the expression it replaced, checked on
 * random short strings; and each must stay fast on a long hostile string (a generous guard).
 */

announceSeed('linearRewrites');

const word = (alphabet: string[], maxLength = 14) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''));

function oldKindFromSchemaReference(reference: string): string | undefined {
  const direct = getKind(reference);
  if (direct) return direct.id;
  const match = /([a-z][a-z-]*)(\.request|\.response)?\.schema\.json$/.exec(reference);
  if (!match) return undefined;
  return getKind(match[2] === '.response' ? `${match[1]}.response` : match[1])?.id;
}

function fast(work: () => void): void {
  const start = performance.now();
  work();
  const ms = performance.now() - start;
  assert.ok(ms < 2000, `${Math.round(ms)} ms on a 1 MB string`);
}

describe('linear rewrites answer as the expressions they replaced', () => {
  test('isTemplated', () => {
    const old = /\$\{[^}]*\}|\{\{[^}]*\}\}|<[^>]+>/;
    fc.assert(fc.property(word(['$', '{', '}', '<', '>', 'a', ' ']), (s) => assert.equal(isTemplated(s), old.test(s), JSON.stringify(s))), fcParams(5000));
    for (const s of ['{{'.repeat(5e5), '<'.repeat(1e6), '${'.repeat(5e5)]) fast(() => isTemplated(s));
  });

  test('kindFromSchemaReference', () => {
    const pieces = ['create-component', 'get-image', '.request', '.response', '.schema.json', '/', '-', 'a', 'Get', '_', 'x.', 'list-images'];
    fc.assert(fc.property(word(pieces, 6), (s) => assert.equal(kindFromSchemaReference(s)?.id, oldKindFromSchemaReference(s), JSON.stringify(s))), fcParams(5000));
    fast(() => kindFromSchemaReference(`${'a'.repeat(1e6)}.schema.json`));
    fast(() => kindFromSchemaReference('a'.repeat(1e6)));
  });

  test('YAML completion context on a long line', SLOW, () => {
    for (const line of [' '.repeat(1e6), `a${' '.repeat(1e6)}`, `${'- '.repeat(5e5)}\u2028`, `k:${'\t'.repeat(1e6)}`]) {
      const parsed = parseYaml(`name: x\n${line}`);
      fast(() => cursorContext(parsed, parsed.text.length));
    }
  });
});
