import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { detectKind } from '../../server/src/service/kinds/detect';
import { compileGlob } from '../../server/src/service/kinds/glob';
import { parseText } from '../../server/src/service/parse/parse';
import { announceSeed, fcParams } from './fuzzConfig';

/**
 * imagebuilder.fileKinds globs come from settings, which a workspace (anyone's repository) may set.
 * picomatch compiled them to backtracking regular expressions: `*a*a*a*a*a*a*a*a*a*a*a*ab` took 2.7 s
 * on a 30-letter name and did not finish on 60. The linear matcher must answer as picomatch did on
 * the globs people write (except `[!a]`, which picomatch does not negate: here it is POSIX negation),
 * and stay fast on any glob.
 */

announceSeed('glob');

const piece = fc.constantFrom('a', 'b', 'c', '.yaml', '*', '?', '[ab]', '[a-c]', '{a,b}', '{a,.yaml}', 'infra');
const segment = fc.array(piece, { minLength: 1, maxLength: 3 }).map((a) => a.join('')).filter((s) => !s.includes('**'));
const globArb = fc.tuple(fc.constantFrom('', '/', '**/', './'), fc.array(segment, { minLength: 1, maxLength: 3 })).map(([p, a]) => p + a.join('/'));
const name = fc.array(fc.constantFrom('a', 'b', 'c', '.yaml', 'infra', '.'), { minLength: 1, maxLength: 3 }).map((a) => a.join('')).filter((s) => s !== '.' && s !== '..');
const pathArb = fc.tuple(fc.boolean(), fc.array(name, { minLength: 1, maxLength: 4 })).map(([absolute, a]) => (absolute ? '/' : '') + a.join('/'));

describe('fileKinds globs', () => {
  test('answer as picomatch (dot: true) did on ordinary globs', () => {
    fc.assert(fc.property(globArb, pathArb, (glob, path) => {
      assert.equal(compileGlob(glob)(path), picomatch(glob, { dot: true })(path), `${glob} on ${path}`);
    }), fcParams(5000));
  });

  test('the usual forms', () => {
    const cases: Array<[string, string, boolean]> = [
      ['infra/*.yaml', 'infra/a.yaml', true], ['infra/*.yaml', 'infra/x/a.yaml', false], ['**/components/*.yaml', '/w/components/c.yaml', true],
      ['**/components/*.yaml', 'components/c.yaml', true], ['components/**', 'components/a/b.yaml', true], ['*.{yml,yaml}', 'x.yml', true],
      ['!*.json', 'x.json', false], ['!*.json', 'x.yaml', true], ['[!.]*.yaml', '.hidden.yaml', false], ['a\\*b', 'a*b', true], ['a\\*b', 'axb', false],
      ['@(a|b)', '@(a|b)', true], ['', '', true], ['[', '[', true],
    ];
    for (const [glob, path, expected] of cases) assert.equal(compileGlob(glob)(path), expected, `${glob} on ${path}`);
  });

  test('no glob stalls the matcher', () => {
    const globs = [`${'*a'.repeat(12)}b`, `${'@(a|a)*'.repeat(10)}b`, `${'**/a'.repeat(20)}b`, `${'{a,{a,{a,b}}}'.repeat(8)}`, '?'.repeat(5000), `${'[a-z]*'.repeat(200)}!`];
    const paths = ['a'.repeat(60), `/${'a/'.repeat(200)}`, `${'a'.repeat(5000)}.yaml`];
    for (const glob of globs) {
      const match = compileGlob(glob);
      for (const path of paths) {
        const start = performance.now();
        match(path);
        const ms = performance.now() - start;
        assert.ok(ms < 2000, `${glob.slice(0, 30)} on ${path.length} characters took ${Math.round(ms)} ms`);
      }
    }
  });

  test('a hostile fileKinds glob cannot stall kind detection (picomatch: tens of seconds)', () => {
    const parsed = parseText('name: x\n', 'yaml');
    const start = performance.now();
    const detection = detectKind(parsed, { fileKinds: { [`${'*a'.repeat(12)}b`]: 'create-component' }, path: `/w/${'a'.repeat(44)}` });
    assert.equal(detection.kind, undefined);
    assert.ok(performance.now() - start < 2000, `${Math.round(performance.now() - start)} ms`);
  });
});
