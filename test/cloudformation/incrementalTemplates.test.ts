import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { templateDocument } from '../../bench/docs/template';
import { Analysis } from '../../server/src/service/languageService';
import { HANDMADE_TEMPLATES, prng, randomEdit } from '../support/parseCompare';
import { corpusDir } from '../support/paths';
import { service } from '../support/harness';
import { SLOW } from '../support/tiers';

/**
 * A template edited version by version, each analysed from the previous one (the incremental re-parse of
 * the edited resource, the other resources' component documents taken over, the edited one analysed
 * from its previous analysis), answers exactly as the same text analysed afresh: diagnostics, completion
 * and hover at the edit, outline, folding.
 */

const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const SEED = Number(process.env.FUZZ_SEED ?? 3);
const URI = 'file:///work/template.yaml';

function answers(analysis: Analysis, offset: number): string {
  const ls = service();
  const position = analysis.document.positionAt(offset);
  return JSON.stringify({
    diagnostics: ls.doValidation(analysis),
    completion: ls.doComplete(analysis, position),
    hover: ls.doHover(analysis, position),
    symbols: ls.findDocumentSymbols(analysis),
    folding: ls.getFoldingRanges(analysis),
  }, null, 1);
}

/** Analyses `next` from `previous` and compares with a fresh analysis; returns the new analysis. */
function step(previous: Analysis, next: string, version: number, offset: number, what: string): Analysis {
  const ls = service();
  const analysis = ls.analyze(TextDocument.create(URI, 'yaml', version, next), { previous });
  const fresh = ls.analyze(TextDocument.create(URI, 'yaml', version, next));
  assert.equal(answers(analysis, offset), answers(fresh, offset), what);
  return analysis;
}

/** Analyses `next` from `previous` and asks it nothing (as the server's summary of a version is): the next version takes over from it. */
function unasked(previous: Analysis, next: string, version: number): Analysis {
  const analysis = service().analyze(TextDocument.create(URI, 'yaml', version, next), { previous });
  service().summarize(analysis);
  return analysis;
}

function opened(text: string): Analysis {
  const analysis = service().analyze(TextDocument.create(URI, 'yaml', 1, text));
  service().doValidation(analysis); // the regions are analysed, so the next version can take them over
  return analysis;
}

/** `text` with `insert` put in place of `text[at, at + remove)`, and where the cursor stands after it. */
function edited(text: string, at: number, remove: number, insert: string): { text: string; cursor: number } {
  return { text: text.slice(0, at) + insert + text.slice(at + remove), cursor: at + insert.length };
}

