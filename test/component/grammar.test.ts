import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allActions } from '../../server/src/service/component/facts';
import { repoRoot } from '../support/paths';

interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  captures?: Record<string, { name: string }>;
  patterns?: Array<{ include: string }>;
}

const grammar = JSON.parse(fs.readFileSync(path.join(repoRoot, 'syntaxes', 'imagebuilder-expressions.injection.json'), 'utf8')) as {
  scopeName: string;
  injectionSelector: string;
  repository: Record<string, Rule>;
};

/**
 * A small stand-in for a TextMate tokenizer over one expression's text: at each position the
 * earliest match among the rule's patterns wins (the first listed on a tie). Returns `text=scope`.
 */
function tokens(text: string): string[] {
  const rules = (grammar.repository.expression.patterns ?? []).map((p) => grammar.repository[p.include.slice(1)]);
  const out: string[] = [];
  let position = 0;
  while (position < text.length) {
    let best: { rule: Rule; match: RegExpExecArray } | undefined;
    for (const rule of rules) {
      const regex = new RegExp(rule.match!, 'g');
      regex.lastIndex = position;
      const match = regex.exec(text);
      if (match && (!best || match.index < best.match.index)) best = { rule, match };
    }
    if (!best) break;
    const { rule, match } = best;
    if (rule.name) out.push(`${match[0]}=${rule.name.split('.').slice(0, -1).join('.')}`);
    for (let i = 1; i < match.length; i++) {
      const scope = rule.captures?.[String(i)]?.name;
      if (match[i] !== undefined && match[i] !== '' && scope) out.push(`${match[i]}=${scope.split('.').slice(0, -1).join('.')}`);
    }
    position = match.index + Math.max(1, match[0].length);
  }
  return out;
}

describe('the expression injection grammar', () => {
  test('is injected into YAML (not into comments) with the registered scope name', () => {
    assert.equal(grammar.scopeName, 'imagebuilder.expressions.injection');
    assert.equal(grammar.injectionSelector, 'L:source.yaml -comment');
  });

  test('every regular expression compiles', () => {
    for (const [name, rule] of Object.entries(grammar.repository)) {
      for (const source of [rule.match, rule.begin, rule.end]) if (source) assert.doesNotThrow(() => new RegExp(source), name);
    }
  });

  test('action names: exactly the action modules, after an action key', () => {
    const action = new RegExp(grammar.repository.action.match!);
    const names = /\(([A-Z][A-Za-z0-9|]+)\)/.exec(grammar.repository.action.match!)![1].split('|');
    assert.deepEqual([...names].sort(), allActions().map((a) => a.name).sort());
    assert.equal(action.exec('        action: ExecuteBash')?.[4], 'ExecuteBash');
    assert.equal(action.exec('      - action: "S3Download"   # download')?.[4], 'S3Download');
    assert.equal(action.exec('{ name: a, action: Reboot }')?.[4], 'Reboot');
    assert.equal(action.exec('        action: ExecuteBashX'), null);
    assert.equal(action.exec('        myaction: ExecuteBash'), null);
  });

  test('expressions end at their braces or at the end of the line', () => {
    assert.deepEqual([grammar.repository.expression.begin, grammar.repository.expression.end], ['\\{\\{', '\\}\\}|$']);
  });

  const cases: ReadonlyArray<[string, readonly string[]]> = [
    ['Greeting', ['Greeting=variable.other.readwrite']],
    ['loop.value', ['loop=variable.language.loop', '.=punctuation.accessor', 'value=variable.other.property']],
    ['build.Fetch.inputs[0].destination', [
      'build=entity.name.namespace.phase', '.=punctuation.accessor', 'Fetch=entity.name.function.step', '.=punctuation.accessor',
      'inputs=keyword.other.chaining', '[=punctuation.section.brackets.begin', '0=constant.numeric.integer', ']=punctuation.section.brackets.end',
      '.=punctuation.accessor', 'destination=variable.other.property',
    ]],
    ['test.Probe.outputs.stdout', ['test=entity.name.namespace.phase', '.=punctuation.accessor', 'Probe=entity.name.function.step', '.=punctuation.accessor', 'outputs=keyword.other.chaining', '.=punctuation.accessor', 'stdout=variable.other.property']],
    ['aws:ssm:/app/key', ['aws:ssm:=keyword.other.prefix', '/app/key=variable.other.constant']],
    ['context:region', ['context:=keyword.other.prefix', 'region=variable.other.constant']],
  ];
  for (const [text, expected] of cases) test(`scopes inside {{ ${text} }}`, () => assert.deepEqual(tokens(` ${text} `), expected));
});
