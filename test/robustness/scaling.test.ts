import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseTree } from 'jsonc-parser';
import { parseJson } from '../../server/src/service/parse/jsonToAst';
import { parseYaml } from '../../server/src/service/parse/yamlToAst';
import { SchemaCatalog } from '../../server/src/service/schema/catalog';
import { JsonSchema } from '../../server/src/service/schema/types';
import { Problem } from '../../server/src/service/validation/problem';
import { SchemaValidator } from '../../server/src/service/validation/schemaValidator';
import { SLOW } from '../support/tiers';

/**
 * Work must grow linearly with the input. Checked by ratios (machine-independent, generous), never by
 * absolute times: growing the input 4× may grow the time at most 10× (a quadratic step grows it 16×).
 */

function fastest(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function assertLinear(name: string, small: number, build: (n: number) => () => void): void {
  const smallWork = build(small);
  const largeWork = build(small * 4);
  smallWork(); // warm up
  const a = fastest(3, smallWork);
  const b = fastest(3, largeWork);
  assert.ok(b < 10 * a + 50, `${name}: ${small} → ${Math.round(a)} ms, ${small * 4} → ${Math.round(b)} ms (superlinear)`);
}

const CLOSED: JsonSchema = { type: 'object', title: 'Closed', additionalProperties: false, properties: { name: { type: 'string' }, version: { type: 'string' } } };

describe('linear scaling', () => {
  test('many unknown keys in one object (the "did you mean" set was rebuilt per key)', () => {
    const catalog = new SchemaCatalog(new Map());
    assertLinear('unknown keys', 4000, (n) => {
      const text = `{${Array.from({ length: n }, (_, i) => `"k${i}": 1`).join(', ')}}`;
      const root = parseJson(text).root!;
      return () => {
        const problems: Problem[] = [];
        new SchemaValidator(catalog, problems).validate(root, CLOSED);
        assert.equal(problems.length, n);
      };
    });
  });

  test('a 1 MB JSON array converts at a small multiple of jsonc-parser\'s own parse (object spread cost 20×)', () => {
    const text = `[${'1,'.repeat(1 << 19)}1]`;
    parseJson(text);
    const parser = fastest(3, () => parseTree(text, []));
    const ours = fastest(3, () => parseJson(text));
    assert.ok(ours < 8 * parser + 100, `parseJson ${Math.round(ours)} ms vs parseTree ${Math.round(parser)} ms`);
  });

  test('wide flow mappings and long sequences parse linearly', SLOW, () => {
    assertLinear('YAML flow mapping', 8000, (n) => {
      const text = `{${Array.from({ length: n }, (_, i) => `k${i}: v`).join(', ')}}`;
      return () => void parseYaml(text);
    });
    assertLinear('YAML block sequence', 8000, (n) => {
      const text = Array.from({ length: n }, (_, i) => `- item${i}`).join('\n');
      return () => void parseYaml(text);
    });
  });

  test('a flood of YAML errors: no stack traces are captured, and the limit is restored', () => {
    const limit = Error.stackTraceLimit;
    const parsed = parseYaml(`name: ${'}'.repeat(50_000)}\n`);
    assert.equal(parsed.syntaxErrors.length, 50_000);
    assert.equal(Error.stackTraceLimit, limit);
  });
});
