import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as jsonc from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Composer, CST } from 'yaml';
import { yamlTooDeepAt } from '../../server/src/service/parse/depthGuard';
import { MAX_DEPTH } from '../../server/src/service/parse/types';
import { service } from './harness';
import { deepInputs } from './hostileInputs';

/**
 * The recursive parsers never nest deeper than MAX_DEPTH, on any path: whole documents, and incremental
 * re-parses of a fragment (which once called yaml's parseAllDocuments unguarded, composing a 3,000-deep
 * paste into a step). eemeli/yaml's composer is wrapped to measure the nesting of what it is given;
 * jsonc-parser's visit, to count the levels it reads inside (a begin event that returns, less the ends:
 * the builder's guard throws out of the begin event of a level too deep).
 */

type Composed = (this: Composer, tokens: Iterable<CST.Token>, ...rest: unknown[]) => unknown;

function watchParsers(): { deepest: () => number; restore: () => void } {
  let deepest = 0;
  const measure = (limit: number, tooDeep: (limit: number) => number | undefined) => {
    // the depth given, found by trying limits upwards in steps (cheap: only deep inputs go far)
    let depth = 0;
    while (depth < limit && tooDeep(depth) !== undefined) depth += 50;
    deepest = Math.max(deepest, depth);
  };
  const proto = Composer.prototype as unknown as { compose: Composed };
  const compose = proto.compose;
  proto.compose = function (this: Composer, tokens: Iterable<CST.Token>, ...rest: unknown[]) {
    const list = Array.from(tokens);
    measure(MAX_DEPTH + 100, (limit) => yamlTooDeepAt(list, limit));
    return compose.call(this, list, ...rest);
  };
  // JSON trees are built from jsonc-parser's `visit` events (jsonToAst.ts), the recursive part.
  const module = jsonc as unknown as { visit: typeof jsonc.visit };
  const visit = module.visit;
  module.visit = (text, visitor, options) => {
    let depth = 0;
    const begin = (inner: jsonc.JSONVisitor['onObjectBegin']): jsonc.JSONVisitor['onObjectBegin'] => (...args) => {
      const result = inner?.(...args);
      deepest = Math.max(deepest, ++depth);
      return result;
    };
    const end = (inner: jsonc.JSONVisitor['onObjectEnd']): jsonc.JSONVisitor['onObjectEnd'] => (...args) => {
      depth--;
      inner?.(...args);
    };
    const counted = { ...visitor, onObjectBegin: begin(visitor.onObjectBegin), onArrayBegin: begin(visitor.onArrayBegin), onObjectEnd: end(visitor.onObjectEnd), onArrayEnd: end(visitor.onArrayEnd) };
    return visit(text, counted, options);
  };
  return {
    deepest: () => deepest,
    restore() {
      proto.compose = compose;
      module.visit = visit;
    },
  };
}

const STEPS = (inner: string) => `name: x\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: A\n        action: ExecuteBash\n        inputs:\n          commands: ${inner}\n      - name: B\n        action: ExecuteBash\n        inputs:\n          commands: [echo]\n`;
const REQUEST = (inner: string) => `{\n  "name": "r",\n  "semanticVersion": "1.0.0",\n  "parentImage": "ami-1",\n  "components": [{"componentArn": ${inner}}],\n  "description": "d"\n}`;

describe('recursive parsers only see bounded nesting', () => {
  test('whole documents and incremental fragments', () => {
    const ls = service();
    const watch = watchParsers();
    try {
      for (const [, text, languageId] of deepInputs) ls.analyze(TextDocument.create(`file:///g.${languageId}`, languageId, 1, text));
      const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
      for (const [uri, make, languageId] of [['file:///g.yaml', STEPS, 'yaml'], ['file:///g.json', REQUEST, 'json']] as const) {
        const previous = ls.analyze(TextDocument.create(uri, languageId, 1, make('"x"')));
        assert.ok(previous.parsed.root && previous.parsed.syntaxErrors.length === 0, `${languageId} base document is clean`);
        const next = ls.analyze(TextDocument.create(uri, languageId, 2, make(deep(3000))), { previous });
        assert.ok(next.parsed.tooDeepAt !== undefined, `${languageId}: the deep paste is refused as a whole parse would`);
      }
    } finally {
      watch.restore();
    }
    assert.ok(watch.deepest() <= MAX_DEPTH, `a recursive parser was given nesting of about ${watch.deepest()} levels`);
  });

  test('an incremental re-parse refuses a paste just where a whole parse does', () => {
    const ls = service();
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    for (const [make, languageId] of [[STEPS, 'yaml'], [REQUEST, 'json']] as const) {
      const outcomes = new Set<boolean>();
      for (let levels = MAX_DEPTH - 8; levels <= MAX_DEPTH; levels++) {
        const uri = `file:///edge-${levels}.${languageId}`;
        const previous = ls.analyze(TextDocument.create(uri, languageId, 1, make('"x"')));
        const text = make(deep(levels));
        const next = ls.analyze(TextDocument.create(uri, languageId, 2, text), { previous });
        const whole = ls.analyze(TextDocument.create(`${uri}.whole`, languageId, 1, text));
        assert.equal(next.parsed.tooDeepAt, whole.parsed.tooDeepAt, `${languageId}, a paste ${levels} levels deep`);
        // JSON's fragment guard is exact; YAML's declines one level early (the whole parse then decides).
        if (languageId === 'json' && next.parsed.tooDeepAt === undefined) assert.ok(next.parsed.replaced, `${levels} levels: taken by the re-parse`);
        outcomes.add(next.parsed.tooDeepAt === undefined);
      }
      assert.equal(outcomes.size, 2, `${languageId}: the pastes cross the limit`);
    }
  });
});
