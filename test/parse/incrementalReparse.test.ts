import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { componentDocument } from '../../bench/docs/component';
import { infrastructureDocument, recipeDocument } from '../../bench/docs/requests';
import { templateDocument } from '../../bench/docs/template';
import { reparse } from '../../server/src/service/parse/incremental';
import { diff, TextEdit } from '../../server/src/service/util/textEdit';
import { parseText } from '../../server/src/service/parse/parse';
import { SourceLanguage } from '../../server/src/service/parse/types';
import { HANDMADE_TEMPLATES, HANDMADE_YAML, prng, randomEdit, summary } from '../support/parseCompare';
import { SLOW } from '../support/tiers';

/** FUZZ_SCALE=50 FUZZ_SEED=n for a long run by hand; CI runs the small default. */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const SEED = Number(process.env.FUZZ_SEED ?? 7);

/**
 * Half the time, what a host tells of the edit (`reparse`'s `edit`, from the editor's changes): the texts'
 * diff widened by up to 3 characters each way, or now and then one that does not fit (the texts are compared).
 */
function hostHint(text: string, next: string, random: () => number): TextEdit | undefined {
  const edit = diff(text, next);
  if (!edit || random() < 0.5) return undefined;
  if (random() < 0.1) return { start: 0, oldEnd: text.length, delta: next.length - text.length + 1 };
  const before = Math.min(edit.start, Math.floor(random() * 4));
  const after = Math.min(text.length - edit.oldEnd, Math.floor(random() * 4));
  return { start: edit.start - before, oldEnd: edit.oldEnd + after, delta: edit.delta };
}

function fuzz(language: SourceLanguage, bases: readonly string[], sequences: number, edits: number, seed: number): { tried: number; incremental: number } {
  const random = prng(seed);
  const hints = prng(seed + 1000);
  let tried = 0;
  let incremental = 0;
  for (let s = 0; s < sequences; s++) {
    let text = bases[s % bases.length];
    let current = parseText(text, language);
    for (let e = 0; e < edits; e++) {
      const next = randomEdit(text, random);
      const full = parseText(next, language);
      const fast = reparse(current, next, hostHint(text, next, hints));
      tried++;
      if (fast) {
        incremental++;
        assert.deepEqual(summary(fast), summary(full), `edit ${e} of sequence ${s} (seed ${seed}):\n${JSON.stringify(diff(text, next))}`);
      }
      // Keep editing a valid document (an edit that breaks it is tried, then dropped), so the
      // incremental path is exercised all along the sequence.
      if (!fast && (full.syntaxErrors.length > 0 || full.extraDocuments > 0)) continue;
      text = next;
      current = fast ?? full;
    }
  }
  return { tried, incremental };
}

