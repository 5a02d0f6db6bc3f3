import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { corpusDir } from '../support/paths';
import { SLOW } from '../support/tiers';
import { announceSeed, fcParams, FUZZ } from './fuzzConfig';
import { service } from './harness';

/**
 * Every half-typed CloudFormation template of the corpus is answered: the template cut at the end of
 * every line, and at sampled offsets inside lines (every offset in `npm run fuzz`), is validated,
 * completed and hovered at the cut with no exception. Each call returning is the bound (no timing).
 */

announceSeed('templatePrefixes');
const dir = path.join(corpusDir, 'cloudformation');
const templates = fs.existsSync(dir)
  ? fs.readdirSync(dir).filter((f) => /\.(ya?ml|json)$/i.test(f)).sort().map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }))
  : [];

function answer(name: string, text: string, cut: number): void {
  const ls = service();
  const prefix = text.slice(0, cut);
  const languageId = /\.json$/i.test(name) ? 'json' : 'yaml';
  const document = TextDocument.create(`file:///robust/${name}`, languageId, 1, prefix);
  try {
    const analysis = ls.analyze(document);
    assert.ok(Array.isArray(ls.doValidation(analysis)));
    const end = document.positionAt(prefix.length);
    assert.ok(Array.isArray(ls.doComplete(analysis, end).items));
    ls.doHover(analysis, end);
  } catch (error) {
    throw new Error(`${name} cut at ${cut}: ${(error as Error).stack}`);
  }
}

function lineEnds(text: string): number[] {
  const cuts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) cuts.push(i, i + 1);
  cuts.push(text.length);
  return cuts;
}

describe('every prefix of every corpus template is answered', SLOW, () => {
  test('corpus templates are present', (t) => {
    if (templates.length === 0) t.skip('skipped: no ../shared/corpus/cloudformation');
    else {
      const kinds = templates.map((t) => service().analyze(TextDocument.create(`file:///robust/${t.name}`, /\.json$/i.test(t.name) ? 'json' : 'yaml', 1, t.text)).detection.kind?.id);
      assert.deepEqual(kinds.filter((k) => k !== 'cloudformation-template'), [], 'every corpus template is detected as one');
    }
  });

  for (const { name, text } of templates) {
    test(`${name}: every line end, sampled offsets`, () => {
      for (const cut of lineEnds(text)) answer(name, text, cut);
      fc.assert(fc.property(fc.integer({ min: 0, max: text.length }), (cut) => answer(name, text, cut)), fcParams(40, 2000));
      if (FUZZ.fuzzing) for (let cut = 0; cut <= text.length; cut++) answer(name, text, cut);
    });
  }
});