describe('templates analysed from their previous version', () => {
  const base = templateDocument(20).text;

  it('a keystroke in a resource, inside a Data, on a Platform and on a logical id: as afresh', () => {
    let analysis = opened(base);
    let text = base;
    let version = 1;
    const dataAction = (t: string) => t.indexOf('action: ExecuteBash') + 'action: ExecuteBash'.length;
    // Each edit's place in the text as the edits before it left it.
    const cases: Array<[string, (t: string) => number, number, string]> = [
      ['a Tenancy value', (t) => t.indexOf('Tenancy: dedicated') + 'Tenancy: dedicated'.length, 0, 'x'],
      ['an action value inside Data', dataAction, 0, 'x'],
      ['a step name inside Data', (t) => t.indexOf('- name: ', dataAction(t)) + '- name: '.length, 0, 'Renamed'],
      ['the Platform of a component (same Data, another platform)', (t) => t.indexOf('Platform: Linux') + 'Platform: '.length, 'Linux'.length, 'Windows'],
      ['a component\'s logical id (same Data, another region name)', (t) => t.indexOf('  Component01:') + '  Component01'.length, 0, 'Renamed'],
      ['a key line pasted into Properties', (t) => t.indexOf('\n', t.indexOf('      Version: 1.0.0')), 0, '\n      Description: pasted'],
    ];
    for (const [what, place, remove, insert] of cases) {
      const next = edited(text, place(text), remove, insert);
      analysis = step(analysis, next.text, ++version, next.cursor, what);
      assert.ok(analysis.parsed.replaced, `${what}: parsed again in part`);
      text = next.text;
    }
  });

  it('versions nobody asked about pass on what the next version takes over: as afresh', () => {
    let analysis = opened(base);
    let text = base;
    let version = 1;
    const after = (t: string, needle: string, from = 0) => t.indexOf(needle, from) + needle.length;
    // Runs of edits of which only the last version is asked (diagnostics, completion, hover, ...).
    const runs: Array<Array<[string, (t: string) => number, number, string]>> = [
      // The text typed back as it was: the previous tree, nothing replaced (what the bench's keystroke does).
      [['a letter of a Tenancy value deleted', (t) => after(t, 'Tenancy: ho'), 1, ''], ['typed again', (t) => after(t, 'Tenancy: ho'), 0, 's']],
      [['a Tenancy value', (t) => after(t, 'Tenancy: dedicated'), 0, 'x'], ['the same value again', (t) => after(t, 'Tenancy: dedicatedx'), 0, 'y']],
      [['an action value inside Data', (t) => after(t, 'action: ExecuteBash'), 0, 'x'], ['a Name value', (t) => after(t, 'Name: bench-recipe-'), 0, 'z']],
      [['inside the first Data', (t) => after(t, 'action: ExecuteBash'), 0, 'q'], ['inside the second Data', (t) => after(t, 'action: ExecuteBash', after(t, 'Component11:')), 0, 'w'],
        ['a Tenancy value', (t) => after(t, 'Tenancy: default'), 0, 'v']],
      [['the Platform of a component', (t) => after(t, 'Platform: '), 'Linux'.length, 'Windows'], ['a step name inside that Data', (t) => after(t, '- name: ', after(t, 'Platform: Windows')), 0, 'Renamed'],
        ['a Name value', (t) => after(t, 'Name: bench-infrastructure-'), 0, 'n']],
      [['a component\'s logical id', (t) => after(t, '  Component01'), 0, 'Renamed'], ['a key line pasted into Properties', (t) => t.indexOf('\n', t.indexOf('      Version: 1.0.0')), 0, '\n      Description: pasted']],
    ];
    let earlier = text;
    for (const run of runs) {
      run.forEach(([what, place, remove, insert], i) => {
        const next = edited(text, place(text), remove, insert);
        analysis = i < run.length - 1 ? unasked(analysis, next.text, ++version) : step(analysis, next.text, ++version, next.cursor, `${run.map((r) => r[0]).join(', then ')}`);
        assert.ok(analysis.parsed.replaced || next.text === earlier, `${what}: parsed again in part`);
        earlier = text;
        text = next.text;
      });
    }
  });

  it('gives the fresh analysis\'s answers on fuzzed edits of templates', SLOW, () => {
    const corpus = path.join(corpusDir, 'cloudformation');
    const corpusTemplates = fs.existsSync(corpus)
      ? fs.readdirSync(corpus).filter((f) => /\.ya?ml$/i.test(f)).sort().slice(0, 6 * SCALE).map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'))
      : [];
    const bases = [base, ...HANDMADE_TEMPLATES, ...corpusTemplates];
    const random = prng(SEED);
    let partial = 0;
    let tried = 0;
    for (let s = 0; s < 8 * SCALE * bases.length; s++) {
      let text = bases[s % bases.length];
      let analysis = opened(text);
      for (let e = 0; e < 12; e++) {
        // Half the edits inside a component's Data, where one region is analysed from its previous version.
        const data = text.indexOf('Data: ');
        const inData = data >= 0 && random() < 0.5;
        const at = inData ? data + 6 + Math.floor(random() * Math.min(2000, text.length - data - 6)) : Math.floor(random() * (text.length + 1));
        const next = randomEdit(text, random, at);
        if (next === text) continue;
        const what = `base ${s % bases.length}, edit ${e} at ${at} (seed ${SEED})`;
        tried++;
        // A third of the versions are asked nothing: the next one takes over from an earlier version.
        const asked = random() < 2 / 3;
        analysis = asked ? step(analysis, next, 2 * e + 2, Math.min(next.length, at + 1), what) : unasked(analysis, next, 2 * e + 2);
        if (analysis.parsed.replaced) partial++;
        // An edit that breaks the template is undone (the next version is parsed whole), so that the
        // edits go on in a valid template, where the re-parse in part applies.
        if (analysis.parsed.syntaxErrors.length > 0) analysis = step(analysis, text, 2 * e + 3, at, `${what}, undone`);
        else text = next;
      }
    }
    assert.ok(partial > tried / 5, `parsed again in part only ${partial} of ${tried}`);
  });
});