describe('incremental re-parse', () => {
  it('finds the changed range from the common prefix and suffix', () => {
    assert.equal(diff('abc', 'abc'), undefined);
    assert.deepEqual(diff('abcdef', 'abXdef'), { start: 2, oldEnd: 3, delta: 0 });
    assert.deepEqual(diff('abc', 'abxc'), { start: 2, oldEnd: 2, delta: 1 });
    const long = 'x'.repeat(10000);
    assert.deepEqual(diff(`${long}a${long}`, `${long}${long}`), { start: 10000, oldEnd: 10001, delta: -1 });
  });

  it('gives exactly the full parse of YAML on fuzzed edits, or declines', SLOW, () => {
    const bases = [componentDocument(40).text, ...HANDMADE_YAML];
    const { tried, incremental } = fuzz('yaml', bases, 24 * SCALE, 40, SEED);
    assert.ok(incremental > tried / 6, `re-parsed incrementally only ${incremental} of ${tried}`);
  });

  it('gives exactly the full parse of CloudFormation templates on fuzzed edits, or declines', SLOW, () => {
    const bases = [templateDocument(20).text, ...HANDMADE_TEMPLATES];
    const { tried, incremental } = fuzz('yaml', bases, 24 * SCALE, 40, SEED + 2);
    assert.ok(incremental > tried / 4, `re-parsed incrementally only ${incremental} of ${tried}`);
  });

  it('re-parses one resource of a big template for a keystroke outside and inside its Data', () => {
    const doc = templateDocument(200);
    const previous = parseText(doc.text, 'yaml');
    const inData = doc.completions.find((p) => p.label === 'action value in Data')!.offset;
    let current = previous;
    let text = doc.text;
    for (const at of [doc.keystroke.offset, doc.bursts[0], inData]) {
      const next = `${text.slice(0, at)}x${text.slice(at)}`;
      const fast = reparse(current, next);
      assert.ok(fast?.replaced, `declined at ${at}`);
      assert.equal(fast.replaced.replacement.type, 'property');
      assert.ok(fast.replaced.replacement.length < 40000, 'more than one resource parsed again');
      assert.deepEqual(summary(fast), summary(parseText(next, 'yaml')));
      [text, current] = [next, fast];
    }
  });

  it('re-parses the last resource of a template, and a resource typed after it, without a full parse', () => {
    let text = templateDocument(200).text;
    assert.ok(text.endsWith('        Tenancy: host\n'), 'the generated template ends in a Placement');
    let current = parseText(text, 'yaml');
    // A letter deleted in the last resource's last value, typed again; then a resource typed key by key.
    const resource = '  Appended:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Name: appended\n';
    const edits: Array<(t: string) => string> = [
      (t) => t.slice(0, -2) + '\n',
      (t) => `${t.slice(0, -1)}t\n`,
      ...Array.from(resource, (_, i) => (t: string) => t.slice(0, t.length - i) + resource.slice(0, i + 1)),
    ];
    let reparsed = 0;
    edits.forEach((edit, i) => {
      const next = edit(text);
      const wasClean = current.syntaxErrors.length === 0;
      const fast = reparse(current, next);
      const full = parseText(next, 'yaml');
      if (fast) assert.deepEqual(summary(fast), summary(full), JSON.stringify(next.slice(-120)));
      // A letter of a value or key typed after a clean version is a re-parse of the tail alone (a version
      // with syntax errors, a key with no value yet, are parsed in full: their ranges depend on what follows).
      const clean = wasClean && full.syntaxErrors.length === 0;
      if (i < 2 || (clean && /[A-Za-z]$/.test(next.trimEnd()) && !next.endsWith('\n'))) {
        assert.ok(fast, `declined: ${JSON.stringify(next.slice(-60))}`);
        assert.ok(!fast.replaced || fast.replaced.replacement.length < 200, 'more than the last resource parsed again');
        reparsed++;
      }
      [text, current] = [next, fast ?? full];
    });
    assert.ok(text.endsWith(`Tenancy: host\n${resource}`));
    assert.ok(reparsed > edits.length / 2, `only ${reparsed} of ${edits.length} keystrokes checked`);
  });

  it('gives exactly the full parse of JSON on fuzzed edits, or declines', SLOW, () => {
    const bases = [recipeDocument(30).text, infrastructureDocument(30).text, '{"a": [1, {"b": "c", "d": [true, null]}], "e": {"f": -1.5e3}}'];
    const { tried, incremental } = fuzz('json', bases, 24 * SCALE, 40, SEED + 4);
    assert.ok(incremental > tried / 6, `re-parsed incrementally only ${incremental} of ${tried}`);
  });

  it('re-parses a step typed at the end of a phase (the last item, then new items)', SLOW, () => {
    let text = componentDocument(200).text;
    const at = text.indexOf('\n  - name: validate');
    const typed = '\n      - name: Appended\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo hi';
    let current = parseText(text, 'yaml');
    let incremental = 0;
    for (let i = 1; i <= typed.length; i++) {
      const next = text.slice(0, at) + typed.slice(0, i) + text.slice(at + i - 1);
      const full = parseText(next, 'yaml');
      const fast = reparse(current, next);
      if (fast) {
        incremental++;
        assert.deepEqual(summary(fast), summary(full), `after ${JSON.stringify(typed.slice(0, i))}`);
      }
      text = next;
      current = fast ?? full;
    }
    assert.ok(incremental > typed.length / 2, `only ${incremental} of ${typed.length} keystrokes re-parsed incrementally`);
  });

  it('re-parses steps pasted at once after the last step, of a phase or of the document (found by fuzzing)', () => {
    const steps = '      - name: PastedOne\n        action: Reboot\n      - name: PastedTwo\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo hi\n';
    const base = componentDocument(30).text;
    const endOfBuild = base.indexOf('  - name: validate');
    // At the end of the document the tail is re-parsed (where pasted steps were shifted twice); before
    // the next phase's dash the edit touches the line that ends the sequence, and a full parse may follow.
    for (const [where, at, mustReparse] of [['end of the document', base.length, true], ['end of the build phase', endOfBuild, false]] as const) {
      const next = base.slice(0, at) + steps + base.slice(at);
      const fast = reparse(parseText(base, 'yaml'), next);
      if (mustReparse) assert.ok(fast, `declined at the ${where}`);
      if (fast) assert.deepEqual(summary(fast), summary(parseText(next, 'yaml')), where);
    }
  });

  it('declines an edit that types an explicit key line, and after others knows the text has none', () => {
    const base = componentDocument(30).text;
    const step = base.indexOf('        action: ', base.indexOf('steps:'));
    const typed = reparse(parseText(base, 'yaml'), `${base.slice(0, step)}        # a comment\n${base.slice(step)}`);
    assert.equal(typed?.explicitKeys, false, 'the next edit need not search the whole text');
    assert.equal(reparse(typed!, `${base.slice(0, step)}        ? extra\n        : value\n${base.slice(step)}`), undefined);
    // Found by fuzzing (seed 11, scale 20): a '?' typed before a nested item made an explicit key whose
    // pair the fragment alone could not see.
    const before = HANDMADE_YAML[0];
    const after = before.replace('\n      - x: y', '\n    ?  - x: y');
    assert.notEqual(after, before);
    const fast = reparse(parseText(before, 'yaml'), after);
    if (fast) assert.deepEqual(summary(fast), summary(parseText(after, 'yaml')));
  });

  it('re-parses a typed character in the middle of a big component without a full parse', () => {
    const doc = componentDocument(1000);
    const previous = parseText(doc.text, 'yaml');
    const at = doc.keystroke.offset;
    const next = `${doc.text.slice(0, at)}x${doc.text.slice(at)}`;
    const fast = reparse(previous, next);
    assert.ok(fast, 'declined');
    assert.deepEqual(summary(fast), summary(parseText(next, 'yaml')));
  });
});
